/**
 * The quick forms of value tests (src/filters/value-quick.ts) may only answer where the general test
 * (ValueMatcher.test, §5.4) gives the same answer. Every operator and policy value below is tried on
 * values of every Python type, missing fields, tags and nested paths: where the quick form decides, it
 * must agree; where it cannot, it must say so.
 */
import { describe, expect, it } from '@jest/globals';
import { pyInt, pyStr } from '../../src/filters/python.js';
import { NUMBER_ORDERS, OP_FUNCTIONS, ValueMatcher } from '../../src/filters/value.js';
import { ctx } from '../engine/helpers.js';

const fieldValues: unknown[] = [
  'ACTIVE',
  'active',
  '',
  'absent',
  'present',
  'empty',
  'not-null',
  'prod-x',
  'a-test-b',
  '1234',
  true,
  false,
  0,
  1,
  1.5,
  null,
  [],
  ['ACTIVE'],
  {},
  { a: 1 },
  new Date('2024-01-01T00:00:00Z'),
];

const policyValues: unknown[] = [
  'ACTIVE',
  '',
  'absent',
  'present',
  'empty',
  'not-null',
  true,
  false,
  1,
  0,
  null,
  ['ACTIVE', 'prod-x'],
  ['ACTIVE', 1, null, true],
  [],
  'ACT',
];

const ops = [undefined, 'eq', 'equal', 'ne', 'not-equal', 'in', 'ni', 'not-in', 'contains', 'gt'];
const patterns: [string, string][] = [
  ['glob', '*-test*'],
  ['glob', 'prod-?'],
  ['regex', '^(prod|prd)-.*'],
  ['regex-case', 'ACT'],
  ['regex', '[0-9]{4}$'],
];

/** Subjects holding `v` under the keys the filters read (a field, a nested path, a tag), or missing. */
function subjects(v: unknown): Record<string, unknown>[] {
  return [
    { Status: v, Nested: { Inner: v }, Tags: [{ Key: 'Env', Value: v }] },
    { Other: 1, Tags: [] }, // everything missing
    { Nested: null },
    { Nested: 'text' },
    { 'Nested.Inner': 'literal wins', Nested: { Inner: v } },
    { 'Nested.Inner': undefined, Nested: { Inner: v } }, // a literal key, even undefined, is read as null
    // tags the quick form leaves to the resolver: another container, entries that are not mappings
    { labels: { Env: v } },
    { Tags: [{ Key: 'Other', Value: 'x' }, 'not a mapping'] },
    { Tags: [{ Key: 'Env' }, { Key: 'Env', Value: v }] },
  ];
}

describe('quick value tests agree with the general test', () => {
  it('for every operator, policy value and field value', () => {
    const specs: Record<string, unknown>[] = [];
    for (const key of ['Status', 'Nested.Inner', 'tag:Env']) {
      for (const op of ops)
        for (const value of policyValues)
          specs.push(op === undefined ? { type: 'value', key, value } : { type: 'value', key, op, value });
      for (const [op, value] of patterns) specs.push({ type: 'value', key, op, value });
      specs.push({ [key]: 'absent' }, { [key]: 'ACTIVE' }, { [key]: false });
    }
    const context = ctx();
    let decided = 0;
    let total = 0;
    for (const data of specs) {
      const m = new ValueMatcher(data, { annotate: false });
      for (const v of fieldValues) {
        for (const s of subjects(v)) {
          const outcome = (f: () => boolean): string => {
            try {
              return String(f());
            } catch (e) {
              return `error: ${(e as Error).message}`;
            }
          };
          const general = outcome(() => m.test(s, context));
          const quick = outcome(() => m.testAndAnnotate(s, context)); // the quick form where it decides
          if (quick !== general)
            throw new Error(
              `${JSON.stringify(data)} on ${JSON.stringify(s)}: quick ${quick}, general ${general}`,
            );
          total++;
        }
      }
      const quick = (m as unknown as { quick?: (s: Record<string, unknown>) => boolean | undefined }).quick;
      if (quick !== undefined)
        for (const v of fieldValues)
          for (const s of subjects(v)) {
            try {
              if (quick(s) !== undefined) decided++;
            } catch {
              // the quick form of a tag never fails; the general one may (see above)
              throw new Error(`the quick form of ${JSON.stringify(data)} failed on ${JSON.stringify(s)}`);
            }
          }
    }
    expect(total).toBeGreaterThan(20000);
    // Most string and boolean cases are decided quickly (the point of the module).
    expect(decided).toBeGreaterThan(3000);
  });

  it('leave invalid patterns to the general test, which fails the policy', () => {
    const m = new ValueMatcher(
      { type: 'value', key: 'Status', op: 'regex', value: '(' },
      { annotate: false },
    );
    expect(() => m.testAndAnnotate({ Status: 'x' }, ctx())).toThrow(/invalid regex/);
  });
});

describe('age and expiration over two instants (NUMBER_ORDERS)', () => {
  it('orders two dates as the general Python comparison does', () => {
    const times = [0, 1, -1, 86_400_000, 1_700_000_000_000, 1_700_000_000_001, -62_135_596_800_000];
    for (const [op, order] of Object.entries(NUMBER_ORDERS)) {
      const general = OP_FUNCTIONS[op] as (r: unknown, v: unknown) => boolean;
      for (const a of times)
        for (const b of times)
          expect([op, a, b, order(a, b)]).toEqual([op, a, b, general(new Date(a), new Date(b))]);
    }
  });
});

describe('size and integer over two numbers (NUMBER_ORDERS)', () => {
  it('give the verdict of the conversion and the general comparison', () => {
    const subjects: unknown[] = [
      [],
      [1],
      [1, 2, 3],
      '5',
      '0005',
      '12',
      '999999999999999',
      '9999999999999999',
      ' 7',
      '1_000',
      '-5',
      '+5',
      '',
      'abc',
      '٣', // an Arabic-Indic digit: int() reads it, the fast path does not take it
      5,
      null,
    ];
    const ops = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
    for (const value_type of ['size', 'integer'])
      for (const op of ops)
        for (const value of [0, 1, 3, 5, 12, 2.5, -1]) {
          const m = new ValueMatcher({ type: 'value', key: 'T', value_type, op, value });
          const general = OP_FUNCTIONS[op] as (r: unknown, v: unknown) => boolean;
          for (const T of subjects) {
            const converted =
              value_type === 'size'
                ? Array.isArray(T)
                  ? T.length
                  : typeof T === 'string'
                    ? [...T].length
                    : 0
                : (pyInt(pyStr(T)) ?? 0);
            expect([value_type, op, value, T, m.test({ T }, ctx())]).toEqual([
              value_type,
              op,
              value,
              T,
              general(converted, value),
            ]);
          }
        }
  });
});

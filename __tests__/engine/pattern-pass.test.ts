import { describe, expect, it } from '@jest/globals';
import { compilePolicy, evaluatePolicy, shareListing } from '../../src/engine/evaluate.js';
import { patternPass, patternRun } from '../../src/engine/pattern-pass.js';
import { AnnotationStore } from '../../src/filters/annotations.js';
import type { Resource } from '../../src/filters/types.js';
import { ctx, evaluatedText, seeded } from './helpers.js';

// The pattern pass (src/engine/pattern-pass.ts) must select and annotate exactly as the filters do one
// subject at a time: the same policies over the same listing, with the pass and without it, compared
// key for key (JSON keeps key order), errors included.

const STRINGS = [
  'ACTIVE',
  'active',
  'prod',
  'prd-x',
  'a-test-1',
  '10.0.0.0/8',
  '1234',
  '',
  'absent',
  'true',
  '1',
];
const SCALARS: unknown[] = [...STRINGS, 0, -0, 1, 1.5, true, false, null];
const DATES = [
  '2024-01-01T00:00:00Z',
  '2025-06-01T00:00:00Z',
  '2025-06-14T12:00:00Z',
  '2020-02-29T10:00:00Z',
].map((d) => new Date(d));

function listing(seed: number, n: number): Resource[] {
  const { pick, chance } = seeded(seed);
  const scalar = (): unknown => pick(SCALARS);
  const out: Resource[] = [];
  for (let i = 0; i < n; i++) {
    const r: Resource = { Id: `i-${i}` };
    if (chance(0.9))
      r.InstanceStatus = chance(0.8) ? pick(['ACTIVE', 'FAILED', 'CREATION_IN_PROGRESS']) : scalar();
    if (chance(0.8))
      r.Alias = chance(0.7) ? pick(['prod-a', 'prd-b', 'dev-test-1', 'x']) + String(i % 7) : scalar();
    if (chance(0.7)) r.Flag = chance(0.8) ? chance(0.5) : scalar();
    // Dates of the same instant are different objects: the columns number them as one value.
    if (chance(0.9)) r.CreatedTime = chance(0.9) ? new Date((pick(DATES) as Date).getTime()) : scalar();
    if (chance(0.5)) r.Net = { Cidr: pick(['10.0.0.0/8', '10.1.0.0/16', 'x', null]), Size: scalar() };
    if (chance(0.8))
      r.Tags = chance(0.95)
        ? Array.from({ length: i % 4 }, (_, k) => ({
            Key: pick(['Env', 'Owner', 'Rank', k === 0 ? 'Env' : 'CostCenter']),
            Value: chance(0.9) ? pick(['prod', 'dev', 'ops@example.com', '5001', '12', '']) : scalar(),
          }))
        : pick([null, 'x', {}]);
    // Tags in the other forms the resolver reads (or fails on): the columns read these one by one.
    if (Array.isArray(r.Tags) && chance(0.05))
      r.Tags.push(pick<unknown>(['x', { Key: 1, Value: 'one' }, { Key: 'Env' }]));
    if (r.Tags === undefined && chance(0.2))
      r[pick(['labels', 'tags'])] = pick<unknown>([{ Env: 'prod' }, null, 'x']);
    if (chance(0.2)) r['c7n:InstanceAttribute'] = { CONTACT_LENS: { Value: pick(['true', 'false']) } };
    out.push(r);
  }
  return out;
}

const KEYS = [
  'InstanceStatus',
  'Alias',
  'Flag',
  'CreatedTime',
  'Net.Cidr',
  'Net.Size',
  'tag:Env',
  'tag:Owner',
  'tag:Rank',
  'Missing',
  'Tags',
];
const OPS = [
  undefined,
  'eq',
  'ne',
  'in',
  'ni',
  'not-in',
  'glob',
  'regex',
  'contains',
  'gt',
  'lt',
  'gte',
  'le',
];

function policies(seed: number, count: number): unknown[][] {
  const { rnd, pick, chance } = seeded(seed);
  const valueFilter = (): unknown => {
    const key = pick(KEYS);
    if (chance(0.3))
      return { [key]: chance(0.3) ? pick(['absent', 'present', 'empty', 'not-null']) : pick(SCALARS) };
    const f: Record<string, unknown> = { type: 'value', key };
    const op = pick(OPS);
    if (op !== undefined) f.op = op;
    if (op === 'in' || op === 'ni' || op === 'not-in') f.value = [pick(SCALARS), pick(STRINGS)];
    else if (op === 'glob') f.value = pick(['*', 'prod*', '*-test*', '?rd*']);
    else if (op === 'regex') f.value = pick(['^(prod|prd)-.*', 'ACT', '.*', '(']);
    else f.value = pick(SCALARS);
    if (chance(0.3)) {
      f.value_type = pick(['age', 'integer', 'size', 'normalize', 'cidr_size', 'swap', 'expiration']);
      if (f.value_type === 'age' || f.value_type === 'expiration') {
        f.value = pick([1, 30, 400]);
        if (chance(0.7)) f.key = 'CreatedTime'; // Dates of one instant share a column number
      }
    }
    if (chance(0.05)) f.value_regex = pick(['^([^@]+)@example\\.com$', '(\\d+)']);
    return f;
  };
  const filter = (depth: number): unknown => {
    if (depth < 3 && chance(0.3)) {
      const t = pick(['and', 'or', 'not']);
      return { [t]: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => filter(depth + 1)) };
    }
    return valueFilter();
  };
  const tail = (): unknown =>
    pick<unknown>([
      { type: 'reduce', 'sort-by': 'Alias', limit: 3 },
      {
        type: 'reduce',
        'sort-by': { key: 'tag:Rank', value_type: 'number' },
        order: 'desc',
        'limit-percent': 30,
      },
      { type: 'reduce', 'group-by': 'tag:Env', 'sort-by': 'CreatedTime', limit: 2 },
      { type: 'reduce', 'group-by': 'InstanceStatus', 'sort-by': { key: 'Net.Size', value_type: 'number' } },
      { type: 'value', key: 'c7n:MatchedFilters', value: 'present' },
      { type: 'value', key: '"c7n:MatchedFilters"[0]', op: 'ne', value: 'x' },
      { type: 'list-item', key: 'Tags', attrs: [{ Key: 'Env' }] },
      { or: [{ type: 'value', key: 'length("c7n:MatchedFilters")', op: 'gt', value: 1 }, valueFilter()] },
      valueFilter(),
    ]);
  return Array.from({ length: count }, () => {
    const filters = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => filter(0));
    if (chance(0.4)) filters.push(tail());
    if (chance(0.1)) filters.push(valueFilter());
    return filters;
  });
}

// Without the pass, the engine reads no columns either (reduce reads them after the pass).
const outcome = (filters: unknown[], resources: Resource[], patterns: boolean): Promise<string> =>
  evaluatedText(filters, resources, patterns ? {} : { patterns: false, columns: false });

/**
 * Throws unless the policy selects and annotates the same with the pass as without it; whether the pass
 * takes part in it (leading filters it can decide).
 */
async function sameWithAndWithout(filters: unknown[], resources: Resource[]): Promise<boolean> {
  const plain = await outcome(filters, resources, false);
  const fast = await outcome(filters, resources, true);
  if (fast !== plain) throw new Error(`differs for ${JSON.stringify(filters)}:\n${fast}\n${plain}`);
  return passDecides(filters, resources);
}

/** Whether the pattern pass decides the policy's leading filters over these resources (it may stand aside). */
function passDecides(filters: unknown[], resources: Resource[]): boolean {
  const policy = compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters });
  const listing = shareListing(resources);
  const policyCtx = { ...ctx(), annotations: new AnnotationStore({ distinct: true }), perSubject: true };
  const run = patternRun(policy.filters, policyCtx);
  try {
    return (
      run !== undefined &&
      patternPass(policy.filters, run, listing.resources, listing.columns, policyCtx) !== undefined
    );
  } catch {
    return false; // (a filter failed on the first resource of a pattern: the policy fails either way)
  }
}

describe('pattern pass', () => {
  it('selects and annotates as the filters do one subject at a time (differential)', async () => {
    let decided = 0;
    let total = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const resources = listing(seed, 60);
      for (const filters of policies(seed * 7919, 40)) {
        total++;
        if (await sameWithAndWithout(filters, resources)) decided++;
      }
    }
    // The pass decides a good share of the generated policies: the comparison is not vacuous.
    expect(decided).toBeGreaterThan(total / 3);
  });

  it('decides instance-attribute on a snapshot as the filter does (differential)', async () => {
    // Every resource annotated beforehand: mappings only (the pass decides them), then also other values
    // (the pass stands aside), then one listing where a resource is not annotated (both paths fail alike).
    const { pick, chance } = seeded(4242);
    // (mostly the listing's own type: annotations of another type make the pass stand aside)
    let listed = 'CONTACT_LENS';
    const attributeFilter = (): unknown => {
      const f: Record<string, unknown> = {
        type: 'instance-attribute',
        attribute_type: chance(0.8) ? listed : pick(['CONTACT_LENS', 'INBOUND_CALLS']),
        key: pick(['Attribute.Value', 'Attribute.AttributeType', 'Missing', 'Attribute']),
        value: pick<unknown>(['true', 'false', 'absent', 'present', 'empty', 'CONTACT_LENS', true]),
      };
      if (chance(0.3)) f.op = pick(['ne', 'in', 'regex', 'glob']);
      if (f.op === 'in') f.value = ['true', 'x'];
      if (f.op === 'regex' || f.op === 'glob') f.value = pick(['^t', 't*', '(']);
      return f;
    };
    let decided = 0;
    let total = 0;
    for (let seed = 1; seed <= 6; seed++) {
      // One attribute type per listing (the pass decides a filter of that type), all kinds in seeds 4 and 5.
      const types =
        seed === 3
          ? ['INBOUND_CALLS']
          : seed === 4 || seed === 5
            ? ['CONTACT_LENS', 'INBOUND_CALLS']
            : ['CONTACT_LENS'];
      listed = types[0] as string;
      const resources = listing(seed, 60).map((r, i) => {
        const out = { ...r };
        // Tags the tag columns can read, so that the base filters do not make the pass stand aside.
        if (
          !Array.isArray(out.Tags) ||
          !out.Tags.every((t) => typeof (t as Resource | null)?.Key === 'string')
        )
          delete out.Tags;
        delete out.labels;
        delete out.tags;
        if (seed === 6 && i === 30) delete out['c7n:InstanceAttribute'];
        else
          out['c7n:InstanceAttribute'] = pick<unknown>([
            ...types.flatMap((t) => [
              { Attribute: { AttributeType: t, Value: 'true' } },
              { Attribute: { AttributeType: t, Value: 'false' } },
            ]),
            { Attribute: null },
            {},
            ...(seed === 4 || seed === 5 ? [null, 'x'] : []),
          ]);
        return out;
      });
      for (const base of policies(seed * 104729, 30)) {
        const simple = (): unknown =>
          pick<unknown>([
            { InstanceStatus: 'ACTIVE' },
            { type: 'value', key: 'Alias', op: 'glob', value: 'prod*' },
            { 'tag:Env': 'prod' },
            { Flag: true },
          ]);
        const block = (): unknown => ({ [pick(['and', 'or', 'not'])]: [attributeFilter(), simple()] });
        // Mostly what the pass can decide; random policies around it too (it may stand aside for those).
        const filters = pick<unknown[]>([
          [attributeFilter()],
          [attributeFilter(), simple()],
          [simple(), block()],
          [block(), ...base.slice(1)],
          [attributeFilter(), ...base],
        ]);
        total++;
        if (await sameWithAndWithout(filters, resources)) decided++;
      }
    }
    expect(decided).toBeGreaterThan(total / 3);
  });

  it('copies the annotations of a pattern to every resource that has it', async () => {
    const resources: Resource[] = [
      { Id: 'a', InstanceStatus: 'ACTIVE', Tags: [{ Key: 'Env', Value: 'prod' }] },
      { Id: 'b', InstanceStatus: 'FAILED', Tags: [{ Key: 'Env', Value: 'prod' }] },
      { Id: 'c', InstanceStatus: 'ACTIVE', Tags: [] },
      { Id: 'd', InstanceStatus: 'ACTIVE', Tags: [{ Key: 'Env', Value: 'prod' }] },
    ];
    const filters = [{ or: [{ InstanceStatus: 'ACTIVE' }, { 'tag:Env': 'prod' }] }, { not: [{ Id: 'c' }] }];
    const policy = compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters });
    const out = await evaluatePolicy(policy, async () => shareListing(resources), ctx());
    expect(out.resources.map((r) => [r.Id, r['c7n:MatchedFilters']])).toEqual([
      ['a', ['InstanceStatus', 'tag:Env']],
      ['b', ['tag:Env']],
      ['d', ['InstanceStatus', 'tag:Env']],
    ]);
  });

  it('stands aside when a listed resource already has c7n:MatchedFilters', async () => {
    const resources: Resource[] = [
      { Id: 'a', InstanceStatus: 'ACTIVE', 'c7n:MatchedFilters': 'not a list' },
      { Id: 'b', InstanceStatus: 'ACTIVE' },
    ];
    const policy = compilePolicy({
      name: 'p',
      resource: 'aws.connect-instance',
      filters: [{ InstanceStatus: 'ACTIVE' }],
    });
    const out = await evaluatePolicy(policy, async () => shareListing(resources), ctx());
    // A value other than a list is left as it is (the append does nothing there), as in Cloud Custodian.
    expect(out.resources.map((r) => r['c7n:MatchedFilters'])).toEqual(['not a list', ['InstanceStatus']]);
  });

  it('leaves a value its leaf cannot decide to the filters, which fail where Cloud Custodian does', async () => {
    const resources: Resource[] = [
      { Id: 'a', Net: '10.0.0.1' },
      { Id: 'b', Net: '10.0.0.0/8' },
    ];
    const filters = [{ type: 'value', key: 'Net', value_type: 'cidr_size', op: 'gt', value: 4 }];
    expect(await outcome(filters, resources, true)).toBe(await outcome(filters, resources, false));
    expect(JSON.parse(await outcome(filters, resources, true)).status).toBe('error');
  });
});

describe('one object listed twice', () => {
  it('collects the appends of both places, as in Cloud Custodian (no pattern pass, no tail form)', async () => {
    const shared: Resource = { Id: 'a', A: 'x', Items: [{ Name: 'n1' }] };
    const listing = (): Resource[] => [shared, shared, { Id: 'b', A: 'x', Items: [{ Name: 'n1' }] }];
    for (const filters of [
      [{ A: 'x' }, { B: 'absent' }],
      [{ A: 'x' }, { type: 'list-item', key: 'Items', attrs: [{ Name: 'n1' }] }],
    ]) {
      const fast = JSON.parse(await evaluatedText(filters, listing(), {})) as { resources: Resource[] };
      const plain = await evaluatedText(filters, listing(), { patterns: false, tail: false });
      expect(JSON.stringify(fast)).toBe(plain);
    }
    const out = JSON.parse(await evaluatedText([{ A: 'x' }, { B: 'absent' }], listing(), {})) as {
      resources: Resource[];
    };
    expect(out.resources.map((r) => r['c7n:MatchedFilters'])).toEqual([
      ['A', 'B', 'A', 'B'],
      ['A', 'B', 'A', 'B'],
      ['A', 'B'],
    ]);
  });
});

describe('many leaves', () => {
  it('past 12 leaves (patterns kept in a Map) still selects and annotates as the plain way', async () => {
    const { pick } = seeded(7);
    const resources: Resource[] = Array.from({ length: 300 }, (_, i) => {
      const r: Resource = { Id: `i-${i}` };
      for (let k = 0; k < 16; k++) r[`F${k}`] = pick(['a', 'b', 'c']);
      return r;
    });
    const children = Array.from({ length: 16 }, (_, k) => ({ [`F${k}`]: 'a' }));
    for (const filters of [[{ or: children }], [{ or: children.slice(0, 8) }, { or: children.slice(8) }]]) {
      const fast = await evaluatedText(filters, resources, {});
      expect(fast).toBe(await evaluatedText(filters, resources, { patterns: false, columns: false }));
      expect((JSON.parse(fast) as { resources: unknown[] }).resources.length).toBeGreaterThan(250);
    }
  });
});

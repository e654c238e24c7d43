/** The value filter of spec §5, one behaviour per test, citing the spec section or §16 edge-case row. */
import { describe, expect, it } from '@jest/globals';
import { PolicyRuntimeError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import type { EvalContext, Resource } from '../../src/filters/types.js';
import { compileKey, shortFormFilter, ValueMatcher, valueFilter } from '../../src/filters/value.js';
import { PySet } from '../../src/filters/python.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const ctx = (now = NOW): EvalContext => ({
  now,
  accountId: '123456789012',
  region: 'us-east-1',
  partition: 'aws',
  policyName: 'p',
  cache: new Map(),
  logger: silentLogger,
});
const days = (n: number) => new Date(NOW.getTime() - n * 86400000);

/** Does the filter mapping match this subject? */
function m(data: Record<string, unknown>, subject: unknown): boolean {
  return new ValueMatcher({ type: 'value', ...data }, { annotate: false }).test(subject, ctx());
}
function short(key: string, value: unknown, subject: unknown): boolean {
  return new ValueMatcher({ [key]: value }).test(subject, ctx());
}
const crash = (data: Record<string, unknown>, subject: unknown) =>
  expect(() => m(data, subject)).toThrow(PolicyRuntimeError);

describe('key resolution (§5.2)', () => {
  it('#1 a missing nested path is null → absent matches', () => {
    expect(m({ key: 'a.b.c', value: 'absent' }, { a: { x: 1 } })).toBe(true);
  });
  it('#2/#3 an explicit null is the same as missing', () => {
    expect(m({ key: 'a.b', value: 'absent' }, { a: { b: null } })).toBe(true);
    expect(m({ key: 'a.b', value: 'present' }, { a: { b: null } })).toBe(false);
  });
  it('a literal top-level field wins over the JMESPath path (weird-013/014)', () => {
    const s = { 'Foo.Bar': 'literal', Foo: { Bar: 'nested' } };
    expect(short('Foo.Bar', 'literal', s)).toBe(true);
    expect(short('Foo.Bar', 'nested', s)).toBe(false);
    expect(short('Foo.Bar', 'nested', { Foo: { Bar: 'nested' } })).toBe(true);
  });
  it('#63 foo-bar works as a literal field; when absent it is a JMESPath syntax error that aborts', () => {
    expect(m({ key: 'foo-bar', value: 'x' }, { 'foo-bar': 'x' })).toBe(true);
    crash({ key: 'foo-bar', value: 'x' }, { other: 1 });
  });
  it('#64 c7n:X.Y aborts; the quoted form works', () => {
    const s = { 'c7n:InstanceAttribute': { Attribute: { Value: 'true' } } };
    crash({ key: 'c7n:InstanceAttribute.Attribute.Value', value: 'true' }, s);
    expect(m({ key: '"c7n:InstanceAttribute".Attribute.Value', value: 'true' }, s)).toBe(true);
    expect(m({ key: 'c7n:InstanceAttribute', value: 'present' }, s)).toBe(true);
  });
  it('#65/#66 c7n JMESPath functions in keys', () => {
    expect(m({ key: "split(',', a)", value: ['x', 'y'] }, { a: 'x,y' })).toBe(true);
    expect(m({ key: 'from_json(a)', value: 'absent' }, { a: '{bad' })).toBe(true);
  });
  it('#62 tag: keys read Tags; no Tags → null', () => {
    expect(m({ key: 'tag:Env', value: 'absent' }, { Id: 'i' })).toBe(true);
    expect(m({ key: 'tag:Env', value: 'prod' }, { Tags: [{ Key: 'Env', Value: 'prod' }] })).toBe(true);
    expect(m({ key: 'tag:env', value: 'prod' }, { Tags: [{ Key: 'Env', Value: 'prod' }] })).toBe(false);
    expect(m({ key: 'tag:Env', value: 'prod' }, { tags: { Env: 'prod' } })).toBe(true);
  });
  it('tag_key_transforms transform the tag keys, not the name (vopt-020)', () => {
    const data = { key: 'tag:env', value: 'prod', tag_key_transforms: ['strip', 'lower'] };
    expect(m(data, { Tags: [{ Key: ' ENV ', Value: 'prod' }] })).toBe(true);
    expect(
      m(
        { ...data, tag_key_transforms: ['nounderscores', 'nodashes'] },
        { Tags: [{ Key: 'e_n-v', Value: 'prod' }] },
      ),
    ).toBe(true);
    expect(
      m(
        { key: 'tag:Foo Bar', value: 'x', tag_key_transforms: ['title'] },
        { Tags: [{ Key: 'foo bar', Value: 'x' }] },
      ),
    ).toBe(true);
  });
  it('Tags given as a mapping crash like c7n (kv-037)', () => {
    crash({ key: 'tag:Env', value: 'prod' }, { Tags: { Env: 'prod' } });
  });
  it('compileKey is reusable (reduce)', () => {
    expect(compileKey('a.b', '(\\d)')({ a: { b: '7x' } })).toBe('7');
  });
});

describe('value_regex (§5.3)', () => {
  it('captures group 1, anchored at the start, case-sensitive [T]', () => {
    expect(m({ key: 'a', value_regex: '([0-9])', value: '1' }, { a: '1x' })).toBe(true);
    expect(m({ key: 'a', value_regex: '([0-9])', value: 'absent' }, { a: 'x1' })).toBe(true);
    expect(m({ key: 'a', value_regex: '.*([0-9])', value: '9' }, { a: 'a1b9' })).toBe(true);
  });
  it('non-strings give null; applied before value_type (integer converts the capture) [T]', () => {
    expect(m({ key: 'a', value_regex: '(.*)', value: 'absent' }, { a: 5 })).toBe(true);
    expect(
      m({ key: 'a', value_regex: 'v(\\d+)', value_type: 'integer', op: 'gt', value: 9 }, { a: 'v10' }),
    ).toBe(true);
  });
});

describe('special values (§5.5)', () => {
  it('#4 present matches "" [T]; #5 empty matches missing/""/0/false/[]', () => {
    expect(m({ key: 'a', value: 'present' }, { a: '' })).toBe(true);
    for (const a of [undefined, '', 0, false, []]) expect(m({ key: 'a', value: 'empty' }, { a })).toBe(true);
  });
  it('#6 not-null does not match 0 or []', () => {
    expect(m({ key: 'a', value: 'not-null' }, { a: 0 })).toBe(false);
    expect(m({ key: 'a', value: 'not-null' }, { a: [] })).toBe(false);
    expect(m({ key: 'a', value: 'not-null' }, { a: 'x' })).toBe(true);
  });
  it('#7 a failed special check falls through to the op: present + ne on missing → match', () => {
    expect(m({ key: 'a', value: 'present', op: 'ne' }, {})).toBe(true);
    expect(m({ key: 'a', value: 'absent', op: 'eq' }, { a: 'absent' })).toBe(true);
  });
  it('#8/#9 null and [] as short-form values', () => {
    expect(short('a', null, {})).toBe(true);
    expect(short('a', [], {})).toBe(false);
    expect(short('a', [], { a: [] })).toBe(true);
  });
  it('#48 integer turns a missing value into 0, defeating absent', () => {
    expect(m({ key: 'a', value_type: 'integer', value: 'absent' }, {})).toBe(false);
  });
  it('a list ["absent"] is not special', () => {
    expect(m({ key: 'a', value: ['absent'] }, {})).toBe(false);
  });
});

describe('operators (§5.6)', () => {
  it('eq/equal and ne/not-equal; #28 a list never equals its element; #33 5 == 5.0', () => {
    expect(m({ key: 'a', op: 'equal', value: 'x' }, { a: 'x' })).toBe(true);
    expect(m({ key: 'a', op: 'eq', value: 'x' }, { a: ['x'] })).toBe(false);
    expect(m({ key: 'a', value: 5.0 }, { a: 5 })).toBe(true);
    expect(m({ key: 'a', op: 'not-equal', value: 5 }, { a: '5' })).toBe(true);
  });
  it('#29/#30 booleans: "true" != true, but true == 1', () => {
    expect(m({ key: 'a', value: 'true' }, { a: true })).toBe(false);
    expect(short('a', 1, { a: true })).toBe(true);
  });
  it('#31/#32 ordering between numbers and booleans; int vs string is no match', () => {
    expect(m({ key: 'a', op: 'gt', value: 0 }, { a: true })).toBe(true);
    expect(m({ key: 'a', op: 'gt', value: '5' }, { a: 10 })).toBe(false);
    expect(m({ key: 'a', op: 'greater-than', value: 1 }, { a: 2 })).toBe(true);
    expect(m({ key: 'a', op: 'gte', value: 2 }, { a: 2 })).toBe(true);
    expect(m({ key: 'a', op: 'ge', value: null }, { a: 2 })).toBe(false);
    expect(m({ key: 'a', op: 'less-than', value: 'b' }, { a: 'a' })).toBe(true);
    expect(m({ key: 'a', op: 'lte', value: 'ACTIVE' }, { a: 'ACTIVE' })).toBe(true);
    expect(m({ key: 'a', op: 'le', value: ['b'] }, { a: ['a'] })).toBe(true);
    expect(m({ key: 'a', op: 'lt', value: 5 }, {})).toBe(false);
  });
  it('#34/#35 datetime vs string: gt no match, ne match', () => {
    const s = { CreatedTime: new Date('2023-05-01T00:00:00Z') };
    expect(m({ key: 'CreatedTime', op: 'gt', value: '2023-01-01' }, s)).toBe(false);
    expect(m({ key: 'CreatedTime', op: 'ne', value: '2023-01-01' }, s)).toBe(true);
  });
  it('#22/#23 glob is case-sensitive and needs a string', () => {
    expect(m({ key: 'a', op: 'glob', value: 'a*' }, { a: 'ABC' })).toBe(false);
    expect(m({ key: 'a', op: 'glob', value: '*green*' }, { a: 'mighty green papaya' })).toBe(true);
    expect(m({ key: 'a', op: 'glob', value: '' }, { a: 0 })).toBe(false);
    expect(m({ key: 'a', op: 'glob', value: 5 }, { a: '5' })).toBe(false);
  });
  it('#24–#27 regex: anchored, case-insensitive, Python $, non-strings never match', () => {
    expect(m({ key: 'a', op: 'regex', value: 'b' }, { a: 'abc' })).toBe(false);
    expect(m({ key: 'a', op: 'regex', value: 'A' }, { a: 'abc' })).toBe(true);
    expect(m({ key: 'a', op: 'regex-case', value: 'A' }, { a: 'abc' })).toBe(false);
    expect(m({ key: 'a', op: 'regex', value: 'abc$' }, { a: 'abc\n' })).toBe(true);
    expect(m({ key: 'a', op: 'regex', value: '.*' }, {})).toBe(false);
    expect(m({ key: 'a', op: 'regex', value: '.*' }, { a: ['abc'] })).toBe(false);
  });
  it('an invalid regex aborts when evaluated (list-item attrs are not validated)', () => {
    crash({ key: 'a', op: 'regex', value: '(' }, { a: 'x' });
  });
  it('#10–#13 in: element, whole list, substring, missing', () => {
    expect(m({ key: 'a', op: 'in', value: ['x', 'y'] }, { a: 'x' })).toBe(true);
    expect(m({ key: 'a', op: 'in', value: ['x', 'y'] }, { a: ['x'] })).toBe(false);
    expect(m({ key: 'a', op: 'in', value: 'xyz' }, { a: 'x' })).toBe(true);
    expect(m({ key: 'a', op: 'in', value: ['x'] }, {})).toBe(false);
  });
  it('#14–#16 not-in/ni: missing and a list → match; string value → TypeError → no match; ni vs not-in with null', () => {
    expect(m({ key: 'a', op: 'not-in', value: ['x'] }, {})).toBe(true);
    expect(m({ key: 'a', op: 'ni', value: ['x'] }, {})).toBe(true);
    expect(m({ key: 'a', op: 'not-in', value: 'abc' }, {})).toBe(false);
    expect(m({ key: 'a', op: 'ni', value: 'abc' }, {})).toBe(false);
    expect(m({ key: 'a', op: 'ni', value: ['x', null] }, {})).toBe(false);
    expect(m({ key: 'a', op: 'not-in', value: ['x', null] }, {})).toBe(true);
  });
  it('#17 contains: substring, element, missing', () => {
    expect(m({ key: 'a', op: 'contains', value: 'x' }, { a: 'xyz' })).toBe(true);
    expect(m({ key: 'a', op: 'contains', value: 'x' }, { a: ['x', 'y'] })).toBe(true);
    expect(m({ key: 'a', op: 'contains', value: 'x' }, {})).toBe(false);
  });
  it('#18 intersect iterates strings as characters; unhashable elements → no match', () => {
    expect(m({ key: 'a', op: 'intersect', value: ['x'] }, { a: 'xyz' })).toBe(true);
    expect(m({ key: 'a', op: 'intersect', value: ['q'] }, { a: ['x'] })).toBe(false);
    expect(m({ key: 'a', op: 'intersect', value: ['x'] }, { a: [{ x: 1 }] })).toBe(false);
    expect(m({ key: 'a', op: 'intersect', value: ['x'] }, {})).toBe(false);
  });
  it('#19 difference: r has something v lacks [T]', () => {
    const value = ['A', 'B', 'C'];
    expect(m({ key: 'a', op: 'difference', value }, { a: ['A', 'B', 'D'] })).toBe(true);
    expect(m({ key: 'a', op: 'difference', value }, { a: ['A', 'B', 'C'] })).toBe(false);
    expect(m({ key: 'a', op: 'difference', value }, { a: [] })).toBe(false);
  });
  it('#20/#21 mod matches values not divisible; strings no match; 0 aborts', () => {
    expect(m({ key: 'a', op: 'mod', value: 3 }, { a: 7 })).toBe(true);
    expect(m({ key: 'a', op: 'mod', value: 3 }, { a: 6 })).toBe(false);
    expect(m({ key: 'a', op: 'mod', value: 3 }, { a: '7' })).toBe(false);
    crash({ key: 'a', op: 'mod', value: 0 }, { a: 7 });
  });
  it('mod with a %-format resource string formats it (op-mod-strfmt-02)', () => {
    expect(m({ key: 'a', op: 'mod', value: 'x' }, { a: 'a%sb' })).toBe(true);
  });
  it('value sets from value_from: membership and ordering as subset', () => {
    const matcher = new ValueMatcher({ type: 'value', key: 'a', op: 'in', value: new PySet(['x', 1]) });
    expect(matcher.test({ a: true }, ctx())).toBe(true);
    expect(matcher.test({ a: 'y' }, ctx())).toBe(false);
  });
});

describe('value_type conversions (§5.7)', () => {
  const created = (d: Date) => ({ CreatedTime: d });
  it('#37/#38/#39 age: gt 30 = older than 30 days; future dates; fractional days', () => {
    expect(m({ key: 'CreatedTime', value_type: 'age', op: 'gt', value: 30 }, created(days(40)))).toBe(true);
    expect(m({ key: 'CreatedTime', value_type: 'age', op: 'gt', value: 30 }, created(days(-10)))).toBe(false);
    expect(m({ key: 'CreatedTime', value_type: 'age', op: 'lt', value: 30 }, created(days(-10)))).toBe(true);
    expect(m({ key: 'CreatedTime', value_type: 'age', op: 'gt', value: 0.5 }, created(days(13 / 24)))).toBe(
      true,
    );
    expect(
      m({ key: 'CreatedTime', value_type: 'age', op: 'less-than', value: 32 }, { CreatedTime: '1749900000' }),
    ).toBe(true);
  });
  it('#40/#42 age with a string value aborts; #41 missing date → no match, ne → match', () => {
    crash({ key: 'CreatedTime', value_type: 'age', op: 'gt', value: '30' }, created(days(1)));
    crash({ key: 'Missing', value_type: 'age', value: 'absent' }, {});
    expect(m({ key: 'Missing', value_type: 'age', op: 'gt', value: 30 }, {})).toBe(false);
    expect(m({ key: 'Missing', value_type: 'age', op: 'ne', value: 30 }, {})).toBe(true);
  });
  it('#43 expiration: lt 5 matches 3 days ahead and the past', () => {
    const data = { key: 'E', value_type: 'expiration', op: 'lt', value: 5 };
    expect(m(data, { E: new Date(NOW.getTime() + 3 * 86400000) })).toBe(true);
    expect(m(data, { E: days(3) })).toBe(true);
    expect(m(data, { E: new Date(NOW.getTime() + 9 * 86400000) })).toBe(false);
  });
  it('the age threshold follows ctx.now (computed once per now)', () => {
    const matcher = new ValueMatcher({
      type: 'value',
      key: 'CreatedTime',
      value_type: 'age',
      op: 'gt',
      value: 30,
    });
    const s = created(days(20));
    expect(matcher.test(s, ctx())).toBe(false);
    expect(matcher.test(s, ctx(new Date(NOW.getTime() + 20 * 86400000)))).toBe(true);
  });
  it('#36 date parses both sides; unparsable → no match, ne → match', () => {
    expect(
      m(
        { key: 'CreatedTime', value_type: 'date', op: 'gt', value: '2023-01-01' },
        created(new Date('2023-05-01T00:00:00Z')),
      ),
    ).toBe(true);
    expect(m({ key: 'x', value_type: 'date', op: 'gt', value: '2023-01-01' }, { x: 'garbage' })).toBe(false);
    expect(m({ key: 'x', value_type: 'date', op: 'ne', value: '2023-01-01' }, { x: 'garbage' })).toBe(true);
  });
  it('#46/#47 integer: "abc", missing, true, 5.7 become 0 [T]; a string policy value never equals', () => {
    for (const a of ['abc', undefined, true, 5.7])
      expect(m({ key: 'a', value_type: 'integer', value: 0 }, { a })).toBe(true);
    expect(m({ key: 'a', value_type: 'integer', op: 'gt', value: 0 }, { a: ' 42 ' })).toBe(true);
    expect(m({ key: 'a', value_type: 'integer', value: '5' }, { a: '5' })).toBe(false);
  });
  it('float: "9.9" > 10.0 false, "abc" == 0.0 [T]', () => {
    expect(m({ key: 'a', value_type: 'float', op: 'gt', value: 10.0 }, { a: '9.9' })).toBe(false);
    expect(m({ key: 'a', value_type: 'float', value: 0.0 }, { a: 'abc' })).toBe(true);
  });
  it('#49 normalize lower-cases and strips only the resource side', () => {
    expect(m({ key: 'a', value_type: 'normalize', value: 'ACTIVE' }, { a: ' Active ' })).toBe(false);
    expect(m({ key: 'a', value_type: 'normalize', value: 'active' }, { a: ' Active ' })).toBe(true);
  });
  it('#50/#51 size; unique_size [T]', () => {
    expect(m({ key: 'a', value_type: 'size', value: 0 }, {})).toBe(true);
    expect(m({ key: 'a', value_type: 'size', value: 0 }, { a: 5 })).toBe(true);
    expect(m({ key: 'a', value_type: 'size', value: 2 }, { a: 'ab' })).toBe(true);
    expect(m({ key: 'a', value_type: 'unique_size', value: 4 }, { a: [1, 2, 3, 1, 5] })).toBe(true);
    expect(m({ key: 'a', value_type: 'unique_size', value: 0 }, { a: [{ x: 1 }] })).toBe(true);
  });
  it('#52/#53 version: loose version ordering [T]', () => {
    const lt = (a: string) =>
      m({ key: 'V', value_type: 'version', op: 'less-than', value: '1.9.12' }, { V: a });
    expect(lt('1.32.1')).toBe(false);
    expect(lt('1.9.13')).toBe(false);
    expect(lt('1.9.11')).toBe(true);
    expect(lt('1.1')).toBe(true);
    expect(m({ key: 'V', value_type: 'version', op: 'gt', value: '1.10' }, { V: '1.9' })).toBe(false);
    expect(m({ key: 'V', value_type: 'version', op: 'eq', value: '1.10' }, { V: '1.10.0' })).toBe(false);
    expect(m({ key: 'V', value_type: 'version', op: 'eq', value: '2.0b1' }, { V: '2.0b1' })).toBe(true);
  });
  it('#54 version: missing resource value or numeric policy value aborts', () => {
    crash({ key: 'V', value_type: 'version', op: 'lt', value: '1.2' }, {});
    crash({ key: 'V', value_type: 'version', op: 'lt', value: 1.2 }, { V: '1.0' });
  });
  it('#55/#56 cidr in: address or subnet in network; host bits set → unparsable', () => {
    const data = { key: 'a', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' };
    expect(m(data, { a: '10.1.2.3' })).toBe(true);
    expect(m(data, { a: '10.1.0.0/16' })).toBe(true);
    expect(m(data, { a: '10.1.2.3/16' })).toBe(false);
    expect(m(data, { a: '11.0.0.1' })).toBe(false);
    expect(m({ ...data, value: ['192.168.0.0/16', '10.0.0.0/8'] }, { a: '10.1.2.3' })).toBe(true);
    expect(m({ key: 'a', value_type: 'cidr', op: 'eq', value: '10.0.0.0/16' }, { a: '10.0.0.0/16' })).toBe(
      true,
    );
  });
  it('cidr swaps a policy address with a resource network', () => {
    expect(m({ key: 'a', value_type: 'cidr', op: 'in', value: '10.1.2.3' }, { a: '10.0.0.0/8' })).toBe(true);
  });
  it('#57 cidr with a missing value aborts, except in/not-in (empty tuple)', () => {
    crash({ key: 'a', value_type: 'cidr', op: 'eq', value: '10.0.0.0/8' }, {});
    expect(m({ key: 'a', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' }, {})).toBe(false);
    expect(m({ key: 'a', value_type: 'cidr', op: 'not-in', value: '10.0.0.0/8' }, {})).toBe(true);
  });
  it('#58 cidr_size: prefix length; a bare IP aborts', () => {
    expect(m({ key: 'a', value_type: 'cidr_size', value: 16 }, { a: '10.0.0.0/16' })).toBe(true);
    expect(m({ key: 'a', value_type: 'cidr_size', value: 0 }, { a: 'nope/8' })).toBe(true);
    crash({ key: 'a', value_type: 'cidr_size', value: 16 }, { a: '10.0.0.1' });
  });
  it('#59 expr compares two fields; both missing → match [T]', () => {
    expect(m({ key: 'a', value_type: 'expr', value: 'b' }, { a: 1, b: 1 })).toBe(true);
    expect(m({ key: 'a', value_type: 'expr', value: 'b' }, { a: 1, b: 2 })).toBe(false);
    expect(m({ key: 'a', value_type: 'expr', value: 'b' }, {})).toBe(true);
  });
  it('#60 swap: {op: in, value: x} tests x in the resource list [T]', () => {
    expect(m({ key: 'a', value_type: 'swap', op: 'in', value: 'x' }, { a: ['x', 'y'] })).toBe(true);
  });
});

describe('value_path (§5.8)', () => {
  it('recomputed per subject; value_from would win', () => {
    const data = { key: 'a', op: 'intersect', value_path: 'b' };
    expect(m(data, { a: ['x'], b: ['x', 'y'] })).toBe(true);
    expect(m(data, { a: ['x'], b: ['z'] })).toBe(false);
    expect(m({ key: 'Nope', value_path: 'AlsoNope' }, {})).toBe(true);
  });
});

describe('the value filter (§5.4 annotations, resource_count, forms)', () => {
  const res = (): Resource[] => [
    { Id: '1', S: 'ACTIVE' },
    { Id: '2', S: 'FAILED' },
    { Id: '3', S: 'ACTIVE', 'c7n:MatchedFilters': ['earlier'] },
  ];
  it('keeps matches in order and appends the key to c7n:MatchedFilters', async () => {
    const rs = res();
    const kept = await valueFilter
      .create({ type: 'value', key: 'S', value: 'ACTIVE' }, () => {
        throw new Error('unused');
      })
      .process(rs, ctx());
    expect(kept.map((r) => r['Id'])).toEqual(['1', '3']);
    expect(rs[0]?.['c7n:MatchedFilters']).toEqual(['S']);
    expect(rs[1]?.['c7n:MatchedFilters']).toBeUndefined();
    expect(rs[2]?.['c7n:MatchedFilters']).toEqual(['earlier', 'S']);
  });
  it('the short form is a value filter over the one pair (§4.1)', async () => {
    const kept = await shortFormFilter('S', 'FAILED').process(res(), ctx());
    expect(kept.map((r) => r['Id'])).toEqual(['2']);
  });
  it('#67 bare `value` compares the field `type` with "value": nothing matches', async () => {
    const kept = await valueFilter
      .create({ type: 'value' }, () => {
        throw new Error('unused');
      })
      .process(res(), ctx());
    expect(kept).toEqual([]);
  });
  it('matchers used by other filters do not annotate', () => {
    const s: Record<string, unknown> = { S: 'x' };
    const matcher = new ValueMatcher({ type: 'value', key: 'S', value: 'x' }, { annotate: false });
    expect(matcher.testAndAnnotate(s, ctx())).toBe(true);
    expect(s['c7n:MatchedFilters']).toBeUndefined();
  });
  it('#61 resource_count compares the size of the set: all or nothing [T]', async () => {
    const make = (op: string, value: number) =>
      valueFilter.create({ type: 'value', value_type: 'resource_count', op, value }, () => {
        throw new Error('unused');
      });
    expect(await make('lt', 2).process(res(), ctx())).toEqual([]);
    expect((await make('eq', 3).process(res(), ctx())).length).toBe(3);
  });
  it('a null subject never matches (§5.4 step 2)', () => {
    expect(m({ key: 'a', value: 'absent' }, null)).toBe(false);
  });
  it('match() is async and works without prepare() for plain values', async () => {
    expect(await new ValueMatcher({ type: 'value', key: 'a', value: 1 }).match({ a: 1 }, ctx())).toBe(true);
  });
});

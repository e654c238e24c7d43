/** The JMESPath dialect of spec §7 (expected values checked against jmespath.py 1.1.0 + c7n's functions). */
import { describe, expect, it } from '@jest/globals';
import { compileJmes, jmesSearch, JmesRuntimeError, JmesSyntaxError } from '../../src/filters/jmespath.js';

const data = {
  a: { b: [{ c: 1 }, { d: 2 }, { c: 'x' }] },
  n: 0,
  t: true,
  s: 'x,y',
  j: '{"k": [1,2]}',
  bad: '{bad',
  l: [3, 1, 2],
  ls: ['b', 'a'],
  e: [],
  o: {},
  z: null,
  'foo-bar': 5,
  'c7n:x': { y: 'annot' },
  when: new Date('2023-05-19T11:35:03Z'),
};
const q = (e: string) => jmesSearch(e, data);

describe('paths and projections (§7)', () => {
  it('missing paths, field access on non-objects and bad indexes give null', () => {
    expect(q('a.b[0].c.d')).toBeNull();
    expect(q('nope.x')).toBeNull();
    expect(q('l.x')).toBeNull();
    expect(q('a[0]')).toBeNull();
    expect(q('when.year')).toBeNull();
  });
  it('projections drop nulls; [] flattens one level (a[].b over [{b:x},{c:1}] is ["x"])', () => {
    expect(q('a.b[].c')).toEqual([1, 'x']);
    expect(q('a.b[*].c')).toEqual([1, 'x']);
    expect(q('a.*')).toEqual([data.a.b]);
    expect(q('l[-1]')).toBe(2);
    expect(q('l[::-1]')).toEqual([2, 1, 3]);
    expect(q('l[1:]')).toEqual([1, 2]);
  });
  it('quoted identifiers reach keys with dashes and colons (§16 #64)', () => {
    expect(q('"foo-bar"')).toBe(5);
    expect(q('"c7n:x".y')).toBe('annot');
  });
  it('multi-selects, pipes, filters', () => {
    expect(q('[n, t]')).toEqual([0, true]);
    expect(q('{x: n}')).toEqual({ x: 0 });
    expect(q('z.{x: n}')).toBeNull();
    expect(q('l[?@ > `1`]')).toEqual([3, 2]);
    expect(q('l[?@ == `1`] | [0]')).toBe(1);
    expect(q('a.b[?c].c')).toEqual([1, 'x']);
  });
  it('datetimes are returned as is', () => {
    expect(q('when')).toBe(data.when);
  });
});

describe('comparisons and truthiness (§7)', () => {
  it('0 and 1 are never equal to false/true, unlike Python', () => {
    expect(q('n == `false`')).toBe(false);
    expect(q('t == `1`')).toBe(false);
    expect(q('n == `0`')).toBe(true);
    expect(q('`1` == `1.0`')).toBe(true);
  });
  it('ordering: numbers or strings only; a number against a string raises; other kinds give null', () => {
    expect(q('ls[0] > ls[1]')).toBe(true);
    expect(() => q('n < s')).toThrow(JmesRuntimeError);
    expect(q('t < `1`')).toBeNull();
    expect(q('when < when')).toBeNull();
  });
  it('0 is true for || and &&, !0 is false; "", [], {} and null are false', () => {
    expect(q('n || `5`')).toBe(0);
    expect(q('e || `5`')).toBe(5);
    expect(q('!n')).toBe(false);
    expect(q('!e')).toBe(true);
    expect(q('!o')).toBe(true);
    expect(q('!z')).toBe(true);
  });
});

describe('functions (§7)', () => {
  it('standard functions', () => {
    expect(q('length(s)')).toBe(3);
    expect(q('sort(l)')).toEqual([1, 2, 3]);
    expect(q('sort(ls)')).toEqual(['a', 'b']);
    expect(q('max(ls)')).toBe('b');
    expect(q('keys(a)')).toEqual(['b']);
    expect(q('not_null(z, n)')).toBe(0);
    expect(q('to_number(`"1.5"`)')).toBe(1.5);
    expect(q('to_number(`"12"`)')).toBe(12);
    expect(q('abs(`-3`)')).toBe(3);
    expect(q('avg(l)')).toBe(2);
    expect(q("join('-', ls)")).toBe('b-a');
    expect(q("contains(s, 'y')")).toBe(true);
    expect(q('contains(l, `3`)')).toBe(true);
    expect(q('map(&c, a.b)')).toEqual([1, null, 'x']);
    expect(q("starts_with(s, 'x')")).toBe(true);
    expect(q('to_array(n)')).toEqual([0]);
    expect(q('reverse(s)')).toBe('y,x');
  });
  it('to_string is compact JSON with ASCII escapes; datetimes as their str()', () => {
    expect(q('to_string(l)')).toBe('[3,1,2]');
    expect(q('to_string(`{"a": "é"}`)')).toBe('{"a":"\\u00e9"}');
    expect(q('to_string(when)')).toBe('"2023-05-19 11:35:03+00:00"');
    expect(q('type(when)')).toBeNull();
  });
  it('argument type errors abort: length(number), sort_by with mixed keys, length(datetime)', () => {
    expect(() => q('length(n)')).toThrow(JmesRuntimeError);
    expect(() => q('sort_by(a.b, &c)')).toThrow(JmesRuntimeError);
    expect(() => q('length(when)')).toThrow(JmesRuntimeError);
    expect(() => q('items(@)')).toThrow(/Unknown function/);
  });
  it("c7n's split(separator, subject) and from_json (§16 #65, #66)", () => {
    expect(q("split(',', s)")).toEqual(['x', 'y']);
    expect(() => q("split('', s)")).toThrow(JmesRuntimeError);
    expect(q('from_json(j).k')).toEqual([1, 2]);
    expect(q('from_json(bad)')).toBeNull();
    expect(q("from_json('NaN')")).toBeNaN();
  });
});

describe('syntax: jmespath.py grammar, no community extensions (§7)', () => {
  it.each([
    'foo-bar',
    '$',
    'a + b',
    'a * b',
    'a - b',
    'a ? b : c',
    'let $x = a in $x',
    'a[?c = `1`]',
    'c7n:x.y',
    '',
  ])('%j is a syntax error', (e) => {
    expect(() => compileJmes(e)).toThrow(JmesSyntaxError);
  });
  it('lexer errors carry the position for a caret', () => {
    try {
      compileJmes('a.foo-bar');
      throw new Error('expected a syntax error');
    } catch (e) {
      expect(e).toBeInstanceOf(JmesSyntaxError);
      expect((e as JmesSyntaxError).position).toBe(5);
      expect((e as JmesSyntaxError).message).toContain('     ^');
    }
  });
  it('legacy backtick literals and raw strings are accepted', () => {
    expect(q('`foo`')).toBe('foo');
    expect(q("'raw'")).toBe('raw');
  });
  it('compiles each expression once', () => {
    expect(compileJmes('a.b')).toBe(compileJmes('a.b'));
  });
});

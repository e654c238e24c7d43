/** Python semantics of spec Appendix A (expected values checked against CPython 3.11). */
import { describe, expect, it } from '@jest/globals';
import {
  compareStrings,
  EMPTY_TUPLE,
  floatRepr,
  pyContains,
  pyEquals,
  pyFloat,
  pyInt,
  pyLen,
  pyMod,
  pyOrder,
  PySet,
  pySet,
  pyStr,
  pyStrip,
  pyTruthy,
  PyTypeError,
  PyZeroDivisionError,
} from '../../src/filters/python.js';

const d = (s: string) => new Date(s);

describe('equality (Appendix A)', () => {
  it('booleans are integers: true == 1 == 1.0, false == 0 (§16 #30)', () => {
    expect(pyEquals(true, 1)).toBe(true);
    expect(pyEquals(1, 1.0)).toBe(true);
    expect(pyEquals(false, 0)).toBe(true);
    expect(pyEquals(true, 2)).toBe(false);
  });
  it('cross-type pairs are never equal: "5" != 5, "true" != true, datetime != string (§16 #29, #35)', () => {
    expect(pyEquals('5', 5)).toBe(false);
    expect(pyEquals('true', true)).toBe(false);
    expect(pyEquals(d('2023-01-01T00:00:00Z'), '2023-01-01')).toBe(false);
  });
  it('null equals only null; lists/dicts compare deeply; NaN is never equal', () => {
    expect(pyEquals(null, undefined)).toBe(true);
    expect(pyEquals(null, 0)).toBe(false);
    expect(pyEquals(['a', 1], ['a', true])).toBe(true);
    expect(pyEquals({ a: [1] }, { a: [1] })).toBe(true);
    expect(pyEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(pyEquals(NaN, NaN)).toBe(false);
  });
  it('datetimes are equal at the same instant', () => {
    expect(pyEquals(d('2023-01-15T10:00:00Z'), d('2023-01-15T12:00:00+02:00'))).toBe(true);
  });
  it('the empty tuple equals nothing from a policy (§5.4 step 4)', () => {
    expect(pyEquals(EMPTY_TUPLE, [])).toBe(false);
    expect(pyEquals(EMPTY_TUPLE, null)).toBe(false);
    expect(pyEquals(EMPTY_TUPLE, EMPTY_TUPLE)).toBe(true);
  });
  it('big integers compare exactly (9223372036854775808 > 9223372036854775807)', () => {
    expect(pyOrder('gt', 9223372036854775808n, 9223372036854775807n)).toBe(true);
    expect(pyEquals(2n ** 60n, 2 ** 60)).toBe(true);
  });
});

describe('ordering (Appendix A)', () => {
  it('numbers and booleans order together (§16 #31)', () => {
    expect(pyOrder('gt', true, 0)).toBe(true);
    expect(pyOrder('lt', 2.5, 3)).toBe(true);
  });
  it('string vs number, anything vs null, datetime vs string raise TypeError (§16 #32, #34)', () => {
    expect(() => pyOrder('gt', 10, '5')).toThrow(PyTypeError);
    expect(() => pyOrder('ge', null, null)).toThrow(PyTypeError);
    expect(() => pyOrder('gt', d('2023-05-01T00:00:00Z'), '2023-01-01')).toThrow(PyTypeError);
    expect(() => pyOrder('lt', { a: 1 }, { a: 2 })).toThrow(PyTypeError);
  });
  it('strings order by code point, not UTF-16 unit', () => {
    expect(compareStrings('\uff5e', '\u{1f600}')).toBeLessThan(0);
    expect('\uff5e' < '\u{1f600}').toBe(false); // JS's own order differs
    expect(pyOrder('lt', 'ACTIVE', 'active')).toBe(true);
  });
  it('lists order lexicographically; the first unequal pair decides and may raise', () => {
    expect(pyOrder('lt', [1, 2], [1, 3])).toBe(true);
    expect(pyOrder('lt', [1], [1, 0])).toBe(true);
    expect(() => pyOrder('lt', [1, 'a'], [1, 2])).toThrow(PyTypeError);
  });
  it('sets order by inclusion', () => {
    expect(pyOrder('le', new PySet([1]), new PySet([1, 2]))).toBe(true);
    expect(pyOrder('gt', new PySet([1]), new PySet([2]))).toBe(false);
  });
});

describe('membership (Appendix A)', () => {
  it('list membership uses equality (§16 #10, #11)', () => {
    expect(pyContains(['x', 'y'], 'x')).toBe(true);
    expect(pyContains(['x', 'y'], ['x'])).toBe(false);
    expect(pyContains([0], false)).toBe(true);
  });
  it('string containers test substrings and need a string (§16 #12, #15)', () => {
    expect(pyContains('xyz', 'x')).toBe(true);
    expect(pyContains('abc', '')).toBe(true);
    expect(() => pyContains('abc', 5)).toThrow(PyTypeError);
    expect(() => pyContains('abc', EMPTY_TUPLE)).toThrow(PyTypeError);
  });
  it('mappings test keys; unhashable items raise; None/number containers raise', () => {
    expect(pyContains({ a: 1 }, 'a')).toBe(true);
    expect(pyContains({ a: 1 }, 1)).toBe(false);
    expect(() => pyContains({ a: 1 }, ['a'])).toThrow(PyTypeError);
    expect(() => pyContains(null, 'a')).toThrow(PyTypeError);
    expect(() => pyContains(5, 5)).toThrow(PyTypeError);
  });
  it('the empty tuple contains nothing', () => {
    expect(pyContains(EMPTY_TUPLE, null)).toBe(false);
  });
  it('PySet: 1, 1.0 and true are one element', () => {
    const s = new PySet([1, 1.0, true, 'a']);
    expect(s.size).toBe(2);
    expect(pyContains(s, true)).toBe(true);
    expect(() => new PySet([[1]])).toThrow(PyTypeError);
  });
});

describe('truthiness, len, set()', () => {
  it('falsy: null, false, 0, 0.0, "", [], {}, empty set, (); truthy: "0", "false", datetimes (§5.5)', () => {
    for (const v of [null, undefined, false, 0, -0, '', [], {}, new PySet(), EMPTY_TUPLE, 0n])
      expect(pyTruthy(v)).toBe(false);
    for (const v of ['0', 'false', [0], { a: null }, d('1970-01-01T00:00:00Z'), NaN, -1])
      expect(pyTruthy(v)).toBe(true);
  });
  it('len counts code points; unsized values raise', () => {
    expect(pyLen('😀a')).toBe(2);
    expect(pyLen({ a: 1, b: 2 })).toBe(2);
    expect(pyLen(EMPTY_TUPLE)).toBe(0);
    expect(() => pyLen(5)).toThrow(PyTypeError);
    expect(() => pyLen(null)).toThrow(PyTypeError);
  });
  it('set() of a string is its characters; of a mapping its keys', () => {
    expect(pySet('xyzx').size).toBe(3);
    expect(pySet({ a: 1, b: 2 }).size).toBe(2);
    expect(() => pySet([{ a: 1 }])).toThrow(PyTypeError);
  });
});

describe('str() (Appendix A)', () => {
  it('scalars', () => {
    expect(pyStr(null)).toBe('None');
    expect(pyStr(true)).toBe('True');
    expect(pyStr(42)).toBe('42');
    expect(pyStr(0.1)).toBe('0.1');
    expect(pyStr(5.7)).toBe('5.7');
    expect(pyStr(-0)).toBe('-0.0');
  });
  it('float repr uses Python exponent rules', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(1.5e300)).toBe('1.5e+300');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(1000)).toBe('1000.0');
    expect(floatRepr(Infinity)).toBe('inf');
    expect(floatRepr(NaN)).toBe('nan');
  });
  it('lists and dicts use repr of their items', () => {
    expect(pyStr(['a', 1, true, null, 1.5])).toBe("['a', 1, True, None, 1.5]");
    expect(pyStr({ k: 'v' })).toBe("{'k': 'v'}");
    expect(pyStr(["it's"])).toBe('["it\'s"]');
    expect(pyStr(EMPTY_TUPLE)).toBe('()');
  });
  it('datetimes print as YYYY-MM-DD HH:MM:SS+00:00 (§3.2)', () => {
    expect(pyStr(d('2023-05-19T11:35:03Z'))).toBe('2023-05-19 11:35:03+00:00');
    expect(pyStr(d('2023-05-19T11:35:03.120Z'))).toBe('2023-05-19 11:35:03.120000+00:00');
  });
});

describe('int()/float() of strings (Appendix A)', () => {
  it('int accepts sign, digits, single underscores and surrounding whitespace', () => {
    expect(pyInt(' 42 ')).toBe(42);
    expect(pyInt('+7')).toBe(7);
    expect(pyInt('1_000')).toBe(1000);
    expect(pyInt('99999999999999999999')).toBe(99999999999999999999n);
  });
  it('int rejects "5.0", "0x10", "True", "None", "", "1__0"', () => {
    for (const s of ['5.0', '0x10', 'True', 'None', '', '1__0', '_1']) expect(pyInt(s)).toBeUndefined();
  });
  it('float accepts decimals, exponents, inf/nan in any case', () => {
    expect(pyFloat('1e3')).toBe(1000);
    expect(pyFloat('.5')).toBe(0.5);
    expect(pyFloat('5.')).toBe(5);
    expect(pyFloat('1_0.5')).toBe(10.5);
    expect(pyFloat('-Infinity')).toBe(-Infinity);
    expect(pyFloat('NaN')).toBeNaN();
    for (const s of ['.', '1e', 'e5', 'abc', '']) expect(pyFloat(s)).toBeUndefined();
  });
  it('strip() uses Python whitespace', () => {
    expect(pyStrip('\x1c a \x85')).toBe('a');
    expect(pyStrip('\ufeffa')).toBe('\ufeffa');
  });
});

describe('x % y (Appendix A)', () => {
  it('numbers: remainder with the divisor sign; zero divisor raises ZeroDivisionError (§16 #21)', () => {
    expect(pyMod(7, 3)).toBe(1);
    expect(pyMod(-7, 3)).toBe(2);
    expect(pyMod(true, 2)).toBe(1);
    expect(() => pyMod(7, 0)).toThrow(PyZeroDivisionError);
  });
  it('strings are %-formatted: "a%sb" % "x" → "axb"; "ab" % "x" raises TypeError; "ab" % [] is fine', () => {
    expect(pyMod('a%sb', 'x')).toBe('axb');
    expect(() => pyMod('ab', 'x')).toThrow(PyTypeError);
    expect(pyMod('ab', [])).toBe('ab');
    expect(() => pyMod('%d', 'x')).toThrow(PyTypeError);
    expect(() => pyMod('a%s%s', 'x')).toThrow(PyTypeError);
  });
  it('number % string raises TypeError (§16 #20)', () => {
    expect(() => pyMod(7, 'x')).toThrow(PyTypeError);
    expect(() => pyMod(null, 2)).toThrow(PyTypeError);
  });
});

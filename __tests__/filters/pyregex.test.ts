/** Python `re`/`fnmatch` on ECMAScript (spec Appendix C); expectations checked against CPython 3.11. */
import { describe, expect, it } from '@jest/globals';
import {
  compileGlob,
  compilePyRegex,
  fnmatch,
  PyRegexError,
  pyReMatch,
  translateGlob,
} from '../../src/filters/pyregex.js';

describe('re.match semantics (Appendix C)', () => {
  it('anchored at the start only (§16 #24)', () => {
    expect(pyReMatch('b', 'abc')).toBe(false);
    expect(pyReMatch('ab', 'abc')).toBe(true);
  });
  it('IGNORECASE for `regex`, case-sensitive for `regex-case` (§16 #25)', () => {
    expect(pyReMatch('A', 'abc', true)).toBe(true);
    expect(pyReMatch('A', 'abc', false)).toBe(false);
    expect(pyReMatch('ünïcödé', 'ÜNÏCÖDÉ', true)).toBe(true);
  });
  it('`$` also matches before a final newline; \\Z only at the very end (§16 #26)', () => {
    expect(pyReMatch('abc$', 'abc\n')).toBe(true);
    expect(pyReMatch('abc$', 'abc\n\n')).toBe(false);
    expect(pyReMatch('abc\\Z', 'abc\n')).toBe(false);
    expect(pyReMatch('\\Aabc', 'abc')).toBe(true);
  });
  it('`.` excludes only \\n; (?s) includes it', () => {
    expect(pyReMatch('a.c', 'a\nc')).toBe(false);
    expect(pyReMatch('a.c', 'a\rc')).toBe(true);
    expect(pyReMatch('(?s)a.c', 'a\nc')).toBe(true);
  });
  it('\\d, \\w and \\b are Unicode-aware', () => {
    expect(pyReMatch('\\d+$', '١٢')).toBe(true);
    expect(pyReMatch('\\w+$', 'héllo')).toBe(true);
    expect(pyReMatch('[^\\W\\d]', '1')).toBe(false);
    expect(pyReMatch('[^\\W\\d]', 'a')).toBe(true);
    expect(pyReMatch('\\bfoo\\b', 'foo bar')).toBe(true);
    expect(pyReMatch('é\\b', 'éa')).toBe(false);
  });
  it('named groups, backreferences, inline flags, verbose mode, {,n}, literal {', () => {
    expect(pyReMatch('(?P<x>a)(?P=x)', 'aa')).toBe(true);
    expect(pyReMatch('(a)\\1', 'aa')).toBe(true);
    expect(pyReMatch('(?i)ABC', 'abc')).toBe(true);
    expect(pyReMatch('(?x) a b # comment', 'ab')).toBe(true);
    expect(pyReMatch('a{,2}b', 'aab')).toBe(true);
    expect(pyReMatch('a{', 'a{')).toBe(true);
    expect(pyReMatch('\\x41', 'A')).toBe(true);
    expect(pyReMatch('[\\]]', ']')).toBe(true);
    expect(pyReMatch('[]a]', ']')).toBe(true);
    expect(pyReMatch('\\-', '-')).toBe(true);
    expect(pyReMatch('😀+$', '😀😀')).toBe(true);
  });
  it('counts capturing groups (value_regex needs exactly one)', () => {
    expect(compilePyRegex('(a)(?:b)(?P<n>c)').groups).toBe(2);
    expect(compilePyRegex('^([^@]+)@').groups).toBe(1);
  });
  it('rejects what Python rejects, with a position', () => {
    for (const p of ['(', 'a**', '[z-a]', '\\q', 'a)', '*a', '(?P=nope)', 'a(?i)b']) {
      expect(() => compilePyRegex(p)).toThrow(PyRegexError);
    }
    try {
      compilePyRegex('\\q');
    } catch (e) {
      expect((e as PyRegexError).position).toBe(0);
    }
  });
  it('reports constructs ECMAScript cannot express instead of mistranslating them', () => {
    expect(() => compilePyRegex('a(?i:b)')).toThrow(/scoped inline flags/);
    expect(() => compilePyRegex('(?>a)')).toThrow(/atomic/);
  });
  it('caches compiled patterns', () => {
    expect(compilePyRegex('x+y')).toBe(compilePyRegex('x+y'));
  });
});

describe('fnmatch (Appendix C)', () => {
  it('case-sensitive, whole string (§16 #22)', () => {
    expect(fnmatch('ABC', 'a*')).toBe(false);
    expect(fnmatch('mighty green papaya', '*green*')).toBe(true);
  });
  it('* crosses / and newlines; ? is one code point', () => {
    expect(fnmatch('dir/a.txt', '*.txt')).toBe(true);
    expect(fnmatch('tab\tand\nnewline', 'tab?and*')).toBe(true);
    expect(fnmatch('😀', '?')).toBe(true);
  });
  it('classes: [!x] negates, ] first is literal, unclosed [ is literal, no escape character', () => {
    expect(fnmatch('xbc', '[!a]bc')).toBe(true);
    expect(fnmatch(']x', '[]]x')).toBe(true);
    expect(fnmatch('[a', '[a')).toBe(true);
    expect(fnmatch('a\\b', 'a\\b')).toBe(true);
    expect(fnmatch('*', '[*]')).toBe(true);
    expect(fnmatch('x', '[z-a]x')).toBe(false);
    expect(fnmatch('!', '[!]')).toBe(false);
  });
  it('translates to an anchored pattern', () => {
    expect(translateGlob('a*')).toBe('^(?:a[\\s\\S]*)$');
  });
  it('`*`-only patterns matched piece by piece decide as the translated regex does', () => {
    // Every pattern over a small alphabet with stars, against every short string over it (overlapping
    // pieces, pieces longer than what is left, adjacent and leading/trailing stars, empty strings).
    const alphabet = ['a', 'b', '*'];
    const patterns = [''];
    for (let len = 1; len <= 5; len++)
      for (const p of patterns.filter((x) => x.length === len - 1))
        for (const c of alphabet) patterns.push(p + c);
    const subjects = [''];
    for (let len = 1; len <= 6; len++)
      for (const x of subjects.filter((y) => y.length === len - 1))
        for (const c of ['a', 'b']) subjects.push(x + c);
    let compared = 0;
    for (const p of patterns) {
      const re = new RegExp(translateGlob(p), 'u');
      const match = compileGlob(p);
      for (const s of subjects) {
        if (match(s) !== re.test(s)) throw new Error(`fnmatch(${JSON.stringify(s)}, ${JSON.stringify(p)})`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30000);
    expect(
      fnmatch('arn:aws:iam::1:role/aws-service-role/connect.amazonaws.com/x', 'arn:aws:iam::*:role/*'),
    ).toBe(true);
    expect(fnmatch('a-test-b', '*-test*')).toBe(true);
    expect(fnmatch('aXa', 'a*a*a')).toBe(false);
    expect(fnmatch('line1\nline2', 'line1*2')).toBe(true);
  });
});

describe('CompiledPyRegex.matches', () => {
  it('says what match() !== null says, call after call (the sticky regex starts at 0 each time)', () => {
    const patterns = ['^(prod|prd)-.*', 'a', '[0-9]{4}$', '(?i)ACT', '', 'x*', '\\d+', '.*-test.*'];
    const strings = [
      'prod-1',
      'prd-x',
      'aaa',
      'ba',
      '1234',
      '12345',
      'active',
      '',
      'xx',
      'a-test-b',
      '\n1234',
    ];
    for (const p of patterns) {
      const re = compilePyRegex(p);
      for (let round = 0; round < 2; round++)
        for (const s of strings) expect([p, s, re.matches(s)]).toEqual([p, s, re.match(s) !== null]);
    }
  });
});

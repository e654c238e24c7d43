import { describe, expect, it } from '@jest/globals';
import {
  c7nDumps,
  chunks,
  compactJson,
  md5Hex,
  PyFloat,
  PyJsonError,
  pyJsonString,
  pythonStr,
  truncateCodePoints,
  unzlibBase64,
  yamlTimestampIsoformat,
  zlibBase64,
} from '../../src/actions/python-json.js';
import { PySet } from '../../src/filters/python.js';
import { YamlTimestamp } from '../../src/policy/yaml11.js';

describe('Python JSON (actions.md §1.1)', () => {
  it('indent-0 matches the spec test vector byte for byte', () => {
    const input = {
      a: [],
      b: {},
      c: [1, { d: null }],
      e: new PyFloat(1),
      f: new PyFloat(1e16),
      g: 1.5e-7,
      h: '\u007fé',
    };
    expect(c7nDumps(input)).toBe(
      '{\n"a": [],\n"b": {},\n"c": [\n1,\n{\n"d": null\n}\n],\n"e": 1.0,\n"f": 1e+16,\n"g": 1.5e-07,\n"h": "\\u007f\\u00e9"\n}',
    );
  });

  it('compact uses ", " and ": " on one line and escapes astral characters as surrogate pairs', () => {
    expect(compactJson({ a: [1, 'x'], b: { c: true, d: null }, e: 'Café 😀' })).toBe(
      '{"a": [1, "x"], "b": {"c": true, "d": null}, "e": "Caf\\u00e9 \\ud83d\\ude00"}',
    );
    expect(compactJson([])).toBe('[]');
    expect(compactJson({})).toBe('{}');
  });

  it('indent-2 nests by two spaces', () => {
    expect(c7nDumps({ a: [1, { b: 2 }] }, 2)).toBe('{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ]\n}');
  });

  it('writes Python float spellings and bare NaN/Infinity', () => {
    expect(
      compactJson([0.5, new PyFloat(0), new PyFloat(1e21), 1e-5, 123456789.125, NaN, Infinity, -Infinity]),
    ).toBe('[0.5, 0.0, 1e+21, 1e-05, 123456789.125, NaN, Infinity, -Infinity]');
  });

  it('escapes control characters with short escapes or lower-case \\u, and leaves / alone', () => {
    expect(pyJsonString('a"b\\c\n\r\t\b\f\u0001/\u2028')).toBe('"a\\"b\\\\c\\n\\r\\t\\b\\f\\u0001/\\u2028"');
  });

  it('keeps Map insertion order, integer-like keys included', () => {
    const m = new Map<string, unknown>([
      ['b', 1],
      ['10', 2],
      ['a', 3],
    ]);
    expect(compactJson(m)).toBe('{"b": 1, "10": 2, "a": 3}');
  });

  it('serialises datetimes only with the c7n encoder (compact raises, as json.dumps does)', () => {
    const d = new Date(Date.UTC(2022, 5, 27, 15, 58, 8, 500));
    expect(c7nDumps({ t: d })).toBe('{\n"t": "2022-06-27T15:58:08.500000+00:00"\n}');
    expect(c7nDumps([new Date(Date.UTC(2022, 5, 27, 15, 58, 8))])).toBe('[\n"2022-06-27T15:58:08+00:00"\n]');
    expect(() => compactJson({ t: d })).toThrow(PyJsonError);
    expect(c7nDumps([new TextEncoder().encode('é')])).toBe('[\n"\\u00e9"\n]');
  });

  it('treats YAML timestamps as PyYAML does: dates raise, date-times are isoformat()', () => {
    expect(() => c7nDumps({ d: new YamlTimestamp('2024-01-01', true) })).toThrow(/date/);
    expect(() => compactJson({ d: new YamlTimestamp('2024-01-01 10:00:00', false) })).toThrow(PyJsonError);
    expect(yamlTimestampIsoformat(new YamlTimestamp('2024-01-01 10:00:00', false))).toBe(
      '2024-01-01T10:00:00',
    );
    expect(yamlTimestampIsoformat(new YamlTimestamp('2024-1-2T3:04:05.1Z', false))).toBe(
      '2024-01-02T03:04:05.100000+00:00',
    );
    expect(yamlTimestampIsoformat(new YamlTimestamp('2024-01-01t10:00:00-5', false))).toBe(
      '2024-01-01T10:00:00-05:00',
    );
  });

  it('rejects sets and cycles like Python', () => {
    expect(() => compactJson(new PySet([1]))).toThrow(/set/);
    const a: unknown[] = [];
    a.push(a);
    expect(() => compactJson(a)).toThrow(/Circular/);
  });
});

describe('str() (actions.md §1.3)', () => {
  it('renders Python values', () => {
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(false)).toBe('False');
    expect(pythonStr(null)).toBe('None');
    expect(pythonStr(8)).toBe('8');
    expect(pythonStr(new PyFloat(1))).toBe('1.0');
    expect(pythonStr(1e-5)).toBe('1e-05');
    expect(pythonStr(NaN)).toBe('nan');
    expect(pythonStr('as is')).toBe('as is');
    expect(pythonStr([new PyFloat(1), 'a', null, true, { k: new PyFloat(1e16) }])).toBe(
      "[1.0, 'a', None, True, {'k': 1e+16}]",
    );
    expect(pythonStr(["it's"])).toBe('["it\'s"]');
  });
});

describe('hashing, compression, truncation (actions.md §1.4)', () => {
  it('md5 hex of UTF-8', () => {
    expect(md5Hex('connect-contact-lens connect-instance us-east-1 123456789012').slice(0, 20)).toBe(
      'dc57a3c92227dfa0ccc5',
    );
    expect(md5Hex('é')).toBe('66ddcd97cfdeabb2f6fb8a999b4bc76f');
  });

  it('zlib + base64 round-trips and uses a zlib header', () => {
    const text = '{\n"a": "é"\n}';
    const encoded = zlibBase64(text);
    expect(/^[A-Za-z0-9+/]+=*$/.test(encoded)).toBe(true);
    const raw = Buffer.from(encoded, 'base64');
    expect(raw[0]).toBe(0x78); // RFC 1950 CMF: deflate, 32K window
    expect(((raw[0]! << 8) | raw[1]!) % 31).toBe(0);
    expect(unzlibBase64(encoded)).toBe(text);
  });

  it('truncates by code points, never splitting a surrogate pair', () => {
    expect(truncateCodePoints('a😀b', 2)).toBe('a😀');
    expect(truncateCodePoints('abc', 5)).toBe('abc');
    expect(truncateCodePoints('😀😀😀', 1)).toBe('😀');
  });

  it('chunks like c7n and refuses non-integer sizes', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
    expect(() => chunks([1], 2.5)).toThrow(RangeError);
  });
});

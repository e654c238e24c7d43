/** Where JSON input stops being JSON (src/json-errors.ts): line, column, reason and the text there. */
import { describe, expect, it } from '@jest/globals';
import {
  arrayElementPosition,
  jsonSyntaxErrorMessage,
  positionAt,
  rootPosition,
} from '../src/json-errors.js';

describe('jsonSyntaxErrorMessage', () => {
  it('is undefined for valid JSON', () => {
    expect(jsonSyntaxErrorMessage('f.json', '[1, {"a": null}]')).toBeUndefined();
  });

  it.each([
    // [text, expected message after "f.json"]
    [
      '{"a": 1 "b": 2}',
      `:1:9: not valid JSON: Expected ',' or '}' after property value (near "{\\"a\\": 1 \\"b\\": 2}")`,
    ],
    ['[1] x', `:1:5: not valid JSON: Unexpected non-whitespace character (near "[1] x")`],
    ['[1,\r\n  ]', `:2:3: not valid JSON: Unexpected token ']' (near "  ]")`],
    [
      '["a\u0007b"]',
      `:1:4: not valid JSON: Bad control character in string literal (near "[\\"a\\u0007b\\"]")`,
    ],
    ['', ':1:1: not valid JSON: Unexpected end of JSON input (the file is empty)'],
    ['[1,', ':1:4: not valid JSON: Unexpected end of JSON input (at the end of the file)'],
    [
      '\ufeff[1]',
      ':1:1: not valid JSON: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one',
    ],
  ])('%j', (text, expected) => {
    expect(jsonSyntaxErrorMessage('f.json', text)).toBe(`f.json${expected}`);
  });

  it('shows a few characters around the place, not a whole long line', () => {
    const text = `[${'1,'.repeat(100_000)}x]`;
    const message = jsonSyntaxErrorMessage('f.json', text)!;
    expect(message).toBe(
      `f.json:1:200002: not valid JSON: Unexpected token 'x' (near …"${'1,'.repeat(12)}x]")`,
    );
  });

  it('writes characters a terminal would hide as \\u escapes in the reason', () => {
    expect(jsonSyntaxErrorMessage('f.json', '[\u001b]')).toContain("Unexpected token '\\u001b'");
  });
});

describe('positions', () => {
  it('counts lines by LF and columns from 1', () => {
    expect(positionAt('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
  });

  it('finds an element of the top-level array, and the top-level value', () => {
    const text = '\n [\n  {"a": [1, 2]},\n\n    "x"\n ]';
    expect(arrayElementPosition(text, 1)).toEqual({ line: 5, column: 5 });
    expect(arrayElementPosition(text, 2)).toBeUndefined();
    expect(rootPosition(text)).toEqual({ line: 2, column: 2 });
  });
});

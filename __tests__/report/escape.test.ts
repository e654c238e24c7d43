/**
 * plain() and md() skip the line clean-up for values that are one clean line already; that shortcut must give
 * what the clean-up gives.
 */
import { describe, expect, it } from '@jest/globals';
import { md, plain, singleLine, thousands, truncate } from '../../src/report/escape.js';

const samples = [
  '',
  'plain-id-0001',
  'arn:aws:connect:us-east-1:123456789012:instance/abc',
  'two  spaces',
  ' leading',
  'trailing ',
  '\u00a0nbsp at the start',
  'ideographic space at the end\u3000',
  '\ufeffbom',
  'line\nbreak',
  'tab\there',
  'nul\u0000',
  'del\u007f and c1 \u0085',
  'bidi \u202e override',
  'separator \u2028 line',
  'é and 😀 and a lone \ud800',
  'x'.repeat(250),
  `${'y'.repeat(199)}😀`,
  'markdown | * _ ` $ @ < >',
];

describe('plain and md', () => {
  it('give what the line clean-up and the cut give', () => {
    for (const s of samples) {
      for (const max of [1, 5, 50, 200, 500]) {
        const expected = truncate(singleLine(s), max);
        expect(plain(s, max)).toBe(expected);
        // md escapes after the same clean-up: the clean-up done beforehand changes nothing.
        expect(md(s, max)).toBe(md(expected, max));
      }
    }
  });
});

describe('thousands', () => {
  it('spells integers as toLocaleString en-US does', () => {
    for (const n of [0, 7, 999, 1000, 25_000, 61_034, 1_234_567, -1, -1234, -0, 2 ** 53, 1.5])
      expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });
});

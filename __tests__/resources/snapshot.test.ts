/** `--resources FILE`: reading a snapshot (plain or gzip, ASCII or not) and the exact-integer JSON path. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasLongDigitRun, parseJson, readSnapshotFile } from '../../src/resources/snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'cpg-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hasLongDigitRun', () => {
  it('agrees with /\\d{16,}/ on runs around the length and position boundaries', () => {
    const pads = ['', 'a', '"x":', 'é', '0', '00000000000000'];
    for (const before of pads) {
      for (const after of pads) {
        for (let len = 0; len <= 40; len++) {
          const s = before + '9'.repeat(len) + after;
          expect([s, hasLongDigitRun(s)]).toEqual([s, /\d{16,}/.test(s)]);
        }
      }
    }
  });

  it('agrees with /\\d{16,}/ on random text', () => {
    // A fixed linear congruential sequence: reproducible, and dense in digits so runs are frequent.
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = '0123456789012345678901234567890123456789 ,:."-éx';
    const disagree: string[] = [];
    let found = 0;
    for (let t = 0; t < 5000; t++) {
      const len = Math.floor(next() * 80);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      const expected = /\d{16,}/.test(s);
      if (expected) found++;
      if (hasLongDigitRun(s) !== expected) disagree.push(s);
    }
    expect(disagree).toEqual([]);
    expect(found).toBeGreaterThan(500);
  });
});

describe('parseJson', () => {
  it('reads integers beyond 2^53 as BigInts and others as numbers', () => {
    expect(parseJson('[9223372036854775808, 9007199254740991, 1.5, "12345678901234567890"]')).toEqual([
      9223372036854775808n,
      9007199254740991,
      1.5,
      '12345678901234567890',
    ]);
    expect(parseJson('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
  });
});

describe('readSnapshotFile', () => {
  const text =
    '[{"Id": "i-1", "InstanceAlias": "plain", "CreatedTime": "2018-03-15T03:10:34Z"},\n' +
    ' {"Id": "i-2", "InstanceAlias": "naïve ✓", "CreatedTime": "not a date", "Big": 12345678901234567890}]';

  it.each([
    ['plain', (t: string) => Buffer.from(t, 'utf8')],
    ['gzip', (t: string) => gzipSync(Buffer.from(t, 'utf8'))],
  ])('reads a %s file: timestamps as Dates, non-ASCII text and long integers exact', async (name, encode) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, encode(text));
    const read = await readSnapshotFile(file);
    expect(read).toEqual([
      { Id: 'i-1', InstanceAlias: 'plain', CreatedTime: new Date('2018-03-15T03:10:34Z') },
      { Id: 'i-2', InstanceAlias: 'naïve ✓', CreatedTime: 'not a date', Big: 12345678901234567890n },
    ]);
  });

  it('reads an ASCII file as UTF-8 would', async () => {
    const file = join(dir, 'ascii.json');
    writeFileSync(file, '[{"Id": "i-\\u00e9", "CreatedTime": "2020-01-01T00:00:00.000Z"}]');
    expect(await readSnapshotFile(file)).toEqual([
      { Id: 'i-é', CreatedTime: new Date('2020-01-01T00:00:00.000Z') },
    ]);
  });

  it('says where a file stops being JSON: file, line, column, what and the text there', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '[\n  {"Id": "i-1",\n   "InstanceAlias": "a",}\n]\n');
    await expect(readSnapshotFile(file)).rejects.toThrow(
      `${file}:3:25: not valid JSON: Expected double-quoted property name (near "   \\"InstanceAlias\\": \\"a\\",}")`,
    );
  });

  it('locates errors in the decompressed text of a gzipped file, and on a long single line', async () => {
    const file = join(dir, 'bad.json.gz');
    const good = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ Id: `i-${i}` })));
    writeFileSync(file, gzipSync(`${good.slice(0, -1)},]`));
    const message = await readSnapshotFile(file).then(
      () => '',
      (err: Error) => err.message,
    );
    // The excerpt is a few characters around the place, not the megabyte line.
    expect(message).toBe(
      `${file}:1:${good.length + 1}: not valid JSON: Unexpected token ']' (near …${JSON.stringify(good.slice(-24, -1) + ',]')})`,
    );
  });

  it('says where the exact-integer path stops too, and an empty or truncated file', async () => {
    const cases: [string, string][] = [
      [
        '[{"Big": 12345678901234567890}, {"Id" "x"}]',
        ":1:39: not valid JSON: Expected ':' after property name",
      ],
      ['', ':1:1: not valid JSON: Unexpected end of JSON input (the file is empty)'],
      ['[{"Id": "i-1"},\n', ':2:1: not valid JSON: Unexpected end of JSON input (at the end of the file)'],
    ];
    for (const [text, expected] of cases) {
      const file = join(dir, 'case.json');
      writeFileSync(file, text);
      await expect(readSnapshotFile(file)).rejects.toThrow(`${file}${expected}`);
    }
  });

  it('names the line and column of an element that is not an object, and of a document that is not a list', async () => {
    const file = join(dir, 'shape.json');
    writeFileSync(file, '[\n  {"Id": "i-1"},\n    "i-2"\n]');
    await expect(readSnapshotFile(file)).rejects.toThrow(
      `${file}:3:5: element 1 is not an object; each resource is one InstanceSummary mapping`,
    );
    writeFileSync(file, '\n\n  {"Instances": []}');
    await expect(readSnapshotFile(file)).rejects.toThrow(
      `${file}:3:3: expected a JSON array of Connect instance summaries (as ListInstances returns them), found object`,
    );
  });
});

import { afterEach, describe, expect, it } from '@jest/globals';
import { buildFilter } from '../../src/filters/registry.js';
import { seededRandom, setReduceRandom, setReduceTopK } from '../../src/filters/reduce.js';
import { ctx } from './helpers.js';

// The verified examples of spec §14.4.
function sample() {
  return [
    { Id: 'A', Group: 'A', Foo: 'a', Bar: '3', Date: '2011/05/06' },
    { Id: 'B', Group: 'B', Foo: 'c', Bar: '1', Date: '2020/01/01' },
    { Id: 'C', Group: 'C', Foo: 'd', Date: '2015-05-25T01:02:03' },
    { Id: 'D', Group: 'A', Foo: 'b', Date: '1592870000' },
    { Id: 'E', Group: 'B', Foo: 'e', Bar: '23', Date: 'invalid' },
    { Id: 'F', Group: 'C', Foo: 'f' },
  ];
}
const reduce = async (data: Record<string, unknown>) =>
  (await buildFilter({ type: 'reduce', ...data }).process(sample(), ctx())).map((r) => r.Id).join('');

afterEach(() => {
  setReduceRandom(undefined);
  setReduceTopK(true);
});

describe('reduce (spec §14.4)', () => {
  it.each([
    [{ limit: 2 }, 'AB'],
    [{ limit: 0 }, 'ABCDEF'],
    [{ 'limit-percent': 50 }, 'ABC'],
    [{ limit: 2, 'limit-percent': 50 }, 'AB'],
    [{ discard: 2 }, 'CDEF'],
    [{ discard: 2, 'discard-percent': 50 }, 'DEF'],
    [{ discard: 2, limit: 2 }, 'CD'],
    [{ 'sort-by': 'Foo' }, 'ADBCEF'],
    [{ 'sort-by': 'Foo', order: 'desc' }, 'FECBDA'],
    [{ 'group-by': 'Group', 'sort-by': 'Foo', order: 'desc' }, 'FCEBDA'],
    [{ 'group-by': 'Group', 'sort-by': 'Foo', order: 'desc', limit: 1 }, 'FED'],
    [{ order: 'reverse' }, 'FEDCBA'],
    [{ 'sort-by': 'Bar' }, 'BEACDF'],
    [{ 'sort-by': { key: 'Bar', value_type: 'number' } }, 'BAECDF'],
    [{ 'sort-by': { key: 'Date', value_type: 'date' } }, 'ACBDEF'],
    [{ 'group-by': 'Bar', limit: 1 }, 'BEAC'],
    [{ 'group-by': { key: 'Bar', value_type: 'number' }, limit: 1 }, 'BAEC'],
    [
      {
        'group-by': { key: 'Date', value_type: 'date', value_regex: '([0-9]{4}-[0-9]{2}-[0-9]{2}).*' },
        limit: 1,
      },
      'CA',
    ],
    [
      {
        'group-by': { key: 'Date', value_type: 'date', value_regex: '([0-9]{4}[/-][0-9]{2}[/-][0-9]{2}).*' },
        order: 'desc',
        limit: 1,
      },
      'BCAD',
    ],
    [
      {
        'group-by': { key: 'Date', value_type: 'date', value_regex: '([0-9]{4}[/-][0-9]{2}[/-][0-9]{2}).*' },
        order: 'desc',
        limit: 1,
        'null-order': 'first',
      },
      'DBCA',
    ],
    [{ order: 'desc' }, 'ABCDEF'],
    [{ 'limit-percent': 10 }, ''],
  ])('%j → %s', async (data, expected) => {
    expect(await reduce(data)).toBe(expected);
  });

  it('a non-integer limit crashes only when it is used', async () => {
    await expect(reduce({ limit: 1.5 })).rejects.toThrow(/whole number/);
    expect(await reduce({ limit: 7.5 })).toBe('ABCDEF');
  });

  it('randomize is repeatable with a seeded source', async () => {
    setReduceRandom(seededRandom(42));
    const first = await reduce({ order: 'randomize' });
    setReduceRandom(seededRandom(42));
    expect(await reduce({ order: 'randomize' })).toBe(first);
    expect([...first].sort().join('')).toBe('ABCDEF');
  });
});

describe('reduce sort-by a date read as a string (the default type)', () => {
  const run = async (rows: Record<string, unknown>[], order = 'asc') =>
    (await buildFilter({ type: 'reduce', 'sort-by': 'T', order }).process(rows, ctx()))
      .map((r) => r.Id)
      .join('');
  const d = (iso: string) => new Date(iso);

  it('orders dates as their Python str() does: by time, a whole second before its fractions', async () => {
    const rows = [
      { Id: 'a', T: d('2024-01-01T00:00:00.500Z') },
      { Id: 'b', T: d('2024-01-01T00:00:00Z') },
      { Id: 'c', T: d('2023-12-31T23:59:59Z') },
      { Id: 'd', T: d('2024-01-01T00:00:00Z') },
    ];
    expect(await run(rows)).toBe('cbda');
    expect(await run(rows, 'desc')).toBe('abdc');
  });

  it('mixed with strings, dates are compared as their str() text', async () => {
    const rows = [
      { Id: 'a', T: d('2024-01-01T00:00:00Z') },
      { Id: 'b', T: '2024-01-01 00:00:00+00:00x' }, // just after the str() of a
      { Id: 'c', T: '2024-01-01' }, // a prefix: before it
    ];
    expect(await run(rows)).toBe('cab');
  });
});

describe('reduce top-k selection (differential against the full sort)', () => {
  const rand = seededRandom(20261126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  // Few distinct values, so that ties are common; nulls, unparsable values and NaN included.
  const SORT_VALUES: readonly unknown[] = [
    null,
    undefined,
    1,
    2,
    2,
    -0,
    0,
    3.5,
    '7',
    '10',
    ' 4 ',
    '1e1',
    'nan',
    'x',
    'b',
    'a',
    'é',
    '\u{1F600}',
    true,
    '2024-01-02',
    '2023-12-31T10:00:00Z',
    new Date('2024-01-01T00:00:00Z'),
    new Date('2024-01-01T00:00:00.5Z'),
    new Date('2020-06-01T00:00:00Z'),
  ];
  const DATES = SORT_VALUES.filter((v) => v instanceof Date);
  // float('nan') compares equal to everything: only the full sort gives the order then.
  const NUMBERS: readonly unknown[] = ['nan', 'nan', 1, 2, 3, '3', null, -1];

  function rows(n: number): Record<string, unknown>[] {
    // Some sets hold only dates (string keys then compared as times), some many NaNs.
    const pool = pick([DATES, NUMBERS, SORT_VALUES, SORT_VALUES, SORT_VALUES]);
    return Array.from({ length: n }, (_, i) => {
      const row: Record<string, unknown> = { Id: `r${i}`, G: pick(['a', 'b', 'c', 1, null]) };
      const v = pick(pool);
      if (v !== undefined) row.K = v;
      return row;
    });
  }

  function policy(): Record<string, unknown> {
    const data: Record<string, unknown> = {
      'sort-by': pick(['K', { key: 'K', value_type: 'number' }, { key: 'K', value_type: 'date' }]),
      order: pick(['asc', 'desc', 'asc', 'desc', 'reverse', 'randomize']),
    };
    if (rand() < 0.5) data['null-order'] = pick(['first', 'last']);
    if (rand() < 0.4) data['group-by'] = pick(['G', { key: 'G', value_type: 'number' }]);
    if (rand() < 0.6) data.limit = pick([1, 2, 3, 5, 8, 0, -1, 1.5, 40]);
    if (rand() < 0.4) data['limit-percent'] = pick([1, 5, 10, 25, 29, 50, 100]);
    if (rand() < 0.3) data.discard = pick([1, 2, 4, 0, 2.5]);
    if (rand() < 0.2) data['discard-percent'] = pick([5, 10, 50]);
    return data;
  }

  async function outcome(data: Record<string, unknown>, input: Record<string, unknown>[], topK: boolean) {
    setReduceTopK(topK);
    setReduceRandom(seededRandom(7));
    try {
      const out = await buildFilter({ type: 'reduce', ...data }).process(input.slice(), ctx());
      return out.map((r) => r.Id).join(' ');
    } catch (e) {
      return `error: ${(e as Error).message}`;
    }
  }

  it('gives what sorting whole groups gives, errors included', async () => {
    let errors = 0;
    for (let c = 0; c < 2000; c++) {
      const data = policy();
      const input = rows(int(0, 120));
      const expected = await outcome(data, input, false);
      if (expected.startsWith('error')) errors++;
      expect({ data, got: await outcome(data, input, true) }).toEqual({ data, got: expected });
    }
    expect(errors).toBeGreaterThan(50); // the non-integer limits and discards did reach trim
  });

  it('keeps the first k of a group in stable order, ties by input position', async () => {
    const input = Array.from({ length: 40 }, (_, i) => ({ Id: `r${i}`, K: i % 3 }));
    const run = async (order: string) =>
      (await buildFilter({ type: 'reduce', 'sort-by': 'K', order, limit: 5 }).process(input, ctx()))
        .map((r) => r.Id)
        .join(' ');
    expect(await run('asc')).toBe('r0 r3 r6 r9 r12');
    expect(await run('desc')).toBe('r2 r5 r8 r11 r14');
  });
});

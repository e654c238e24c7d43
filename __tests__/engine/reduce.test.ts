import { afterEach, describe, expect, it } from '@jest/globals';
import { buildFilter } from '../../src/filters/registry.js';
import { seededRandom, setReduceRandom } from '../../src/filters/reduce.js';
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

afterEach(() => setReduceRandom(undefined));

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

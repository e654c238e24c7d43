import { describe, expect, it } from '@jest/globals';
import { buildFilter } from '../../src/filters/registry.js';
import { ctx, ids, res } from './helpers.js';

const tags = (...kv: [string, string][]) => kv.map(([Key, Value]) => ({ Key, Value }));

describe('list-item (spec §12)', () => {
  it('keeps resources with a matching element and records which, with the key as written', async () => {
    const rs = [
      res('a', { Tags: tags(['Env', 'dev'], ['Owner', 'ops']) }),
      res('b', { Tags: tags(['Env', 'dev']) }),
      res('c'),
    ];
    const out = await buildFilter({ type: 'list-item', key: 'Tags', attrs: [{ Key: 'Owner' }] }).process(
      rs,
      ctx(),
    );
    expect(ids(out)).toEqual(['a']);
    expect(out[0]?.['c7n:ListItemMatches']).toEqual(['Tags[1]']);
    // matched elements keep their own annotation, and c7n:_id never stays behind
    const el = (out[0]?.Tags as Record<string, unknown>[])[1] as Record<string, unknown>;
    expect(el['c7n:MatchedFilters']).toEqual(['Key']);
    expect('c7n:_id' in el).toBe(false);
  });

  it('count compares the number of matches; count: 0 selects missing and empty lists', async () => {
    const rs = [res('a', { L: [{ x: 1 }, { x: 1 }] }), res('b', { L: [] }), res('c')];
    expect(
      ids(await buildFilter({ type: 'list-item', key: 'L', count: 2, attrs: [{ x: 1 }] }).process(rs, ctx())),
    ).toEqual(['a']);
    expect(ids(await buildFilter({ type: 'list-item', key: 'L', count: 0 }).process(rs, ctx()))).toEqual([
      'b',
      'c',
    ]);
    expect(
      ids(await buildFilter({ type: 'list-item', key: 'L', count: 1, count_op: 'gt' }).process(rs, ctx())),
    ).toEqual(['a']);
  });

  it('blocks inside attrs identify elements by position', async () => {
    const rs = [res('a', { L: [{ t: 'S3' }, { t: 'KVS' }] }), res('b', { L: [{ t: 'S3' }] })];
    const out = await buildFilter({ type: 'list-item', key: 'L', attrs: [{ not: [{ t: 'S3' }] }] }).process(
      rs,
      ctx(),
    );
    expect(ids(out)).toEqual(['a']);
    expect(out[0]?.['c7n:ListItemMatches']).toEqual(['L[1]']);
  });

  it('a non-list value fails the policy with c7n message; missing key fails too', async () => {
    await expect(
      buildFilter({ type: 'list-item', key: 'InstanceStatus' }).process([res('a')], ctx()),
    ).rejects.toThrow("list-item filter value for InstanceStatus is a <class 'str'> not a list");
    await expect(buildFilter({ type: 'list-item', attrs: [] }).process([res('a')], ctx())).rejects.toThrow(
      /needs a `key`/,
    );
  });
});

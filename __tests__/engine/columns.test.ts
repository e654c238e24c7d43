import { describe, expect, it } from '@jest/globals';
import { ColumnCache } from '../../src/engine/columns.js';
import type { ColumnLeaf, Resource } from '../../src/filters/types.js';
import { ValueMatcher } from '../../src/filters/value.js';

// A column must hold, for every listed resource, what the leaf's own resolver reads there (equal values
// may share a number), or be refused when the resolver fails on some resource.

function leafOf(data: Record<string, unknown>): ColumnLeaf {
  const leaf = new ValueMatcher(data).columnLeaf();
  if (leaf === undefined) throw new Error('no leaf');
  return leaf;
}

function resolvedOrFailure(leaf: ColumnLeaf, resources: readonly Resource[]): unknown[] | 'fails' {
  try {
    return resources.map((r) => leaf.resolve(r));
  } catch {
    return 'fails';
  }
}

function columnValues(leaf: ColumnLeaf, resources: readonly Resource[]): unknown[] | 'fails' {
  const column = new ColumnCache(resources).column(leaf);
  if (column === undefined) return 'fails';
  return Array.from(column.ids, (id) => column.values[id]);
}

const tagLists: unknown[] = [
  [{ Key: 'Env', Value: 'prod' }],
  [
    { Key: 'Env', Value: 'first' },
    { Key: 'Env', Value: 'second' },
  ],
  [{ Key: 'Env' }],
  [
    { Key: 1, Value: 'one' },
    { Key: 'Owner', Value: 'a@example.com' },
  ],
  [],
  null,
  '',
  'x',
  {},
  { Env: 'dict' },
  [{ Key: 'Owner', Value: 'b@example.com' }, 'not a mapping'],
  ['not a mapping', { Key: 'Env', Value: 'late' }],
];

describe('columns', () => {
  it('read each tag as the tag: resolver does, from one pass over the tags', () => {
    const resources: Resource[] = tagLists.map((Tags, i) => ({ Id: `i-${i}`, Tags }));
    resources.push(
      { Id: 'none' },
      { Id: 'labels', labels: { Env: 'label' } },
      { Id: 'tags', tags: { Env: 't' } },
    );
    for (const key of ['tag:Env', 'tag:Owner', 'tag:Missing', 'tag:1']) {
      const leaf = leafOf({ [key]: 'x' });
      expect(leaf.tag).toBe(key.slice(4));
      // Those the resolver reads without failing, together; and each resource alone (failures included).
      const readable = resources.filter((r) => resolvedOrFailure(leaf, [r]) !== 'fails');
      expect(readable.length).toBeGreaterThanOrEqual(10);
      for (const subset of [resources, readable, ...resources.map((r) => [r])])
        expect([key, columnValues(leaf, subset)]).toEqual([key, resolvedOrFailure(leaf, subset)]);
    }
  });

  it('apply value_regex once per distinct value of the key', () => {
    const resources: Resource[] = ['ops@example.com', 'ops@example.com', 'x', null, 'dev@example.com'].map(
      (v, i) => ({ Id: `i-${i}`, Tags: v === null ? [] : [{ Key: 'Owner', Value: v }] }),
    );
    const leaf = leafOf({ type: 'value', key: 'tag:Owner', value_regex: '^([^@]+)@', value: 'ops' });
    expect(leaf.derivedFrom?.tag).toBe('Owner');
    expect(columnValues(leaf, resources)).toEqual(['ops', 'ops', null, null, 'dev']);
    // A value_regex without a group fails where the resolver fails.
    const bad = leafOf({ type: 'value', key: 'tag:Owner', value_regex: '^ops', value: 'ops' });
    expect(columnValues(bad, resources)).toBe('fails');
    expect(resolvedOrFailure(bad, resources)).toBe('fails');
  });

  it('number dates of one instant alike and keep -0 apart from 0', () => {
    const resources: Resource[] = [
      { T: new Date(0) },
      { T: new Date(0) },
      { T: new Date(1) },
      { T: 0 },
      { T: -0 },
      { T: '0' },
    ];
    const column = new ColumnCache(resources).column(leafOf({ T: 'x' }));
    expect(column?.ids[0]).toBe(column?.ids[1]);
    expect(new Set(column?.ids).size).toBe(5);
    expect(Object.is(column?.values[column.ids[4] as number], -0)).toBe(true);
  });
});

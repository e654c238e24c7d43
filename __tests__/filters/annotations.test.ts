/**
 * A policy run's AnnotationStore keeps `c7n:MatchedFilters` appends as trails and list-item's annotated
 * lists as Deferred values (src/filters/annotations.ts). These pin down that what filters and outputs see
 * is what appending lists in place (Cloud Custodian) gives: contents, key order, snapshots, and when the
 * deferred values are made.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotationStore, Deferred, MATCHED_FILTERS } from '../../src/filters/annotations.js';
import { copyResource } from '../../src/filters/blocks.js';
import { compilePolicy, evaluatePolicy } from '../../src/engine/evaluate.js';
import { buildFilters } from '../../src/filters/registry.js';
import type { Filter, Resource } from '../../src/filters/types.js';
import { ctx, res } from '../engine/helpers.js';

const out = (store: AnnotationStore, r: Resource) => store.materialize(r, copyResource);

describe('c7n:MatchedFilters trails', () => {
  it('keep every key in append order, also past 15 distinct keys and 7 appends', () => {
    const store = new AnnotationStore();
    const r = res('a');
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    for (const k of keys) store.appendMatched(r, k);
    for (let i = 0; i < 9; i++) store.appendMatched(r, 'k0');
    expect(out(store, r)[MATCHED_FILTERS]).toEqual([...keys, ...Array(9).fill('k0')]);
    expect(r).toEqual(res('a')); // the listed object is never written
  });

  it('extend a list as listed (a copy), and leave any other listed value alone', () => {
    const store = new AnnotationStore();
    const listed = res('a', { [MATCHED_FILTERS]: ['old'] });
    const text = res('b', { [MATCHED_FILTERS]: 'not a list' });
    store.appendMatched(listed, 'new');
    store.appendMatched(text, 'new');
    expect(out(store, listed)[MATCHED_FILTERS]).toEqual(['old', 'new']);
    expect(listed[MATCHED_FILTERS]).toEqual(['old']);
    expect(out(store, text)[MATCHED_FILTERS]).toBe('not a list');
  });

  it('keep annotations in the order they were made when another one is set in between', () => {
    const store = new AnnotationStore();
    const r = res('a');
    store.appendMatched(r, 'k1');
    store.set(r, 'c7n:Other', 1);
    store.appendMatched(r, 'k2');
    const o = out(store, r);
    expect(Object.keys(o)).toEqual(['Id', 'InstanceStatus', MATCHED_FILTERS, 'c7n:Other']);
    expect(o[MATCHED_FILTERS]).toEqual(['k1', 'k2']);
  });

  it('are read as the list, and appending goes on after a read', () => {
    const store = new AnnotationStore();
    const r = res('a');
    store.appendMatched(r, 'k1');
    expect(store.get(r, MATCHED_FILTERS)).toEqual(['k1']);
    expect(store.subjectFor(r, [MATCHED_FILTERS])[MATCHED_FILTERS]).toEqual(['k1']);
    store.appendMatched(r, 'k2');
    expect(out(store, r)[MATCHED_FILTERS]).toEqual(['k1', 'k2']);
  });

  it('snapshots put back what a block added: appends, and keys set after them', () => {
    const store = new AnnotationStore();
    const r = res('a');
    store.appendMatched(r, 'k1');
    const snap = store.snapshot(r);
    store.appendMatched(r, 'k2');
    store.set(r, 'c7n:Other', 1);
    store.restore(r, snap);
    expect(out(store, r)).toEqual({ ...res('a'), [MATCHED_FILTERS]: ['k1'] });
    const none = store.snapshot(res('b'));
    const b = res('b');
    store.appendMatched(b, 'k1');
    store.restore(b, none);
    expect(out(store, b)).toEqual(res('b'));
  });
});

describe('deferred overlay values', () => {
  it('are made once, when first read', () => {
    const store = new AnnotationStore();
    const r = res('a');
    let made = 0;
    store.set(
      r,
      'Items',
      new Deferred(() => {
        made++;
        return ['x'];
      }),
    );
    expect(made).toBe(0);
    expect(store.get(r, 'Items')).toEqual(['x']);
    expect(store.view(r).Items).toEqual(['x']);
    expect(out(store, r).Items).toEqual(['x']);
    expect(made).toBe(1);
  });

  it("list-item's annotated list is what a later filter of the policy reads", async () => {
    const policy = compilePolicy({
      name: 'p',
      resource: 'aws.connect-instance',
      filters: [
        { type: 'list-item', key: 'Items', attrs: [{ Name: 'n1' }] },
        // reads the element annotation list-item left: present only on the matched element
        { type: 'value', key: 'Items[0]."c7n:MatchedFilters"', value: ['Name'] },
      ],
    });
    const rs = [res('a', { Items: [{ Name: 'n1' }] }), res('b', { Items: [{ Name: 'n2' }, { Name: 'n1' }] })];
    const result = await evaluatePolicy(policy, async () => rs, ctx());
    expect(result.status).toBe('ok');
    expect(result.resources.map((r) => r.Id)).toEqual(['a']);
    expect(result.resources[0]?.Items).toEqual([{ Name: 'n1', [MATCHED_FILTERS]: ['Name'] }]);
    expect(rs[0]?.Items).toEqual([{ Name: 'n1' }]);
  });

  it('a snapshot holds a copy of a deferred annotation: what a `not` adds to it does not survive', async () => {
    // list-item annotates the elements of a pre-annotated c7n:MatchedFilters list (a Deferred copy); the
    // `not` then matches Name (appending to that list) and is dropped, so the append must go.
    const policy = compilePolicy({
      name: 'p',
      resource: 'aws.connect-instance',
      filters: [
        { type: 'list-item', key: '"c7n:MatchedFilters"', attrs: [{ a: 1 }] },
        { not: [{ Name: 'x' }, { 'c7n:MatchedFilters': 'absent' }] },
      ],
    });
    const rs = [{ Id: 'r1', Name: 'x', [MATCHED_FILTERS]: [{ a: 1 }] }];
    const result = await evaluatePolicy(policy, async () => rs, ctx());
    expect(result.status).toBe('ok');
    expect(result.resources[0]?.[MATCHED_FILTERS]).toEqual([{ a: 1, [MATCHED_FILTERS]: ['a'] }]);
  });
});

describe('list-item with attrs that load a value_from', () => {
  it('notes the positions of the matched elements (the copies lose c7n:_id only afterwards)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpg-li-'));
    try {
      const file = join(dir, 'names.json');
      writeFileSync(file, JSON.stringify(['n1']));
      const policy = compilePolicy({
        name: 'p',
        resource: 'aws.connect-instance',
        filters: [
          {
            type: 'list-item',
            key: 'Items',
            attrs: [
              {
                type: 'value',
                key: 'Name',
                op: 'in',
                value_from: { url: pathToFileURL(file).href, format: 'json' },
              },
            ],
          },
        ],
      });
      const rs = [res('a', { Items: [{ Name: 'q' }, { Name: 'n1' }] })];
      const result = await evaluatePolicy(policy, async () => rs, ctx());
      expect(result.status).toBe('ok');
      expect(result.resources[0]?.['c7n:ListItemMatches']).toEqual(['Items[1]']);
      expect(result.resources[0]?.Items).toEqual([
        { Name: 'q' },
        { Name: 'n1', [MATCHED_FILTERS]: ['Name'] },
      ]);
      // Filtering in place (no policy run's store) too.
      const [filter] = buildFilters(policy.data.filters as unknown[], 'filters');
      const own = [res('a', { Items: [{ Name: 'q' }, { Name: 'n1' }] })];
      const kept = await (filter as Filter).process(own, ctx());
      expect(kept[0]?.['c7n:ListItemMatches']).toEqual(['Items[1]']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('list-item attrs made of value tests and blocks of them (run without an element store)', () => {
  // A resource_count attr that keeps every element selects and annotates nothing, but has no plain form:
  // the same attrs behind it take the element store's path, which the plain path must match exactly (key
  // order included).
  const everyElement = { type: 'value', value_type: 'resource_count', op: 'ge', value: 0 };
  const plainAndStore = (attrs: unknown[]) => [attrs, [everyElement, ...attrs]];
  const listing = () => {
    const shared = { Name: 'n1', Kind: 'S3' };
    return [
      res('a', { Items: [{ Name: 'n1', Kind: 'S3' }, { Name: 'n2' }, { Name: 'n1', Kind: 'KINESIS' }] }),
      res('b', { Items: [{ Name: 'n2', Kind: 'S3' }] }),
      res('c', { Items: [] }),
      res('d', { Items: [{ Name: 'n1', Kind: 'S3', 'Deep.Key': 1, Deep: { Key: 'x' } }] }),
      res('e', {}),
      // One object listed twice (annotated per position), and elements with annotations of their own:
      // appends to a `c7n:MatchedFilters` of its own are not trails.
      res('f', { Items: [shared, { Name: 'n2' }, shared] }),
      res('g', {
        Items: [
          { Name: 'n1', Kind: 'S3', 'c7n:MatchedFilters': ['pre'] },
          { Name: 'n1', 'c7n:MatchedFilters': 'not a list' },
          { Name: 'n2', 'c7n:Other': [1] },
          { Name: 'n1', Kind: 'S3', 'c7n:Other': [2] },
        ],
      }),
    ];
  };
  const outputsOf = async (filters: unknown[]) => {
    const result = await evaluatePolicy(
      compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters }),
      async () => listing(),
      ctx(),
    );
    return JSON.stringify({ status: result.status, error: result.error, resources: result.resources });
  };

  it.each([
    [[{ Name: 'n1' }, { Kind: 'S3' }]],
    [[{ Name: 'n1' }, { type: 'value', key: 'Kind', op: 'ne', value: 'S3' }]],
    [[{ type: 'value', key: 'Deep.Key', value: 'x' }]],
    [[{ Kind: 'absent' }]],
    [[{ Name: 'n1' }, { type: 'value', key: 'Name', op: 'regex', value: '(' }]],
    [[{ Name: 'n1' }, { or: [{ Kind: 'S3' }, { not: [{ Name: 'n2' }] }] }]],
    [[{ and: [{ Name: 'n1' }, { Kind: 'KINESIS' }] }, { not: [{ Kind: 'absent' }] }]],
    [[{ or: [{ Name: 'n2' }, { and: [{ Name: 'n1' }, { not: [{ Kind: 'S3' }] }] }] }]],
    [[{ or: [{ Name: 'n1' }, { Kind: 'S3' }] }]], // every child annotates, also after one matched
  ])('%j', async (attrs) => {
    const [plain, store] = plainAndStore(attrs);
    for (const extra of [[], [{ not: [{ Id: 'zz' }] }]]) {
      const a = await outputsOf([{ type: 'list-item', key: 'Items', attrs: plain }, ...extra]);
      const b = await outputsOf([{ type: 'list-item', key: 'Items', attrs: store }, ...extra]);
      expect(a).toBe(b);
      // under a block too, where element annotations of dropped resources are kept
      const c = await outputsOf([{ or: [{ type: 'list-item', key: 'Items', attrs: plain }, { Id: 'b' }] }]);
      const d = await outputsOf([{ or: [{ type: 'list-item', key: 'Items', attrs: store }, { Id: 'b' }] }]);
      expect(c).toBe(d);
    }
  });
});

describe('list-item attrs with and/or/not blocks of value tests', () => {
  it('leave the element annotations Cloud Custodian leaves (worked out by hand)', async () => {
    // Element 0: Key matches, the regex matches, `not [Value: empty]` adds nothing that survives: kept,
    // with [Key, Value]. Element 1: Key fails, nothing. Element 2: Key matches; inside the `or`, the regex
    // fails and the `not` drops what its child added: not kept, yet keeps [Key] (attrs sweep nothing).
    const policy = compilePolicy({
      name: 'p',
      resource: 'aws.connect-instance',
      filters: [
        {
          type: 'list-item',
          key: 'Tags',
          attrs: [
            { Key: 'CostCenter' },
            {
              or: [
                { type: 'value', key: 'Value', op: 'regex', value: '^[0-9]{4}$' },
                { not: [{ Value: 'empty' }] },
              ],
            },
          ],
        },
      ],
    });
    const rs = [
      res('a', {
        Tags: [
          { Key: 'CostCenter', Value: '1234' },
          { Key: 'Env', Value: '' },
          { Key: 'CostCenter', Value: '' },
        ],
      }),
      res('b', { Tags: [{ Key: 'CostCenter', Value: '' }] }),
    ];
    const result = await evaluatePolicy(policy, async () => rs, ctx());
    expect(result.status).toBe('ok');
    expect(JSON.stringify(result.resources)).toBe(
      JSON.stringify([
        {
          ...res('a'),
          Tags: [
            { Key: 'CostCenter', Value: '1234', [MATCHED_FILTERS]: ['Key', 'Value'] },
            { Key: 'Env', Value: '' },
            { Key: 'CostCenter', Value: '', [MATCHED_FILTERS]: ['Key'] },
          ],
          'c7n:ListItemMatches': ['Tags[0]'],
        },
      ]),
    );
  });
});

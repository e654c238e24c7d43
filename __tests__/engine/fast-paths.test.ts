import { describe, expect, it } from '@jest/globals';
import { compilePolicy, evaluatePolicy, shareListing } from '../../src/engine/evaluate.js';
import type { Resource } from '../../src/filters/types.js';
import { ctx, res } from './helpers.js';

// The fast paths (list-item attrs on the elements themselves, blocks identifying resources by position)
// must give exactly what the general paths give: the same policy over the same data, once in a shape that
// takes the fast path and once in one that cannot (shared element objects, duplicate Ids).

const policy = (filters: unknown[]) =>
  compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters });

async function run(filters: unknown[], resources: Resource[]): Promise<string> {
  const out = await evaluatePolicy(policy(filters), async () => shareListing(resources), ctx());
  expect(out.status).toBe('ok');
  return JSON.stringify(out.resources);
}

const tagSets = [
  [
    { Key: 'CostCenter', Value: '1234' },
    { Key: 'Env', Value: 'prod' },
  ],
  [{ Key: 'CostCenter', Value: '' }],
  [
    { Key: 'CostCenter', Value: 'n/a' },
    { Key: 'CostCenter', Value: '' },
  ],
  [{ Key: 'Env', Value: 'dev' }],
  [],
];

const nested = [
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
];

describe('list-item attrs evaluated in place', () => {
  it('matches and annotates as the copy path does', async () => {
    const fresh = tagSets.map((tags, i) => res(`r${i}`, { Tags: tags.map((t) => ({ ...t })) }));
    // The same element object listed twice forces the copy path for that resource.
    const shared = tagSets.map((tags, i) => {
      const els = tags.map((t) => ({ ...t }));
      return res(`r${i}`, { Tags: els.length > 0 ? [...els, els[0]] : els });
    });
    const sharedOnce = tagSets.map((tags, i) => {
      const els = tags.map((t) => ({ ...t }));
      return res(`r${i}`, { Tags: els.length > 0 ? [...els, { ...els[0] }] : els });
    });
    expect(await run(nested, shared)).toBe(await run(nested, sharedOnce));
    const a = await run(nested, fresh);
    expect(a).toContain('"c7n:MatchedFilters":["Key"]');
    expect(a).toContain('"c7n:ListItemMatches":["Tags[0]"]');
  });

  it('leaves annotations of dropped resources under an `or` as the copy path does', async () => {
    const filters = [{ or: [{ InstanceStatus: 'ACTIVE' }, ...nested] }];
    const mk = (dup: boolean) =>
      tagSets.map((tags, i) => {
        const els = tags.map((t) => ({ ...t }));
        return res(`r${i}`, { Tags: els.length > 0 ? [...els, dup ? els[0] : { ...els[0] }] : els });
      });
    expect(await run(filters, mk(true))).toBe(await run(filters, mk(false)));
  });
});

describe('blocks identifying resources by position', () => {
  const filters = [
    {
      or: [
        { and: [{ 'tag:Env': 'prod' }, { not: [{ InstanceStatus: 'ACTIVE' }] }] },
        { and: [{ 'tag:Env': 'absent' }, { type: 'reduce', 'sort-by': 'Id', order: 'desc', limit: 2 }] },
      ],
    },
  ];
  const mk = (dupId: boolean) => [
    res('a', { Tags: [{ Key: 'Env', Value: 'prod' }], InstanceStatus: 'PENDING' }),
    res('b', {}),
    res('c', { Tags: [{ Key: 'Env', Value: 'prod' }] }),
    res(dupId ? 'x' : 'd', {}),
    res('e', {}),
    res('x', { InstanceStatus: 'FAILED', Tags: [{ Key: 'Env', Value: 'prod' }] }),
  ];

  it('gives the identity-keyed result when Ids are distinct', async () => {
    const out = JSON.parse(await run(filters, mk(false))) as Resource[];
    expect(out.map((r) => r.Id)).toEqual(['a', 'd', 'e', 'x']);
  });

  it('still de-duplicates by Id when Ids repeat', async () => {
    const out = JSON.parse(await run(filters, mk(true))) as Resource[];
    expect(out.map((r) => r.Id)).toEqual(['a', 'x', 'e']);
  });
});

import { describe, expect, it } from '@jest/globals';
import { compilePolicy, evaluatePolicy, shareListing } from '../../src/engine/evaluate.js';
import type { Resource } from '../../src/filters/types.js';
import { ctx, evaluatedText, seeded } from './helpers.js';

// A policy's last filter may keep its annotations aside for the output objects (Filter.processTail,
// list-item's plain path). The outputs must be exactly those of the store path: the same policies over
// the same listing with the tail form and without it, compared key for key (JSON keeps key order).

const VALUES: unknown[] = ['S3', 'KINESIS', 'prod', '1234', '', null, 1, true];

function listing(seed: number, n: number): Resource[] {
  const { rnd, pick, chance } = seeded(seed);
  const shared = { Type: 'S3', Enc: null };
  const element = (): unknown => {
    if (chance(0.03)) return pick(['x', null, 3]); // not a mapping
    if (chance(0.03)) return shared; // one object listed twice
    const e: Record<string, unknown> = {};
    if (chance(0.9)) e.Type = pick(VALUES);
    if (chance(0.5)) e.Enc = chance(0.7) ? { Key: pick(VALUES) } : pick(VALUES);
    if (chance(0.05)) e['c7n:MatchedFilters'] = ['pre'];
    return e;
  };
  return Array.from({ length: n }, (_, i) => {
    const r: Resource = { Id: `i-${i}`, InstanceStatus: pick(['ACTIVE', 'FAILED']) };
    if (chance(0.9))
      r.Items = chance(0.95) ? Array.from({ length: Math.floor(rnd() * 4) }, element) : pick(['x', {}]);
    if (chance(0.3)) r.Nested = { Items: Array.from({ length: Math.floor(rnd() * 3) }, element) };
    if (chance(0.1)) r['c7n:ListItemMatches'] = pick([['Items[9]'], 'not a list']);
    if (chance(0.05)) r['c7n:MatchedFilters'] = ['pre'];
    return r;
  });
}

function policies(seed: number, count: number): unknown[][] {
  const { rnd, pick, chance } = seeded(seed);
  const leaf = (): unknown => {
    const key = pick(['Type', 'Enc', 'Enc.Key', 'Missing', 'c7n:_id', 'c7n:MatchedFilters']);
    if (chance(0.5)) return { [key]: pick([...VALUES, 'absent', 'present', 'not-null']) };
    return {
      type: 'value',
      key,
      op: pick(['eq', 'ne', 'in', 'regex']),
      value: pick(['S3', ['S3', 'prod'], '^S', 0]),
    };
  };
  const attr = (depth: number): unknown =>
    depth < 2 && chance(0.25)
      ? {
          [pick(['and', 'or', 'not'])]: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () =>
            attr(depth + 1),
          ),
        }
      : leaf();
  const listItem = (): unknown => {
    const f: Record<string, unknown> = {
      type: 'list-item',
      key: pick(['Items', 'Items', 'Nested.Items', 'Missing']),
    };
    f.attrs = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => attr(0));
    if (chance(0.25)) {
      f.count = pick([0, 1, 2]);
      if (chance(0.5)) f.count_op = pick(['eq', 'gt', 'lt']);
    }
    return f;
  };
  return Array.from({ length: count }, () => {
    const filters: unknown[] = [];
    if (chance(0.4)) filters.push({ InstanceStatus: 'ACTIVE' });
    if (chance(0.2)) filters.push(listItem());
    if (chance(0.1)) filters.push({ type: 'reduce', 'sort-by': 'Id', order: 'desc' });
    filters.push(listItem());
    return filters;
  });
}

const outcome = (filters: unknown[], resources: Resource[], tail: boolean): Promise<string> =>
  evaluatedText(filters, resources, { tail });

describe('list-item as the last filter (processTail)', () => {
  it('outputs what the store path outputs (differential)', async () => {
    let matched = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const resources = listing(seed, 80);
      for (const filters of policies(seed * 104729, 60)) {
        const store = await outcome(filters, resources, false);
        const tail = await outcome(filters, resources, true);
        if (tail !== store) throw new Error(`differs for ${JSON.stringify(filters)}:\n${tail}\n${store}`);
        matched += (JSON.parse(tail) as { resources: unknown[] }).resources.length;
      }
    }
    expect(matched).toBeGreaterThan(500); // the comparison is not vacuous
  });

  it('writes the annotated list and the matched positions into the output object', async () => {
    const resources: Resource[] = [
      {
        Id: 'a',
        Items: [{ Type: 'S3' }, { Type: 'KINESIS' }, { Type: 'S3' }],
        'c7n:ListItemMatches': ['X[0]'],
      },
      { Id: 'b', Items: [{ Type: 'KINESIS' }] },
    ];
    const policy = compilePolicy({
      name: 'p',
      resource: 'aws.connect-instance',
      filters: [{ type: 'list-item', key: 'Items', attrs: [{ Type: 'S3' }] }],
    });
    const out = await evaluatePolicy(policy, async () => shareListing(resources), ctx());
    expect(out.resources).toEqual([
      {
        Id: 'a',
        Items: [
          { Type: 'S3', 'c7n:MatchedFilters': ['Type'] },
          { Type: 'KINESIS' },
          { Type: 'S3', 'c7n:MatchedFilters': ['Type'] },
        ],
        'c7n:ListItemMatches': ['X[0]', 'Items[0]', 'Items[2]'],
      },
    ]);
    // The listed objects are not written.
    expect(resources[0]?.Items).toEqual([{ Type: 'S3' }, { Type: 'KINESIS' }, { Type: 'S3' }]);
  });
});

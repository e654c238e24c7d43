import { describe, expect, it } from '@jest/globals';
import { compilePolicy, evaluatePolicy, shareListing } from '../../src/engine/evaluate.js';
import { ctx, ids, res } from './helpers.js';

const policy = (extra: Record<string, unknown>) =>
  compilePolicy({ name: 'p', resource: 'aws.connect-instance', ...extra });

describe('evaluatePolicy', () => {
  it('annotations never leak between policies sharing a listing', async () => {
    const listing = shareListing([
      res('a', { Tags: [{ Key: 'Env', Value: 'prod' }], 'c7n:MatchedFilters': ['pre'] }),
      res('b', { Tags: [] }),
    ]);
    const p1 = policy({
      filters: [{ InstanceStatus: 'ACTIVE' }, { type: 'list-item', key: 'Tags', attrs: [{ Key: 'Env' }] }],
    });
    const out1 = await evaluatePolicy(p1, async () => listing, ctx());
    expect(ids(out1.resources)).toEqual(['a']);
    expect(out1.resources[0]?.['c7n:MatchedFilters']).toEqual(['pre', 'InstanceStatus']);
    expect(out1.resources[0]?.['c7n:ListItemMatches']).toEqual(['Tags[0]']);
    // the listing is as listed again
    expect(listing.resources[0]?.['c7n:MatchedFilters']).toEqual(['pre']);
    expect('c7n:ListItemMatches' in (listing.resources[0] as object)).toBe(false);
    expect((listing.resources[0]?.Tags as object[])[0]).toEqual({ Key: 'Env', Value: 'prod' });
    expect('c7n:MatchedFilters' in (listing.resources[1] as object)).toBe(false);
    // a second policy sees a clean listing; the first output is untouched by it
    const out2 = await evaluatePolicy(
      policy({ filters: [{ InstanceStatus: 'ACTIVE' }] }),
      async () => listing,
      ctx(),
    );
    expect(out2.resources[0]?.['c7n:MatchedFilters']).toEqual(['pre', 'InstanceStatus']);
    expect(out1.resources[0]?.['c7n:MatchedFilters']).toEqual(['pre', 'InstanceStatus']);
    expect(
      ((out1.resources[0]?.Tags as object[])[0] as Record<string, unknown>)['c7n:MatchedFilters'],
    ).toEqual(['Key']);
  });

  it('short-circuits on empty: later filters are not evaluated', async () => {
    const out = await evaluatePolicy(
      policy({ filters: [{ InstanceStatus: 'NOPE' }, { type: 'list-item', key: 'InstanceStatus' }] }),
      async () => [res('a')],
      ctx(),
    );
    expect(out.status).toBe('ok');
    expect(out.resources).toEqual([]);
  });

  it('runtime failures stay in the policy, and the listing is restored', async () => {
    const listing = shareListing([res('a')]);
    const out = await evaluatePolicy(
      policy({ filters: [{ InstanceStatus: 'ACTIVE' }, { type: 'list-item', key: 'InstanceStatus' }] }),
      async () => listing,
      ctx(),
    );
    expect(out.status).toBe('error');
    expect(out.error).toMatch(/not a list/);
    expect(Object.keys(listing.resources[0] as object)).toEqual(['Id', 'InstanceStatus']);
  });

  it('conditions are checked before listing; a skipped policy lists nothing', async () => {
    let listed = 0;
    const out = await evaluatePolicy(
      policy({ conditions: [{ region: 'eu-west-1' }] }),
      async () => {
        listed++;
        return [res('a')];
      },
      ctx(),
    );
    expect(out.status).toBe('skipped');
    expect(listed).toBe(0);
  });

  it('max-resources fails the policy after filtering and emits nothing', async () => {
    const out = await evaluatePolicy(policy({ 'max-resources': 1 }), async () => [res('a'), res('b')], ctx());
    expect(out.status).toBe('error');
    expect(out.error).toBe('policy:p exceeded resource-limit:1 found:2 total: 2');
    expect(out.resources).toEqual([]);
  });
});

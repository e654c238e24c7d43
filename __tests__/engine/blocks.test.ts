import { describe, expect, it } from '@jest/globals';
import { buildFilter } from '../../src/filters/registry.js';
import { ctx, ids, res } from './helpers.js';

const run = (entry: unknown, resources = sample()) => buildFilter(entry).process(resources, ctx());

function sample() {
  return [
    res('a', { InstanceStatus: 'ACTIVE', IdentityManagementType: 'SAML' }),
    res('b', { InstanceStatus: 'ACTIVE', IdentityManagementType: 'CONNECT_MANAGED' }),
    res('c', { InstanceStatus: 'CREATION_FAILED', IdentityManagementType: 'SAML' }),
    res('d', { InstanceStatus: 'CREATION_FAILED', IdentityManagementType: 'CONNECT_MANAGED' }),
  ];
}

describe('boolean blocks (spec §4.3)', () => {
  it('or: every child sees the whole input; union in input order', async () => {
    expect(
      ids(await run({ or: [{ IdentityManagementType: 'SAML' }, { InstanceStatus: 'ACTIVE' }] })),
    ).toEqual(['a', 'b', 'c']);
  });

  it('not [A, B] keeps what fails A or fails B (De Morgan), in input order', async () => {
    expect(
      ids(await run({ not: [{ InstanceStatus: 'ACTIVE' }, { IdentityManagementType: 'SAML' }] })),
    ).toEqual(['b', 'c', 'd']);
  });

  it('empty blocks: and keeps all, or and not keep nothing', async () => {
    expect(ids(await run({ and: [] }))).toEqual(['a', 'b', 'c', 'd']);
    expect(await run({ or: [] })).toEqual([]);
    expect(await run({ not: [] })).toEqual([]);
  });

  it('not restores annotations of every input resource to the block-start snapshot', async () => {
    const rs = sample();
    (rs[0] as Record<string, unknown>)['c7n:MatchedFilters'] = ['before'];
    const out = await run({ not: [{ InstanceStatus: 'CREATION_FAILED' }] }, rs);
    expect(ids(out)).toEqual(['a', 'b']);
    expect(rs[0]?.['c7n:MatchedFilters']).toEqual(['before']);
    for (const r of rs.slice(1)) expect('c7n:MatchedFilters' in r).toBe(false);
  });

  it('and restores annotations of dropped resources only; or keeps annotations on everything', async () => {
    const rs = sample();
    const out = await run({ and: [{ InstanceStatus: 'ACTIVE' }, { IdentityManagementType: 'SAML' }] }, rs);
    expect(ids(out)).toEqual(['a']);
    expect(rs[0]?.['c7n:MatchedFilters']).toEqual(['InstanceStatus', 'IdentityManagementType']);
    expect('c7n:MatchedFilters' in (rs[1] as object)).toBe(false); // matched the first child, then dropped
    const rs2 = sample();
    await run({ or: [{ InstanceStatus: 'ACTIVE' }, { Id: 'zzz' }] }, rs2);
    expect(rs2[1]?.['c7n:MatchedFilters']).toEqual(['InstanceStatus']);
  });

  it('a resource without Id makes or/not fail the policy (c7n KeyError), not silently match', async () => {
    await expect(run({ or: [{ InstanceStatus: 'ACTIVE' }] }, [{ InstanceStatus: 'ACTIVE' }])).rejects.toThrow(
      /no "Id"/,
    );
  });
});

describe('construction (spec §4.1)', () => {
  it('rejects unknown types, {} and several keys without type', () => {
    expect(() => buildFilter({ type: 'bogus' })).toThrow(/Invalid filter type.*unknown filter "bogus"/);
    expect(() => buildFilter({})).toThrow(/Invalid Filter/);
    expect(() => buildFilter({ a: 1, b: 2 })).toThrow(/Invalid Filter/);
    expect(() => buildFilter(5)).toThrow(/Invalid Filter/);
  });

  it('list-item attrs accept only value, blocks and reduce', () => {
    expect(() =>
      buildFilter({ type: 'list-item', key: 'Tags', attrs: [{ type: 'event', key: 'a', value: 1 }] }),
    ).toThrow(/^filters Invalid filter type/);
    expect(() =>
      buildFilter({ type: 'list-item', key: 'Tags', attrs: [{ or: [{ type: 'list-item', key: 'x' }] }] }),
    ).toThrow(/Invalid filter type/);
  });

  it('a bare `value` compares the field `type` with "value" (matches nothing here)', async () => {
    expect(await run('value')).toEqual([]);
  });
});

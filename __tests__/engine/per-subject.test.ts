/**
 * The engine fuses runs of per-subject filters into one pass over the resources (src/filters/blocks.ts
 * fusedPass). These pin down where that must not be seen: which crash is reported, the annotations a
 * dropped resource keeps under `or`, and that output objects are made only when read.
 */
import { describe, expect, it } from '@jest/globals';
import { compilePolicy, evaluatePolicy, shareListing } from '../../src/engine/evaluate.js';
import { ctx, ids, res } from './helpers.js';

const policy = (filters: unknown[]) =>
  compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters });

describe('per-subject passes', () => {
  it('report the crash Cloud Custodian meets first: filter by filter, not resource by resource', async () => {
    // Resource a passes filter 1 and crashes filter 2; resource b crashes filter 1. Filter by filter
    // (c7n), filter 1 crashes on b before filter 2 sees anything; one resource at a time meets a's crash
    // in filter 2 first.
    const rs = [res('a', { Net: '10.0.0.0/8', Name: 'x' }), res('b', { Net: '10.0.0.1', Name: 'y' })];
    const out = await evaluatePolicy(
      policy([
        { type: 'value', key: 'Net', value_type: 'cidr_size', op: 'gt', value: 1 },
        { type: 'value', key: 'Name', op: 'regex', value: '(' },
      ]),
      async () => rs,
      ctx(),
    );
    expect(out.status).toBe('error');
    expect(out.error).toMatch(/cidr_size/);
  });

  it('under `or`, element annotations of a resource list-item dropped are kept when another child keeps it', async () => {
    const listing = shareListing([
      res('a', { Items: [{ Name: 'n1' }] }),
      res('b', { Items: [{ Name: 'n1' }] }),
    ]);
    const out = await evaluatePolicy(
      policy([
        {
          or: [
            // matches Name on the element (annotating it), then drops the resource on the second attr
            { type: 'list-item', key: 'Items', attrs: [{ Name: 'n1' }, { Name: 'other' }] },
            { Id: 'a' },
          ],
        },
      ]),
      async () => listing,
      ctx(),
    );
    expect(ids(out.resources)).toEqual(['a']);
    const el = (out.resources[0]?.Items as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(el['c7n:MatchedFilters']).toEqual(['Name']);
    // the listing itself is never written
    expect(
      ((listing.resources[0]?.Items as object[])[0] as Record<string, unknown>)['c7n:MatchedFilters'],
    ).toBe(undefined);
  });

  it('element annotations stay on resources list-item drops inside any block (only top-level `c7n` keys are swept)', async () => {
    const li = { type: 'list-item', key: 'Items', attrs: [{ Name: 'n1' }, { Name: 'other' }] };
    const listed = () =>
      shareListing([res('a', { Items: [{ Name: 'n1' }] }), res('b', { Items: [{ Name: 'n2' }] })]);
    const kept = await evaluatePolicy(policy([{ not: [li] }]), async () => listed(), ctx());
    const a = kept.resources.find((r) => r.Id === 'a') as Record<string, unknown>;
    expect(((a.Items as object[])[0] as Record<string, unknown>)['c7n:MatchedFilters']).toEqual(['Name']);
    // a later `or` child can read what list-item left inside an `and` that dropped the resource
    const read = await evaluatePolicy(
      policy([
        { or: [{ and: [li] }, { type: 'value', key: 'Items[0]."c7n:MatchedFilters"', value: 'present' }] },
      ]),
      async () => listed(),
      ctx(),
    );
    expect(ids(read.resources)).toEqual(['a']);
  });

  it('`and`/`not` inside the pass restore what a dropped resource got, per resource', async () => {
    const rs = [res('a', { X: 1, Y: 2 }), res('b', { X: 1, Y: 3 })];
    const out = await evaluatePolicy(
      policy([{ and: [{ X: 1 }, { Y: 2 }] }, { not: [{ X: 1 }, { Y: 9 }] }]),
      async () => rs,
      ctx(),
    );
    expect(ids(out.resources)).toEqual(['a']);
    // `and` kept a with both keys; nothing added inside `not` survives it
    expect(out.resources[0]?.['c7n:MatchedFilters']).toEqual(['X', 'Y']);
  });

  it('makes output objects only when they are read, once', async () => {
    const listing = shareListing([res('a'), res('b', { InstanceStatus: 'FAILED' })]);
    const out = await evaluatePolicy(policy([{ InstanceStatus: 'ACTIVE' }]), async () => listing, ctx());
    const first = out.resources;
    expect(out.resources).toBe(first);
    expect(first[0]).not.toBe(listing.resources[0]);
    expect(first[0]?.['c7n:MatchedFilters']).toEqual(['InstanceStatus']);
  });
});

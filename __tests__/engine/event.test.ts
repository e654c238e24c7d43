import { describe, expect, it } from '@jest/globals';
import { buildFilter } from '../../src/filters/registry.js';
import { compilePolicy, stripEventFilters } from '../../src/engine/evaluate.js';
import { ctx, ids, res } from './helpers.js';

const f = { type: 'event', key: 'detail.eventName', value: 'CreateInstance' };
const rs = () => [res('a'), res('b')];

describe('event (spec §8.3)', () => {
  it('passes everything without an event', async () => {
    expect(ids(await buildFilter(f).process(rs(), ctx()))).toEqual(['a', 'b']);
    expect(await buildFilter({ not: [f] }).process(rs(), ctx())).toEqual([]);
  });

  it('with an event: all or nothing, and the event is not annotated', async () => {
    const event = { detail: { eventName: 'CreateInstance' } };
    expect(ids(await buildFilter(f).process(rs(), ctx({ event })))).toEqual(['a', 'b']);
    expect('c7n:MatchedFilters' in event).toBe(false);
    expect(await buildFilter(f).process(rs(), ctx({ event: { detail: { eventName: 'Other' } } }))).toEqual(
      [],
    );
    expect(await buildFilter(f).process(rs(), ctx({ event: {} }))).toEqual([]);
  });

  it('dry-run removal strips event filters and the blocks they empty', () => {
    expect(stripEventFilters([f, { or: [f] }, { not: [] }, { and: [f, { a: 1 }] }, 'event'])).toEqual([
      { not: [] },
      { and: [{ a: 1 }] },
    ]);
    const p = compilePolicy({
      name: 'p',
      resource: 'connect-instance',
      mode: { type: 'periodic' },
      filters: [{ not: [f] }],
    });
    expect(p.filters).toHaveLength(0);
    expect(p.notes.join()).toMatch(/evaluated as pull/);
    const withEvent = compilePolicy(
      { name: 'p', resource: 'connect-instance', mode: { type: 'periodic' }, filters: [{ not: [f] }] },
      { eventSupplied: true },
    );
    expect(withEvent.filters).toHaveLength(1);
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  buildConditions,
  conditionEntries,
  conditionRecord,
  evaluateConditions,
} from '../../src/engine/conditions.js';
import { ctx } from './helpers.js';

const record = () =>
  conditionRecord({
    name: 'p',
    region: 'us-east-1',
    resource: 'connect-instance',
    accountId: '123456789012',
    now: new Date('2025-06-15T12:00:00Z'),
    policy: { name: 'p' },
  });
const check = (entries: unknown[]) => evaluateConditions(buildConditions(entries), record(), ctx());

describe('conditions (spec §1.6)', () => {
  it('evaluates against the run record; an empty list passes', async () => {
    expect(await check([])).toBe(true);
    expect(await check([{ region: 'us-east-1' }])).toBe(true);
    expect(await check([{ region: 'us-west-2' }])).toBe(false);
    expect(await check([{ type: 'value', key: 'account_id', op: 'in', value: ['123456789012'] }])).toBe(true);
    expect(await check([{ resource: 'connect-instance' }, { provider: 'aws' }])).toBe(true);
  });

  it('now is a datetime: a date comparison needs value_type date', async () => {
    expect(await check([{ type: 'value', key: 'now', op: 'gt', value: '2020-01-01' }])).toBe(false);
    expect(
      await check([{ type: 'value', key: 'now', value_type: 'date', op: 'gt', value: '2020-01-01' }]),
    ).toBe(true);
  });

  it('deprecated region/start/end become conditions', async () => {
    const entries = conditionEntries({ region: 'us-east-1', start: '2025-01-01', end: '2025-02-01' });
    expect(entries).toHaveLength(3);
    expect(await check(entries)).toBe(false); // now is after end
    expect(await check(conditionEntries({ start: '2025-01-01' }))).toBe(true);
  });

  it('event conditions pass without an event; blocks work on the record', async () => {
    expect(await check([{ type: 'event', key: 'x', value: 1 }])).toBe(true);
    expect(await check([{ or: [{ region: 'eu-west-1' }, { region: 'us-east-1' }] }])).toBe(true);
    expect(await check([{ not: [{ region: 'us-east-1' }] }])).toBe(false);
  });
});

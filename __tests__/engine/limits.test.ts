import { describe, expect, it } from '@jest/globals';
import { checkResourceLimit, parseResourceLimit } from '../../src/engine/limits.js';

const check =
  (policy: Record<string, unknown>, sel: number, pop: number, env = {}) =>
  () =>
    checkResourceLimit('p', parseResourceLimit(policy, env), sel, pop);

describe('max-resources (spec §1.7)', () => {
  it('amount', () => {
    expect(check({ 'max-resources': 2 }, 2, 10)).not.toThrow();
    expect(check({ 'max-resources': 2 }, 3, 10)).toThrow(
      'policy:p exceeded resource-limit:2 found:3 total: 10',
    );
  });
  it('percent, unrounded; 0 and an empty population disable it', () => {
    expect(check({ 'max-resources-percent': 50 }, 2, 3)).toThrow(
      'policy:p exceeded resource-limit:50% found:2 total:3',
    );
    expect(check({ 'max-resources-percent': 2.5 }, 1, 1)).toThrow(
      'policy:p exceeded resource-limit:2.5% found:1 total:1',
    );
    expect(check({ 'max-resources-percent': 0 }, 5, 5)).not.toThrow();
    expect(check({ 'max-resources-percent': 50 }, 0, 0)).not.toThrow();
  });
  it('op and: both must be exceeded; amount alone with and never fails', () => {
    expect(check({ 'max-resources': { amount: 1, op: 'and' } }, 2, 2)).not.toThrow();
    expect(check({ 'max-resources': { amount: 1, percent: 50, op: 'and' } }, 2, 2)).toThrow(
      'policy:p exceeded resource-limit:1 and percentage-limit:50% found:2 total:2',
    );
    expect(check({ 'max-resources': { amount: 1, percent: 50, op: 'AND' } }, 1, 2)).not.toThrow();
  });
  it('max-resources-percent overrides the mapping percent; C7N_MAXRES_OP sets the default op', () => {
    expect(
      check({ 'max-resources': { amount: 5, percent: 10 }, 'max-resources-percent': 90 }, 3, 4),
    ).not.toThrow();
    expect(
      check({ 'max-resources': { amount: 1, percent: 10 } }, 2, 100, { C7N_MAXRES_OP: 'and' }),
    ).not.toThrow();
  });
});

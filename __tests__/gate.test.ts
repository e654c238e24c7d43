import { describe, expect, it } from '@jest/globals';
import {
  evaluateGate,
  gateOutputs,
  globToRegExp,
  matchesWarnOn,
  parseFailOn,
  parseSeverity,
  parseWarnOn,
} from '../src/gate.js';
import { instance, issue, mixedRun, policyRun, runResult } from './report/helpers.js';

const matchesOnly = (severity: 'low' | 'medium' | 'high' | 'critical', name = 'p1', n = 2) =>
  runResult({
    policies: [
      policyRun(name, { severity, resources: Array.from({ length: n }, (_, i) => instance(i + 1)) }),
    ],
  });

describe('gate: fail-on match', () => {
  it('passes a clean run', () => {
    const g = evaluateGate(runResult({ policies: [policyRun('p1')] }));
    expect(g.verdict).toBe('pass');
    expect(g.reasons).toEqual([]);
    expect(gateOutputs(g)).toEqual({
      gate: 'pass',
      'matched-resources': '0',
      'matched-policies': '0',
      errors: '0',
    });
  });

  it('fails on any match with the default fail-severity low', () => {
    const g = evaluateGate(matchesOnly('low'));
    expect(g.verdict).toBe('fail');
    expect(g.reasons).toEqual(['policy p1 matched 2 resources']);
    expect(g.failingPolicies).toEqual(['p1']);
    expect(gateOutputs(g)).toEqual({
      gate: 'fail',
      'matched-resources': '2',
      'matched-policies': '1',
      errors: '0',
    });
  });

  it.each([
    ['low', 'low', 'fail'],
    ['medium', 'low', 'pass'],
    ['medium', 'medium', 'fail'],
    ['high', 'medium', 'pass'],
    ['high', 'critical', 'fail'],
    ['critical', 'high', 'pass'],
    ['critical', 'critical', 'fail'],
  ] as const)('fail-severity %s with a %s policy → %s', (failSeverity, severity, verdict) => {
    const g = evaluateGate(matchesOnly(severity), { failOn: 'match', failSeverity });
    expect(g.verdict).toBe(verdict);
    if (verdict === 'pass') {
      expect(g.warnings.join()).toContain('below fail-severity');
      expect(g.warnedPolicies).toEqual(['p1']);
      expect(g.counts.warnedMatches).toBe(2);
    }
  });

  it('warn-on by exact name and by glob only warns', () => {
    expect(evaluateGate(matchesOnly('critical', 'new-policy'), { warnOn: ['new-policy'] }).verdict).toBe(
      'pass',
    );
    const g = evaluateGate(matchesOnly('critical', 'beta-outbound'), { warnOn: ['beta-*'] });
    expect(g.verdict).toBe('pass');
    expect(g.warnings).toEqual(['policy beta-outbound matched 2 resources (warn-on)']);
    expect(g.counts.matchedResources).toBe(2);
    expect(evaluateGate(matchesOnly('critical', 'prod-outbound'), { warnOn: ['beta-*'] }).verdict).toBe(
      'fail',
    );
  });

  it('fails on validation errors, policy errors and run errors even without matches', () => {
    expect(evaluateGate(runResult({ validation: [issue()] })).verdict).toBe('fail');
    expect(evaluateGate(runResult({ validation: [issue({ severity: 'warning' })] })).verdict).toBe('pass');
    expect(
      evaluateGate(runResult({ policies: [policyRun('p', { status: 'error', error: 'boom' })] })).reasons,
    ).toEqual(['1 policy execution failed: p (123456789012/us-east-1)']);
    const runErr = evaluateGate(
      runResult({ runErrors: [{ account: '1', region: 'eu-west-1', message: 'AccessDenied' }] }),
    );
    expect(runErr.verdict).toBe('fail');
    expect(runErr.counts.runErrors).toBe(1);
    expect(runErr.counts.errors).toBe(1);
  });

  it('errors fail even when the erroring policy is in warn-on', () => {
    const g = evaluateGate(runResult({ policies: [policyRun('beta-x', { status: 'error', error: 'x' })] }), {
      warnOn: ['beta-*'],
    });
    expect(g.verdict).toBe('fail');
  });

  it('skipped policies count for nothing', () => {
    const g = evaluateGate(runResult({ policies: [policyRun('p', { status: 'skipped' })] }));
    expect(g.verdict).toBe('pass');
    expect(g.counts.policiesSkipped).toBe(1);
  });
});

describe('gate: fail-on error and never', () => {
  it('error: matches never fail, errors do', () => {
    const m = evaluateGate(matchesOnly('critical'), { failOn: 'error' });
    expect(m.verdict).toBe('pass');
    expect(m.failingPolicies).toEqual([]);
    expect(m.warnedPolicies).toEqual(['p1']);
    expect(m.warnings[0]).toContain('fail-on: error');
    expect(evaluateGate(mixedRun(), { failOn: 'error' }).verdict).toBe('fail');
  });

  it('never: always passes, and still counts and explains', () => {
    const g = evaluateGate(mixedRun(), { failOn: 'never' });
    expect(g.verdict).toBe('pass');
    expect(g.reasons).toEqual([]);
    expect(g.warnings.length).toBeGreaterThan(0);
    expect(g.counts).toMatchObject({
      matchedResources: 3,
      matchedPolicies: 2,
      errors: 2,
      policyErrors: 1,
      validationErrors: 1,
    });
  });
});

describe('gate counts', () => {
  it('counts findings, distinct instances and distinct policies', () => {
    const run = runResult({
      policies: [
        policyRun('a', { resources: [instance(1), instance(2)] }),
        policyRun('b', { resources: [instance(1)] }),
        policyRun('a', {
          region: 'eu-west-2',
          resources: [instance(9, { Arn: 'arn:aws:connect:eu-west-2:123456789012:instance/x' })],
        }),
      ],
    });
    const g = evaluateGate(run);
    expect(g.counts.matchedResources).toBe(4);
    expect(g.counts.matchedInstances).toBe(3);
    expect(g.counts.matchedPolicies).toBe(2);
    expect(g.reasons).toEqual(['policy a matched 3 resources', 'policy b matched 1 resource']);
  });
});

describe('gate option parsing', () => {
  it('parses fail-on and fail-severity case-insensitively and rejects the rest', () => {
    expect(parseFailOn(' Match ')).toBe('match');
    expect(parseFailOn('never')).toBe('never');
    expect(() => parseFailOn('always')).toThrow(/match, error, never/);
    expect(parseSeverity('HIGH')).toBe('high');
    expect(() => parseSeverity('severe')).toThrow(/low, medium, high, critical/);
  });

  it('splits warn-on on newlines and commas', () => {
    expect(parseWarnOn('a, b\n  c-*\n\n# comment\n')).toEqual(['a', 'b', 'c-*']);
  });

  it('globs follow fnmatch: *, ?, classes, negation, no escapes, literal unclosed [', () => {
    expect(globToRegExp('beta-*').test('beta-x')).toBe(true);
    expect(globToRegExp('beta-*').test('xbeta-x')).toBe(false);
    expect(globToRegExp('p?').test('p1')).toBe(true);
    expect(globToRegExp('p?').test('p12')).toBe(false);
    expect(globToRegExp('p[0-9]').test('p7')).toBe(true);
    expect(globToRegExp('p[!0-9]').test('p7')).toBe(false);
    expect(globToRegExp('p[!0-9]').test('px')).toBe(true);
    expect(globToRegExp('a[').test('a[')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('a\\b').test('a\\b')).toBe(true);
    expect(globToRegExp('[*]').test('*')).toBe(true);
    expect(globToRegExp('Beta-*').test('beta-x')).toBe(false);
    expect(matchesWarnOn('exact', ['exact'])).toBe(true);
    expect(matchesWarnOn('exact', ['', '  '])).toBe(false);
  });
});

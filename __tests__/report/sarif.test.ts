import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import {
  artifactUri,
  buildSarif,
  GITHUB_KEPT_RESULTS_PER_RUN,
  matchFingerprint,
  policyCatalog,
  RULE_INVALID_POLICY,
  RULE_POLICY_ERROR,
  RULE_RUN_ERROR,
  type SarifLog,
  type SarifResult,
} from '../../src/report/sarif.js';
import type { RunResult } from '../../src/engine/types.js';
import {
  githubRuleProblems,
  haveSarifSchema,
  SARIF_SCHEMA_PATH,
  sarifSchemaErrors,
  toolRuleProblems,
} from '../../test/support/sarif-check.js';
import { instance, issue, mixedRun, policyRun, runResult } from './helpers.js';

/** Schema errors are thrown (with the first few), so a test shows them; see test/support/sarif-check.ts. */
function validate(log: SarifLog): void {
  const errors = sarifSchemaErrors(log);
  if (errors.length > 0) throw new Error(`SARIF does not validate: ${JSON.stringify(errors, null, 2)}`);
}

/** GitHub code scanning's upload rules beyond the schema, and what this tool promises on top of them. */
function checkGitHubRules(log: SarifLog): void {
  expect([...githubRuleProblems(log), ...toolRuleProblems(log)]).toEqual([]);
}

const byArn = (results: readonly SarifResult[]): Map<string, SarifResult> =>
  new Map(
    results
      .filter((r) => r.properties?.['instanceArn'])
      .map((r) => [r.properties!['instanceArn'] as string, r]),
  );

const catalog = policyCatalog([
  {
    name: 'outbound-calls-disabled',
    resource: 'aws.connect-instance',
    location: { file: 'policies/connect.yml', line: 3, column: 5 },
    severity: 'high',
    data: {
      name: 'outbound-calls-disabled',
      resource: 'aws.connect-instance',
      description: 'Outbound calls must be disabled. Fraud risk otherwise.',
      metadata: { severity: 'high', tags: ['pci'] },
      filters: [{ OutboundCallsEnabled: true }],
      actions: [
        { type: 'set-attributes', attribute_type: 'OUTBOUND_CALLS', value: 'false' },
        {
          type: 'webhook',
          url: 'https://user:hunter2@hooks.example.com/x?token=abc123',
          headers: { Authorization: 'Bearer s3cr3t' },
        },
      ],
    },
  },
]);

if (!haveSarifSchema)
  console.warn(
    `SARIF schema tests skipped: ${SARIF_SCHEMA_PATH} is absent (a third-party file kept in ../shared, not in the repository)`,
  );

(haveSarifSchema ? describe : describe.skip)(
  haveSarifSchema
    ? 'SARIF against the official 2.1.0 schema'
    : `SARIF schema tests skipped: ${SARIF_SCHEMA_PATH} is absent (a third-party file kept in ../shared, not in the repository)`,
  () => {
    it('a mixed run validates and follows GitHub rules', () => {
      const { log } = buildSarif(mixedRun(), { policies: catalog, category: 'connect/prod' });
      validate(log);
      checkGitHubRules(log);
    });

    it('the validator is not vacuous: it rejects broken logs', () => {
      const { log } = buildSarif(mixedRun());
      expect(() => validate({ ...log, version: '2.0' as '2.1.0' })).toThrow(/does not validate/);
      const broken = JSON.parse(JSON.stringify(log)) as SarifLog;
      (broken.runs[0]!.results[0] as unknown as Record<string, unknown>)['message'] = { txt: 'x' };
      expect(() => validate(broken)).toThrow(/does not validate/);
      const badLevel = JSON.parse(JSON.stringify(log)) as SarifLog;
      (badLevel.runs[0]!.results[0] as unknown as Record<string, unknown>)['level'] = 'fatal';
      expect(() => validate(badLevel)).toThrow(/does not validate/);
    });

    it('an empty run validates', () => {
      const { log } = buildSarif(runResult());
      validate(log);
      checkGitHubRules(log);
      expect(log.runs[0]!.results).toEqual([]);
    });

    it('run errors, absolute paths and hostile strings validate', () => {
      const run = runResult({
        policies: [
          policyRun('p`1', {
            location: { file: '/work/repo/policies/my policy.yml', line: 2, column: 1 },
            resources: [instance(1, { InstanceAlias: 'a|b<script>alert(1)</script>`x`\n\u0000z' })],
          }),
        ],
        runErrors: [{ account: '210987654321', region: 'eu-west-1', message: 'AccessDenied\nassume-role' }],
      });
      const { log } = buildSarif(run, { srcRoot: '/work/repo' });
      validate(log);
      checkGitHubRules(log);
      const match = log.runs[0]!.results.find((r) => r.ruleId === 'p`1')!;
      expect(match.locations[0]!.physicalLocation.artifactLocation).toEqual({
        uri: 'policies/my%20policy.yml',
        uriBaseId: '%SRCROOT%',
      });
      expect(match.message.text).not.toMatch(/[\n\u0000]/);
    });

    it(`a run past ${GITHUB_KEPT_RESULTS_PER_RUN} results keeps the most severe, validates, and says what was cut`, () => {
      const lows = Array.from({ length: GITHUB_KEPT_RESULTS_PER_RUN }, (_, i) => instance(i + 1));
      const run = runResult({
        policies: [
          policyRun('low-noise', { severity: 'low', resources: lows }),
          policyRun('crit', {
            severity: 'critical',
            resources: [instance(1), instance(2)],
            location: { file: 'policies/c.yml', line: 9, column: 3 },
          }),
        ],
        validation: [issue()],
      });
      const build = buildSarif(run);
      const results = build.log.runs[0]!.results;
      expect(results).toHaveLength(GITHUB_KEPT_RESULTS_PER_RUN);
      expect(results.filter((r) => r.ruleId === 'crit')).toHaveLength(2);
      expect(results.filter((r) => r.ruleId === RULE_INVALID_POLICY)).toHaveLength(1);
      expect(build.truncation).toEqual({
        limit: 'results',
        total: GITHUB_KEPT_RESULTS_PER_RUN + 3,
        kept: GITHUB_KEPT_RESULTS_PER_RUN,
        dropped: 3,
        droppedByKind: { low: 3 },
      });
      const note = build.log.runs[0]!.invocations[0]!.toolExecutionNotifications![0]!;
      expect(note.message.text).toContain('GitHub code scanning keeps at most 5,000 results per run');
      expect(note.message.text).toContain('left out 3 (3 low)');
      expect(build.log.runs[0]!.properties['truncation']).toEqual(build.truncation);
      validate(build.log);
      checkGitHubRules(build.log);
    });
  },
);

describe('SARIF layout', () => {
  const logOf = (n: number) =>
    buildSarif(
      runResult({
        policies: [policyRun('many', { resources: Array.from({ length: n }, (_, i) => instance(i + 1)) })],
      }),
    );

  it('is indented up to 1,000 results, for people reading it, and compact past that; the same log either way', () => {
    const indented = logOf(1000);
    const compact = logOf(1001);
    expect(indented.json).toBe(`${JSON.stringify(indented.log, null, 2)}\n`);
    expect(compact.json).toBe(`${JSON.stringify(compact.log)}\n`);
    expect(compact.log.runs[0]!.results.slice(0, 1000)).toEqual(indented.log.runs[0]!.results);
  });
});

describe('SARIF content', () => {
  it('has one rule per policy with security-severity, tags, help and a remediation hint', () => {
    const { log } = buildSarif(mixedRun(), { policies: catalog });
    const rules = log.runs[0]!.tool.driver.rules;
    const rule = rules.find((r) => r.id === 'outbound-calls-disabled')!;
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.properties['tags']).toEqual(expect.arrayContaining(['security', 'pci']));
    expect(rule.shortDescription.text).toBe('Outbound calls must be disabled.');
    expect(rule.fullDescription.text).toBe('Outbound calls must be disabled. Fraud risk otherwise.');
    expect(rule.help.markdown).toContain('```yaml');
    expect(rule.help.text).toContain('set-attributes (sets the instance attribute');
    expect(rule.help.text).toContain('attribute_type: OUTBOUND_CALLS');
    // Credentials in policy data never reach the report.
    const all = JSON.stringify(log);
    expect(all).not.toContain('hunter2');
    expect(all).not.toContain('s3cr3t');
    expect(all).not.toContain('abc123');
    const sev = Object.fromEntries(
      rules.filter((r) => !r.id.includes('/')).map((r) => [r.id, r.properties['security-severity']]),
    );
    expect(sev).toEqual({
      'outbound-calls-disabled': '8.0',
      'contact-lens-enabled': '3.0',
      'flow-logs': '9.5',
      'prod-only': '5.5',
    });
    expect(log.runs[0]!.automationDetails.id).toBe('connect-policy-gate/');
  });

  it('has one result per (policy, account, region, instance) at the policy line, naming the instance and why', () => {
    const { log } = buildSarif(mixedRun(), { category: 'nightly' });
    const run = log.runs[0]!;
    expect(run.automationDetails.id).toBe('nightly/');
    const matches = run.results.filter((r) => !r.ruleId.includes('/'));
    expect(
      matches.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine]),
    ).toEqual([
      ['outbound-calls-disabled', 'error', 3],
      ['outbound-calls-disabled', 'error', 3],
      ['contact-lens-enabled', 'note', 20],
    ]);
    const text = matches[0]!.message.text;
    for (const part of [
      '"instance-1"',
      '00000000-0000-4000-8000-000000000001',
      'arn:aws:connect:us-east-1:123456789012:instance/',
      '123456789012 (prod)',
      'us-east-1',
      'matched filters: OutboundCallsEnabled',
    ]) {
      expect(text).toContain(part);
    }
    expect(matches[0]!.partialFingerprints['connectPolicyGate/v1']).toBe(
      matchFingerprint(
        'outbound-calls-disabled',
        'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000001',
      ),
    );
  });

  it('reports validation errors and policy errors at their lines', () => {
    const { log } = buildSarif(mixedRun());
    const results = log.runs[0]!.results;
    const invalid = results.find((r) => r.ruleId === RULE_INVALID_POLICY)!;
    expect(invalid.level).toBe('error');
    expect(invalid.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/bad.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 9 },
    });
    expect(invalid.message.text).toContain('policies[0].filters[0].type');
    const failed = results.find((r) => r.ruleId === RULE_POLICY_ERROR)!;
    expect(failed.locations[0]!.physicalLocation.region.startLine).toBe(40);
    expect(failed.message.text).toContain('AccessDeniedException');
  });

  it('places run errors at the top of a policy file and lists them as notifications', () => {
    const { log } = buildSarif(
      runResult({ policies: [policyRun('p')], runErrors: [{ account: '1', region: 'r', message: 'boom' }] }),
    );
    const r = log.runs[0]!.results.find((x) => x.ruleId === RULE_RUN_ERROR)!;
    expect(r.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications![0]!.message.text).toContain('boom');
    // Without any file to point at, only the notification remains.
    const bare = buildSarif(runResult({ runErrors: [{ account: '1', region: 'r', message: 'boom' }] }));
    expect(bare.log.runs[0]!.results).toEqual([]);
    expect(bare.unlocatedRunErrors).toBe(1);
  });
});

describe('SARIF fingerprints', () => {
  const run = (): RunResult =>
    runResult({
      policies: [
        policyRun('a', { resources: [instance(1), instance(2), instance(3)] }),
        policyRun('b', { severity: 'critical', resources: [instance(2)], region: 'eu-west-2' }),
      ],
      validation: [issue()],
    });

  it('are identical across runs, and independent of order and of the policy line', () => {
    const first = buildSarif(run()).log.runs[0]!.results.map((r) => r.partialFingerprints);
    const second = buildSarif(run()).log.runs[0]!.results.map((r) => r.partialFingerprints);
    expect(second).toEqual(first);
    const moved = run();
    const reordered: RunResult = {
      ...moved,
      policies: [
        {
          ...moved.policies[0]!,
          location: { file: 'policies/connect.yml', line: 99, column: 1 },
          resources: [...moved.policies[0]!.resources].reverse(),
        },
        moved.policies[1]!,
      ],
    };
    const fps = (r: RunResult) =>
      new Set(buildSarif(r).log.runs[0]!.results.map((x) => x.partialFingerprints['connectPolicyGate/v1']));
    expect(fps(reordered)).toEqual(fps(run()));
  });

  it('a changed instance changes exactly its own result', () => {
    const before = byArn(buildSarif(run()).log.runs[0]!.results.filter((r) => r.ruleId === 'a'));
    const changed = run();
    const res = [...changed.policies[0]!.resources];
    res[1] = { ...res[1]!, InstanceAlias: 'renamed', 'c7n:MatchedFilters': ['InboundCallsEnabled'] };
    const after = byArn(
      buildSarif({
        ...changed,
        policies: [{ ...changed.policies[0]!, resources: res }, changed.policies[1]!],
      }).log.runs[0]!.results.filter((r) => r.ruleId === 'a'),
    );
    const differing = [...before.keys()].filter(
      (arn) => JSON.stringify(before.get(arn)) !== JSON.stringify(after.get(arn)),
    );
    expect(differing).toEqual([instance(2)['Arn']]);
    // Same instance, same alert: the fingerprint does not move when the instance's details do.
    expect(after.get(instance(2)['Arn'] as string)!.partialFingerprints).toEqual(
      before.get(instance(2)['Arn'] as string)!.partialFingerprints,
    );
    expect(after.get(instance(2)['Arn'] as string)!.message.text).toContain('renamed');
  });

  it('are unique per resource, across policies and regions, and even for duplicate listings', () => {
    const dup = runResult({
      policies: [
        policyRun('a', { resources: [instance(1), instance(1)] }),
        policyRun('b', { resources: [instance(1)] }),
      ],
    });
    const fps = buildSarif(dup).log.runs[0]!.results.map(
      (r) => r.partialFingerprints['connectPolicyGate/v1'],
    );
    expect(new Set(fps).size).toBe(3);
  });

  it('an instance without an Arn gets the generated one (spec §1.8)', () => {
    const r = instance(5);
    delete r['Arn'];
    const log = buildSarif(
      runResult({ policies: [policyRun('a', { region: 'cn-north-1', resources: [r] })] }),
    ).log;
    expect(log.runs[0]!.results[0]!.properties!['instanceArn']).toBe(
      `arn:aws-cn:connect:cn-north-1:123456789012:instance/${r['Id'] as string}`,
    );
  });
});

describe('SARIF size limit', () => {
  it('cuts to the gzip budget, least severe first', () => {
    const run = runResult({
      policies: [
        policyRun('low', {
          severity: 'low',
          resources: Array.from({ length: 400 }, (_, i) =>
            instance(i, { InstanceAlias: `x${Math.random()}` }),
          ),
        }),
        policyRun('high', { severity: 'high', resources: [instance(1)] }),
      ],
    });
    const build = buildSarif(run, { maxGzipBytes: 20_000 });
    expect(build.truncation?.limit).toBe('size');
    expect(build.log.runs[0]!.results.some((r) => r.ruleId === 'high')).toBe(true);
    expect(gzipSync(build.json).length).toBeLessThanOrEqual(20_000);
  });

  it('relative URIs are percent-encoded, absolute ones outside the root stay absolute file URIs', () => {
    expect(artifactUri('./policies/a b#1.yml')).toEqual({
      uri: 'policies/a%20b%231.yml',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactUri('/elsewhere/p.yml', '/work/repo')).toEqual({ uri: 'file:///elsewhere/p.yml' });
    expect(artifactUri('/work/repo/p.yml', '/work/repo')).toEqual({ uri: 'p.yml', uriBaseId: '%SRCROOT%' });
  });
});

describe('SARIF rule checks (test/support/sarif-check.ts)', () => {
  it('are not vacuous: they name what GitHub or this tool would not accept', () => {
    const { log } = buildSarif(mixedRun(), { policies: catalog });
    expect([...githubRuleProblems(log), ...toolRuleProblems(log)]).toEqual([]);
    const broken = JSON.parse(JSON.stringify(log)) as SarifLog;
    const run = broken.runs[0]!;
    run.results[0]!.ruleIndex = run.results[0]!.ruleIndex + 1;
    run.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri = 'file:///abs/p.yml';
    run.results[2]!.partialFingerprints = { ...run.results[3]!.partialFingerprints };
    run.tool.driver.rules[1]!.help.text = ' ';
    run.tool.driver.name = 'other';
    expect(githubRuleProblems(broken)).toEqual([
      `rule ${run.tool.driver.rules[1]!.id} help`,
      'result 0 ruleIndex',
      'result 1 relative uri file:///abs/p.yml',
      'result 3 unique fingerprint',
    ]);
    expect(toolRuleProblems(broken)).toEqual(['driver name', 'result 3 unique fingerprint']);
  });
});

import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import {
  artifactUri,
  buildSarif,
  GITHUB_MAX_RESULTS_PER_RUN,
  matchFingerprint,
  policyCatalog,
  RULE_INVALID_POLICY,
  RULE_POLICY_ERROR,
  RULE_RUN_ERROR,
  type SarifLog,
  type SarifResult,
} from '../../src/report/sarif.js';
import type { RunResult } from '../../src/engine/types.js';
import { instance, issue, mixedRun, policyRun, runResult } from './helpers.js';

/** The official OASIS schema, a third-party file kept outside the repo (never copied in). */
const SCHEMA_PATH = '/work/shared/schemas/sarif-schema-2.1.0.json';
const haveSchema = existsSync(SCHEMA_PATH);

/**
 * The schema is draft-04. ajv-draft-04 is not installed, so use ajv 8 with the draft-04 differences this
 * schema relies on handled in an in-memory copy: its one schema id is in `id` (moved to `$id`; ajv 8 refuses
 * `id`), and the draft-04 meta-schema is not bundled with ajv (so `$schema` is dropped rather than looked up).
 * It uses no other draft-04-only keyword (no boolean exclusiveMinimum/Maximum). The formats it uses get
 * real checks instead of being ignored.
 */
function compileSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s));
  ajv.addFormat(
    'date-time',
    (s: string) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)),
  );
  return ajv.compile(schema);
}

let validator: ValidateFunction | undefined;
function validate(log: SarifLog): void {
  validator ??= compileSchema();
  const ok = validator(log);
  if (!ok)
    throw new Error(`SARIF does not validate: ${JSON.stringify(validator.errors?.slice(0, 5), null, 2)}`);
}

/**
 * GitHub code scanning's own upload rules, beyond the schema. Problems are collected and asserted once, so a
 * 25,000-result log is checked in milliseconds and a failure lists every offender.
 */
function checkGitHubRules(log: SarifLog): void {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok && problems.length < 20) problems.push(what);
  };
  check(log.version === '2.1.0', 'version');
  check(log.runs.length >= 1 && log.runs.length <= 20, 'between 1 and 20 runs');
  for (const run of log.runs) {
    check(run.results.length <= GITHUB_MAX_RESULTS_PER_RUN, `at most ${GITHUB_MAX_RESULTS_PER_RUN} results`);
    check(run.tool.driver.name === 'connect-policy-gate', 'driver name');
    check(/^\d+\.\d+\.\d+/.test(run.tool.driver.semanticVersion), 'semantic version');
    check(run.automationDetails.id.trim() !== '', 'automationDetails.id');
    const rules = run.tool.driver.rules;
    check(new Set(rules.map((r) => r.id)).size === rules.length, 'unique rule ids');
    for (const rule of rules) {
      check(rule.id.trim() !== '', 'rule id');
      check(rule.shortDescription.text.trim() !== '', `rule ${rule.id} shortDescription`);
      check(rule.fullDescription.text.trim() !== '', `rule ${rule.id} fullDescription`);
      check(rule.help.text.trim() !== '', `rule ${rule.id} help`);
      check((rule.properties['tags'] as string[]).length <= 20, `rule ${rule.id} at most 20 tags`);
    }
    const seen = new Set<string>();
    run.results.forEach((r, i) => {
      check(r.message.text.trim() !== '', `result ${i} message`);
      check(rules[r.ruleIndex]?.id === r.ruleId, `result ${i} ruleIndex`);
      const loc = r.locations[0]?.physicalLocation;
      check(loc !== undefined, `result ${i} has a location`);
      if (!loc) return;
      check(
        !/^([a-z][a-z0-9+.-]*:|\/)/i.test(loc.artifactLocation.uri),
        `result ${i} relative uri ${loc.artifactLocation.uri}`,
      );
      check(loc.artifactLocation.uri.trim() !== '', `result ${i} uri`);
      check(loc.region.startLine >= 1, `result ${i} startLine`);
      const fp = r.partialFingerprints['connectPolicyGate/v1'] ?? '';
      check(/^[0-9a-f]{64}$/.test(fp), `result ${i} fingerprint`);
      check(!seen.has(fp), `result ${i} unique fingerprint`);
      seen.add(fp);
    });
  }
  expect(problems).toEqual([]);
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

(haveSchema ? describe : describe.skip)(
  haveSchema
    ? 'SARIF against the official 2.1.0 schema'
    : `SARIF schema tests skipped: ${SCHEMA_PATH} is absent (third-party file, not in the repo)`,
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

    it(`a run past ${GITHUB_MAX_RESULTS_PER_RUN} results keeps the most severe, validates, and says what was cut`, () => {
      const lows = Array.from({ length: GITHUB_MAX_RESULTS_PER_RUN }, (_, i) => instance(i + 1));
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
      expect(results).toHaveLength(GITHUB_MAX_RESULTS_PER_RUN);
      expect(results.filter((r) => r.ruleId === 'crit')).toHaveLength(2);
      expect(results.filter((r) => r.ruleId === RULE_INVALID_POLICY)).toHaveLength(1);
      expect(build.truncation).toEqual({
        limit: 'results',
        total: GITHUB_MAX_RESULTS_PER_RUN + 3,
        kept: GITHUB_MAX_RESULTS_PER_RUN,
        dropped: 3,
        droppedByKind: { low: 3 },
      });
      const note = build.log.runs[0]!.invocations[0]!.toolExecutionNotifications![0]!;
      expect(note.message.text).toContain('left out 3 (3 low)');
      expect(build.log.runs[0]!.properties['truncation']).toEqual(build.truncation);
      validate(build.log);
      checkGitHubRules(build.log);
    });
  },
);

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

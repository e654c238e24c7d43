/**
 * Pins SARIF past the 5,000 results GitHub code scanning keeps of a run. buildSarif ranks and cuts candidates
 * before it builds messages and fingerprints; these tests hold it to a model that builds every candidate and
 * then cuts: the most severe kept, in their natural order, the cut explained, fingerprints unique and stable,
 * with duplicates counted among all candidates, kept or not; and the bytes pinned by a digest.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { RunResult } from '../../src/engine/types.js';
import type { Resource } from '../../src/filters/types.js';
import {
  buildSarif,
  buildSarifAsync,
  GITHUB_KEPT_RESULTS_PER_RUN,
  RULE_INVALID_POLICY,
  RULE_POLICY_ERROR,
  RULE_RUN_ERROR,
  type SarifResult,
} from '../../src/report/sarif.js';
import { githubRuleProblems, toolRuleProblems } from '../../test/support/sarif-check.js';
import { instance, issue, policyRun, runResult } from './helpers.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A fixed tool version: the digest must not move with releases. */
const OPTIONS = { toolVersion: '0.0.0-test', category: 'pin' };

/**
 * ≈33,700 candidates: errors, critical, high, medium and low matches, warnings; instances listed twice, one
 * policy in two regions, instances without an Arn, aliases that need escaping, actions, a skipped policy. The
 * validation warning comes before an error with the same fingerprint input, so the kept error counts the dropped
 * warning as its earlier equal.
 */
function largeRun(): RunResult {
  const range = (from: number, n: number, f: (k: number) => Resource): Resource[] =>
    Array.from({ length: n }, (_, i) => f(from + i));
  const twiceEvery = (every: number, list: Resource[]): Resource[] =>
    list.flatMap((r, i) => (i % every === 0 ? [r, r] : [r]));
  return runResult({
    policies: [
      policyRun('crit-a', {
        severity: 'critical',
        resources: range(1, 1500, (k) => instance(k)),
        location: { file: 'policies/connect.yml', line: 3, column: 5 },
      }),
      policyRun('high-b', {
        severity: 'high',
        resources: twiceEvery(
          50,
          range(1, 4000, (k) => instance(k)),
        ),
        location: { file: 'policies/connect.yml', line: 20, column: 5 },
      }),
      policyRun('med-c', {
        severity: 'medium',
        region: 'eu-west-2',
        accountName: '123456789012',
        resources: range(20000, 9000, (k) => instance(k)),
        actions: [{ type: 'notify', status: 'done', resources: [] }],
        location: { file: 'policies/more policies.yml', line: 4, column: 3 },
      }),
      policyRun('low-d', {
        severity: 'low',
        resources: twiceEvery(
          100,
          range(1, 14000, (k) => instance(k)),
        ),
        location: { file: 'policies/connect.yml', line: 40, column: 5 },
      }),
      policyRun('low-d', {
        severity: 'low',
        region: 'cn-north-1',
        resources: range(50000, 3000, (k) => {
          const r = instance(k, { 'c7n:MatchedFilters': ['InstanceStatus', 'IdentityManagementType'] });
          if (k % 7 === 0) delete r['Arn'];
          return r;
        }),
        location: { file: 'policies/connect.yml', line: 40, column: 5 },
      }),
      policyRun('med-e', {
        severity: 'medium',
        status: 'error',
        error: 'AccessDeniedException: not authorized',
        location: { file: 'policies/connect.yml', line: 60, column: 5 },
      }),
      policyRun('low-f', { severity: 'low', status: 'skipped' }),
      policyRun('high-g', {
        severity: 'high',
        resources: range(70000, 2000, (k) =>
          instance(k, { InstanceAlias: k % 3 === 0 ? '' : `a|b<x>"${k}"\n\u0000\u202ez` }),
        ),
        location: { file: 'policies/connect.yml', line: 80, column: 5 },
      }),
    ],
    validation: [issue({ severity: 'warning' }), issue()],
    runErrors: [{ account: '210987654321', region: 'eu-west-1', message: 'AssumeRole failed' }],
  });
}

/**
 * The old code path, as a model: every candidate in its natural order (validation, then per policy run its error
 * and its instances, then run errors), fingerprints counted over all of them, ranked by kind then position, the
 * first `keep` kept and shown in natural order.
 */
function modelCut(run: RunResult, keep: number): { kept: [string, string][]; dropped: string[] } {
  const rank = (kind: string): number =>
    ['error', 'critical', 'high', 'medium', 'low', 'warning'].indexOf(kind);
  const all: { ruleId: string; kind: string; input: string }[] = [];
  for (const v of run.validation)
    all.push({
      ruleId: RULE_INVALID_POLICY,
      kind: v.severity,
      input: `validation\u0000${v.file}\u0000${v.policy ?? ''}\u0000${v.path ?? ''}\u0000${v.message}`,
    });
  for (const p of run.policies) {
    if (p.status === 'error')
      all.push({
        ruleId: RULE_POLICY_ERROR,
        kind: 'error',
        input: `policy-error\u0000${p.policy}\u0000${p.account}\u0000${p.region}`,
      });
    if (p.status === 'skipped') continue;
    for (const r of p.resources) {
      const arn =
        typeof r['Arn'] === 'string'
          ? r['Arn']
          : `arn:${p.region.startsWith('cn-') ? 'aws-cn' : 'aws'}:connect:${p.region}:${p.account}:instance/${r['Id'] as string}`;
      all.push({ ruleId: p.policy, kind: p.severity, input: `match\u0000${p.policy}\u0000${arn}` });
    }
  }
  for (const e of run.runErrors)
    all.push({
      ruleId: RULE_RUN_ERROR,
      kind: 'error',
      input: `run-error\u0000${e.account}\u0000${e.region}`,
    });
  const seen = new Map<string, number>();
  const fps = all.map(({ input }) => {
    const n = seen.get(input) ?? 0;
    seen.set(input, n + 1);
    return n === 0 ? sha256(input) : sha256(`${sha256(input)}\u0000${n}`);
  });
  const order = all.map((c, i) => ({ i, r: rank(c.kind) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const keptIdx = new Set(order.slice(0, keep).map((o) => o.i));
  return {
    kept: all.flatMap((c, i) => (keptIdx.has(i) ? [[c.ruleId, fps[i]!] as [string, string]] : [])),
    dropped: all.flatMap((c, i) => (keptIdx.has(i) ? [] : [c.kind])),
  };
}

const fingerprint = (r: SarifResult): string => r.partialFingerprints['connectPolicyGate/v1']!;

describe(`SARIF past ${GITHUB_KEPT_RESULTS_PER_RUN.toLocaleString('en-US')} results`, () => {
  const run = largeRun();
  const build = buildSarif(run, OPTIONS);
  const sarifRun = build.log.runs[0]!;
  const results = sarifRun.results;

  it('is byte for byte what it was, and the JSON of its log', () => {
    // First taken from the code that built all ≈33,700 results before cutting (then at 25,000); retaken when
    // the cut moved to 5,000. If the output is meant to change, check the properties below still hold, then
    // update this digest.
    expect(sha256(build.json)).toBe('95b945aa23154b6782261f748922fa8944a77de37194f16f83c447a9e0cb89f9');
    expect(build.json).toBe(`${JSON.stringify(build.log)}\n`);
  });

  it('keeps the most severe, in their natural order, with fingerprints counted over every candidate', () => {
    const model = modelCut(run, GITHUB_KEPT_RESULTS_PER_RUN);
    expect(results).toHaveLength(GITHUB_KEPT_RESULTS_PER_RUN);
    expect(results.map((r) => [r.ruleId, fingerprint(r)])).toEqual(model.kept);
    // Nothing dropped outranks anything kept: every error and critical kept, the cut falls among the highs.
    expect(new Set(model.dropped)).toEqual(new Set(['high', 'medium', 'low', 'warning']));
    expect(results.filter((r) => r.ruleId === 'crit-a')).toHaveLength(1500);
    expect(results.filter((r) => r.ruleId === 'high-b' || r.ruleId === 'high-g')).toHaveLength(
      5000 - 1500 - 3,
    );
    expect(results.filter((r) => r.level === 'note')).toHaveLength(0);
    expect(results.filter((r) => r.ruleId === RULE_INVALID_POLICY).map((r) => r.level)).toEqual(['error']);
    // The kept validation error is the second of two equal inputs, the first (a warning) dropped: counter 1.
    const invalid = results.find((r) => r.ruleId === RULE_INVALID_POLICY)!;
    const input = `validation\u0000policies/bad.yml\u0000bad-policy\u0000policies[0].filters[0].type\u0000${issue().message}`;
    expect(fingerprint(invalid)).toBe(sha256(`${sha256(input)}\u00001`));
  });

  it('says what was cut, in the run and in the notification', () => {
    const truncation = {
      limit: 'results',
      total: 33724,
      kept: 5000,
      dropped: 28724,
      droppedByKind: { warning: 1, high: 2583, medium: 9000, low: 17140 },
    };
    expect(build.truncation).toEqual(truncation);
    // Key order is part of the bytes: kinds appear in the order their first dropped result does.
    expect(Object.keys(build.truncation!.droppedByKind)).toEqual(['warning', 'high', 'medium', 'low']);
    expect(sarifRun.properties['truncation']).toEqual(truncation);
    expect(sarifRun.invocations[0]!.toolExecutionNotifications![0]).toEqual({
      level: 'warning',
      message: {
        text: 'GitHub code scanning keeps at most 5,000 results per run: kept the 5,000 most severe of 33,724 results and left out 28,724 (2,583 high, 9,000 medium, 17,140 low, 1 warning). The output folder (results.json) lists every result.',
      },
      descriptor: { id: 'results-truncated' },
    });
  });

  it('has unique fingerprints that do not change between builds', () => {
    expect([...githubRuleProblems(build.log), ...toolRuleProblems(build.log)]).toEqual([]);
    expect(buildSarif(largeRun(), OPTIONS).json).toBe(build.json);
  });

  it('is the same built with the size check on the thread pool', async () => {
    expect((await buildSarifAsync(run, OPTIONS)).json).toBe(build.json);
  });

  it('cut to the gzip budget: the most severe kept, within budget, the same either way', async () => {
    const maxGzipBytes = 250_000;
    const cut = buildSarif(run, { ...OPTIONS, maxGzipBytes });
    expect(cut.truncation?.limit).toBe('size');
    expect(gzipSync(cut.json).length).toBeLessThanOrEqual(maxGzipBytes);
    const kept = cut.truncation!.kept;
    expect(cut.log.runs[0]!.results.map((r) => [r.ruleId, fingerprint(r)])).toEqual(modelCut(run, kept).kept);
    expect((await buildSarifAsync(run, { ...OPTIONS, maxGzipBytes })).json).toBe(cut.json);
  });

  it('is JSON.stringify of the log also when names hold the placeholders it writes results through', () => {
    // More than are indented, so that the results are written through their templates.
    const resources = Array.from({ length: 2000 }, (_, i) =>
      instance(i, { InstanceAlias: i % 2 ? '\u0001cpg-slot:alias\u0001' : `é "${i}" \ud800` }),
    );
    for (const name of ['\u0001cpg-slot:arn\u0001', '\u0001cpg-results\u0001']) {
      const built = buildSarif(runResult({ policies: [policyRun(name, { resources })] }), OPTIONS);
      expect(built.log.runs[0]!.results).toHaveLength(2000);
      expect(built.json).toBe(`${JSON.stringify(built.log)}\n`);
      expect(built.bytes.equals(Buffer.from(built.json, 'utf8'))).toBe(true);
    }
  });
});

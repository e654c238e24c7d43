/**
 * The pass/fail gate (design.md §1, inputs `fail-on`, `fail-severity`, `warn-on`). It reads only the RunResult,
 * never what a reporter managed to write, so a report that fails to render can never turn a failing run green.
 */
import type { PolicyRunResult, RunResult, Severity } from './engine/types.js';

export type FailOn = 'match' | 'error' | 'never';
export type Verdict = 'pass' | 'fail';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const FAIL_ON_VALUES: readonly FailOn[] = ['match', 'error', 'never'];

export interface GateOptions {
  /** `match`: matches (subject to failSeverity/warnOn) or any error fail; `error`: only errors; `never`. */
  readonly failOn: FailOn;
  /** Lowest policy severity whose matches fail the gate. */
  readonly failSeverity: Severity;
  /** Policy names or fnmatch-style globs (`*`, `?`, `[seq]`, `[!seq]`) whose matches only warn. */
  readonly warnOn: readonly string[];
}

export const DEFAULT_GATE_OPTIONS: GateOptions = { failOn: 'match', failSeverity: 'low', warnOn: [] };

export interface GateCounts {
  /** Findings: matched resources summed over policy executions (one per policy, account, region, instance). */
  readonly matchedResources: number;
  /** Distinct instances (by ARN, else account/region/Id) matched by at least one policy. */
  readonly matchedInstances: number;
  /** Distinct policy names with at least one match. */
  readonly matchedPolicies: number;
  /** validationErrors + policyErrors + runErrors (validation warnings do not count). */
  readonly errors: number;
  readonly validationErrors: number;
  readonly validationWarnings: number;
  readonly policyErrors: number;
  readonly runErrors: number;
  readonly policiesEvaluated: number;
  readonly policiesSkipped: number;
  /** Findings that fail the gate under fail-on: match (before fail-on is applied). */
  readonly failingMatches: number;
  /** Findings of warn-on policies or below fail-severity. */
  readonly warnedMatches: number;
}

export interface GateResult {
  readonly verdict: Verdict;
  /** Why it failed, one sentence each; empty when it passed. */
  readonly reasons: readonly string[];
  /** What was found but did not fail the gate (warn-on, below fail-severity, fail-on error/never). */
  readonly warnings: readonly string[];
  readonly counts: GateCounts;
  /** Policies whose matches fail the gate (empty unless fail-on is match). */
  readonly failingPolicies: readonly string[];
  /** Policies with matches that only warn. */
  readonly warnedPolicies: readonly string[];
  readonly options: GateOptions;
}

/** Action outputs, as strings, named as in action.yml. */
export function gateOutputs(
  gate: GateResult,
): Record<'gate' | 'matched-resources' | 'matched-policies' | 'errors', string> {
  return {
    gate: gate.verdict,
    'matched-resources': String(gate.counts.matchedResources),
    'matched-policies': String(gate.counts.matchedPolicies),
    errors: String(gate.counts.errors),
  };
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Parses `fail-on`; throws with the accepted values (the config layer turns it into a ConfigurationError). */
export function parseFailOn(value: string): FailOn {
  const v = value.trim().toLowerCase();
  if ((FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
  throw new Error(`fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${value}"`);
}

export function parseSeverity(value: string): Severity {
  const v = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new Error(`fail-severity must be one of ${SEVERITIES.join(', ')}; got "${value}"`);
}

/** Splits a `warn-on` input: newline or comma separated, blanks and `#` comments ignored. */
export function parseWarnOn(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/**
 * Python fnmatch (Linux: case-sensitive, whole string): `*` any run, `?` one character, `[seq]`/`[!seq]`
 * classes, no escape character, an unclosed `[` is literal (filters.md Appendix C). Same semantics as the
 * `glob` op, so users need to learn only one.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (chars[j] === '!') j++;
      if (chars[j] === ']') j++;
      while (j < chars.length && chars[j] !== ']') j++;
      if (j >= chars.length) {
        out += '\\[';
        continue;
      }
      let body = chars.slice(i + 1, j);
      let negate = false;
      if (body[0] === '!') {
        negate = true;
        body = body.slice(1);
      }
      const cls = body
        .map((ch, k) => (ch === '-' && k > 0 && k < body.length - 1 ? '-' : escapeClassChar(ch)))
        .join('');
      out += negate ? `[^${cls}]` : `[${cls}]`;
      i = j;
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^(?:${out})$`, 'u');
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? `\\${c}` : c;
}

/** True when `policy` is named by one of the warn-on entries (exact name or glob). */
export function matchesWarnOn(policy: string, warnOn: readonly string[]): boolean {
  for (const entry of warnOn) {
    const p = entry.trim();
    if (p === '') continue;
    if (p === policy) return true;
    if (/[*?[]/.test(p) && globToRegExp(p).test(policy)) return true;
  }
  return false;
}

/** The identity of one matched instance, for counting distinct instances. */
function instanceKey(run: PolicyRunResult, resource: Readonly<Record<string, unknown>>): string {
  const arn = resource['Arn'];
  if (typeof arn === 'string' && arn !== '') return arn;
  return `${run.account}/${run.region}/${String(resource['Id'] ?? resource['InstanceAlias'] ?? '?')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function evaluateGate(result: RunResult, options: Partial<GateOptions> = {}): GateResult {
  const opts: GateOptions = {
    failOn: options.failOn ?? DEFAULT_GATE_OPTIONS.failOn,
    failSeverity: options.failSeverity ?? DEFAULT_GATE_OPTIONS.failSeverity,
    warnOn: options.warnOn ?? DEFAULT_GATE_OPTIONS.warnOn,
  };
  const threshold = severityRank(opts.failSeverity);

  let matchedResources = 0;
  let failingMatches = 0;
  let warnedMatches = 0;
  let policiesEvaluated = 0;
  let policiesSkipped = 0;
  const instances = new Set<string>();
  const matchedPolicies = new Set<string>();
  const failing = new Map<string, number>();
  const warnOnHits = new Map<string, number>();
  const belowThreshold = new Map<string, number>();
  const errored: string[] = [];

  for (const run of result.policies) {
    if (run.status === 'skipped') {
      policiesSkipped++;
      continue;
    }
    if (run.status === 'error') {
      errored.push(`${run.policy} (${run.account}/${run.region})`);
      // An errored policy may still carry resources it matched before failing (e.g. an action failed):
      // those matches are real and count like any other.
    } else {
      policiesEvaluated++;
    }
    const n = run.resources.length;
    if (n === 0) continue;
    matchedResources += n;
    matchedPolicies.add(run.policy);
    for (const r of run.resources) instances.add(instanceKey(run, r));
    if (matchesWarnOn(run.policy, opts.warnOn)) {
      warnedMatches += n;
      warnOnHits.set(run.policy, (warnOnHits.get(run.policy) ?? 0) + n);
    } else if (severityRank(run.severity) < threshold) {
      warnedMatches += n;
      belowThreshold.set(run.policy, (belowThreshold.get(run.policy) ?? 0) + n);
    } else {
      failingMatches += n;
      failing.set(run.policy, (failing.get(run.policy) ?? 0) + n);
    }
  }

  const validationErrors = result.validation.filter((v) => v.severity === 'error').length;
  const validationWarnings = result.validation.length - validationErrors;
  const policyErrors = errored.length;
  const runErrors = result.runErrors.length;
  const errors = validationErrors + policyErrors + runErrors;

  const errorReasons: string[] = [];
  if (validationErrors > 0) errorReasons.push(`${plural(validationErrors, 'policy validation error')}`);
  if (policyErrors > 0) {
    const shown = errored.slice(0, 5).join(', ');
    const more = errored.length > 5 ? ` and ${errored.length - 5} more` : '';
    errorReasons.push(`${plural(policyErrors, 'policy execution')} failed: ${shown}${more}`);
  }
  if (runErrors > 0) errorReasons.push(`${plural(runErrors, 'account/region')} could not be evaluated`);

  const matchReasons = [...failing].map(([policy, n]) => `policy ${policy} matched ${plural(n, 'resource')}`);

  const reasons: string[] = [];
  const warnings: string[] = [];
  if (opts.failOn === 'never') {
    warnings.push(...errorReasons, ...matchReasons.map((r) => `${r} (fail-on: never)`));
  } else {
    reasons.push(...errorReasons);
    if (opts.failOn === 'match') reasons.push(...matchReasons);
    else warnings.push(...matchReasons.map((r) => `${r} (fail-on: error)`));
  }
  for (const [policy, n] of warnOnHits)
    warnings.push(`policy ${policy} matched ${plural(n, 'resource')} (warn-on)`);
  for (const [policy, n] of belowThreshold) {
    warnings.push(
      `policy ${policy} matched ${plural(n, 'resource')} (below fail-severity ${opts.failSeverity})`,
    );
  }

  return {
    verdict: reasons.length > 0 ? 'fail' : 'pass',
    reasons,
    warnings,
    counts: {
      matchedResources,
      matchedInstances: instances.size,
      matchedPolicies: matchedPolicies.size,
      errors,
      validationErrors,
      validationWarnings,
      policyErrors,
      runErrors,
      policiesEvaluated,
      policiesSkipped,
      failingMatches,
      warnedMatches,
    },
    failingPolicies: opts.failOn === 'match' ? [...failing.keys()] : [],
    warnedPolicies: [
      ...new Set([
        ...warnOnHits.keys(),
        ...belowThreshold.keys(),
        ...(opts.failOn === 'match' ? [] : failing.keys()),
      ]),
    ],
    options: opts,
  };
}

/**
 * File/line annotations on the workflow run and the pull request diff.
 *
 * The runner shows at most 10 annotations of each level per step and drops the rest silently, so we choose
 * which ones: errors that decide the gate first, then matches by severity, and when anything is left out one
 * notice says so and points to the summary and the SARIF file. Emitted through a port: the action passes
 * @actions/core (its error/warning/notice have this shape), tests pass a recorder.
 */
import type { GateResult } from '../gate.js';
import { matchesWarnOn, severityRank } from '../gate.js';
import type { PolicyRunResult, RunResult, Severity } from '../engine/types.js';
import { plain } from './escape.js';
import { resourceIdentity } from './sarif.js';

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly properties: AnnotationProperties;
}

/** GitHub's per-step display limit for each level. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationOptions {
  readonly gate?: GateResult;
  readonly maxPerLevel?: number;
  readonly sarifFile?: string;
  /** Instances named in one match annotation; the rest are counted. */
  readonly instancesPerAnnotation?: number;
}

/** Matches of high/critical policies are errors, low/medium warnings; warn-on policies only ever warn. */
function matchLevel(severity: Severity, warnOnly: boolean): AnnotationLevel {
  if (warnOnly) return 'warning';
  return severityRank(severity) >= severityRank('high') ? 'error' : 'warning';
}

interface Candidate extends Annotation {
  /** Lower comes first when choosing what to show. */
  readonly rank: number;
}

/** Every annotation we would like to show, in order of importance (not yet capped). */
export function collectAnnotations(run: RunResult, options: AnnotationOptions = {}): Annotation[] {
  const candidates: Candidate[] = [];
  const warnOn = options.gate?.options.warnOn ?? [];
  const per = options.instancesPerAnnotation ?? 5;

  for (const v of run.validation) {
    candidates.push({
      level: v.severity,
      rank: v.severity === 'error' ? 0 : 20,
      message: `${plain(v.message, 1000)}${v.path ? ` (at ${plain(v.path, 200)})` : ''}`,
      properties: {
        title: plain(
          v.severity === 'error'
            ? `Invalid policy${v.policy ? ` ${v.policy}` : ''}`
            : `Policy warning${v.policy ? ` ${v.policy}` : ''}`,
          150,
        ),
        file: v.file,
        startLine: v.line,
        startColumn: v.column,
      },
    });
  }

  // Policy errors, one per policy execution that failed.
  for (const p of run.policies) {
    if (p.status !== 'error') continue;
    candidates.push({
      level: 'error',
      rank: 1,
      message: `Policy ${plain(p.policy, 100)} failed in account ${plain(p.account, 40)}, region ${plain(p.region, 40)}: ${plain(p.error ?? 'unknown error', 1000)}`,
      properties: {
        title: plain(`Policy ${p.policy} failed`, 150),
        file: p.location.file,
        startLine: p.location.line,
        startColumn: p.location.column,
      },
    });
  }

  for (const e of run.runErrors) {
    candidates.push({
      level: 'error',
      rank: 2,
      message: `Account ${plain(e.account, 40) || '(unknown)'}, region ${plain(e.region, 40) || '(unknown)'} could not be evaluated: ${plain(e.message, 1000)}`,
      properties: { title: 'Run error' },
    });
  }

  // Matches: one annotation per policy (all accounts and regions), at the policy's line.
  const byPolicy = new Map<string, PolicyRunResult[]>();
  for (const p of run.policies) {
    if (p.resources.length === 0) continue;
    byPolicy.set(p.policy, [...(byPolicy.get(p.policy) ?? []), p]);
  }
  for (const [policy, runs] of byPolicy) {
    const first = runs[0] as PolicyRunResult;
    const total = runs.reduce((n, r) => n + r.resources.length, 0);
    const names: string[] = [];
    outer: for (const r of runs) {
      for (const res of r.resources) {
        if (names.length >= per) break outer;
        const ident = resourceIdentity(r, res);
        names.push(`${plain(ident.alias || ident.id, 80)} (${plain(r.account, 20)}/${plain(r.region, 30)})`);
      }
    }
    const warnOnly = matchesWarnOn(policy, warnOn);
    const rest = total - names.length;
    candidates.push({
      level: matchLevel(first.severity, warnOnly),
      rank: 10 - severityRank(first.severity),
      message:
        `${total === 1 ? '1 Amazon Connect instance matches' : `${total} Amazon Connect instances match`} policy ${plain(policy, 100)} (${first.severity}${warnOnly ? ', warn-on' : ''}): ` +
        `${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}.`,
      properties: {
        title: plain(`${policy}: ${total} matched`, 150),
        file: first.location.file,
        startLine: first.location.line,
        startColumn: first.location.column,
      },
    });
  }

  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.rank - b.c.rank || a.i - b.i)
    .map(({ c }) => ({ level: c.level, message: c.message, properties: c.properties }));
}

/**
 * Emits at most `maxPerLevel` annotations per level; if any were left out, one extra notice (within the
 * notice cap) points to the job summary and the SARIF file. Returns what was emitted and how many were held back.
 */
export function emitAnnotations(
  run: RunResult,
  sink: AnnotationSink,
  options: AnnotationOptions = {},
): { emitted: Annotation[]; omitted: number } {
  const max = options.maxPerLevel ?? MAX_ANNOTATIONS_PER_LEVEL;
  const all = collectAnnotations(run, options);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const emitted: Annotation[] = [];
  let omitted = 0;
  // One notice slot stays free for the pointer, in case something is held back.
  const noticeCap = Math.max(0, max - 1);
  for (const a of all) {
    const cap = a.level === 'notice' ? noticeCap : max;
    if (used[a.level] >= cap) {
      omitted++;
      continue;
    }
    used[a.level]++;
    emitted.push(a);
  }
  if (omitted > 0 && max > 0) {
    const where = options.sarifFile
      ? `the SARIF file ${plain(options.sarifFile, 200)} (code scanning alerts)`
      : 'the SARIF file';
    emitted.push({
      level: 'notice',
      message: `${omitted} more annotation${omitted === 1 ? ' was' : 's were'} not shown (GitHub shows at most ${max} per level). See the job summary and ${where} for every finding.`,
      properties: { title: 'More findings' },
    });
  }
  for (const a of emitted) {
    const props = stripUndefined(a.properties);
    if (a.level === 'error') sink.error(a.message, props);
    else if (a.level === 'warning') sink.warning(a.message, props);
    else sink.notice(a.message, props);
  }
  return { emitted, omitted };
}

function stripUndefined(p: AnnotationProperties): AnnotationProperties {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v as string | number;
  return out;
}

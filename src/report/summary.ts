/**
 * The job summary (GITHUB_STEP_SUMMARY), as one Markdown string.
 *
 * GitHub refuses a step summary over 1 MiB and renders it as GitHub-flavoured Markdown with HTML, so:
 * every string that comes from the cloud, an accounts file or a policy file goes through `md()` (which leaves
 * no `|`, `<`, backtick or line break in it), and every section has a byte budget, so the whole stays under
 * the limit however many instances matched or however long their names are.
 */
import type { GateResult } from '../gate.js';
import { severityRank } from '../gate.js';
import type { ActionRecord, PolicyRunResult, RunResult, Severity } from '../engine/types.js';
import { md, thousands } from './escape.js';
import type { PolicyCatalog, PolicyInfo, SarifTruncation } from './sarif.js';
import { matchReason, resourceIdentity, truncationText } from './sarif.js';

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryOptions {
  readonly policies?: PolicyCatalog;
  /** What the SARIF writer left out, to say so here too. */
  readonly sarifTruncation?: SarifTruncation;
  readonly sarifFile?: string;
  readonly outputDir?: string;
  /** Most matched instances listed (the rest are counted). */
  readonly maxInstances?: number;
  /** Most error rows listed. */
  readonly maxErrors?: number;
  /** Hard ceiling for the whole string, in UTF-8 bytes; kept below GitHub's 1 MiB with room to spare. */
  readonly maxBytes?: number;
  /** Problems of other reporters (e.g. the SARIF file could not be written), shown so nobody trusts a gap. */
  readonly reportErrors?: readonly string[];
}

const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
};

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Table rows added while they fit both a row cap and a byte budget; the rest are counted, not lost silently. */
class BoundedTable {
  private readonly lines: string[];
  private used: number;
  private shown = 0;
  private omitted = 0;
  private full = false;

  constructor(
    header: readonly string[],
    private readonly maxRows: number,
    private readonly maxBytes: number,
    align?: readonly ('l' | 'r')[],
  ) {
    const head = `| ${header.join(' | ')} |`;
    const sep = `|${header.map((_, i) => (align?.[i] === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;
    this.lines = [head, sep];
    this.used = bytes(head) + bytes(sep) + 2;
  }

  /**
   * True once a row was refused: the table then lists a prefix of its (priority-ordered) rows and only
   * counts the rest, so callers can skip rendering cells nobody will see.
   */
  get closed(): boolean {
    return this.full || this.shown >= this.maxRows;
  }

  /** Counts rows that were not rendered because the table is closed. */
  skip(n = 1): void {
    this.omitted += n;
  }

  add(cells: readonly string[]): void {
    if (this.closed) {
      this.omitted++;
      return;
    }
    const row = `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
    const size = bytes(row) + 1;
    if (this.used + size > this.maxBytes) {
      this.full = true;
      this.omitted++;
      return;
    }
    this.lines.push(row);
    this.used += size;
    this.shown++;
  }

  get rows(): number {
    return this.shown;
  }

  get rest(): number {
    return this.omitted;
  }

  render(): string {
    return this.lines.join('\n');
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

function policyMode(info: PolicyInfo | undefined): string {
  const mode = info?.data['mode'];
  const type = mode && typeof mode === 'object' ? (mode as Record<string, unknown>)['type'] : undefined;
  if (typeof type !== 'string' || type === 'pull') return 'pull';
  // filters.md §17.6: say that a non-pull mode was evaluated as pull.
  return `${md(type, 40)} (evaluated as pull)`;
}

function actionsCell(
  runs: readonly PolicyRunResult[],
  info: PolicyInfo | undefined,
  runMode: RunResult['mode'],
): string {
  const byKey = new Map<string, { type: string; status: ActionRecord['status']; n: number }>();
  for (const r of runs) {
    for (const a of r.actions) {
      const key = `${a.type}\u0000${a.status}`;
      const entry = byKey.get(key) ?? { type: a.type, status: a.status, n: 0 };
      entry.n += a.resources.length;
      byKey.set(key, entry);
    }
  }
  if (byKey.size > 0) {
    const status: Record<ActionRecord['status'], string> = {
      done: 'done',
      'would-run': 'would run',
      failed: '❌ failed',
      skipped: 'skipped',
    };
    return [...byKey.values()]
      .slice(0, 8)
      .map((e) => `${md(e.type, 40)}: ${status[e.status]} (${e.n})`)
      .join('<br>');
  }
  const declared = info?.data['actions'];
  if (Array.isArray(declared) && declared.length > 0) {
    const types = declared
      .slice(0, 8)
      .map((a) =>
        typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>)['type'] : a,
      )
      .map((t) => md(t, 40));
    return `${runMode === 'enforce' ? '' : 'would run: '}${types.join(', ')}`;
  }
  return '—';
}

function durationText(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function renderSummary(run: RunResult, gate: GateResult, options: SummaryOptions = {}): string {
  const maxBytes = Math.min(options.maxBytes ?? SUMMARY_LIMIT_BYTES - 24 * 1024, SUMMARY_LIMIT_BYTES - 1024);
  const catalog = options.policies ?? new Map<string, PolicyInfo>();
  const c = gate.counts;
  const out: string[] = [];

  // 1. The verdict, first and on one line.
  const icon = gate.verdict === 'pass' ? '✅' : '❌';
  const why = gate.verdict === 'fail' ? gate.reasons : gate.warnings;
  const whyText =
    why.length > 0
      ? ` — ${why
          .slice(0, 3)
          .map((r) => md(r, 200))
          .join('; ')}${why.length > 3 ? `; and ${why.length - 3} more` : ''}`
      : c.matchedResources === 0 && c.errors === 0
        ? ' — no policy matched and nothing failed'
        : '';
  out.push(`### ${icon} Connect Policy Gate: ${gate.verdict === 'pass' ? 'passed' : 'failed'}${whyText}`);
  out.push('');

  const accounts = new Set(run.policies.map((p) => p.account));
  const regions = new Set(run.policies.map((p) => p.region));
  const policyNames = [...new Set(run.policies.map((p) => p.policy))];
  out.push(
    [
      `**Mode:** ${run.mode}`,
      `**Policies:** ${policyNames.length}`,
      `**Accounts:** ${accounts.size}`,
      `**Regions:** ${regions.size}`,
      `**Matched:** ${plural(c.matchedResources, 'finding')} on ${plural(c.matchedInstances, 'instance')} by ${plural(c.matchedPolicies, 'policy', 'policies')}`,
      `**Errors:** ${c.errors}`,
      `**Took:** ${durationText(run.finishedAt.getTime() - run.startedAt.getTime()) || 'n/a'}`,
    ].join(' · '),
  );
  out.push('');
  out.push(
    `Gate settings: fail-on \`${gate.options.failOn}\`, fail-severity \`${gate.options.failSeverity}\`` +
      (gate.options.warnOn.length > 0
        ? `, warn-on ${gate.options.warnOn
            .slice(0, 20)
            .map((w) => md(w, 80))
            .join(', ')}`
        : '') +
      '.',
  );
  out.push('');

  if (gate.verdict === 'fail' && gate.warnings.length > 0) {
    out.push(
      `Also found (not failing the gate): ${gate.warnings
        .slice(0, 5)
        .map((w) => md(w, 200))
        .join('; ')}${gate.warnings.length > 5 ? `; and ${gate.warnings.length - 5} more` : ''}.`,
    );
    out.push('');
  }
  if (options.sarifTruncation) {
    out.push(`> [!WARNING]\n> SARIF: ${md(truncationText(options.sarifTruncation), 1000)}`);
    out.push('');
  }
  if (options.reportErrors && options.reportErrors.length > 0) {
    out.push(
      `> [!CAUTION]\n> Some reports could not be written: ${options.reportErrors
        .slice(0, 5)
        .map((e) => md(e, 300))
        .join('; ')}`,
    );
    out.push('');
  }

  // 2. One row per policy.
  if (policyNames.length > 0) {
    const byPolicy = new Map<string, PolicyRunResult[]>();
    for (const p of run.policies) byPolicy.set(p.policy, [...(byPolicy.get(p.policy) ?? []), p]);
    const failing = new Set(gate.failingPolicies);
    const warned = new Set(gate.warnedPolicies);
    const table = new BoundedTable(
      ['Policy', 'Severity', 'Matched', 'Errored', 'Skipped', 'Mode', 'Actions', 'Gate'],
      5000,
      Math.floor(maxBytes * 0.2),
      ['l', 'l', 'r', 'r', 'r', 'l', 'l', 'l'],
    );
    const ordered = [...byPolicy].sort(
      (a, b) =>
        severityRank((b[1][0] as PolicyRunResult).severity) -
        severityRank((a[1][0] as PolicyRunResult).severity),
    );
    for (const [name, runs] of ordered) {
      const first = runs[0] as PolicyRunResult;
      const matched = runs.reduce((n, r) => n + r.resources.length, 0);
      const errored = runs.filter((r) => r.status === 'error').length;
      const skipped = runs.filter((r) => r.status === 'skipped').length;
      const verdict =
        errored > 0 && gate.options.failOn !== 'never'
          ? '❌ error'
          : failing.has(name)
            ? '❌ fails'
            : warned.has(name) || errored > 0
              ? '⚠️ warns'
              : matched > 0
                ? '—'
                : '✅';
      table.add([
        `${md(name, 120)}<br><sub>${md(first.location.file, 120)}:${first.location.line}</sub>`,
        `${SEVERITY_ICON[first.severity]} ${first.severity}`,
        String(matched),
        String(errored),
        String(skipped),
        policyMode(catalog.get(name)),
        actionsCell(runs, catalog.get(name), run.mode),
        verdict,
      ]);
    }
    out.push('#### Policies', '', table.render());
    if (table.rest > 0)
      out.push('', `_…and ${plural(table.rest, 'more policy', 'more policies')} (see results.json)._`);
    out.push('');
  }

  // 3. Matched instances, most severe first.
  if (c.matchedResources > 0) {
    const table = new BoundedTable(
      ['Policy', 'Severity', 'Account', 'Region', 'Instance', 'Id', 'Why'],
      options.maxInstances ?? 1000,
      Math.floor(maxBytes * 0.45),
    );
    const runs = run.policies
      .filter((p) => p.resources.length > 0)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => severityRank(b.p.severity) - severityRank(a.p.severity) || a.i - b.i);
    for (const { p } of runs) {
      const account =
        p.accountName !== '' && p.accountName !== p.account
          ? `${md(p.accountName, 60)} (${md(p.account, 20)})`
          : md(p.account, 40);
      if (table.closed) {
        table.skip(p.resources.length);
        continue;
      }
      for (const r of p.resources) {
        if (table.closed) {
          table.skip();
          continue;
        }
        const ident = resourceIdentity(p, r);
        table.add([
          md(p.policy, 100),
          p.severity,
          account,
          md(p.region, 30),
          md(ident.alias, 100) || '—',
          md(ident.id, 60),
          md(matchReason(r), 200),
        ]);
      }
    }
    out.push(`#### Matched instances (${thousands(c.matchedResources)})`, '', table.render());
    if (table.rest > 0) {
      out.push(
        '',
        `_…and ${plural(table.rest, 'more matched instance')} not listed here: see ${pointers(options)}._`,
      );
    }
    out.push('');
  }

  // 4. Errors, with their reasons.
  const errorsCount =
    run.validation.length + run.policies.filter((p) => p.status === 'error').length + run.runErrors.length;
  if (errorsCount > 0) {
    const table = new BoundedTable(
      ['Kind', 'Where', 'Policy', 'Reason'],
      options.maxErrors ?? 500,
      Math.floor(maxBytes * 0.25),
    );
    // Errors before warnings; cells are only rendered for rows that can still be shown.
    const rows: (() => string[])[] = [];
    const validationRow = (v: RunResult['validation'][number]) => (): string[] => [
      v.severity === 'error' ? '❌ invalid policy' : '⚠️ policy warning',
      `${md(v.file, 150)}:${v.line}:${v.column}${v.path ? `<br><sub>${md(v.path, 150)}</sub>` : ''}`,
      md(v.policy ?? '', 100) || '—',
      md(v.message, 500),
    ];
    for (const v of run.validation) if (v.severity === 'error') rows.push(validationRow(v));
    for (const p of run.policies) {
      if (p.status !== 'error') continue;
      rows.push(() => [
        '❌ policy failed',
        `${md(p.account, 40)} / ${md(p.region, 30)}`,
        md(p.policy, 100),
        md(p.error ?? 'unknown error', 500),
      ]);
    }
    for (const e of run.runErrors) {
      rows.push(() => [
        '❌ run error',
        `${md(e.account, 40) || '—'} / ${md(e.region, 30) || '—'}`,
        '—',
        md(e.message, 500),
      ]);
    }
    for (const v of run.validation) if (v.severity !== 'error') rows.push(validationRow(v));
    for (const row of rows) {
      if (table.closed) table.skip();
      else table.add(row());
    }
    out.push(`#### Errors and warnings (${errorsCount})`, '', table.render());
    if (table.rest > 0)
      out.push('', `_…and ${plural(table.rest, 'more')} not listed here: see ${pointers(options)}._`);
    out.push('');
  }

  // 5. A chart only where it adds something: matches spread over more than one severity.
  const bySeverity = new Map<Severity, number>();
  for (const p of run.policies) {
    if (p.resources.length > 0)
      bySeverity.set(p.severity, (bySeverity.get(p.severity) ?? 0) + p.resources.length);
  }
  if (bySeverity.size > 1) {
    // Labels are our own fixed severity words, never cloud data: Mermaid has no reliable escaping.
    const slices = (['critical', 'high', 'medium', 'low'] as const)
      .filter((s) => bySeverity.has(s))
      .map((s) => `    "${s}" : ${bySeverity.get(s)}`);
    out.push('#### Findings by severity', '', '```mermaid', 'pie showData', ...slices, '```', '');
  }

  out.push(`<sub>Full results: ${pointers(options)}.</sub>`, '');
  return fitToBudget(out.join('\n'), maxBytes);
}

function pointers(options: SummaryOptions): string {
  const where: string[] = [];
  if (options.sarifFile) where.push(`the SARIF file ${md(options.sarifFile, 200)} (code scanning)`);
  where.push(`${options.outputDir ? md(options.outputDir, 200) + '/' : ''}results.json`);
  return where.join(' and ');
}

/** Last line of defence: cut at a line boundary, never inside a table row or an entity. */
function fitToBudget(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const note = '\n\n_The summary was cut to stay within GitHub’s 1 MiB limit; see results.json._\n';
  const room = maxBytes - bytes(note);
  const lines = text.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const size = bytes(line) + 1;
    if (used + size > room) break;
    kept.push(line);
    used += size;
  }
  // Close a Mermaid/code fence we may have cut into.
  const fences = kept.filter((l) => l.startsWith('```')).length;
  if (fences % 2 === 1) kept.push('```');
  return kept.join('\n') + note;
}

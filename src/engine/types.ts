/**
 * What a run produces. Reporters (SARIF, summary, annotations, output folder) and the gate read only this.
 */
import type { Resource } from '../filters/types.js';

export type Mode = 'validate' | 'report' | 'enforce';
export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface SourceLocation {
  /** Path as given relative to the working directory (or workspace), with forward slashes. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** One problem found while loading or validating policy files. */
export interface ValidationIssue extends SourceLocation {
  readonly policy?: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Where in the document, e.g. `policies[0].filters[2].op`. */
  readonly path?: string;
}

/** What one action did (or would have done in report mode) for one policy run. */
export interface ActionRecord {
  readonly type: string;
  readonly status: 'done' | 'would-run' | 'failed' | 'skipped';
  readonly resources: readonly string[];
  readonly detail?: string;
}

export interface PolicyRunResult {
  readonly policy: string;
  readonly location: SourceLocation;
  readonly description?: string;
  readonly severity: Severity;
  readonly account: string;
  /** Human name from the accounts file, else the account id. */
  readonly accountName: string;
  readonly region: string;
  /** ok: evaluated; skipped: conditions excluded it; error: it failed (see error). */
  readonly status: 'ok' | 'skipped' | 'error';
  readonly error?: string;
  /** Resources listed before filtering. */
  readonly population: number;
  /** Matched resources with their annotations, in output order. */
  readonly resources: readonly Resource[];
  readonly actions: readonly ActionRecord[];
  /** c7n's `action-<class>` files (enforce mode): what actions returned, already as c7n's indent-0 JSON. */
  readonly actionOutputs?: readonly { readonly file: string; readonly content: string }[];
  readonly durationMs: number;
}

export interface RunResult {
  readonly mode: Mode;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly policies: readonly PolicyRunResult[];
  readonly validation: readonly ValidationIssue[];
  /** Errors that belong to no single policy (an account or region that failed as a whole). */
  readonly runErrors: readonly { account: string; region: string; message: string }[];
}

/**
 * The contract between the engine and every action (spec actions.md). Actions are registered by their
 * Cloud Custodian name (src/actions/registry.ts), built once per policy execution from the interpolated
 * policy data, and run in policy order on the matched resources — only in enforce mode. In report mode the
 * engine asks each action what it would do instead.
 */
import type { AwsPort } from '../aws/port.js';
import type { Resource } from '../filters/types.js';
import type { Logger } from '../logger.js';

/** Everything an action needs from the run (actions.md §2.1). */
export interface ActionContext {
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  /** The policy as it runs: name, resource as written, and its interpolated data (actions.md §2.2). */
  readonly policy: {
    readonly name: string;
    readonly resource: string;
    readonly data: Readonly<Record<string, unknown>>;
  };
  /** Random UUID v4 for this policy execution. */
  readonly executionId: string;
  /** Epoch seconds (float) when the policy execution started, before listing. */
  readonly executionStart: number;
  /** c7n version string reported in payloads (default "0.9.47", actions.md §2.1). */
  readonly version: string;
  /** The event document; null in pull mode. */
  readonly event: unknown;
  readonly now: Date;
  readonly logger: Logger;
  /** AWS access with the policy's credentials; per-action roles are derived from it (actions.md §4.3). */
  readonly aws?: AwsPort;
  /** For webhooks and value sources: how to reach HTTP endpoints (injectable for tests). */
  readonly fetch?: typeof fetch;
  /** Per-run memo (account alias, value sources). */
  readonly cache: Map<string, unknown>;
}

/** What one action did, for results.json and the output folder (actions.md §2.5–§2.6). */
export interface ActionResult {
  /** Resource ids the action acted on. */
  readonly resources: readonly string[];
  /** One line for people: "updated CONTACT_LENS on 3 instances", "sent 1 message to queue q". */
  readonly detail: string;
  /** The value c7n writes to `action-<name>` (truthy return values), if any. */
  readonly output?: unknown;
  /** Per-resource failures that did not abort the action (e.g. FailedFindings). */
  readonly failures?: readonly { readonly resource?: string; readonly message: string }[];
}

export interface Action {
  readonly type: string;
  /** Runs the action. Throws to abort the policy's later actions (the error is reported with its reason). */
  run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult>;
  /** Report mode: what `run` would do to these resources, without any call that changes anything. */
  describe(resources: readonly Resource[], ctx: ActionContext): string;
}

export interface ActionDefinition {
  readonly type: string;
  /** IAM actions needed in enforce mode for this action configuration. */
  permissions(data: Readonly<Record<string, unknown>>): string[];
  /** `data` is the action mapping after interpolation (a bare name becomes `{type: name}`). */
  create(data: Readonly<Record<string, unknown>>): Action;
}

/**
 * The run: policies × targets (account, region) → RunResult (design §2, spec §1.8).
 *
 * - Each target's resources are listed ONCE, lazily (only if some policy's conditions pass), and shared
 *   by all its policies; every policy evaluates its own copies (src/engine/evaluate.ts).
 * - Targets run concurrently up to a bound; within a target, policies run in file order (c7n's order).
 * - A target whose listing fails becomes one `runErrors` entry; its policies that needed the listing end
 *   with status `error` (so no policy silently disappears from the report) and the other targets go on.
 * - Interpolation (§1.5) is per (policy, target); a policy that cannot be interpolated or built fails
 *   alone.
 */
import type { AwsPort } from '../aws/port.js';
import { partitionOf } from '../aws/partition.js';
import { errorMessage } from '../errors.js';
import type { Resource } from '../filters/types.js';
import type { Logger } from '../logger.js';
import { interpolatePolicy } from '../policy/interpolate.js';
import type { LoadedPolicy } from '../policy/types.js';
import {
  compilePolicy,
  evaluatePolicy,
  failureMessage,
  isPullMode,
  shareListing,
  type EvaluateOptions,
  type SharedListing,
} from './evaluate.js';
import type { ActionRecord, Mode, PolicyRunResult, RunResult, ValidationIssue } from './types.js';
import { randomUUID } from 'node:crypto';
import { lookupAccountAlias } from '../actions/account-alias.js';
import { mapWithConcurrency } from '../aws/client-factory.js';
import { actionsFailure, runActions } from '../actions/run.js';
import { c7nDumps } from '../actions/python-json.js';
import { redactString } from '../report/escape.js';
import type { ActionContext } from '../actions/types.js';

/** What a source needs to list one target. */
export interface ListContext {
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  readonly logger: Logger;
  readonly aws?: AwsPort;
}

/** Where resources come from: the live ListInstances, a snapshot file, recorded responses. */
export interface ResourceSource {
  list(ctx: ListContext): Promise<Resource[]>;
}

export interface Target {
  readonly account: string;
  /** Human name (accounts file), else the account id. */
  readonly accountName: string;
  readonly region: string;
  readonly source: ResourceSource;
  /** AWS access for this account and region (absent for snapshots). */
  readonly aws?: AwsPort;
}

export interface RunOptions {
  readonly mode: Mode;
  /** "now" for the whole run (fixed by `--now`). */
  readonly now: Date;
  /** The event document (`--event`); given to non-pull policies only (§8.3, §17.6). */
  readonly event?: unknown;
  readonly logger: Logger;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How many targets are evaluated at once (default 4). */
  readonly concurrency?: number;
  /** Validation issues from loading, carried into the result. */
  readonly validation?: readonly ValidationIssue[];
  /** Per-run memo shared by all policies (tests may pass their own). */
  readonly cache?: Map<string, unknown>;
  /** The engine's short-cuts, all on by default (the bench and differential tests turn them off). */
  readonly evaluate?: EvaluateOptions;
}

/** c7n's version string in action payloads (actions.md §2.1: configurable, default 0.9.47). */
export const C7N_PAYLOAD_VERSION = '0.9.47';

/**
 * Runs (enforce) or describes (report) a policy's actions on its matched resources (actions.md §2.3).
 * Returns the records and, when an action failed or cannot run here, the policy's error.
 */
async function actOn(
  policy: LoadedPolicy,
  data: Record<string, unknown>,
  pull: boolean,
  resources: Resource[],
  executionStart: number,
  target: Target,
  opts: RunOptions,
  cache: Map<string, unknown>,
): Promise<{ records: ActionRecord[]; outputs: { file: string; content: string }[]; error?: string }> {
  const mode = opts.mode === 'enforce' ? 'enforce' : 'report';
  if (mode === 'enforce' && !pull) {
    // Cloud Custodian would deploy a Lambda for this mode; we never provision anything.
    const type = String((data.mode as Record<string, unknown> | undefined)?.type ?? '');
    return {
      records: [],
      outputs: [],
      error: `unsupported mode "${type}" in enforce: only pull-mode policies run their actions here (Cloud Custodian would deploy a Lambda); evaluate it in report mode`,
    };
  }
  const ctx: ActionContext = {
    accountId: target.account,
    region: target.region,
    partition: partitionOf(target.region),
    policy: { name: policy.name, resource: policy.resource, data },
    executionId: randomUUID(),
    executionStart,
    version: C7N_PAYLOAD_VERSION,
    event: pull ? null : (opts.event ?? null),
    now: opts.now,
    logger: opts.logger,
    ...(target.aws ? { aws: target.aws } : {}),
    cache,
  };
  if (mode === 'enforce' && resources.length > 0 && needsAccountAlias(data)) {
    try {
      await lookupAccountAlias(ctx);
    } catch (err) {
      return { records: [], outputs: [], error: failureMessage(err) };
    }
  }
  const outputs: { file: string; content: string }[] = [];
  const records = await runActions(data, resources, ctx, mode, {
    onOutput: (file, output) => {
      outputs.push({ file, content: c7nDumps(output, 0) });
    },
  });
  const failure = actionsFailure(records);
  return failure === undefined ? { records, outputs } : { records, outputs, error: failure };
}

/** notify and invoke-lambda send the account alias (actions.md §2.1). */
function needsAccountAlias(data: Record<string, unknown>): boolean {
  return (data.actions as unknown[]).some((a) => {
    const type = typeof a === 'string' ? a : (a as Record<string, unknown> | null)?.type;
    return type === 'notify' || type === 'invoke-lambda';
  });
}

interface TargetOutcome {
  readonly results: PolicyRunResult[];
  readonly runError?: { account: string; region: string; message: string };
}

async function runTarget(
  policies: readonly LoadedPolicy[],
  target: Target,
  opts: RunOptions,
  cache: Map<string, unknown>,
): Promise<TargetOutcome> {
  const partition = partitionOf(target.region);
  const { logger } = opts;
  let listingError: string | undefined;
  let listing: Promise<SharedListing> | undefined;
  const list = (): Promise<SharedListing> => {
    listing ??= target.source
      .list({ accountId: target.account, region: target.region, partition, logger, aws: target.aws })
      .then(shareListing, (err: unknown) => {
        listingError = `listing Connect instances in ${target.accountName} (${target.account}) ${target.region} failed: ${errorMessage(err)}`;
        throw new Error(listingError);
      });
    return listing;
  };

  const results: PolicyRunResult[] = [];
  for (const policy of policies) {
    const base = {
      policy: policy.name,
      location: { file: policy.location.file, line: policy.location.line, column: policy.location.column },
      description: typeof policy.data.description === 'string' ? policy.data.description : undefined,
      severity: policy.severity,
      account: target.account,
      accountName: target.accountName,
      region: target.region,
      actions: [],
    };
    const started = performance.now();
    const executionStart = Date.now() / 1000;
    let compiled;
    let data: Record<string, unknown>;
    try {
      data = interpolatePolicy(policy.data, {
        accountId: target.account,
        region: target.region,
        partition,
        now: opts.now,
        pull: isPullMode(policy.data),
      });
      compiled = compilePolicy(data, { eventSupplied: opts.event !== undefined, env: opts.env });
    } catch (err) {
      results.push({
        ...base,
        status: 'error',
        error: failureMessage(err),
        population: 0,
        resources: [],
        durationMs: performance.now() - started,
      });
      continue;
    }
    for (const note of compiled.notes) logger.info(`policy:${policy.name} ${note}`);
    const outcome = await evaluatePolicy(
      compiled,
      async () => {
        try {
          return await list();
        } catch {
          // The target failed as a whole; the policy says so in its own words.
          throw new Error(listingError ?? 'listing failed');
        }
      },
      {
        now: opts.now,
        accountId: target.account,
        region: target.region,
        partition,
        policyName: policy.name,
        event: compiled.pull ? undefined : opts.event,
        cache,
        logger,
        aws: target.aws,
      },
      opts.evaluate,
    );
    let error =
      outcome.status === 'error' && listingError !== undefined && outcome.population === 0
        ? listingError
        : outcome.error;
    let status = outcome.status;
    let actions: ActionRecord[] = [];
    let actionOutputs: { file: string; content: string }[] = [];
    if (status === 'ok' && Array.isArray(data.actions) && data.actions.length > 0) {
      const acted = await actOn(
        policy,
        data,
        compiled.pull,
        outcome.resources,
        executionStart,
        target,
        opts,
        cache,
      );
      actions = acted.records;
      actionOutputs = acted.outputs;
      if (acted.error !== undefined) {
        status = 'error';
        error = acted.error;
      }
    }
    // A reason may quote a URL or a request; credentials in it never reach a log or a report.
    if (error !== undefined) error = redactString(error);
    if (status === 'error')
      logger.error(`policy:${policy.name} ${target.account}/${target.region}: ${error}`);
    results.push({
      ...base,
      status,
      ...(error !== undefined ? { error } : {}),
      population: outcome.population,
      // A getter, so that the output objects are only made when a reporter or an action reads them.
      get resources() {
        return outcome.resources;
      },
      actions,
      ...(actionOutputs.length ? { actionOutputs } : {}),
      durationMs: performance.now() - started,
    });
  }
  return {
    results,
    ...(listingError !== undefined
      ? { runError: { account: target.account, region: target.region, message: listingError } }
      : {}),
  };
}

/** Evaluates every policy in every target. Never throws for policy or target failures. */
export async function runPolicies(
  policies: readonly LoadedPolicy[],
  targets: readonly Target[],
  opts: RunOptions,
): Promise<RunResult> {
  const startedAt = new Date();
  const cache = opts.cache ?? new Map<string, unknown>();
  const outcomes = await mapWithConcurrency(targets, opts.concurrency ?? 4, (t) =>
    runTarget(policies, t, opts, cache),
  );
  const runErrors: { account: string; region: string; message: string }[] = [];
  for (const o of outcomes) if (o.runError) runErrors.push(o.runError);
  return {
    mode: opts.mode,
    startedAt,
    finishedAt: new Date(),
    policies: outcomes.flatMap((o) => o.results),
    validation: opts.validation ?? [],
    runErrors,
  };
}

/**
 * Small pieces shared by the actions of this folder (actions.md §1, §2.1, §3): run options (the
 * Extensions of the spec are switched by inputs of the GitHub Action, never by policy keys, so they reach
 * the actions here), the resource ARN, `chunks`, c7n-compatible JSON and Python `str()`.
 */
import { realSleep, type Env, type Sleep } from '../aws/client-factory.js';
import { ConfigurationError } from '../errors.js';
import type { EvalContext, Resource } from '../filters/types.js';
import { cachedAccountAlias } from './notify.js';
import type { ActionContext } from './types.js';

export { c7nDumps, chunks, pythonStr } from './python-json.js';

/** Run-level settings of the actions (all optional; the defaults are the spec's). */
export interface ActionOptions {
  /**
   * Extension actions.md §5.1 (default true): set-attributes sends booleans as "true"/"false" and finite
   * numbers as their decimal string. false: the value is sent as written (c7n: only strings work).
   */
  readonly convertAttributeValues?: boolean;
  /** Extension actions.md §5.4: timeout of one webhook request in ms (default 60 000; 0 = none, as c7n). */
  readonly webhookTimeoutMs?: number;
  /**
   * Extension (issue 5): how often a webhook request answered with a 5xx status is sent again (default 3;
   * 0 = never, as c7n). Transport failures follow urllib3's defaults whatever this says.
   */
  readonly webhookStatusRetries?: number;
  /** Base of the webhook backoff between attempts, ms (default 500; doubled per attempt). */
  readonly webhookBackoffMs?: number;
  /**
   * Extension: invoke-lambda splits a batch further when its payload would exceed the service limit
   * (c7n sends it and fails). Bytes; defaults 6 MiB (synchronous) and 1 MiB (asynchronous).
   */
  readonly lambdaMaxPayloadBytes?: { readonly sync?: number; readonly async?: number };
  /** The environment (AWS_DEFAULT_REGION / AWS_REGION for invoke-lambda with `assume-role`, §4.3). */
  readonly env?: Env;
  /** Waits between retries (tests pass an instant one). */
  readonly sleep?: Sleep;
  /**
   * The account alias (IAM ListAccountAliases, first alias else "") for invoke-lambda's payload. The
   * default is notify's lookup (the per-run cache entry `accountAliasCacheKey(accountId)` of
   * src/actions/notify.ts; @aws-sdk/client-iam is not a dependency yet), "" when unknown.
   */
  readonly accountAlias?: (ctx: ActionContext) => Promise<string>;
}

export function sleepFrom(options: ActionOptions): Sleep {
  return options.sleep ?? realSleep;
}

export async function accountAliasOf(ctx: ActionContext, options: ActionOptions): Promise<string> {
  if (options.accountAlias) return options.accountAlias(ctx);
  return (await cachedAccountAlias(ctx)) ?? '';
}

/** `arn:<partition>:connect:<region>:<account>:instance/<Id>` (actions.md §3), generated as c7n does. */
export function instanceArn(
  r: Resource,
  ctx: Pick<ActionContext, 'partition' | 'region' | 'accountId'>,
): string {
  return `arn:${ctx.partition}:connect:${ctx.region}:${ctx.accountId}:instance/${String(r['Id'])}`;
}

export function resourceIds(resources: readonly Resource[]): string[] {
  return resources.map((r) => String(r['Id']));
}

/** A batch size from the policy: a positive integer or the default (load-time check, §1.6). */
export function batchSize(data: Readonly<Record<string, unknown>>, key: string, fallback: number): number {
  const v = data[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new ConfigurationError(
      `${String(data['type'])}: \`${key}\` must be a whole number of at least 1, found ${JSON.stringify(v)}`,
    );
  }
  return v;
}

/** UTF-8 length of a string. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The filters' context for the same run (to share their per-run memo, e.g. DescribeInstanceAttribute). */
export function evalContextOf(ctx: ActionContext): EvalContext {
  return {
    now: ctx.now,
    accountId: ctx.accountId,
    region: ctx.region,
    partition: ctx.partition,
    policyName: ctx.policy.name,
    event: ctx.event ?? undefined,
    cache: ctx.cache,
    logger: ctx.logger,
    ...(ctx.aws ? { aws: ctx.aws } : {}),
  };
}

/** Fails the action when the run has no AWS access (a snapshot run in enforce mode). */
export function requireAws(ctx: ActionContext, action: string): NonNullable<ActionContext['aws']> {
  if (!ctx.aws) {
    throw new ConfigurationError(
      `${action} needs AWS access; this run evaluates a snapshot without AWS credentials (use report mode, or run against AWS)`,
    );
  }
  return ctx.aws;
}

/** "1 instance", "3 instances". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `invoke-lambda` (actions.md §5.2): Lambda Invoke with the policy, this action and batches of resources.
 *
 * Payload keys in order: version, event, account_id, account (alias), region, action, policy, resources;
 * the text is c7n's indent-0 JSON. Batches of `batch_size` (default 250) are sent one after another;
 * `async` (default true) sends InvocationType Event, else RequestResponse. Client: `region`, else the policy
 * region — or, with `assume-role`, the environment's default region, else us-east-1 — with a read timeout of
 * `timeout` seconds (default 90). `assume-role` is assumed with the policy credentials (session
 * "LambdaAssumedRoleSession").
 *
 * Deviation (actions.md §5.2): `qualifier` is sent as Qualifier (c7n crashes on it).
 * Extension: a batch whose payload would exceed the Lambda request limit is split further (c7n sends it and
 * fails); a single resource above the limit is still sent and fails with the service's error.
 *
 * The response records (one per call) are the result, written to `action-lambdainvoke`. A function error
 * of a synchronous call does not fail the action (as in c7n); it is listed in `failures` and logged.
 */
import type { InvokeCommandOutput } from '@aws-sdk/client-lambda';
import { describeAwsFailure } from '../aws/client-factory.js';
import { PolicyRuntimeError } from '../errors.js';
import type { Resource } from '../filters/types.js';
import { chainedRoleCredentials, clientWith } from './clients.js';
import {
  accountAliasOf,
  batchSize,
  c7nDumps,
  chunks,
  plural,
  requireAws,
  resourceIds,
  utf8Length,
  type ActionOptions,
} from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

export const LAMBDA_SYNC_PAYLOAD_LIMIT = 6 * 1024 * 1024;
export const LAMBDA_ASYNC_PAYLOAD_LIMIT = 1024 * 1024;
export const LAMBDA_SESSION_NAME = 'LambdaAssumedRoleSession';

/**
 * Splits one batch so that each payload text stays within `limit` bytes. `baseBytes` is the payload with
 * `resources: []`; each member adds its own text plus the `,\n` / `[\n…\n]` separators (2 bytes each).
 */
export function splitBySize(items: readonly string[], baseBytes: number, limit: number): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let size = baseBytes;
  items.forEach((text, i) => {
    const add = utf8Length(text) + 2;
    if (current.length > 0 && size + add > limit) {
      groups.push(current);
      current = [];
      size = baseBytes;
    }
    current.push(i);
    size += add;
  });
  if (current.length) groups.push(current);
  return groups;
}

/** One response as c7n records it (botocore's key order; `$metadata` as ResponseMetadata). */
function responseRecord(out: InvokeCommandOutput): Record<string, unknown> {
  const record: Record<string, unknown> = {
    ResponseMetadata: {
      RequestId: out.$metadata.requestId,
      HTTPStatusCode: out.$metadata.httpStatusCode,
      RetryAttempts: Math.max(0, (out.$metadata.attempts ?? 1) - 1),
    },
    Payload: out.Payload ? Buffer.from(out.Payload).toString('utf8') : '',
    StatusCode: out.StatusCode,
  };
  if (out.FunctionError !== undefined) record['FunctionError'] = out.FunctionError;
  if (out.LogResult !== undefined) record['LogResult'] = out.LogResult;
  if (out.ExecutedVersion !== undefined) record['ExecutedVersion'] = out.ExecutedVersion;
  return record;
}

export function invokeLambdaDefinition(options: ActionOptions = {}): ActionDefinition {
  return {
    type: 'invoke-lambda',
    permissions: () => ['lambda:InvokeFunction', 'iam:ListAccountAliases'],
    create(data): Action {
      const fn = String(data['function'] ?? '');
      const role = typeof data['assume-role'] === 'string' ? data['assume-role'] : undefined;
      const isAsync = data['async'] !== false;
      const qualifier = typeof data['qualifier'] === 'string' ? data['qualifier'] : undefined;
      const size = batchSize(data, 'batch_size', 250);
      const timeoutS = typeof data['timeout'] === 'number' ? data['timeout'] : 90;
      const limit = isAsync
        ? (options.lambdaMaxPayloadBytes?.async ?? LAMBDA_ASYNC_PAYLOAD_LIMIT)
        : (options.lambdaMaxPayloadBytes?.sync ?? LAMBDA_SYNC_PAYLOAD_LIMIT);
      return {
        type: 'invoke-lambda',
        describe(resources) {
          const calls = Math.ceil(resources.length / size);
          return `would invoke ${fn}${isAsync ? ' asynchronously' : ''} ${plural(calls, 'time')} with ${plural(resources.length, 'instance')}`;
        },
        async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
          const aws = requireAws(ctx, 'invoke-lambda');
          const { InvokeCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
          const env = options.env ?? process.env;
          const region =
            typeof data['region'] === 'string'
              ? data['region']
              : role
                ? env['AWS_DEFAULT_REGION'] || env['AWS_REGION'] || 'us-east-1'
                : ctx.region;
          const client = clientWith(aws, LambdaClient, region, {
            key: `role=${role ?? ''};timeout=${timeoutS}`,
            requestTimeoutMs: timeoutS * 1000,
            ...(role
              ? { credentials: chainedRoleCredentials(aws, role, LAMBDA_SESSION_NAME, ctx.region) }
              : {}),
          });
          const payload: Record<string, unknown> = {
            version: ctx.version,
            event: ctx.event ?? null,
            account_id: ctx.accountId,
            account: await accountAliasOf(ctx, options),
            region: ctx.region,
            action: data,
            policy: ctx.policy.data,
            resources: [],
          };
          const baseText = c7nDumps(payload);
          const baseBytes = utf8Length(baseText);
          const records: Record<string, unknown>[] = [];
          const failures: { message: string }[] = [];
          const sent: string[] = [];
          for (const chunk of chunks(resources, size)) {
            const texts = chunk.map((r) => c7nDumps(r));
            for (const group of splitBySize(texts, baseBytes, limit)) {
              const batch = group.map((i) => chunk[i] as Resource);
              // Same text as dumping the whole payload: resources is the last key.
              const body = `${baseText.slice(0, -4)}[\n${group.map((i) => texts[i]).join(',\n')}\n]\n}`;
              let out: InvokeCommandOutput;
              try {
                out = await client.send(
                  new InvokeCommand({
                    FunctionName: fn,
                    ...(isAsync ? { InvocationType: 'Event' } : {}),
                    ...(qualifier !== undefined ? { Qualifier: qualifier } : {}),
                    Payload: Buffer.from(body, 'utf8'),
                  }),
                );
              } catch (err) {
                if (err instanceof PolicyRuntimeError) throw err;
                const done = sent.length ? ` (${plural(sent.length, 'instance')} already delivered)` : '';
                throw new PolicyRuntimeError(
                  describeAwsFailure(err, {
                    action: 'lambda:InvokeFunction',
                    region,
                    accountId: ctx.accountId,
                    subject: `function ${fn}`,
                  }) + done,
                  { cause: err },
                );
              }
              const record = responseRecord(out);
              records.push(record);
              sent.push(...resourceIds(batch));
              if (out.FunctionError !== undefined) {
                const message = `function ${fn} returned a function error (${out.FunctionError}) for ${plural(batch.length, 'instance')}`;
                ctx.logger.warning(`invoke-lambda: ${message}`);
                failures.push({ message });
              }
            }
          }
          return {
            resources: sent,
            detail:
              `invoked ${fn}${isAsync ? ' asynchronously' : ''} ${plural(records.length, 'time')} for ${plural(sent.length, 'instance')}` +
              (failures.length ? `; ${plural(failures.length, 'function error')}` : ''),
            output: records,
            ...(failures.length ? { failures } : {}),
          };
        },
      };
    },
  };
}

export const invokeLambdaAction: ActionDefinition = invokeLambdaDefinition();

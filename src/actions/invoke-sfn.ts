/**
 * `invoke-sfn` (actions.md §5.3): Step Functions StartExecution, one per resource or one per batch of ARNs.
 *
 * Client: policy region, policy credentials. Every StartExecution goes through c7n-retry (§1.7). No
 * execution name, no trace header. Input (c7n indent-0 JSON): `policy` (a shallow copy of the policy data,
 * unless `policy: false`), then `resource` (the whole resource with its annotations) or, in bulk mode,
 * `resources` (the generated ARNs of the chunk). Each resource is annotated `c7n:execution-arn`.
 *
 * Deviations (actions.md §5.3): a bare state-machine name gets the partition of the policy region (c7n
 * hard-codes `aws`); in bulk mode each resource gets the ARN of ITS chunk's execution (c7n stamps the last
 * one on every resource).
 */
import { describeAwsFailure, sleepOf, withC7nRetry } from '../aws/client-factory.js';
import { PolicyRuntimeError } from '../errors.js';
import type { Resource } from '../filters/types.js';
import {
  batchSize,
  c7nDumps,
  chunks,
  instanceArn,
  plural,
  requireAws,
  resourceIds,
  type ActionOptions,
} from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

export const EXECUTION_ARN_ANNOTATION = 'c7n:execution-arn';

/** The state machine's ARN: the value when it starts with `arn`, else built in the policy region. */
export function stateMachineArn(
  name: string,
  ctx: Pick<ActionContext, 'partition' | 'region' | 'accountId'>,
): string {
  if (name.startsWith('arn')) return name;
  return `arn:${ctx.partition}:states:${ctx.region}:${ctx.accountId}:stateMachine:${name}`;
}

export function invokeSfnDefinition(options: ActionOptions = {}): ActionDefinition {
  return {
    type: 'invoke-sfn',
    permissions: () => ['states:StartExecution'],
    create(data): Action {
      const machine = String(data['state-machine'] ?? '');
      const bulk = data['bulk'] === true;
      const size = batchSize(data, 'batch-size', 250);
      const withPolicy = data['policy'] !== false;
      return {
        type: 'invoke-sfn',
        describe(resources) {
          const n = bulk ? Math.ceil(resources.length / size) : resources.length;
          return `would start ${plural(n, 'execution')} of ${machine} for ${plural(resources.length, 'instance')}`;
        },
        async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
          const aws = requireAws(ctx, 'invoke-sfn');
          const arn = stateMachineArn(machine, ctx);
          const { SFNClient, StartExecutionCommand } = await import('@aws-sdk/client-sfn');
          const client = aws.client(SFNClient, ctx.region);
          const sleep = options.sleep ?? sleepOf(aws);
          const input: Record<string, unknown> = {};
          if (withPolicy) input['policy'] = { ...ctx.policy.data };
          const done: string[] = [];
          const start = async (text: string, subject: string): Promise<string> => {
            try {
              const out = await withC7nRetry(
                () => client.send(new StartExecutionCommand({ stateMachineArn: arn, input: text })),
                { sleep },
              );
              return out.executionArn ?? '';
            } catch (err) {
              const already = done.length ? ` (${plural(done.length, 'instance')} already started)` : '';
              throw new PolicyRuntimeError(
                describeAwsFailure(err, {
                  action: 'states:StartExecution',
                  region: ctx.region,
                  accountId: ctx.accountId,
                  subject,
                }) + already,
                { cause: err },
              );
            }
          };
          let executions = 0;
          if (!bulk) {
            for (const r of resources) {
              input['resource'] = r;
              const execution = await start(c7nDumps(input), `${arn}, instance ${String(r['Id'])}`);
              r[EXECUTION_ARN_ANNOTATION] = execution;
              done.push(String(r['Id']));
              executions++;
            }
          } else {
            for (const chunk of chunks(resources, size)) {
              input['resources'] = chunk.map((r) => instanceArn(r, ctx));
              const execution = await start(c7nDumps(input), `${arn}, ${plural(chunk.length, 'instance')}`);
              for (const r of chunk) r[EXECUTION_ARN_ANNOTATION] = execution;
              done.push(...resourceIds(chunk));
              executions++;
            }
          }
          return {
            resources: done,
            detail: `started ${plural(executions, 'execution')} of ${arn} for ${plural(done.length, 'instance')}`,
          };
        },
      };
    },
  };
}

export const invokeSfnAction: ActionDefinition = invokeSfnDefinition();

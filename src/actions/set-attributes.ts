/**
 * `set-attributes` (actions.md §5.1): Connect UpdateInstanceAttribute on each instance, in order, with the
 * policy's `attribute_type` as written and its `value`.
 *
 * Issue 5 rule (a deliberate difference from c7n, which never looks): the current value is read first
 * (DescribeInstanceAttribute, through the instance-attribute filter's per-run memo, so a policy that
 * filtered on the same attribute costs no extra call) and only instances whose value differs are updated.
 * A second run therefore makes no UpdateInstanceAttribute call. After each update the memo is set to the
 * new value, so later policies of the run (filters or actions) see it.
 *
 * Extension (default on): booleans become "true"/"false", finite numbers their decimal string.
 * The first failure aborts the action; instances already updated stay updated (as in c7n).
 */
import type { InstanceAttributeType } from '@aws-sdk/client-connect';
import { concurrencyOf, describeAwsFailure, mapWithConcurrency } from '../aws/client-factory.js';
import type { AwsPort } from '../aws/port.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import { describeInstanceAttribute } from '../filters/instance-attribute.js';
import type { Resource } from '../filters/types.js';
import { evalContextOf, plural, requireAws, type ActionOptions } from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

/** The value as it goes on the wire (strings only; see the Extension above). */
export function attributeValue(value: unknown, convert: boolean): string {
  if (typeof value === 'string') return value;
  if (convert) {
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'bigint') return value.toString();
  }
  throw new ConfigurationError(
    `set-attributes: \`value\` must be a string such as "true"${convert ? ' (booleans and numbers are converted)' : ''}, found ${JSON.stringify(value) ?? String(value)}`,
  );
}

/**
 * The key under which src/filters/instance-attribute.ts memoises DescribeInstanceAttribute for the run.
 * Kept in step with `describeInstanceAttribute` there (same account, region, instance, type).
 */
function memoKey(aws: AwsPort, region: string, instanceId: string, attributeType: string): string {
  return `aws:connect:DescribeInstanceAttribute:${aws.accountId}:${region}:${instanceId}:${attributeType}`;
}

function currentValue(answer: Record<string, unknown>): unknown {
  const attr = answer['Attribute'];
  return typeof attr === 'object' && attr !== null ? (attr as Record<string, unknown>)['Value'] : undefined;
}

function instanceId(r: Resource): string {
  const id = r['Id'];
  if (typeof id !== 'string' || id === '')
    throw new PolicyRuntimeError(`set-attributes: a resource has no string Id (${JSON.stringify(id)})`);
  return id;
}

export function setAttributesDefinition(options: ActionOptions = {}): ActionDefinition {
  return {
    type: 'set-attributes',
    permissions: () => ['connect:UpdateInstanceAttribute', 'connect:DescribeInstanceAttribute'],
    create(data): Action {
      const attributeType = String(data['attribute_type'] ?? '');
      if (attributeType === '') throw new ConfigurationError('set-attributes: `attribute_type` is required');
      const value = attributeValue(data['value'], options.convertAttributeValues ?? true);
      return {
        type: 'set-attributes',
        describe(resources) {
          return `would set ${attributeType} to "${value}" on ${plural(resources.length, 'instance')} where it differs`;
        },
        async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
          const aws = requireAws(ctx, 'set-attributes');
          const evalCtx = evalContextOf(ctx);
          const ids = resources.map(instanceId);
          // Reads may run side by side (they change nothing); updates are one after another, in order.
          const current = await mapWithConcurrency(ids, concurrencyOf(aws), async (id) =>
            currentValue(await describeInstanceAttribute(evalCtx, aws, id, attributeType)),
          );
          const { ConnectClient, UpdateInstanceAttributeCommand } = await import('@aws-sdk/client-connect');
          const client = aws.client(ConnectClient, ctx.region);
          const updated: string[] = [];
          for (const [i, id] of ids.entries()) {
            if (current[i] === value) continue;
            try {
              await client.send(
                new UpdateInstanceAttributeCommand({
                  InstanceId: id,
                  AttributeType: attributeType as InstanceAttributeType,
                  Value: value,
                }),
              );
            } catch (err) {
              const done = updated.length ? ` (already updated: ${updated.join(', ')})` : '';
              throw new PolicyRuntimeError(
                describeAwsFailure(err, {
                  action: 'connect:UpdateInstanceAttribute',
                  region: ctx.region,
                  accountId: ctx.accountId,
                  subject: `instance ${id}, ${attributeType}`,
                }) + done,
                { cause: err },
              );
            }
            updated.push(id);
            // The run's memo now answers the new value (later filters, later policies, a second action).
            const answer = { Attribute: { AttributeType: attributeType, Value: value } };
            ctx.cache.set(memoKey(aws, ctx.region, id, attributeType), Promise.resolve(answer));
            const upper = attributeType.toUpperCase();
            if (upper !== attributeType) ctx.cache.delete(memoKey(aws, ctx.region, id, upper));
            ctx.logger.debug(`set-attributes: ${attributeType} of instance ${id} set to "${value}"`);
          }
          const unchanged = ids.length - updated.length;
          return {
            resources: updated,
            detail:
              `set ${attributeType} to "${value}" on ${plural(updated.length, 'instance')}` +
              (unchanged ? ` (${unchanged} already had it)` : ''),
          };
        },
      };
    },
  };
}

export const setAttributesAction: ActionDefinition = setAttributesDefinition();

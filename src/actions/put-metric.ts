/**
 * `put-metric` (actions.md §5.5): one CloudWatch PutMetricData datapoint computed from the resources.
 *
 * values = JMESPath `Resources[].<key>` over `{Resources: resources}` (a projection: null/missing values
 * drop out, lists stay nested); count / distinct_count / sum / average; dimensions are every key/value of
 * every object in `dimensions`, in order; no default dimensions. Policy credentials, policy region.
 * The result (written to `action-putmetric`) is the resource list.
 */
import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import { describeAwsFailure } from '../aws/client-factory.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import { compileJmes, JmesSyntaxError } from '../filters/jmespath.js';
import { PySet, pyTypeName } from '../filters/python.js';
import type { Resource } from '../filters/types.js';
import { plural, requireAws, resourceIds } from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

type Op = 'count' | 'distinct_count' | 'sum' | 'average';

function sumOf(values: readonly unknown[]): number {
  let total = 0;
  for (const v of values) {
    if (typeof v === 'boolean') total += v ? 1 : 0;
    else if (typeof v === 'number') total += v;
    else
      throw new PolicyRuntimeError(
        `put-metric: cannot sum a ${pyTypeName(v)} value (${JSON.stringify(v)}); op sum and average need numbers`,
      );
  }
  return total;
}

/** The datapoint's value (actions.md §5.5 step 3). */
export function metricValue(values: readonly unknown[], op: Op): number {
  switch (op) {
    case 'count':
      return values.length;
    case 'distinct_count':
      try {
        return new PySet([...values]).size;
      } catch (e) {
        throw new PolicyRuntimeError(
          `put-metric: distinct_count over unhashable values: ${(e as Error).message}`,
        );
      }
    case 'sum':
      return sumOf(values);
    case 'average':
      return sumOf(values) / Math.max(values.length, 1);
  }
}

/** `dimensions` as CloudWatch wants them: every key/value pair of every object, in order. */
export function metricDimensions(dimensions: unknown): { Name: string; Value: string }[] {
  if (dimensions === undefined) return [];
  if (!Array.isArray(dimensions))
    throw new ConfigurationError('put-metric: `dimensions` must be a list of mappings');
  const out: { Name: string; Value: string }[] = [];
  for (const d of dimensions) {
    if (typeof d !== 'object' || d === null || Array.isArray(d))
      throw new ConfigurationError('put-metric: each entry of `dimensions` must be a mapping');
    // Passed on as written (c7n does the same; CloudWatch rejects non-string values).
    for (const [Name, Value] of Object.entries(d as Record<string, unknown>))
      out.push({ Name, Value: Value as string });
  }
  return out;
}

export const putMetricAction: ActionDefinition = {
  type: 'put-metric',
  permissions: () => ['cloudwatch:PutMetricData'],
  create(data): Action {
    const key = String(data['key'] ?? '');
    const namespace = String(data['namespace'] ?? '');
    const metricName = String(data['metric_name'] ?? '');
    const op = (data['op'] ?? 'count') as Op;
    const unit = String(data['units'] ?? 'Count');
    const dimensions = metricDimensions(data['dimensions']);
    const expression = `Resources[].${key}`;
    return {
      type: 'put-metric',
      describe(resources) {
        return `would publish ${namespace}/${metricName} (${op} of ${key} over ${plural(resources.length, 'instance')})`;
      },
      async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
        const now = new Date();
        let search;
        try {
          search = compileJmes(expression);
        } catch (e) {
          if (e instanceof JmesSyntaxError)
            throw new ConfigurationError(`put-metric: bad \`key\`: ${e.message}`);
          throw e;
        }
        const found = search({ Resources: resources });
        const values = Array.isArray(found) ? found : [];
        const value = metricValue(values, op);
        const aws = requireAws(ctx, 'put-metric');
        const { CloudWatchClient, PutMetricDataCommand } = await import('@aws-sdk/client-cloudwatch');
        try {
          await aws.client(CloudWatchClient, ctx.region).send(
            new PutMetricDataCommand({
              Namespace: namespace,
              MetricData: [
                {
                  MetricName: metricName,
                  Dimensions: dimensions,
                  Timestamp: now,
                  Value: value,
                  Unit: unit as StandardUnit,
                },
              ],
            }),
          );
        } catch (err) {
          throw new PolicyRuntimeError(
            describeAwsFailure(err, {
              action: 'cloudwatch:PutMetricData',
              region: ctx.region,
              accountId: ctx.accountId,
              subject: `${namespace}/${metricName}`,
            }),
            { cause: err },
          );
        }
        return {
          resources: resourceIds(resources),
          detail: `published ${namespace}/${metricName} = ${value} ${unit} (${op} of ${key})`,
          output: [...resources],
        };
      },
    };
  },
};

/**
 * `ops-item` (spec filters.md §13): Systems Manager DescribeOpsItems for chunks of 10 resources (input
 * order), every page (§17.5). Each OpsItem's `/aws/resources` operational data lists ARNs; a resource is
 * kept when its generated ARN is listed, and `c7n:opsitems` then holds the ids of those OpsItems.
 * Without AWS access, resources already carrying `c7n:opsitems` are evaluated from it.
 */
import type { OpsItemFilter, OpsItemSummary } from '@aws-sdk/client-ssm';
import { PolicyRuntimeError } from '../errors.js';
import { concurrencyOf, describeAwsFailure, mapWithConcurrency } from '../aws/client-factory.js';
import type { EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { getAnnotation, hasAnnotation, setAnnotation } from './annotations.js';
import { connectInstanceArn } from './finding.js';

export const OPS_ITEMS_ANNOTATION = 'c7n:opsitems';
const CHUNK = 10;

/** The OpsItemFilters of one request, in c7n's order (§13.2). */
export function opsItemFilters(
  data: Record<string, unknown>,
  resourceIds: readonly string[],
): OpsItemFilter[] {
  const filters: OpsItemFilter[] = [];
  const status = 'status' in data ? data['status'] : ['Open'];
  filters.push({
    Key: 'Status',
    Operator: 'Equal',
    Values: (Array.isArray(status) ? status : []).map(String),
  });
  const priority = data['priority'];
  if (Array.isArray(priority) && priority.length > 0) {
    filters.push({ Key: 'Priority', Operator: 'Equal', Values: priority.map(String) });
  }
  if (typeof data['title'] === 'string' && data['title'] !== '') {
    filters.push({ Key: 'Title', Operator: 'Contains', Values: [data['title']] });
  }
  if (typeof data['source'] === 'string' && data['source'] !== '') {
    filters.push({ Key: 'Source', Operator: 'Equal', Values: [data['source']] });
  }
  filters.push({ Key: 'ResourceId', Operator: 'Contains', Values: [...resourceIds] });
  return filters as OpsItemFilter[];
}

/** ARN -> OpsItem ids, from the `/aws/resources` entries of the summaries (response order, duplicates kept). */
export function opsItemsByArn(items: readonly OpsItemSummary[]): Map<string, string[]> {
  const byArn = new Map<string, string[]>();
  for (const item of items) {
    const raw = item.OperationalData?.['/aws/resources']?.Value;
    if (raw === undefined) {
      throw new PolicyRuntimeError(
        `ops-item: OpsItem ${item.OpsItemId ?? '(no id)'} has no /aws/resources operational data (Cloud Custodian fails here too)`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new PolicyRuntimeError(
        `ops-item: OpsItem ${item.OpsItemId ?? '(no id)'} has /aws/resources that is not JSON`,
      );
    }
    if (!Array.isArray(parsed)) continue;
    for (const entry of parsed) {
      const arn =
        typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['arn'] : undefined;
      if (typeof arn !== 'string') continue;
      const list = byArn.get(arn) ?? [];
      list.push(item.OpsItemId ?? '');
      byArn.set(arn, list);
    }
  }
  return byArn;
}

export const opsItemFilter: FilterDefinition = {
  type: 'ops-item',
  permissions: ['ssm:DescribeOpsItems'],
  create(data: Record<string, unknown>): Filter {
    return {
      type: 'ops-item',
      async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
        if (resources.length === 0) return resources;
        const aws = ctx.aws;
        if (!aws) {
          const missing = resources.find((r) => !hasAnnotation(r, OPS_ITEMS_ANNOTATION, ctx));
          if (missing) {
            throw new PolicyRuntimeError(
              `ops-item needs AWS access (ssm:DescribeOpsItems): resource ${String(missing['Id'])} has no ${OPS_ITEMS_ANNOTATION} annotation`,
            );
          }
          return resources.filter((r) => {
            const v = getAnnotation(r, OPS_ITEMS_ANNOTATION, ctx);
            return Array.isArray(v) && v.length > 0;
          });
        }
        const { DescribeOpsItemsCommand, SSMClient } = await import('@aws-sdk/client-ssm');
        const client = aws.client(SSMClient, ctx.region);
        const chunks: Resource[][] = [];
        for (let i = 0; i < resources.length; i += CHUNK) chunks.push(resources.slice(i, i + CHUNK));
        const answers = await mapWithConcurrency(chunks, concurrencyOf(aws), async (chunk) => {
          const ids = chunk.map((r) => {
            const id = r['Id'];
            if (typeof id !== 'string') throw new PolicyRuntimeError('ops-item: a resource has no string Id');
            return id;
          });
          const filters = opsItemFilters(data, ids);
          const items: OpsItemSummary[] = [];
          let token: string | undefined;
          try {
            do {
              const input =
                token === undefined
                  ? { OpsItemFilters: filters }
                  : { OpsItemFilters: filters, NextToken: token };
              const out = await client.send(new DescribeOpsItemsCommand(input));
              items.push(...(out.OpsItemSummaries ?? []));
              token = out.NextToken || undefined;
            } while (token !== undefined);
          } catch (err) {
            throw new PolicyRuntimeError(
              describeAwsFailure(err, {
                action: 'ssm:DescribeOpsItems',
                region: ctx.region,
                accountId: aws.accountId,
              }),
            );
          }
          return opsItemsByArn(items);
        });
        const kept: Resource[] = [];
        chunks.forEach((chunk, c) => {
          const byArn = answers[c] ?? new Map<string, string[]>();
          for (const r of chunk) {
            const ids = byArn.get(connectInstanceArn(r, ctx));
            if (ids) {
              setAnnotation(r, OPS_ITEMS_ANNOTATION, ids, ctx);
              kept.push(r);
            }
          }
        });
        return kept;
      },
    };
  },
};

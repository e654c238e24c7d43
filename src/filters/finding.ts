/**
 * `finding` (spec filters.md §9): Security Hub GetFindings per resource with the policy's `query` plus
 * `ResourceId EQUALS <generated ARN>`, in `region` (default: the policy region). Every page is read (§17.5).
 * A resource is kept when it has at least one finding; then `c7n:finding-filter` holds them. Calls run
 * with bounded concurrency; output order is input order.
 * Without AWS access, resources already carrying `c7n:finding-filter` are evaluated from it (kept when the
 * list is non-empty); any other resource fails the policy.
 */
import type { AwsSecurityFindingFilters } from '@aws-sdk/client-securityhub';
import { PolicyRuntimeError } from '../errors.js';
import {
  concurrencyOf,
  describeAwsFailure,
  mapWithConcurrency,
  sleepOf,
  withC7nRetry,
} from '../aws/client-factory.js';
import type { EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { getAnnotation, hasAnnotation, setAnnotation } from './annotations.js';
import { stripMetadata } from './instance-attribute.js';

export const FINDING_ANNOTATION = 'c7n:finding-filter';

/** The ARN filters use for a resource (spec §3.4): generated from Id, or Id itself when it is an ARN. */
export function connectInstanceArn(
  resource: Resource,
  ctx: Pick<EvalContext, 'partition' | 'region' | 'accountId'>,
): string {
  const id = resource['Id'];
  if (typeof id !== 'string')
    throw new PolicyRuntimeError(`a resource has no string Id (${JSON.stringify(id)})`);
  if (id.startsWith('arn')) return id;
  return `arn:${ctx.partition}:connect:${ctx.region}:${ctx.accountId}:instance/${id}`;
}

export const findingFilter: FilterDefinition = {
  type: 'finding',
  permissions: ['securityhub:GetFindings'],
  create(data: Record<string, unknown>): Filter {
    const query = (
      typeof data['query'] === 'object' && data['query'] !== null ? data['query'] : {}
    ) as Record<string, unknown>;
    const region = typeof data['region'] === 'string' && data['region'] !== '' ? data['region'] : undefined;
    return {
      type: 'finding',
      async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
        if (resources.length === 0) return resources;
        const aws = ctx.aws;
        if (!aws) {
          const missing = resources.find((r) => !hasAnnotation(r, FINDING_ANNOTATION, ctx));
          if (missing) {
            throw new PolicyRuntimeError(
              `finding needs AWS access (securityhub:GetFindings): resource ${String(missing['Id'])} has no ${FINDING_ANNOTATION} annotation`,
            );
          }
          return resources.filter((r) => {
            const f = getAnnotation(r, FINDING_ANNOTATION, ctx);
            return Array.isArray(f) && f.length > 0;
          });
        }
        const hubRegion = region ?? ctx.region;
        const { GetFindingsCommand, SecurityHubClient } = await import('@aws-sdk/client-securityhub');
        const client = aws.client(SecurityHubClient, hubRegion);
        const sleep = sleepOf(aws);
        const findings = await mapWithConcurrency(resources, concurrencyOf(aws), async (r) => {
          const arn = connectInstanceArn(r, ctx);
          const filters = {
            ...query,
            ResourceId: [{ Value: arn, Comparison: 'EQUALS' }],
          } as AwsSecurityFindingFilters;
          const all: unknown[] = [];
          let token: string | undefined;
          try {
            do {
              const input =
                token === undefined ? { Filters: filters } : { Filters: filters, NextToken: token };
              const out = await withC7nRetry(() => client.send(new GetFindingsCommand(input)), {
                codes: ['TooManyRequestsException'],
                sleep,
              });
              all.push(...((stripMetadata(out)['Findings'] as unknown[] | undefined) ?? []));
              token = out.NextToken || undefined;
            } while (token !== undefined);
          } catch (err) {
            throw new PolicyRuntimeError(
              describeAwsFailure(err, {
                action: 'securityhub:GetFindings',
                region: hubRegion,
                accountId: aws.accountId,
                subject: arn,
              }),
            );
          }
          return all;
        });
        const kept: Resource[] = [];
        resources.forEach((r, i) => {
          const list = findings[i] ?? [];
          if (list.length > 0) {
            setAnnotation(r, FINDING_ANNOTATION, list, ctx);
            kept.push(r);
          }
        });
        return kept;
      },
    };
  },
};

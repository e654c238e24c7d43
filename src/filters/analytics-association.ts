/**
 * `analytics-association` (spec filters.md §11): ListAnalyticsDataAssociations per instance (every page,
 * §17.5), stored as `c7n:AnalyticsAssociations`; a resource is kept when at least one association matches
 * the value filter. Resources already annotated are not asked again. Calls run with bounded concurrency;
 * output order is input order. Without AWS access only annotated resources can be evaluated.
 */
import { PolicyRuntimeError } from '../errors.js';
import { concurrencyOf, describeAwsFailure, mapWithConcurrency } from '../aws/client-factory.js';
import type { EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { getAnnotation, hasAnnotation, setAnnotation } from './annotations.js';
import { ValueMatcher } from './value.js';
import { stripMetadata } from './instance-attribute.js';

export const ANALYTICS_ASSOCIATIONS_ANNOTATION = 'c7n:AnalyticsAssociations';

export const analyticsAssociationFilter: FilterDefinition = {
  type: 'analytics-association',
  permissions: ['connect:ListAnalyticsDataAssociations'],
  create(data: Record<string, unknown>): Filter {
    const matcher = new ValueMatcher(data, { annotate: false });
    return {
      type: 'analytics-association',
      async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
        if (resources.length === 0) return resources;
        const aws = ctx.aws;
        const todo = resources.filter((r) => !hasAnnotation(r, ANALYTICS_ASSOCIATIONS_ANNOTATION, ctx));
        if (todo.length > 0) {
          if (!aws) {
            throw new PolicyRuntimeError(
              `analytics-association needs AWS access: resource ${String(todo[0]?.['Id'])} has no ${ANALYTICS_ASSOCIATIONS_ANNOTATION} annotation; run against AWS or evaluate resources annotated beforehand`,
            );
          }
          const { ConnectClient, ListAnalyticsDataAssociationsCommand } =
            await import('@aws-sdk/client-connect');
          const client = aws.client(ConnectClient, ctx.region);
          const results = await mapWithConcurrency(todo, concurrencyOf(aws), async (r) => {
            const id = r['Id'];
            if (typeof id !== 'string')
              throw new PolicyRuntimeError(`analytics-association: a resource has no string Id`);
            const all: unknown[] = [];
            let token: string | undefined;
            try {
              do {
                const out = await client.send(
                  new ListAnalyticsDataAssociationsCommand(
                    token === undefined ? { InstanceId: id } : { InstanceId: id, NextToken: token },
                  ),
                );
                const page = stripMetadata(out);
                all.push(...((page['Results'] as unknown[] | undefined) ?? []));
                token = out.NextToken || undefined;
              } while (token !== undefined);
            } catch (err) {
              throw new PolicyRuntimeError(
                describeAwsFailure(err, {
                  action: 'connect:ListAnalyticsDataAssociations',
                  region: ctx.region,
                  accountId: aws.accountId,
                  subject: `instance ${id}`,
                }),
              );
            }
            return all;
          });
          todo.forEach((r, i) => {
            setAnnotation(r, ANALYTICS_ASSOCIATIONS_ANNOTATION, results[i], ctx);
          });
        }
        const kept: Resource[] = [];
        for (const r of resources) {
          const associations = getAnnotation(r, ANALYTICS_ASSOCIATIONS_ANNOTATION, ctx);
          if (!Array.isArray(associations)) continue;
          for (const a of associations) {
            if (await matcher.match(a, ctx)) {
              kept.push(r);
              break;
            }
          }
        }
        return kept;
      },
    };
  },
};

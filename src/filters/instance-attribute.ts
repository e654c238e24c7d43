/**
 * `instance-attribute` (spec filters.md §10): a value filter over the DescribeInstanceAttribute answer of
 * each instance, stored as `c7n:InstanceAttribute`.
 *
 * Compatibility fix §17.2: each filter is answered from the response for ITS OWN `attribute_type`. The
 * answers are memoised per run in ctx.cache (one call per account, region, instance and type, shared by all
 * policies), fetched with bounded concurrency; output order is input order. An existing annotation of the
 * same type is used without a call (as Cloud Custodian does).
 *
 * Without AWS access (a snapshot run) resources carrying `c7n:InstanceAttribute` are evaluated from it (with
 * Cloud Custodian's semantics: whatever type it holds); any other resource fails the policy.
 */
import type { InstanceAttributeType } from '@aws-sdk/client-connect';
import { PolicyRuntimeError } from '../errors.js';
import { concurrencyOf, describeAwsFailure, mapWithConcurrency } from '../aws/client-factory.js';
import type { AwsPort } from '../aws/port.js';
import type { ColumnLeaf, EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { getAnnotation, hasAnnotation, setAnnotation } from './annotations.js';
import { isDict } from './python.js';
import { ValueMatcher } from './value.js';

export const INSTANCE_ATTRIBUTE_ANNOTATION = 'c7n:InstanceAttribute';

function attributeTypeOf(annotation: unknown): unknown {
  if (typeof annotation !== 'object' || annotation === null) return undefined;
  const attr = (annotation as Record<string, unknown>)['Attribute'];
  if (typeof attr !== 'object' || attr === null) return undefined;
  return (attr as Record<string, unknown>)['AttributeType'];
}

/** An SDK output without `$metadata` and undefined members (what botocore's response minus metadata is). */
export function stripMetadata(output: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(output, (k, v: unknown) => (k === '$metadata' ? undefined : v))) as Record<
    string,
    unknown
  >;
}

function instanceIdOf(r: Resource, filter: string): string {
  const id = r['Id'];
  if (typeof id !== 'string')
    throw new PolicyRuntimeError(`${filter}: a resource has no string Id (${JSON.stringify(id)})`);
  return id;
}

/**
 * The DescribeInstanceAttribute answer for (account, region, instance, type), made at most once per run:
 * the promise is memoised in the run cache so concurrent policies share one request.
 */
export function describeInstanceAttribute(
  ctx: EvalContext,
  aws: AwsPort,
  instanceId: string,
  attributeType: string,
): Promise<Record<string, unknown>> {
  const key = `aws:connect:DescribeInstanceAttribute:${aws.accountId}:${ctx.region}:${instanceId}:${attributeType}`;
  const cached = ctx.cache.get(key) as Promise<Record<string, unknown>> | undefined;
  if (cached) return cached;
  const request = (async () => {
    // Loaded on first call, not at start-up (snapshot runs never call AWS).
    const { ConnectClient, DescribeInstanceAttributeCommand } = await import('@aws-sdk/client-connect');
    const client = aws.client(ConnectClient, ctx.region);
    try {
      const out = await client.send(
        new DescribeInstanceAttributeCommand({
          InstanceId: instanceId,
          AttributeType: attributeType as InstanceAttributeType,
        }),
      );
      return stripMetadata(out);
    } catch (err) {
      ctx.cache.delete(key); // a later policy may try again
      throw new PolicyRuntimeError(
        describeAwsFailure(err, {
          action: 'connect:DescribeInstanceAttribute',
          region: ctx.region,
          accountId: aws.accountId,
          subject: `instance ${instanceId}, ${attributeType}`,
        }),
      );
    }
  })();
  ctx.cache.set(key, request);
  return request;
}

/** Without AWS access: the resource's annotation, which it must carry (else the policy fails). */
function annotationOf(r: Resource, ctx: EvalContext, attributeType: string): unknown {
  const a = getAnnotation(r, INSTANCE_ATTRIBUTE_ANNOTATION, ctx);
  if (a === undefined && !hasAnnotation(r, INSTANCE_ATTRIBUTE_ANNOTATION, ctx)) {
    throw new PolicyRuntimeError(
      `instance-attribute (${attributeType}) needs AWS access: resource ${String(r['Id'])} has no ${INSTANCE_ATTRIBUTE_ANNOTATION} annotation; run against AWS or evaluate resources annotated beforehand`,
    );
  }
  return a;
}

/** Whether an annotation holds the answer for another attribute type (evaluated all the same, and noted). */
function ofOtherType(annotation: unknown, attributeType: string): boolean {
  const t = attributeTypeOf(annotation);
  return t !== undefined && t !== attributeType;
}

function noteOtherType(r: Resource, annotation: unknown, ctx: EvalContext, attributeType: string): void {
  ctx.logger.debug(
    `instance-attribute ${attributeType}: resource ${String(r['Id'])} is pre-annotated with ${String(attributeTypeOf(annotation))}; evaluating it as Cloud Custodian would`,
  );
}

/**
 * Without AWS access every resource must carry the annotation; one of another type is noted. Returns the
 * annotations, by position.
 */
function checkAnnotated(resources: readonly Resource[], ctx: EvalContext, attributeType: string): unknown[] {
  const annotations = resources.map((r) => annotationOf(r, ctx, attributeType));
  resources.forEach((r, i) => {
    if (ofOtherType(annotations[i], attributeType)) noteOtherType(r, annotations[i], ctx, attributeType);
  });
  return annotations;
}

export const instanceAttributeFilter: FilterDefinition = {
  type: 'instance-attribute',
  permissions: ['connect:DescribeInstanceAttribute'],
  create(data: Record<string, unknown>): Filter {
    const attributeType = String(data['attribute_type'] ?? '').toUpperCase();
    // The whole mapping, attribute_type included, as Cloud Custodian's value filter sees it.
    const matcher = new ValueMatcher(data, { annotate: false });
    /** The snapshot verdict on an annotation (a mapping, as answers are: the matcher's quick form first). */
    const verdict = (annotation: unknown, ctx: EvalContext): boolean =>
      isDict(annotation) ? matcher.testMapping(annotation, ctx) : matcher.test(annotation, ctx);
    /** Without AWS access: the pre-annotated resources, evaluated from their annotation (no I/O). */
    const fromAnnotations = (resources: Resource[], ctx: EvalContext): Resource[] => {
      const annotations = checkAnnotated(resources, ctx, attributeType);
      const kept: Resource[] = [];
      for (let i = 0; i < resources.length; i++) {
        if (verdict(annotations[i], ctx)) kept.push(resources[i] as Resource);
      }
      return kept;
    };
    /**
     * The snapshot verdict as a column leaf (src/engine/pattern-pass.ts): the matcher's key resolved in the
     * resource's annotation, decided as the matcher decides it. Made once, when the matcher can say. It
     * speaks only for mappings of this filter's type (answers are mappings; another type is noted, which
     * the plain way does): anything else throws, and the pass then leaves the policy to the plain way.
     */
    let leaf: ColumnLeaf | null | undefined;
    const columnLeaf = (): ColumnLeaf | undefined => {
      if (leaf === undefined && matcher.ready) {
        const inner = matcher.columnLeaf();
        leaf =
          inner === undefined
            ? null
            : {
                signature: JSON.stringify([INSTANCE_ATTRIBUTE_ANNOTATION, attributeType, inner.signature]),
                resolve: (subject) => {
                  const a = (subject as Resource)[INSTANCE_ATTRIBUTE_ANNOTATION];
                  if (!isDict(a) || ofOtherType(a, attributeType)) throw new TypeError('not for the pass');
                  return inner.resolve(a);
                },
                decide: inner.decide,
              };
      }
      return leaf ?? undefined;
    };
    /** Evaluated from annotations (no AWS access): synchronously, and one resource at a time. */
    const fromSnapshot = (ctx: EvalContext): boolean => !ctx.aws && matcher.ready;
    return {
      type: 'instance-attribute',
      isSync: fromSnapshot,
      canTestOne: fromSnapshot,
      testOne(r: Resource, ctx: EvalContext): boolean {
        const a = annotationOf(r, ctx, attributeType);
        if (ofOtherType(a, attributeType)) noteOtherType(r, a, ctx, attributeType);
        return verdict(a, ctx);
      },
      columnLeaves(leaves: ColumnLeaf[]): boolean {
        const made = columnLeaf();
        if (made === undefined) return false;
        leaves.push(made);
        return true;
      },
      processSync(resources: Resource[], ctx: EvalContext): Resource[] {
        if (resources.length === 0) return resources;
        return fromAnnotations(resources, ctx);
      },
      async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
        if (resources.length === 0) return resources;
        const aws = ctx.aws;
        if (!aws) {
          checkAnnotated(resources, ctx, attributeType);
        } else {
          const answers = await mapWithConcurrency(resources, concurrencyOf(aws), async (r) => {
            const existing = getAnnotation(r, INSTANCE_ATTRIBUTE_ANNOTATION, ctx);
            if (existing !== undefined && attributeTypeOf(existing) === attributeType) return undefined;
            return describeInstanceAttribute(ctx, aws, instanceIdOf(r, 'instance-attribute'), attributeType);
          });
          resources.forEach((r, i) => {
            const answer = answers[i];
            // Each policy gets its own copy: the cached answer is shared by the whole run.
            if (answer !== undefined)
              setAnnotation(r, INSTANCE_ATTRIBUTE_ANNOTATION, structuredClone(answer), ctx);
          });
        }
        const kept: Resource[] = [];
        for (const r of resources) {
          if (await matcher.match(getAnnotation(r, INSTANCE_ATTRIBUTE_ANNOTATION, ctx), ctx)) kept.push(r);
        }
        return kept;
      },
    };
  },
};

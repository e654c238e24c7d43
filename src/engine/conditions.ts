/**
 * Policy conditions (spec §1.6): filters evaluated once per policy run, before any AWS call, against one
 * synthetic record describing the run. The policy runs only if every condition keeps the record.
 */
import { buildFilters } from '../filters/registry.js';
import type { EvalContext, Filter, Resource } from '../filters/types.js';

export interface ConditionVars {
  readonly name: string;
  readonly region: string;
  /** The resource type as written in the policy (`connect-instance` or `aws.connect-instance`). */
  readonly resource: string;
  readonly accountId: string;
  readonly now: Date;
  readonly policy: Readonly<Record<string, unknown>>;
  /** Extension variables a host may add. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The record conditions are evaluated against. `now` is timezone-aware UTC (a Date). */
export function conditionRecord(v: ConditionVars): Resource {
  return {
    ...v.extra,
    name: v.name,
    region: v.region,
    resource: v.resource,
    provider: 'aws',
    account_id: v.accountId,
    now: v.now,
    policy: v.policy,
  };
}

/**
 * The policy's `conditions` plus the deprecated policy keys c7n turns into conditions:
 * `region: X` → `{region: X}`; `start: S` → now ≥ S; `end: E` → now ≤ E (as dates). `tz` is not applied.
 */
export function conditionEntries(policy: Readonly<Record<string, unknown>>): unknown[] {
  const raw = policy.conditions;
  const entries: unknown[] = Array.isArray(raw) ? [...(raw as unknown[])] : [];
  if (policy.region !== undefined && policy.region !== null) entries.push({ region: policy.region });
  if (policy.start !== undefined && policy.start !== null) {
    entries.push({ type: 'value', key: 'now', value_type: 'date', op: 'gte', value: policy.start });
  }
  if (policy.end !== undefined && policy.end !== null) {
    entries.push({ type: 'value', key: 'now', value_type: 'date', op: 'lte', value: policy.end });
  }
  return entries;
}

/** Builds the condition filters (throws ConfigurationError for construction errors). */
export function buildConditions(entries: readonly unknown[]): Filter[] {
  return buildFilters(entries, 'conditions');
}

/**
 * True when every condition keeps the record. Every condition is evaluated, without short-circuit, as c7n
 * does (a later condition may still fail the policy with an error). An empty list passes.
 */
export async function evaluateConditions(
  conditions: readonly Filter[],
  record: Resource,
  ctx: EvalContext,
): Promise<boolean> {
  let pass = true;
  for (const c of conditions) {
    const kept = await c.process([record], ctx);
    if (kept.length === 0) pass = false;
  }
  return pass;
}

/**
 * The `max-resources` / `max-resources-percent` guard (spec §1.7): checked after filtering and before
 * actions, for the policy's top-level selection only. Exceeding it fails the policy with c7n's message.
 */
import { PolicyRuntimeError } from '../errors.js';
import { pyStr } from '../filters/python.js';

export interface ResourceLimit {
  /** `and` or anything else (treated as `or`), lower-cased. */
  readonly op: string;
  readonly amount?: number;
  readonly percent?: number;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && !Number.isNaN(v);
}

/**
 * Reads the limit from a policy mapping. `env` supplies C7N_MAXRES_OP (the default `op`, else `or`).
 * Returns undefined when the policy sets no limit.
 */
export function parseResourceLimit(
  policy: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>> = {},
): ResourceLimit | undefined {
  const max = policy['max-resources'];
  const maxPercent = policy['max-resources-percent'];
  if (max === undefined && maxPercent === undefined) return undefined;
  let op = (env.C7N_MAXRES_OP ?? 'or').toLowerCase();
  let amount: number | undefined;
  let percent: number | undefined;
  if (typeof max === 'object' && max !== null && !Array.isArray(max)) {
    const m = max as Record<string, unknown>;
    if (typeof m.op === 'string') op = m.op.toLowerCase();
    if (isNumber(m.percent)) percent = m.percent;
    if (isNumber(m.amount)) amount = m.amount;
  } else if (isNumber(max)) {
    amount = max;
  }
  // A numeric max-resources-percent overrides the mapping's percent.
  if (isNumber(maxPercent)) percent = maxPercent;
  return { op, amount, percent };
}

/**
 * Throws PolicyRuntimeError when `selection` (resources left after filtering) exceeds the limit for a
 * `population` (resources listed). Zero amounts and percents count as unset (Python truthiness), so
 * `percent: 0` and an empty population disable the percentage check.
 */
export function checkResourceLimit(
  policyName: string,
  limit: ResourceLimit | undefined,
  selection: number,
  population: number,
): void {
  if (limit === undefined) return;
  const amount = limit.amount ? limit.amount : undefined;
  const percent = limit.percent ? limit.percent : undefined;
  // Unrounded, in the order c7n computes it: population × (percent / 100).
  const percentAmount = percent !== undefined ? population * (percent / 100) : undefined;
  const both = amount !== undefined && percentAmount ? true : false;

  if (both && limit.op === 'and' && selection > (amount as number) && selection > (percentAmount as number)) {
    throw new PolicyRuntimeError(
      `policy:${policyName} exceeded resource-limit:${amount} and percentage-limit:${pyStr(percent as number)}% found:${selection} total:${population}`,
    );
  }
  if (amount !== undefined && limit.op !== 'and' && selection > amount) {
    throw new PolicyRuntimeError(
      `policy:${policyName} exceeded resource-limit:${amount} found:${selection} total: ${population}`,
    );
  }
  if (percentAmount && limit.op !== 'and' && selection > percentAmount) {
    throw new PolicyRuntimeError(
      `policy:${policyName} exceeded resource-limit:${pyStr(percent as number)}% found:${selection} total:${population}`,
    );
  }
}

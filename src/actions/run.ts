/**
 * Running a policy's actions (actions.md §2.3 step 7, §2.6, §10.3). The engine calls `runActions` after
 * filtering and after the max-resources guard, with the matched resources:
 *
 * - enforce: the actions run one after another in policy order on the SAME resource objects (later actions
 *   see annotations written by earlier ones, e.g. `c7n:execution-arn`). Each action is built from its
 *   entry when its turn comes, so a bad later action does not stop earlier ones (as in c7n). The first
 *   action that throws is recorded `failed` with its reason; every later one is `skipped` saying why.
 *   Nothing is rolled back. The engine fails the policy when a record is `failed` (see `actionsFailure`).
 * - report: no action runs and no call is made; each action says what it would do (`would-run`).
 * - no resources: nothing runs (c7n stops before actions when the selection is empty).
 *
 * Each action logs c7n's line `policy:<p> action:<class> resources:<n> execution_time:<s.ss>`; what an
 * action returns for c7n's `action-<class>` file is handed to `onOutput`.
 */
import { errorMessage } from '../errors.js';
import type { ActionRecord } from '../engine/types.js';
import type { Resource } from '../filters/types.js';
import type { ActionOptions } from './common.js';
import { ACTION_CLASS_NAMES, actionData, buildAction } from './registry.js';
import type { ActionContext, ActionResult } from './types.js';

export interface RunActionsOptions {
  /** Run-level action settings (the spec's Extensions, switched by Action inputs). */
  readonly actionOptions?: ActionOptions;
  /**
   * Called after an action that returned an output (invoke-lambda's responses, put-metric's resources),
   * with c7n's file name `action-<class>` (actions.md §2.5); the output folder writes it (indent-0 JSON).
   */
  readonly onOutput?: (fileName: string, output: unknown, type: string) => void | Promise<void>;
  /** Called with each completed action's full result (failures that did not abort it included). */
  readonly onResult?: (type: string, result: ActionResult) => void;
}

function typeOf(entry: unknown): string {
  try {
    const t = actionData(entry)['type'];
    return typeof t === 'string' ? t : String(t);
  } catch {
    return String(entry);
  }
}

function ids(resources: readonly Resource[]): string[] {
  return resources.map((r) => String(r['Id']));
}

/** Python truthiness of an action's return value: c7n writes `action-<class>` only for truthy ones. */
function isTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.keys(v).length > 0;
  return true;
}

function withFailures(result: ActionResult): string {
  const failures = result.failures ?? [];
  if (failures.length === 0) return result.detail;
  const first = failures[0];
  const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
  return `${result.detail}; not delivered: ${first?.resource ? `${first.resource}: ` : ''}${first?.message ?? ''}${more}`;
}

/** Runs (enforce) or describes (report) the actions of one policy execution. Never throws for an action. */
export async function runActions(
  policyData: Readonly<Record<string, unknown>>,
  resources: Resource[],
  ctx: ActionContext,
  mode: 'report' | 'enforce',
  options: RunActionsOptions = {},
): Promise<ActionRecord[]> {
  const entries = Array.isArray(policyData['actions']) ? (policyData['actions'] as unknown[]) : [];
  const records: ActionRecord[] = [];
  const policy = ctx.policy.name;

  if (resources.length === 0) {
    return entries.map((entry) => ({
      type: typeOf(entry),
      status: 'skipped' as const,
      resources: [],
      detail: 'no resources matched',
    }));
  }

  if (mode === 'report') {
    for (const entry of entries) {
      const type = typeOf(entry);
      try {
        const action = buildAction(entry, options.actionOptions);
        records.push({
          type,
          status: 'would-run',
          resources: ids(resources),
          detail: action.describe(resources, ctx),
        });
      } catch (err) {
        const reason = errorMessage(err);
        ctx.logger.warning(`policy:${policy} action:${type} cannot run in enforce mode: ${reason}`);
        records.push({
          type,
          status: 'would-run',
          resources: ids(resources),
          detail: `cannot run: ${reason}`,
        });
      }
    }
    ctx.logger.info(`policy:${policy} dryrun: skipping actions`);
    return records;
  }

  let failed: { index: number; type: string } | undefined;
  for (const [index, entry] of entries.entries()) {
    const type = typeOf(entry);
    if (failed) {
      records.push({
        type,
        status: 'skipped',
        resources: [],
        detail: `not run: action ${failed.index + 1} (${failed.type}) failed before it`,
      });
      continue;
    }
    const className = ACTION_CLASS_NAMES[type] ?? type.replace(/-/g, '');
    const started = performance.now();
    try {
      const action = buildAction(entry, options.actionOptions);
      const result = await action.run(resources, ctx);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      ctx.logger.info(
        `policy:${policy} action:${className} resources:${resources.length} execution_time:${seconds}`,
      );
      options.onResult?.(type, result);
      if (isTruthy(result.output)) {
        await options.onOutput?.(`action-${className}`, result.output, type);
      }
      records.push({ type, status: 'done', resources: [...result.resources], detail: withFailures(result) });
    } catch (err) {
      const reason = errorMessage(err);
      ctx.logger.error(`policy:${policy} action:${className} failed: ${reason}`);
      records.push({ type, status: 'failed', resources: ids(resources), detail: reason });
      failed = { index, type };
    }
  }
  return records;
}

/** The policy's error message when one of its actions failed (undefined when none did). */
export function actionsFailure(records: readonly ActionRecord[]): string | undefined {
  const index = records.findIndex((r) => r.status === 'failed');
  if (index < 0) return undefined;
  const r = records[index] as ActionRecord;
  return `action ${index + 1} (${r.type}) failed: ${r.detail ?? 'unknown error'}`;
}

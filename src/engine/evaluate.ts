/**
 * Evaluation of one policy over one (account, region) listing (spec §1.8 step 4):
 * conditions → listing → filters in order (short-circuit on empty) → max-resources guard.
 *
 * Isolation between policies (§3.6, §17.8) without deep copies: each policy gets a SHALLOW copy of every
 * listed resource. That suffices because filters only add or replace top-level `c7n:` keys; the two
 * in-place mutations that exist are handled where they happen: annotation lists already present in the
 * listing are copied here (a value filter appends to `c7n:MatchedFilters`), and `list-item` takes its own
 * deep copy of a resource before it annotates list elements (src/filters/list-item.ts).
 *
 * Non-pull modes are evaluated with c7n's dry-run semantics (§1.4, §8.3, §17.6): `event` filters are
 * removed from filters and conditions unless an event document was supplied, in which case they are
 * evaluated against it.
 */
import { ConfigurationError, errorMessage, PolicyRuntimeError } from '../errors.js';
import { buildFilters } from '../filters/registry.js';
import { isAnnotationKey, runSequence } from '../filters/blocks.js';
import type { EvalContext, Filter, Resource } from '../filters/types.js';
import { buildConditions, conditionEntries, conditionRecord, evaluateConditions } from './conditions.js';
import { checkResourceLimit, parseResourceLimit, type ResourceLimit } from './limits.js';

/** A policy after interpolation, ready to run: filters built once, reused for every evaluation. */
export interface CompiledPolicy {
  readonly name: string;
  /** The interpolated policy mapping (conditions see it as `policy`). */
  readonly data: Readonly<Record<string, unknown>>;
  /** `resource` as written, for the condition record. */
  readonly resource: string;
  /** Pull mode (no `mode`, or `mode: {type: pull}`): the only mode that ever sees no event. */
  readonly pull: boolean;
  readonly conditions: readonly Filter[];
  readonly filters: readonly Filter[];
  readonly limit?: ResourceLimit;
  /** Things the run should tell the user about how this policy was evaluated. */
  readonly notes: readonly string[];
}

export interface CompileOptions {
  /** Whether the run has an event document (`--event`). */
  readonly eventSupplied?: boolean;
  /** Environment for C7N_MAXRES_OP. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export function isPullMode(data: Readonly<Record<string, unknown>>): boolean {
  const mode = data.mode;
  if (mode === undefined || mode === null) return true;
  return typeof mode === 'object' && (mode as Record<string, unknown>).type === 'pull';
}

function isEventEntry(entry: unknown): boolean {
  if (entry === 'event') return true;
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) && (entry as Record<string, unknown>).type === 'event';
}

/**
 * Removes every `event` filter, recursively through `and`/`or`/`not` blocks; a block that the removal
 * leaves empty is removed as well (a block that was written empty stays, with its own meaning).
 */
export function stripEventFilters(entries: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const entry of entries) {
    if (isEventEntry(entry)) continue;
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const keys = Object.keys(entry);
      const key = keys[0];
      if (keys.length === 1 && (key === 'and' || key === 'or' || key === 'not')) {
        const children = (entry as Record<string, unknown>)[key];
        if (Array.isArray(children) && children.length > 0) {
          const kept = stripEventFilters(children);
          if (kept.length === 0) continue;
          out.push({ [key]: kept });
          continue;
        }
      }
    }
    out.push(entry);
  }
  return out;
}

/**
 * Builds the filters and conditions of an interpolated policy. Throws ConfigurationError for construction
 * errors (unknown filter type, `{}`), which fail this policy only.
 */
export function compilePolicy(data: Readonly<Record<string, unknown>>, opts: CompileOptions = {}): CompiledPolicy {
  const name = typeof data.name === 'string' ? data.name : String(data.name);
  const pull = isPullMode(data);
  const notes: string[] = [];
  let filterEntries: unknown[] = Array.isArray(data.filters) ? (data.filters as unknown[]) : [];
  if (data.filters !== undefined && data.filters !== null && !Array.isArray(data.filters)) {
    throw new ConfigurationError(`policy:${name} must use a list for filters`);
  }
  let condEntries = conditionEntries(data);
  if (!pull) {
    const type = String((data.mode as Record<string, unknown>).type);
    if (opts.eventSupplied) {
      notes.push(`mode ${type} evaluated as pull, with the supplied event`);
    } else {
      filterEntries = stripEventFilters(filterEntries);
      condEntries = stripEventFilters(condEntries);
      notes.push(`mode ${type} evaluated as pull (dry-run semantics: event filters removed, no event supplied)`);
    }
  }
  return {
    name,
    data,
    resource: typeof data.resource === 'string' ? data.resource : 'aws.connect-instance',
    pull,
    conditions: buildConditions(condEntries),
    filters: buildFilters(filterEntries, 'filters'),
    limit: parseResourceLimit(data, opts.env),
    notes,
  };
}

/**
 * A listing shared by every policy of a target. Remembers, per resource, the annotation keys whose values
 * are lists (pre-annotated snapshots), so per-policy copies can copy exactly those.
 */
export interface SharedListing {
  readonly resources: readonly Resource[];
  /** Index-aligned with `resources`; undefined when a resource has no list-valued annotation. */
  readonly listAnnotations: readonly (readonly string[] | undefined)[];
}

export function shareListing(resources: readonly Resource[]): SharedListing {
  const listAnnotations: (string[] | undefined)[] = new Array<string[] | undefined>(resources.length);
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as Resource;
    let keys: string[] | undefined;
    for (const k in r) {
      if (isAnnotationKey(k) && Array.isArray(r[k])) (keys ??= []).push(k);
    }
    listAnnotations[i] = keys;
  }
  return { resources, listAnnotations };
}

/** The policy's own copies of the listed resources (see the module comment for why shallow is enough). */
export function copyForPolicy(listing: SharedListing): Resource[] {
  const { resources, listAnnotations } = listing;
  const out = new Array<Resource>(resources.length);
  for (let i = 0; i < resources.length; i++) {
    const copy: Resource = { ...(resources[i] as Resource) };
    const lists = listAnnotations[i];
    if (lists !== undefined) for (const k of lists) copy[k] = (copy[k] as unknown[]).slice();
    out[i] = copy;
  }
  return out;
}

export interface PolicyOutcome {
  readonly status: 'ok' | 'skipped' | 'error';
  readonly error?: string;
  /** Resources listed before filtering (0 when skipped or when the listing failed). */
  readonly population: number;
  /** Matched resources with their annotations, in output order (empty on error and when skipped). */
  readonly resources: Resource[];
  readonly durationMs: number;
}

/** The message a failed policy carries: ours for expected failures, flagged for anything unexpected. */
export function failureMessage(err: unknown): string {
  if (err instanceof PolicyRuntimeError || err instanceof ConfigurationError) return err.message;
  return `internal error: ${errorMessage(err)}`;
}

/**
 * Runs one compiled policy. `list` is called only when the conditions pass (a skipped policy makes no
 * AWS call, §1.6). Failures stay inside the policy: status `error` with the reason.
 */
export async function evaluatePolicy(
  policy: CompiledPolicy,
  list: () => Promise<SharedListing | readonly Resource[]>,
  ctx: EvalContext,
): Promise<PolicyOutcome> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  let population = 0;
  try {
    if (policy.conditions.length > 0) {
      const record = conditionRecord({
        name: policy.name,
        region: ctx.region,
        resource: policy.resource,
        accountId: ctx.accountId,
        now: ctx.now,
        policy: policy.data,
      });
      if (!(await evaluateConditions(policy.conditions, record, ctx))) {
        ctx.logger.info(`Skipping policy:${policy.name} due to execution conditions`);
        return { status: 'skipped', population: 0, resources: [], durationMs: elapsed() };
      }
    }
    const listed = await list();
    const listing = 'listAnnotations' in listed ? listed : shareListing(listed);
    population = listing.resources.length;
    // An empty listing is not filtered at all (§3.1); the limit check cannot fail on it either.
    const selected = population === 0 ? [] : await runSequence(policy.filters, copyForPolicy(listing), ctx);
    checkResourceLimit(policy.name, policy.limit, selected.length, population);
    return { status: 'ok', population, resources: selected, durationMs: elapsed() };
  } catch (err) {
    if (!(err instanceof PolicyRuntimeError || err instanceof ConfigurationError) && err instanceof Error && err.stack) {
      ctx.logger.debug(err.stack);
    }
    return { status: 'error', error: failureMessage(err), population, resources: [], durationMs: elapsed() };
  }
}

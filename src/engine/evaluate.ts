/**
 * Evaluation of one policy over one (account, region) listing (spec §1.8 step 4):
 * conditions → listing → filters in order (short-circuit on empty) → max-resources guard.
 *
 * Isolation between policies (§3.6, §17.8) without copying the listing per policy: a policy evaluates the
 * target's shared resource objects in place. Afterwards every object the policy matched or changed is
 * handed over as it is (a matched one becomes the output, annotations included) and its slot in the
 * listing gets a fresh shallow copy of the resource as listed (`pristine`, never given to a filter). An
 * untouched, unmatched object stays. Nothing is ever deleted from a shared object: `delete` turns V8
 * objects into slow dictionaries, which made every later policy several times slower.
 * Filters only add or replace top-level `c7n` keys, so a changed key count or a replaced annotation value
 * says which objects were changed. The in-place mutations that go deeper are handled where they happen:
 * annotation lists present in the listing (a value filter appends to `c7n:MatchedFilters`) make that
 * resource use a private copy, and `list-item` gives a resource private nested structure before
 * annotating list elements and reports it (takeOwnedResources), so that object is replaced as well, as
 * is one a block restored (takeRestoredResources: its deletes left it slow).
 * Policies of one target therefore run one after the other (they do anyway, in file order).
 *
 * Non-pull modes are evaluated with c7n's dry-run semantics (§1.4, §8.3, §17.6): `event` filters are
 * removed from filters and conditions unless an event document was supplied, in which case they are
 * evaluated against it.
 */
import { ConfigurationError, errorMessage, PolicyRuntimeError } from '../errors.js';
import { buildFilters } from '../filters/registry.js';
import { copyResource, isAnnotationKey, runSequence, takeRestoredResources } from '../filters/blocks.js';
import { takeOwnedResources } from '../filters/list-item.js';
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
  return (
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    (entry as Record<string, unknown>).type === 'event'
  );
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
export function compilePolicy(
  data: Readonly<Record<string, unknown>>,
  opts: CompileOptions = {},
): CompiledPolicy {
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
      notes.push(
        `mode ${type} evaluated as pull (dry-run semantics: event filters removed, no event supplied)`,
      );
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
 * A listing shared by every policy of a target. Policies are evaluated IN PLACE on these objects (see
 * evaluatePolicy), which is far cheaper than copying every resource for every policy: only what a policy
 * matched or touched is replaced afterwards, by a shallow copy of the resource as listed.
 */
export interface SharedListing {
  /** The target's working objects (evaluated in place; a slot is replaced once its object is handed out). */
  readonly resources: readonly Resource[];
  /** The target's own copies of the resources as listed; never given to a filter, never changed. */
  readonly pristine: readonly Resource[];
  /** Number of keys of each resource as listed: a resource with more (or fewer) was annotated. */
  readonly keyCounts: readonly number[];
  /** Each resource's annotations as listed, as flat [key, value...] pairs; undefined when it had none. */
  readonly annotations: readonly (readonly unknown[] | undefined)[];
  /**
   * Resources with a list-valued annotation as listed (e.g. a pre-annotated `c7n:MatchedFilters`). A
   * filter may append to such a list in place, so these few get a private copy per policy instead.
   */
  readonly privateCopy: readonly boolean[];
}

export function shareListing(source: readonly Resource[]): SharedListing {
  const n = source.length;
  const resources = new Array<Resource>(n);
  const pristine = new Array<Resource>(n);
  const keyCounts = new Array<number>(n);
  const annotations = new Array<unknown[] | undefined>(n);
  const privateCopy = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    // Copied once from the source (which may serve several targets), so no caller's object is ever shared.
    const p: Resource = copyResource(source[i] as Resource);
    const keys = Object.keys(p);
    let pairs: unknown[] | undefined;
    let hasList = false;
    for (const k of keys) {
      if (!isAnnotationKey(k)) continue;
      const v = p[k];
      (pairs ??= []).push(k, v);
      if (Array.isArray(v)) hasList = true;
    }
    pristine[i] = p;
    resources[i] = copyResource(p);
    keyCounts[i] = keys.length;
    annotations[i] = pairs;
    privateCopy[i] = hasList;
  }
  return { resources, pristine, keyCounts, annotations, privateCopy };
}

function copyWithLists(r: Resource): Resource {
  const copy: Resource = copyResource(r);
  for (const k of Object.keys(copy))
    if (isAnnotationKey(k) && Array.isArray(copy[k])) copy[k] = (copy[k] as unknown[]).slice();
  return copy;
}

/** The resources a policy evaluates: the shared objects, except private copies where lists could leak. */
function workingSet(listing: SharedListing): Resource[] {
  const { pristine, privateCopy } = listing;
  const out = listing.resources.slice();
  for (let i = 0; i < out.length; i++) if (privateCopy[i]) out[i] = copyWithLists(pristine[i] as Resource);
  return out;
}

/** Object.keys(r).length without allocating the array (asked for every resource after every policy). */
function keyCount(r: Resource): number {
  let n = 0;
  for (const k in r) if (Object.prototype.hasOwnProperty.call(r, k)) n++;
  return n;
}

/**
 * After a policy evaluated the listing in place: every object it hands out (`selected`, its output) or
 * changed (annotations added or replaced, nested structure owned by list-item) leaves the listing, whose
 * slot gets a fresh copy of the resource as listed. The output therefore needs no copy of its own.
 */
function releaseListing(listing: SharedListing, selected: readonly Resource[], ctx: EvalContext): void {
  const owned = takeOwnedResources(ctx);
  const restored = takeRestoredResources(ctx);
  const handedOut = new Set<Resource>(selected);
  if (owned !== undefined) for (const r of owned.keys()) handedOut.add(r);
  if (restored !== undefined) for (const r of restored) handedOut.add(r);
  const { pristine, keyCounts, annotations, privateCopy } = listing;
  const resources = listing.resources as Resource[];
  for (let i = 0; i < resources.length; i++) {
    if (privateCopy[i]) continue; // the policy had a private copy; the shared object was never seen
    const r = resources[i] as Resource;
    let changed = handedOut.has(r) || keyCount(r) !== keyCounts[i];
    const pairs = annotations[i];
    if (!changed && pairs !== undefined) {
      for (let j = 0; j < pairs.length && !changed; j += 2) changed = r[pairs[j] as string] !== pairs[j + 1];
    }
    if (changed) resources[i] = copyResource(pristine[i] as Resource);
  }
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
    const listing = 'keyCounts' in listed ? listed : shareListing(listed);
    population = listing.resources.length;
    // An empty listing is not filtered at all (§3.1); the limit check cannot fail on it either.
    let selected: Resource[] = [];
    if (population > 0) {
      try {
        selected = await runSequence(policy.filters, workingSet(listing), ctx);
      } finally {
        // The matched objects themselves become the output (they leave the listing, see releaseListing).
        releaseListing(listing, selected, ctx);
      }
    }
    checkResourceLimit(policy.name, policy.limit, selected.length, population);
    return { status: 'ok', population, resources: selected, durationMs: elapsed() };
  } catch (err) {
    if (
      !(err instanceof PolicyRuntimeError || err instanceof ConfigurationError) &&
      err instanceof Error &&
      err.stack
    ) {
      ctx.logger.debug(err.stack);
    }
    return { status: 'error', error: failureMessage(err), population, resources: [], durationMs: elapsed() };
  }
}

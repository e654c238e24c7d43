/**
 * Evaluation of one policy over one (account, region) listing (spec §1.8 step 4):
 * conditions → listing → filters in order (short-circuit on empty) → max-resources guard.
 *
 * Isolation between policies (§3.6, §17.8) without copying the listing per policy: every policy of a
 * target reads the same listed objects and never writes them. What its filters add or replace at the top
 * level of a resource (annotations, a list whose elements list-item annotated) goes to the policy run's
 * AnnotationStore (`ctx.annotations`, src/filters/annotations.ts), whose overlays filters read through
 * where it matters. Only the resources the policy matches are copied: the copy, with the overlay applied,
 * is the output. Unmatched resources cost no copy, and nothing needs restoring afterwards.
 *
 * Non-pull modes are evaluated with c7n's dry-run semantics (§1.4, §8.3, §17.6): `event` filters are
 * removed from filters and conditions unless an event document was supplied, in which case they are
 * evaluated against it.
 */
import { ConfigurationError, errorMessage, PolicyRuntimeError } from '../errors.js';
import { buildFilters } from '../filters/registry.js';
import { AnnotationStore, MATCHED_FILTERS } from '../filters/annotations.js';
import { isAnnotationKey, runSequence } from '../filters/blocks.js';
import type { EvalContext, Filter, Resource, TailResult } from '../filters/types.js';
import { buildConditions, conditionEntries, conditionRecord, evaluateConditions } from './conditions.js';
import { ColumnCache } from './columns.js';
import { ShapeCopier } from './shape-copy.js';
import { checkResourceLimit, parseResourceLimit, type ResourceLimit } from './limits.js';
import { installPending, patternPass, patternRun } from './pattern-pass.js';

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
    filters: topLevel(buildFilters(filterEntries, 'filters')),
    limit: parseResourceLimit(data, opts.env),
    notes,
  };
}

/** Tells the filters of a policy's top-level list where they are (see Filter.atTopLevel). */
function topLevel(filters: Filter[]): Filter[] {
  for (const f of filters) f.atTopLevel?.();
  return filters;
}

/**
 * A listing shared by every policy of a target. Policies read these objects and never write them: what a
 * policy's filters add goes to the run's AnnotationStore (src/filters/annotations.ts), and only the
 * resources it matches are copied, into its output (see evaluatePolicy).
 */
export interface SharedListing {
  /** The target's resources as listed (copied once from the source; never changed). */
  readonly resources: readonly Resource[];
  /**
   * Resources with a list-valued annotation as listed (e.g. a pre-annotated `c7n:MatchedFilters`): their
   * outputs get their own copies of those lists, as every policy's copy of the resource would have.
   */
  readonly withLists: ReadonlySet<Resource>;
  /**
   * Every resource has its own string `Id` and no two share one: blocks may then identify resources by
   * position (AnnotationStore.distinct).
   */
  readonly distinctIds: boolean;
  /** Some resource has a `c7n:MatchedFilters` key as listed (the pattern pass then stands aside). */
  readonly matchedFiltersListed: boolean;
  /** Keys resolved once for every policy of the target (src/engine/pattern-pass.ts). */
  readonly columns: ColumnCache;
  /** Copies listed resources for the output objects (src/engine/shape-copy.ts). */
  readonly copier: (r: Resource) => Resource;
}

export function shareListing(source: readonly Resource[]): SharedListing {
  const n = source.length;
  const resources = new Array<Resource>(n);
  const withLists = new Set<Resource>();
  const ids = new Set<string>();
  let distinctIds = true;
  let matchedFiltersListed = false;
  for (let i = 0; i < n; i++) {
    // Not copied: nothing writes a listed object (filters write to the policy's AnnotationStore, outputs
    // are copies), so the source's objects can be read as they are, also by several targets.
    const p = source[i] as Resource;
    for (const k in p) {
      if (!isAnnotationKey(k)) continue;
      if (k === MATCHED_FILTERS) matchedFiltersListed = true;
      if (Array.isArray(p[k])) withLists.add(p);
    }
    resources[i] = p;
    if (distinctIds) {
      const id = Object.prototype.hasOwnProperty.call(p, 'Id') ? p.Id : undefined;
      if (typeof id !== 'string') distinctIds = false;
      else {
        const before = ids.size;
        ids.add(id); // (one lookup: an Id seen before leaves the size as it was)
        if (ids.size === before) distinctIds = false;
      }
    }
  }
  const shapes = new ShapeCopier();
  return {
    resources,
    withLists,
    distinctIds,
    matchedFiltersListed,
    columns: new ColumnCache(resources),
    copier: (r) => shapes.copy(r),
  };
}

function isSharedListing(x: SharedListing | readonly Resource[]): x is SharedListing {
  return !Array.isArray(x) && 'withLists' in x;
}

/**
 * The output object of a matched resource: the listed object with what the policy added over it (in the
 * store, or `pending` when ≥ 0, see PatternPassResult).
 */
function outputOf(r: Resource, store: AnnotationStore, listing: SharedListing, pending: number): Resource {
  const copy = listing.copier;
  const out = pending >= 0 ? store.materializePending(r, pending, copy) : store.materialize(r, copy);
  if (listing.withLists.has(r)) {
    for (const k in out)
      if (isAnnotationKey(k) && out[k] === r[k] && Array.isArray(r[k])) out[k] = (r[k] as unknown[]).slice();
  }
  return out;
}

export interface PolicyOutcome {
  readonly status: 'ok' | 'skipped' | 'error';
  readonly error?: string;
  /** Resources listed before filtering (0 when skipped or when the listing failed). */
  readonly population: number;
  /**
   * Matched resources with their annotations, in output order (empty on error and when skipped). Built on
   * first access (see MatchedOutputs): evaluation itself copies nothing.
   */
  readonly resources: Resource[];
  readonly durationMs: number;
}

/**
 * The output objects of a policy's matches, made when first asked for. A match is a listed object plus
 * the policy's overlay; turning it into an object of its own (a copy of ~13 keys) costs more than
 * evaluating most filters on it, so it is left to whoever consumes the outputs (actions, reporters), once.
 */
class MatchedOutputs implements PolicyOutcome {
  readonly status = 'ok';
  private built: Resource[] | undefined;
  constructor(
    readonly population: number,
    private selected: readonly Resource[],
    private store: AnnotationStore | undefined,
    private readonly listing: SharedListing,
    /** What the pattern pass annotated selected[i] with, kept outside the store (patternPass). */
    private pending: Float64Array | undefined,
    /** What the last filter kept aside for the outputs (Filter.processTail). */
    private tail: TailResult | undefined,
    readonly durationMs: number,
  ) {}

  get resources(): Resource[] {
    if (this.built === undefined) {
      const { selected, store, listing, pending, tail } = this;
      const out = new Array<Resource>(selected.length);
      for (let i = 0; i < selected.length; i++) {
        const made = outputOf(selected[i] as Resource, store as AnnotationStore, listing, pending?.[i] ?? -1);
        tail?.finish(i, made);
        out[i] = made;
      }
      this.built = out;
      // What the outputs were made from is not needed any more.
      this.selected = [];
      this.store = undefined;
      this.pending = undefined;
      this.tail = undefined;
    }
    return this.built;
  }
}

/** The message a failed policy carries: ours for expected failures, flagged for anything unexpected. */
export function failureMessage(err: unknown): string {
  if (err instanceof PolicyRuntimeError || err instanceof ConfigurationError) return err.message;
  return `internal error: ${errorMessage(err)}`;
}

export interface EvaluateOptions {
  /** false: no pattern pass (the plain way only; differential tests compare the two). */
  readonly patterns?: boolean;
  /** false: the last filter annotates through the store as the others do (Filter.processTail). */
  readonly tail?: boolean;
  /** false: filters read no listing columns (EvalContext.columns). */
  readonly columns?: boolean;
}

/** What a policy's filters selected, with what they left beside the store (see MatchedOutputs). */
interface Selection {
  readonly selected: Resource[];
  readonly pending?: Float64Array;
  readonly tail?: TailResult;
}

const NOTHING_SELECTED: Selection = { selected: [] };

/**
 * The policy's filters over a non-empty listing: the leading value tests by pattern (pattern-pass.ts),
 * the filters between them and the last in sequence (runSequence), and a last filter that keeps its
 * annotations aside when it can (Filter.processTail).
 */
async function selectMatches(
  policy: CompiledPolicy,
  listing: SharedListing,
  store: AnnotationStore,
  ctx: EvalContext,
  options: EvaluateOptions,
): Promise<Selection> {
  const policyCtx: EvalContext = {
    ...ctx,
    annotations: store,
    perSubject: true,
    ...(options.columns === false ? {} : { columns: listing.columns }),
  };
  // Both short-cuts below give each listed resource its own annotations, which holds when every resource
  // is its own object: distinct Ids vouch for that (one object listed twice would collect the appends of
  // both places, as it does in Cloud Custodian).
  const run =
    options.patterns === false || listing.matchedFiltersListed || !listing.distinctIds
      ? undefined
      : patternRun(policy.filters, policyCtx);
  const pass =
    run === undefined
      ? undefined
      : patternPass(policy.filters, run, listing.resources, listing.columns, policyCtx);
  let rest = policy.filters;
  let current: Resource[];
  if (run !== undefined && pass !== undefined) {
    // Decided by pattern alone: the annotations stay beside the matches until outputs are made.
    if (run.to === rest.length) return { selected: pass.kept, pending: pass.pending };
    installPending(pass, store);
    rest = rest.slice(run.to);
    current = pass.kept;
  } else {
    current = listing.resources.slice();
  }
  const last = rest[rest.length - 1];
  if (last?.processTail !== undefined && options.tail !== false && listing.distinctIds) {
    current = await runSequence(rest.slice(0, -1), current, policyCtx);
    const tail = current.length === 0 ? undefined : last.processTail(current, policyCtx);
    if (tail !== undefined) return { selected: tail.kept, tail };
    rest = [last];
  }
  return { selected: await runSequence(rest, current, policyCtx) };
}

/**
 * Runs one compiled policy. `list` is called only when the conditions pass (a skipped policy makes no
 * AWS call, §1.6). Failures stay inside the policy: status `error` with the reason.
 */
export async function evaluatePolicy(
  policy: CompiledPolicy,
  list: () => Promise<SharedListing | readonly Resource[]>,
  ctx: EvalContext,
  options: EvaluateOptions = {},
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
    const listing = isSharedListing(listed) ? listed : shareListing(listed);
    population = listing.resources.length;
    const store = new AnnotationStore({ distinct: listing.distinctIds });
    // An empty listing is not filtered at all (§3.1); the limit check cannot fail on it either.
    const { selected, pending, tail } =
      population > 0 ? await selectMatches(policy, listing, store, ctx, options) : NOTHING_SELECTED;
    checkResourceLimit(policy.name, policy.limit, selected.length, population);
    return new MatchedOutputs(population, selected, store, listing, pending, tail, elapsed());
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

/**
 * Boolean blocks `and`, `or`, `not` (spec §4.3) and the helpers every filter list shares: sequential
 * evaluation with short-circuit on empty (§4.2) and the annotation snapshot/restore of `c7n*` keys.
 *
 * Identity: blocks unite and subtract resources by a key field, `Id` for Connect instances, `c7n:_id` for
 * list elements inside `list-item` attrs (§12.2). Results come back in INPUT order (§17.3), where Cloud
 * Custodian returns hash order; tests compare them as sets.
 */
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import {
  isAnnotationKey,
  restoreAnnotations,
  snapshotAnnotations,
  type AnnotationSnapshot,
  type AnnotationStore,
  type StoreSnapshot,
} from './annotations.js';
import type {
  ColumnLeaf,
  EvalContext,
  Filter,
  FilterBuilder,
  FilterDefinition,
  PlainTest,
  Resource,
} from './types.js';

/** Identity key of a Connect instance (§3.4). */
export const RESOURCE_ID_KEY = 'Id';
/** Identity key of list elements while `list-item` runs its attrs (§12.2). */
export const LIST_ITEM_ID_KEY = 'c7n:_id';

export { isAnnotationKey };

/**
 * A shallow copy of a resource or list element. Not `{ ...r }`: in Node 20's V8 an object made by spread
 * gets a map of its own as soon as a key is added to it (an annotation), which makes every later property
 * access on it megamorphic and slow; Object.assign keeps the shared hidden classes. A mapping with an
 * own `__proto__` key (JSON can have one) is spread, since assigning it would set the prototype instead.
 */
export function copyResource(r: Resource): Resource {
  return Object.prototype.hasOwnProperty.call(r, '__proto__') ? { ...r } : (Object.assign({}, r) as Resource);
}

/** The annotation snapshots of `resources` at block start (in the policy's store when there is one). */
function snapshotAll(resources: readonly Resource[], ctx: EvalContext): StoreSnapshot[] {
  const store = ctx.annotations;
  const snaps = new Array<StoreSnapshot>(resources.length);
  if (store === undefined) {
    for (let i = 0; i < resources.length; i++) snaps[i] = snapshotAnnotations(resources[i] as Resource);
  } else {
    for (let i = 0; i < resources.length; i++) snaps[i] = store.snapshot(resources[i] as Resource);
  }
  return snaps;
}

/** restoreAnnotations, in the policy's store when there is one. */
function restoreOne(resource: Resource, snap: StoreSnapshot, ctx: EvalContext): void {
  const store = ctx.annotations;
  if (store === undefined) restoreAnnotations(resource, snap as AnnotationSnapshot);
  else store.restore(resource, snap);
}

/** The identity of a resource for union/difference. A missing key crashes the policy, as in c7n (KeyError). */
export function identityOf(resource: Resource, idKey: string, block: string): unknown {
  const id = resource[idKey];
  if (id === undefined && !(idKey in resource)) {
    throw new PolicyRuntimeError(`${block} block: a resource has no "${idKey}" field to identify it by`);
  }
  return id;
}

/** True when the filter can run without I/O in this context (it then offers processSync). */
export function isSyncFilter(f: Filter, ctx: EvalContext): boolean {
  return f.processSync !== undefined && (f.isSync === undefined || f.isSync(ctx));
}

/** True when every filter of the list can run synchronously in this context. */
export function allSync(filters: readonly Filter[], ctx: EvalContext): boolean {
  for (let i = 0; i < filters.length; i++) if (!isSyncFilter(filters[i] as Filter, ctx)) return false;
  return true;
}

/** True when the filter may be evaluated one subject at a time in this context (see Filter.testOne). */
export function isPerSubject(f: Filter, ctx: EvalContext): boolean {
  return ctx.perSubject === true && f.testOne !== undefined && f.canTestOne?.(ctx) === true;
}

/** True when every filter of the list may be evaluated one subject at a time in this context. */
export function allPerSubject(filters: readonly Filter[], ctx: EvalContext): boolean {
  for (let i = 0; i < filters.length; i++) if (!isPerSubject(filters[i] as Filter, ctx)) return false;
  return true;
}

/** The end (exclusive) of the run of per-subject filters starting at `from`. */
function perSubjectRun(filters: readonly Filter[], from: number, ctx: EvalContext): number {
  let to = from;
  while (to < filters.length && isPerSubject(filters[to] as Filter, ctx)) to++;
  return to;
}

/**
 * filters[from..to) over `resources` in one pass: each subject goes through the filters in order until one
 * rejects it. The same (filter, subject) pairs are evaluated as filter after filter over the survivors
 * (each verdict depends on its subject alone), without a list per filter. Only the order differs, which is
 * seen only when two filters would crash: the failure is then looked for again filter by filter
 * (firstFailureInOrder), so the error reported is the one Cloud Custodian meets first.
 */
function fusedPass(
  filters: readonly Filter[],
  from: number,
  to: number,
  resources: Resource[],
  ctx: EvalContext,
): Resource[] {
  const kept: Resource[] = [];
  try {
    outer: for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      for (let j = from; j < to; j++) {
        if (!(filters[j] as Required<Filter>).testOne(r, ctx)) continue outer;
      }
      kept.push(r);
    }
  } catch (err) {
    throw firstFailureInOrder(filters.slice(from, to), resources, ctx, err);
  }
  return kept;
}

/**
 * The error that `filters` evaluated filter by filter over `subjects` meet first, after a per-subject pass
 * over them failed with `failure` (returned when, against expectation, the second run does not fail). The
 * filters are synchronous and make no call, so running them again repeats no API call; what the failed pass
 * annotated no longer matters, the policy fails either way.
 */
export function firstFailureInOrder(
  filters: readonly Filter[],
  subjects: Resource[],
  ctx: EvalContext,
  failure: unknown,
): unknown {
  const inOrder: EvalContext = { ...ctx, perSubject: false };
  try {
    let current = subjects;
    for (let j = 0; j < filters.length && current.length > 0; j++)
      current = (filters[j] as Required<Filter>).processSync(current, inOrder);
  } catch (err) {
    return err;
  }
  return failure;
}

/**
 * Runs filters in order, each on the survivors of the previous one; stops as soon as nothing is left, so
 * later filters (and their API calls) are never evaluated on an empty set (§4.2). Filters that need no
 * I/O run through their synchronous form (same result, no promise per filter), and runs of per-subject
 * filters are fused into one pass (fusedPass).
 */
export async function runSequence(
  filters: readonly Filter[],
  resources: Resource[],
  ctx: EvalContext,
): Promise<Resource[]> {
  let current = resources;
  for (let i = 0; i < filters.length;) {
    if (current.length === 0) break;
    const f = filters[i] as Filter;
    const to = perSubjectRun(filters, i, ctx);
    if (to > i) {
      current = fusedPass(filters, i, to, current, ctx);
      i = to;
      continue;
    }
    current = isSyncFilter(f, ctx)
      ? (f.processSync as NonNullable<Filter['processSync']>)(current, ctx)
      : await f.process(current, ctx);
    i++;
  }
  return current;
}

/** runSequence for filters that are all synchronous (check with allSync first). */
export function runSequenceSync(
  filters: readonly Filter[],
  resources: Resource[],
  ctx: EvalContext,
): Resource[] {
  let current = resources;
  for (let i = 0; i < filters.length;) {
    if (current.length === 0) break;
    const to = perSubjectRun(filters, i, ctx);
    if (to > i) {
      current = fusedPass(filters, i, to, current, ctx);
      i = to;
      continue;
    }
    current = (filters[i] as Required<Filter>).processSync(current, ctx);
    i++;
  }
  return current;
}

/** Maps identity → the LAST resource carrying it, as a Python dict comprehension over the input would. */
function indexById(resources: readonly Resource[], idKey: string, block: string): Map<unknown, Resource> {
  const map = new Map<unknown, Resource>();
  for (const r of resources) map.set(identityOf(r, idKey, block), r);
  return map;
}

/** Resources of `input` whose identity is in `ids` (or not in it), in input order, one per identity. */
function selectInInputOrder(
  input: readonly Resource[],
  byId: Map<unknown, Resource>,
  idKey: string,
  keep: (id: unknown) => boolean,
): Resource[] {
  const out: Resource[] = [];
  if (byId.size === input.length) {
    // Identities are unique (the normal case): no de-duplication needed.
    for (const r of input) if (keep(r[idKey])) out.push(r);
    return out;
  }
  const emitted = new Set<unknown>();
  for (const r of input) {
    const id = r[idKey];
    if (emitted.has(id) || !keep(id)) continue;
    emitted.add(id);
    out.push(byId.get(id) ?? r);
  }
  return out;
}

/**
 * Whether a block may identify its subjects by position: the policy run's store vouches that its subjects
 * are distinct objects with distinct identities (see AnnotationStore.distinct), so "same identity" is "same
 * object", and unions/differences need no Map or Set keyed by identity.
 */
function byPosition(ctx: EvalContext): boolean {
  return ctx.annotations !== undefined && ctx.annotations.distinct;
}

/**
 * Sets marks[i] for every position i of `input` whose object is in `subset` (a subset of input, normally in
 * input order: then one forward walk finds them all; otherwise an object → position map is built once).
 */
function markSubset(input: readonly Resource[], subset: readonly Resource[], marks: Uint8Array): void {
  const n = input.length;
  let at = 0;
  let positions: Map<Resource, number> | undefined;
  for (let j = 0; j < subset.length; j++) {
    const r = subset[j] as Resource;
    if (positions === undefined) {
      let k = at;
      while (k < n && input[k] !== r) k++;
      if (k < n) {
        marks[k] = 1;
        at = k + 1;
        continue;
      }
      positions = new Map();
      for (let i = 0; i < n; i++) positions.set(input[i] as Resource, i);
    }
    const k = positions.get(r);
    if (k !== undefined) marks[k] = 1;
  }
}

/** The resources of `input` whose mark is `want`, in input order. */
function selectMarked(input: readonly Resource[], marks: Uint8Array, want: number): Resource[] {
  const out: Resource[] = [];
  for (let i = 0; i < input.length; i++) if (marks[i] === want) out.push(input[i] as Resource);
  return out;
}

/**
 * The children of a block: the value of its `and`/`or`/`not` key. Written as a bare name (`- or`, i.e.
 * `{type: or}`) there is no list, which c7n cannot build either; that is a construction error.
 */
function childrenOf(type: string, data: Record<string, unknown>): unknown[] {
  const children = data[type];
  if (!Array.isArray(children)) {
    throw new ConfigurationError(
      `the "${type}" block needs a list of filters (write \`${type}: [...]\`), found ${children === null ? 'null' : typeof children}`,
    );
  }
  return children;
}

/** How a block runs its children: synchronously when they all can, else through promises. */
abstract class Block implements Filter {
  abstract readonly type: string;
  constructor(
    protected readonly children: readonly Filter[],
    protected readonly idKey: string,
  ) {}

  isSync(ctx: EvalContext): boolean {
    return allSync(this.children, ctx);
  }

  inPlaceElements(): boolean {
    return this.children.every((c) => c.inPlaceElements?.() === true);
  }

  /**
   * One subject at a time needs subjects that are told apart by position (byPosition): with repeated
   * identities, the set form unites and subtracts by identity, which one subject alone cannot.
   */
  canTestOne(ctx: EvalContext): boolean {
    return byPosition(ctx) && allPerSubject(this.children, ctx);
  }

  abstract testOne(subject: Resource, ctx: EvalContext): boolean;

  columnLeaves(leaves: ColumnLeaf[]): boolean {
    // (an empty block has verdicts of its own, and none of them depends on a leaf)
    if (this.children.length === 0) return false;
    for (const c of this.children) if (c.columnLeaves?.(leaves) !== true) return false;
    return true;
  }

  /** The children's plain tests (Filter.plainTest), undefined unless every child has one. */
  protected plainChildren(keys: unknown[]): PlainTest[] | undefined {
    const tests: PlainTest[] = [];
    for (const c of this.children) {
      const t = c.plainTest?.(keys);
      if (t === undefined) return undefined;
      tests.push(t);
    }
    return tests;
  }

  abstract processSync(resources: Resource[], ctx: EvalContext): Resource[];

  process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    if (!this.isSync(ctx)) return this.processAsync(resources, ctx);
    try {
      return Promise.resolve(this.processSync(resources, ctx));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  protected abstract processAsync(resources: Resource[], ctx: EvalContext): Promise<Resource[]>;
}

class AndBlock extends Block {
  readonly type = 'and';

  /** As testOne: the children in order; a subject dropped inside loses what the block added. */
  plainTest(keys: unknown[]): PlainTest | undefined {
    const tests = this.plainChildren(keys);
    if (tests === undefined) return undefined;
    return {
      test: (subject, ctx, trail) => {
        const before = trail.value;
        if (allPass(tests, subject, ctx, trail)) return true;
        trail.value = before;
        return false;
      },
    };
  }

  testOne(r: Resource, ctx: EvalContext): boolean {
    const children = this.children;
    if (children.length === 0) return true;
    const snap = (ctx.annotations as AnnotationStore).snapshot(r);
    for (let i = 0; i < children.length; i++) {
      if (!(children[i] as Required<Filter>).testOne(r, ctx)) {
        restoreOne(r, snap, ctx); // dropped inside the block: loses what the block added
        return false;
      }
    }
    return true;
  }

  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    if (this.children.length === 0) return resources;
    const snaps = snapshotAll(resources, ctx);
    return this.finish(resources, snaps, runSequenceSync(this.children, resources, ctx), ctx);
  }

  protected async processAsync(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    if (this.children.length === 0) return resources;
    const snaps = snapshotAll(resources, ctx);
    return this.finish(resources, snaps, await runSequence(this.children, resources, ctx), ctx);
  }

  private finish(
    resources: Resource[],
    snaps: StoreSnapshot[],
    survivors: Resource[],
    ctx: EvalContext,
  ): Resource[] {
    // Resources dropped inside the block lose what the block added to them (and get back what they had).
    if (byPosition(ctx)) {
      if (survivors.length === resources.length) return survivors; // nobody dropped
      const marks = new Uint8Array(resources.length);
      markSubset(resources, survivors, marks);
      for (let i = 0; i < resources.length; i++)
        if (marks[i] === 0) restoreOne(resources[i] as Resource, snaps[i] ?? null, ctx);
      return survivors;
    }
    const kept = new Set<unknown>();
    for (const r of survivors) kept.add(identityOf(r, this.idKey, 'and'));
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      if (!kept.has(r[this.idKey])) restoreOne(r, snaps[i] ?? null, ctx);
    }
    return survivors;
  }
}

class OrBlock extends Block {
  readonly type = 'or';

  /** As testOne: every child sees the subject; what they add stays. */
  plainTest(keys: unknown[]): PlainTest | undefined {
    const tests = this.plainChildren(keys);
    if (tests === undefined) return undefined;
    return {
      test: (subject, ctx, trail) => {
        let any = false;
        for (let i = 0; i < tests.length; i++)
          if ((tests[i] as PlainTest).test(subject, ctx, trail)) any = true;
        return any;
      },
    };
  }

  testOne(r: Resource, ctx: EvalContext): boolean {
    // Every child sees every subject (no short-circuit: later children still annotate or crash, §4.3).
    let any = false;
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      if ((children[i] as Required<Filter>).testOne(r, ctx)) any = true;
    }
    return any;
  }

  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    if (byPosition(ctx)) {
      const marks = new Uint8Array(resources.length);
      for (const child of this.children)
        markSubset(resources, (child as Required<Filter>).processSync(resources, ctx), marks);
      return selectMarked(resources, marks, 1);
    }
    const byId = indexById(resources, this.idKey, 'or');
    const matched = new Set<unknown>();
    for (const child of this.children) {
      const out = (child as Required<Filter>).processSync(resources, ctx);
      for (const r of out) matched.add(identityOf(r, this.idKey, 'or'));
    }
    return selectInInputOrder(resources, byId, this.idKey, (id) => matched.has(id));
  }

  protected async processAsync(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    if (byPosition(ctx)) {
      const marks = new Uint8Array(resources.length);
      for (const child of this.children) markSubset(resources, await child.process(resources, ctx), marks);
      return selectMarked(resources, marks, 1);
    }
    const byId = indexById(resources, this.idKey, 'or');
    const matched = new Set<unknown>();
    // Every child sees the whole input, not what earlier children left (§4.3); annotations stay as added.
    for (const child of this.children) {
      const out = await child.process(resources, ctx);
      // No early exit once everything matched: later children may still call APIs, annotate or crash,
      // which c7n would observe too.
      for (const r of out) matched.add(identityOf(r, this.idKey, 'or'));
    }
    return selectInInputOrder(resources, byId, this.idKey, (id) => matched.has(id));
  }
}

class NotBlock extends Block {
  readonly type = 'not';

  /** As testOne: the children in order, negated; nothing added inside survives. */
  plainTest(keys: unknown[]): PlainTest | undefined {
    const tests = this.plainChildren(keys);
    if (tests === undefined) return undefined;
    return {
      test: (subject, ctx, trail) => {
        const before = trail.value;
        const passed = allPass(tests, subject, ctx, trail);
        trail.value = before;
        return !passed;
      },
    };
  }

  testOne(r: Resource, ctx: EvalContext): boolean {
    const snap = (ctx.annotations as AnnotationStore).snapshot(r);
    let passed = true;
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      if (!(children[i] as Required<Filter>).testOne(r, ctx)) {
        passed = false;
        break;
      }
    }
    restoreOne(r, snap, ctx); // nothing added inside a `not` survives it
    return !passed;
  }

  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    const byId = byPosition(ctx) ? undefined : indexById(resources, this.idKey, 'not');
    const snaps = snapshotAll(resources, ctx);
    return this.finish(resources, byId, snaps, runSequenceSync(this.children, resources, ctx), ctx);
  }

  protected async processAsync(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    const byId = byPosition(ctx) ? undefined : indexById(resources, this.idKey, 'not');
    const snaps = snapshotAll(resources, ctx);
    // not [A, B] = NOT (A AND B): the children run as a sequence, the block keeps what did not survive it.
    return this.finish(resources, byId, snaps, await runSequence(this.children, resources, ctx), ctx);
  }

  private finish(
    resources: Resource[],
    byId: Map<unknown, Resource> | undefined,
    snaps: StoreSnapshot[],
    survivors: Resource[],
    ctx: EvalContext,
  ): Resource[] {
    if (byId === undefined) {
      const marks = new Uint8Array(resources.length);
      markSubset(resources, survivors, marks);
      for (let i = 0; i < resources.length; i++) restoreOne(resources[i] as Resource, snaps[i] ?? null, ctx);
      return selectMarked(resources, marks, 0);
    }
    const survived = new Set<unknown>();
    for (const r of survivors) survived.add(identityOf(r, this.idKey, 'not'));
    // Nothing added inside a `not` survives it, on kept and dropped resources alike.
    for (let i = 0; i < resources.length; i++) restoreOne(resources[i] as Resource, snaps[i] ?? null, ctx);
    return selectInInputOrder(resources, byId, this.idKey, (id) => !survived.has(id));
  }
}

/** The plain tests in order until one fails (the sequence and/not run); whether all passed. */
function allPass(
  tests: readonly PlainTest[],
  subject: Resource,
  ctx: EvalContext,
  trail: { value: number },
): boolean {
  for (let i = 0; i < tests.length; i++) if (!(tests[i] as PlainTest).test(subject, ctx, trail)) return false;
  return true;
}

/** The three block definitions for a given identity key (`Id` for resources, `c7n:_id` for list elements). */
export function blockDefinitions(idKey: string): {
  and: FilterDefinition;
  or: FilterDefinition;
  not: FilterDefinition;
} {
  const make = (
    type: 'and' | 'or' | 'not',
    ctor: new (children: readonly Filter[], idKey: string) => Block,
  ): FilterDefinition => ({
    type,
    permissions: [],
    create(data: Record<string, unknown>, build: FilterBuilder): Filter {
      return new ctor(childrenOf(type, data).map(build), idKey);
    },
  });
  return { and: make('and', AndBlock), or: make('or', OrBlock), not: make('not', NotBlock) };
}

const resourceBlocks = blockDefinitions(RESOURCE_ID_KEY);
export const andFilter: FilterDefinition = resourceBlocks.and;
export const orFilter: FilterDefinition = resourceBlocks.or;
export const notFilter: FilterDefinition = resourceBlocks.not;

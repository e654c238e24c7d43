/**
 * `list-item` (spec §12): runs `attrs` over the elements of a list inside each resource and keeps the
 * resource when some element matches (or, with `count`, when the number of matches satisfies `count_op`).
 *
 * Three ways to run attrs over the elements, all leaving what Cloud Custodian leaves:
 * - plain (decidePlain): attrs made only of value tests and blocks of them, over plain elements (mappings
 *   without annotations, each listed once): each element goes through the tests, what they annotate noted
 *   as a trail per element; no store, no copy.
 * - in place (the element store): other attrs that can run on the elements themselves annotate them in an
 *   AnnotationStore of their own.
 * - copies: otherwise elements are evaluated as COPIES carrying their position as `c7n:_id` (the identity
 *   blocks use inside attrs).
 * Neither `c7n:_id` nor annotations ever touch the shared listing that other policies read. c7n annotates
 * the elements in place (matched elements keep `c7n:MatchedFilters` in the output), so when attrs changed
 * an element's annotations we write them back: the annotated list (unchanged elements as listed, changed
 * ones as copies; the mappings above it copied) replaces the list in the policy run's overlay of the
 * resource (src/filters/annotations.ts), made when first read; or, for a key that is not a field path, the
 * resource's object-valued fields get private deep copies there and the elements the key selects in them
 * are annotated. The listed object is never written.
 */
import { PolicyRuntimeError } from '../errors.js';
import {
  AnnotationStore,
  Deferred,
  getAnnotation,
  headsOfPath,
  MATCHED_FILTERS,
  setAnnotation,
  subjectFor,
  trailKeys,
} from './annotations.js';
import {
  allPerSubject,
  allSync,
  copyResource,
  firstFailureInOrder,
  isAnnotationKey,
  LIST_ITEM_ID_KEY,
  runSequence,
  runSequenceSync,
} from './blocks.js';
import { compileJmes, type JmesSearch } from './jmespath.js';
import { isDict, pyEquals, pyOrder, pyTruthy, pyTypeName } from './python.js';
import type {
  EvalContext,
  Filter,
  FilterBuilder,
  FilterDefinition,
  PlainTest,
  Resource,
  TailResult,
} from './types.js';

export const LIST_ITEM_MATCHES = 'c7n:ListItemMatches';

function deepCopy(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(deepCopy);
  if (!isDict(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = deepCopy(v[k]);
  return out;
}

/** Gives a resource its own nested lists and mappings (in the run's overlay when there is one). */
function ownResource(r: Resource, ctx: EvalContext): void {
  const store = ctx.annotations;
  if (store !== undefined) {
    store.ownDeep(r, deepCopy);
    return;
  }
  for (const k of Object.keys(r)) {
    const v = r[k];
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) r[k] = deepCopy(v);
  }
}

/** count_op (§5.6 operator names) applied as `op(matches, count)` with Python semantics. */
function countComparison(op: string): (a: unknown, b: unknown) => boolean {
  const order = (o: 'lt' | 'le' | 'gt' | 'ge') => (a: unknown, b: unknown) => {
    try {
      return pyOrder(o, a, b);
    } catch {
      return false; // a TypeError (e.g. count: "2") is "no match", as in the value filter
    }
  };
  switch (op) {
    case 'eq':
    case 'equal':
      return pyEquals;
    case 'ne':
    case 'not-equal':
      return (a, b) => !pyEquals(a, b);
    case 'gt':
    case 'greater-than':
      return order('gt');
    case 'ge':
    case 'gte':
      return order('ge');
    case 'lt':
    case 'less-than':
      return order('lt');
    case 'le':
    case 'lte':
      return order('le');
    default:
      throw new PolicyRuntimeError(
        `list-item: count_op "${op}" cannot compare a count; use eq, ne, gt, ge, lt or le`,
      );
  }
}

/** The annotation keys of an element copy differ from the element's (added, removed, or changed). */
function annotationsChanged(original: Record<string, unknown>, copy: Record<string, unknown>): boolean {
  for (const k in copy) {
    if (k === LIST_ITEM_ID_KEY || !isAnnotationKey(k)) continue;
    const a = original[k];
    const b = copy[k];
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]))
      continue;
    return true;
  }
  for (const k in original) if (isAnnotationKey(k) && !(k in copy)) return true;
  return false;
}

class ListItemFilter implements Filter {
  readonly type = 'list-item';
  private search?: JmesSearch;
  /** The top-level fields `key` reads (undefined: any), to know when a resource's overlay matters. */
  private heads?: readonly string[];
  private readonly compare?: (a: unknown, b: unknown) => boolean;
  /** Whether attrs may run on the elements themselves (see inPlaceElements in ./types.ts). */
  private readonly inPlace: boolean;
  /** The element store of the in-place path, reused (cleared) for each resource. */
  private readonly elementStore = new AnnotationStore({ distinct: true });

  constructor(
    private readonly key: unknown,
    private readonly attrs: readonly Filter[],
    private readonly count: unknown,
    countOp: unknown,
  ) {
    if (count !== undefined) this.compare = countComparison(typeof countOp === 'string' ? countOp : 'eq');
    this.inPlace = attrs.length > 0 && attrs.every((f) => f.inPlaceElements?.() === true);
  }

  private items(r: Resource): unknown {
    if (this.search === undefined) {
      // c7n reads `key` when the first resource is evaluated: a missing key fails then, not at load.
      if (typeof this.key !== 'string') {
        throw new PolicyRuntimeError(
          'list-item needs a `key`: a JMESPath expression selecting a list in the resource',
        );
      }
      const search = compileJmes(this.key);
      const head = headsOfPath(this.key);
      this.heads = head === undefined ? undefined : [head];
      const field = this.key;
      // A plain field of a mapping is read directly (what JMESPath gives: the value, or null).
      this.search = isPlainField(field) ? (s) => (isDict(s) ? (s[field] ?? null) : search(s)) : search;
    }
    return this.search(r);
  }

  /** The list of resource `r` as this policy run sees it (with what earlier filters wrote over it). */
  private itemsOf(r: Resource, ctx: EvalContext): unknown {
    if (ctx.annotations === undefined) return this.items(r);
    if (this.search === undefined) this.items(r); // compiles the key (or fails as c7n would)
    return (this.search as JmesSearch)(subjectFor(r, this.heads, ctx));
  }

  /** The context attrs run in: list elements are private copies, annotated in place. */
  private static attrsContext(ctx: EvalContext): EvalContext {
    return ctx.annotations === undefined && ctx.columns === undefined
      ? ctx
      : { ...ctx, annotations: undefined, columns: undefined };
  }

  /** Synchronous when the attrs need no I/O (the usual case): no promise per resource. */
  isSync(ctx: EvalContext): boolean {
    return allSync(this.attrs, ctx);
  }

  /**
   * In a policy's top-level list a resource this filter drops is gone for good (see Filter.atTopLevel), so
   * the element annotations of a dropped resource are not written back there. Everywhere else they are,
   * as Cloud Custodian leaves them on the elements.
   */
  atTopLevel(): void {
    this.annotateDropped = false;
  }
  private annotateDropped = true;

  canTestOne(ctx: EvalContext): boolean {
    return allSync(this.attrs, ctx);
  }

  testOne(r: Resource, ctx: EvalContext): boolean {
    // The derived contexts are made once per context, not per resource.
    if (this.contextsOf !== ctx) {
      this.attrsCtx = ListItemFilter.attrsContext(ctx);
      this.elementCtx = this.elementContext(ctx);
      this.contextsOf = ctx;
    }
    return this.decide(r, this.attrsCtx as EvalContext, this.elementCtx, ctx);
  }
  private contextsOf: EvalContext | undefined;
  private attrsCtx: EvalContext | undefined;
  private elementCtx: EvalContext | undefined;

  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    const out: Resource[] = [];
    const attrsCtx = ListItemFilter.attrsContext(ctx);
    const elementCtx = this.elementContext(ctx);
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      if (this.decide(r, attrsCtx, elementCtx, ctx)) out.push(r);
    }
    return out;
  }

  /** The context of the in-place element path (undefined when attrs cannot run on elements in place). */
  private elementContext(ctx: EvalContext): EvalContext | undefined {
    return this.inPlace ? { ...ctx, annotations: this.elementStore, columns: undefined } : undefined;
  }

  /** allPerSubject(attrs) in the element context, asked once per context rather than per resource. */
  private attrsPerSubject(elementCtx: EvalContext): boolean {
    if (this.perSubjectIn !== elementCtx) {
      this.perSubject = allPerSubject(this.attrs, elementCtx);
      this.perSubjectIn = elementCtx;
    }
    return this.perSubject;
  }
  private perSubjectIn: EvalContext | undefined;
  private perSubject = false;

  /**
   * The attrs as plain tests (Filter.plainTest) with the keys their ids name, when every attr has that
   * form and an element's matches fit a trail (at most 7 annotating tests); undefined otherwise. Asked by
   * decide(), where attrs are synchronous (a value_from is loaded), so the answer does not change: decided
   * once.
   */
  private plainTests(): PlainAttrs | undefined {
    if (this.plain === undefined) {
      const keys: unknown[] = [];
      const tests: PlainTest[] = [];
      for (const a of this.attrs) {
        const t = a.plainTest?.(keys);
        if (t === undefined) break;
        tests.push(t);
      }
      this.plain = tests.length === this.attrs.length && keys.length <= 7 ? { tests, keys } : null;
    }
    return this.plain ?? undefined;
  }
  private plain: PlainAttrs | null | undefined;

  /**
   * decide() for attrs that are all plain tests, over plain elements: each element goes through the tests
   * in order until one fails, what they annotate noted as a trail per element (what the element store
   * would have appended), so no store is involved. Undefined when a test fails: the general path then runs
   * and reports the failure Cloud Custodian meets first (this path wrote nothing).
   */
  private decidePlain(
    r: Resource,
    items: unknown[],
    plain: PlainAttrs,
    elementCtx: EvalContext,
    ctx: EvalContext,
  ): boolean | undefined {
    const tested = testPlain(items, plain, elementCtx);
    if (tested === undefined) return undefined;
    const kept = this.conclude(r, items, tested.matched, ctx);
    const trails = tested.trails;
    if ((kept || this.annotateDropped) && trails !== undefined) {
      const copies = (): Resource[] => annotatedElements(items, trails, plain.keys);
      writeBackCopies(r, this.search as JmesSearch, this.key as string, items, copies, ctx);
    }
    return kept;
  }

  /**
   * See Filter.processTail: the plain path (decidePlain) with what it annotates on a kept resource (its
   * `c7n:ListItemMatches`, its annotated list) kept aside for the output object. Only for a key that is a
   * plain field, whose annotated list simply replaces the field; resources that take another path are
   * annotated in the store as processSync does.
   */
  processTail(resources: Resource[], ctx: EvalContext): TailResult | undefined {
    const plain = this.attrs.length > 0 && this.isSync(ctx) ? this.plainTests() : undefined;
    const field = this.key;
    // (attrs that may read `c7n:_id` run on copies: !inPlace)
    if (plain === undefined || !this.inPlace || this.annotateDropped || ctx.annotations === undefined)
      return undefined;
    if (typeof field !== 'string' || !isPlainField(field)) return undefined;
    const attrsCtx = ListItemFilter.attrsContext(ctx);
    const elementCtx = this.elementContext(ctx) as EvalContext;
    const kept: Resource[] = [];
    const aside: (TailRecord | undefined)[] = [];
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      const items = this.itemsToTest(r, ctx);
      const tested =
        items !== undefined && plainElements(items) ? testPlain(items, plain, elementCtx) : undefined;
      if (items === undefined || tested === undefined) {
        // (an empty list, or elements the plain path cannot take: as processSync)
        if (items === undefined ? this.emptyListKept() : this.decide(r, attrsCtx, elementCtx, ctx)) {
          kept.push(r);
          aside.push(undefined);
        }
        continue;
      }
      const { matched, trails } = tested;
      if (!this.keeps(matched.length)) continue;
      if (this.compare === undefined) matchesSoFar(r, ctx); // (it fails now where conclude() would)
      kept.push(r);
      aside.push({ items, matched: this.compare === undefined ? matched : undefined, trails });
    }
    return {
      kept,
      finish: (i, out) => {
        const record = aside[i];
        if (record === undefined) return;
        if (record.matched !== undefined) {
          // As conclude(): after whatever the resource had (the store's output object has it)
          const notes = record.matched.map((j) => this.noteOf(j));
          out[LIST_ITEM_MATCHES] = withNotes(out[LIST_ITEM_MATCHES] as unknown[] | undefined, notes);
        }
        if (record.trails !== undefined)
          out[field] = annotatedElements(record.items, record.trails, plain.keys);
      },
    };
  }

  /** Whether resource `r` is kept (synchronous attrs), with its annotations as c7n would leave them. */
  private decide(
    r: Resource,
    attrsCtx: EvalContext,
    elementCtx: EvalContext | undefined,
    ctx: EvalContext,
  ): boolean {
    const items = this.itemsToTest(r, ctx);
    if (items === undefined) return this.emptyListKept();
    if (this.attrs.length === 0) return this.conclude(r, items, undefined, ctx);
    if (elementCtx !== undefined && plainElements(items)) {
      const tests = this.plainTests();
      if (tests !== undefined) {
        const kept = this.decidePlain(r, items, tests, elementCtx, ctx);
        if (kept !== undefined) return kept;
      }
      const store = this.elementStore;
      store.clear();
      const matched = this.attrsPerSubject(elementCtx)
        ? this.matchedElements(items, elementCtx)
        : positionsOf(items, runSequenceSync(this.attrs, items.slice() as Resource[], elementCtx));
      const kept = this.conclude(r, items, matched, ctx);
      if ((kept || this.annotateDropped) && elementsAnnotated(store, items)) {
        // What attrs changed on each element, kept past the store's reuse: the copies are made only when
        // the annotated list is read (see Deferred).
        const changes = items.map((el) => store.changesOf(el as Resource));
        // An element attrs left as it was stays the listed object (read-only, like every nested value an
        // output shares with the listing): no copy, and the reports write its text once for all policies.
        const copies = (): Resource[] =>
          items.map((el, i) => {
            const change = changes[i];
            return change === undefined
              ? (el as Resource)
              : store.rebuild(el as Resource, change, copyResource);
          });
        writeBackCopies(r, this.search as JmesSearch, this.key as string, items, copies, ctx);
      }
      store.forget(items);
      return kept;
    }
    const copies = this.copiesOf(items);
    const survivors = runSequenceSync(this.attrs, copies, attrsCtx);
    const kept = this.conclude(r, items, indicesOf(survivors), ctx);
    if (kept || this.annotateDropped)
      writeBack(r, this.search as JmesSearch, this.key as string, items, copies, ctx);
    return kept;
  }

  /**
   * The positions of the elements that pass every attr, one element at a time (attrs that allow it, on
   * distinct plain elements: the same verdicts and annotations as the sequence over the list, without a
   * list per attr). A failure is looked for again attr by attr, so that the error is the one the
   * sequence over the list meets first (firstFailureInOrder).
   */
  private matchedElements(items: unknown[], elementCtx: EvalContext): number[] {
    const attrs = this.attrs;
    const matched: number[] = [];
    try {
      outer: for (let j = 0; j < items.length; j++) {
        const el = items[j] as Resource;
        for (let k = 0; k < attrs.length; k++) {
          if (!(attrs[k] as Required<Filter>).testOne(el, elementCtx)) continue outer;
        }
        matched.push(j);
      }
    } catch (err) {
      this.elementStore.clear();
      throw firstFailureInOrder(attrs, items.slice() as Resource[], elementCtx, err);
    }
    return matched;
  }

  /** A missing or empty list matches only a count that 0 satisfies (count: 0 selects empty lists). */
  private emptyListKept(): boolean {
    return this.compare !== undefined && this.compare(0, this.count);
  }

  async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    if (this.isSync(ctx)) return this.processSync(resources, ctx);
    const out: Resource[] = [];
    const attrsCtx = ListItemFilter.attrsContext(ctx);
    for (const r of resources) {
      const items = this.itemsToTest(r, ctx);
      if (items === undefined) {
        if (this.emptyListKept()) out.push(r);
        continue;
      }
      if (this.attrs.length === 0) {
        if (this.conclude(r, items, undefined, ctx)) out.push(r);
        continue;
      }
      const copies = this.copiesOf(items);
      const survivors = await runSequence(this.attrs, copies, attrsCtx);
      // The positions first: writing back takes `c7n:_id` off the copies.
      const matched = indicesOf(survivors);
      writeBack(r, this.search as JmesSearch, this.key as string, items, copies, ctx);
      if (this.conclude(r, items, matched, ctx)) out.push(r);
    }
    return out;
  }

  /**
   * The list of one resource when its elements must be tested; undefined when it is missing or empty
   * (see emptyListKept).
   */
  private itemsToTest(r: Resource, ctx: EvalContext): unknown[] | undefined {
    const items = this.itemsOf(r, ctx);
    if (!pyTruthy(items)) return undefined;
    if (!Array.isArray(items)) {
      throw new PolicyRuntimeError(
        `list-item filter value for ${this.key as string} is a <class '${pyTypeName(items)}'> not a list`,
      );
    }
    if (this.attrs.length === 0) {
      // c7n tags every element with its position even without attrs, so non-mappings fail here too.
      for (let i = 0; i < items.length; i++) {
        const el: unknown = items[i];
        if (!isDict(el)) elementCopy(el, i, this.key as string);
      }
    }
    return items;
  }

  private copiesOf(items: unknown[]): Resource[] {
    const key = this.key as string;
    const copies = new Array<Resource>(items.length);
    for (let i = 0; i < items.length; i++) copies[i] = elementCopy(items[i], i, key);
    return copies;
  }

  /**
   * Whether the resource is kept per `count` or "some element matched"; notes the matched positions on it
   * (`c7n:ListItemMatches`) when kept without `count`.
   */
  private conclude(r: Resource, items: unknown[], indices: number[] | undefined, ctx: EvalContext): boolean {
    const matchedCount = indices === undefined ? items.length : indices.length;
    if (!this.keeps(matchedCount)) return false;
    if (this.compare !== undefined) return true;
    const notes = new Array<string>(matchedCount);
    for (let j = 0; j < matchedCount; j++)
      notes[j] = this.noteOf(indices === undefined ? j : (indices[j] as number));
    setAnnotation(r, LIST_ITEM_MATCHES, withNotes(matchesSoFar(r, ctx), notes), ctx);
    return true;
  }

  /** Whether `matchedCount` matched elements keep the resource: per `count`, or when there is one. */
  private keeps(matchedCount: number): boolean {
    return this.compare !== undefined ? this.compare(matchedCount, this.count) : matchedCount > 0;
  }

  /** `<key>[<i>]`, made once per position (the same few strings for every resource). */
  private noteOf(i: number): string {
    let note = this.notes[i];
    if (note === undefined) {
      note = `${this.key as string}[${i}]`;
      if (i < 1024) this.notes[i] = note;
    }
    return note;
  }
  private readonly notes: string[] = [];
}

/** list-item attrs as plain tests, and the keys their trail ids name. */
interface PlainAttrs {
  readonly tests: readonly PlainTest[];
  readonly keys: readonly unknown[];
}

/** The resource's `c7n:ListItemMatches` so far (a list, or none); any other value fails the policy. */
function matchesSoFar(r: Resource, ctx: EvalContext): unknown[] | undefined {
  const existing = getAnnotation(r, LIST_ITEM_MATCHES, ctx);
  if (existing !== undefined && !Array.isArray(existing)) {
    throw new PolicyRuntimeError(`list-item: the resource's ${LIST_ITEM_MATCHES} is not a list`);
  }
  return existing;
}

/** `c7n:ListItemMatches` with this resource's notes after what it had. */
function withNotes(existing: unknown[] | undefined, notes: string[]): unknown[] {
  return existing === undefined ? notes : [...existing, ...notes];
}

/** What processTail keeps aside for a kept resource. */
interface TailRecord {
  readonly items: unknown[];
  /** The matched positions, for `c7n:ListItemMatches` (undefined with `count`, which notes none). */
  readonly matched: number[] | undefined;
  /** The elements' trails, when attrs annotated some element. */
  readonly trails: number[] | undefined;
}

/**
 * Plain attrs over plain elements (see decidePlain): the positions that pass every test, and each
 * element's trail (undefined when no element was annotated). Undefined when a test fails: the general
 * path then reports the failure Cloud Custodian meets first (nothing was written).
 */
function testPlain(
  items: unknown[],
  plain: PlainAttrs,
  elementCtx: EvalContext,
): { matched: number[]; trails: number[] | undefined } | undefined {
  const tests = plain.tests;
  const n = items.length;
  const trails = new Array<number>(n);
  const matched: number[] = [];
  const trail = { value: 0 };
  let annotated = false;
  try {
    for (let j = 0; j < n; j++) {
      const el = items[j] as Resource;
      trail.value = 0;
      let passed = true;
      for (let k = 0; k < tests.length && passed; k++)
        passed = (tests[k] as PlainTest).test(el, elementCtx, trail);
      trails[j] = trail.value;
      if (trail.value !== 0) annotated = true;
      if (passed) matched.push(j);
    }
  } catch {
    return undefined;
  }
  return { matched, trails: annotated ? trails : undefined };
}

/**
 * The list as attrs left it, as the element store path makes it: unchanged elements stay the listed
 * objects, the others are copies with their `c7n:MatchedFilters` (plain elements have none of their own).
 */
function annotatedElements(
  items: unknown[],
  trails: readonly number[],
  keys: readonly unknown[],
): Resource[] {
  return items.map((el, j) => {
    const t = trails[j] as number;
    if (t === 0) return el as Resource;
    const copy = copyResource(el as Resource);
    copy[MATCHED_FILTERS] = trailKeys(t, keys);
    return copy;
  });
}

/** A key read as a plain field of the resource (see items()): its annotated list replaces the field. */
function isPlainField(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !(key in Object.prototype);
}

/** The positions attrs kept, from the `c7n:_id` of the surviving element copies. */
function indicesOf(survivors: readonly Resource[]): number[] {
  return survivors.map((c) => c[LIST_ITEM_ID_KEY] as number);
}

/** Whether attrs left an annotation on some element (in the element store of the in-place path). */
function elementsAnnotated(store: AnnotationStore, items: unknown[]): boolean {
  if (store.empty) return false;
  for (let i = 0; i < items.length; i++) if (store.changed(items[i] as Resource)) return true;
  return false;
}

/**
 * True when attrs may run on the elements themselves: every element is a mapping without annotation keys
 * (so none carries a `c7n:_id` or a list an annotation would append to), and no object is listed twice (so
 * blocks may identify elements by object, as positions would).
 */
function plainElements(items: unknown[]): boolean {
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const el = items[i];
    if (!isDict(el)) return false; // the copy path reports it
    for (const k in el) if (isAnnotationKey(k)) return false;
    for (let j = 0; j < i; j++) if (items[j] === el) return false;
    if (i >= 64) return distinctObjects(items);
  }
  return true;
}

function distinctObjects(items: unknown[]): boolean {
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    const el = items[i];
    if (seen.has(el)) return false;
    seen.add(el);
    if (i >= 64) {
      if (!isDict(el)) return false;
      for (const k in el) if (isAnnotationKey(k)) return false;
    }
  }
  return true;
}

/** The positions in `items` of `survivors` (elements of items, normally in their order). */
function positionsOf(items: unknown[], survivors: readonly Resource[]): number[] {
  const out = new Array<number>(survivors.length);
  let at = 0;
  for (let j = 0; j < survivors.length; j++) {
    const s = survivors[j];
    let k = at;
    while (k < items.length && items[k] !== s) k++;
    if (k === items.length) k = items.indexOf(s);
    out[j] = k;
    at = k + 1;
  }
  return out;
}

/** A private copy of one element, tagged with its position; list-valued annotations are copied too. */
function elementCopy(el: unknown, i: number, key: string): Resource {
  if (!isDict(el)) {
    throw new PolicyRuntimeError(
      `list-item ${key}: element ${i} is a ${pyTypeName(el)}, not a mapping; attrs can only test mappings`,
    );
  }
  const copy: Resource = copyResource(el);
  for (const k in copy) {
    if (isAnnotationKey(k)) {
      const v = copy[k];
      if (Array.isArray(v)) copy[k] = v.slice();
    }
  }
  copy[LIST_ITEM_ID_KEY] = i;
  return copy;
}

/** `a`, `a.b.c` or `"c7n:X"`: keys that name a plain field path, where the list can be replaced directly. */
const fieldPaths = new Map<string, string[] | undefined>();

function fieldPath(key: string): string[] | undefined {
  // Asked for every annotated resource: remembered per key (keys are few, from policies).
  if (fieldPaths.has(key)) return fieldPaths.get(key);
  const path = parseFieldPath(key);
  if (fieldPaths.size > 1000) fieldPaths.clear();
  fieldPaths.set(key, path);
  return path;
}

function parseFieldPath(key: string): string[] | undefined {
  if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(key)) return key.split('.');
  const quoted = /^"([^"\\]*)"$/.exec(key);
  return quoted ? [quoted[1] as string] : undefined;
}

/**
 * Puts the annotations attrs left on element copies onto the resource's own elements (see module doc).
 * For a plain field path the annotated copies simply replace the list (copying the mappings on the way
 * down); for any other JMESPath the resource gets a private deep copy and the annotations are set on the
 * elements the expression selects there.
 */
function writeBack(
  r: Resource,
  search: JmesSearch,
  key: string,
  items: unknown[],
  copies: Resource[],
  ctx: EvalContext,
): void {
  let changed = false;
  for (let i = 0; i < copies.length && !changed; i++) {
    changed = annotationsChanged(items[i] as Record<string, unknown>, copies[i] as Resource);
  }
  if (!changed) return;
  writeBackCopies(r, search, key, items, () => copies, ctx);
}

/**
 * writeBack once some element's annotations changed: `copies` makes the elements as attrs left them. For a
 * plain field path the annotated list (without `c7n:_id`) replaces the listed one in the overlay, made when
 * first read (Deferred): the mappings on the way down are copied then, from what they were now.
 */
function writeBackCopies(
  r: Resource,
  search: JmesSearch,
  key: string,
  items: unknown[],
  copies: () => Resource[],
  ctx: EvalContext,
): void {
  const path = fieldPath(key);
  if (path !== undefined && path.length > 0) {
    const head = path[0] as string;
    const top = getAnnotation(r, head, ctx);
    if (reaches(top, path, items)) {
      const list = (): unknown => {
        const made = copies();
        for (const c of made) if (LIST_ITEM_ID_KEY in c) delete c[LIST_ITEM_ID_KEY]; // (copies only)
        return replacedAlong(top, path, made);
      };
      // Deferred only in a policy run's store, whose readers make it; annotated in place, made now.
      setAnnotation(r, head, ctx.annotations === undefined ? list() : new Deferred(list), ctx);
      return;
    }
  }
  const made = copies();
  ownResource(r, ctx);
  const ownItems = search(ctx.annotations === undefined ? r : ctx.annotations.view(r));
  if (!Array.isArray(ownItems)) return;
  for (let i = 0; i < made.length; i++) {
    const target = ownItems[i] as unknown;
    const copy = made[i] as Resource;
    if (!isDict(target)) continue;
    for (const k of Object.keys(target)) if (isAnnotationKey(k) && !(k in copy)) delete target[k];
    for (const k in copy) if (k !== LIST_ITEM_ID_KEY && isAnnotationKey(k)) target[k] = copy[k];
  }
}

/** Whether the field path, walked down from `top` (the value of its head), leads to the list `items`. */
function reaches(top: unknown, path: readonly string[], items: unknown[]): boolean {
  let at = top;
  for (let d = 1; d < path.length; d++) {
    if (!isDict(at)) return false;
    at = at[path[d] as string];
  }
  return at === items;
}

/** `top` with the list at the end of the path replaced by `list`, every mapping on the way copied. */
function replacedAlong(top: unknown, path: readonly string[], list: Resource[]): unknown {
  if (path.length === 1) return list;
  const root = { ...(top as Record<string, unknown>) };
  let parent = root;
  for (let d = 1; d < path.length - 1; d++) {
    const seg = path[d] as string;
    parent = parent[seg] = { ...(parent[seg] as Record<string, unknown>) };
  }
  parent[path[path.length - 1] as string] = list;
  return root;
}

export const listItemFilter: FilterDefinition = {
  type: 'list-item',
  permissions: [],
  create(data: Record<string, unknown>, build: FilterBuilder): Filter {
    const attrs = data.attrs === undefined || data.attrs === null ? [] : data.attrs;
    if (!Array.isArray(attrs)) throw new PolicyRuntimeError('list-item `attrs` must be a list of filters');
    return new ListItemFilter(data.key, attrs.map(build), data.count, data['count_op']);
  },
};

/**
 * Annotations of one policy run, kept BESIDE the resources instead of on them (spec §3.5, §4.3).
 *
 * The engine evaluates every policy of a target on the same listed objects, which are never written:
 * whatever a filter adds or replaces at the top level of a resource (`c7n*` annotations, and the list a
 * `list-item` annotated the elements of) goes to that resource's overlay in the run's AnnotationStore
 * (`ctx.annotations`). The resource as a filter must see it is the listed object with its overlay laid
 * over it; readers that only touch keys the overlay does not have read the listed object directly (the
 * common case, no copy), the others read a merged view. Only the resources a policy matches become output
 * objects (listed object + overlay, see materialize), so nothing is copied or restored for the rest.
 *
 * Two kinds of overlay content are kept in a cheaper form until something reads them: the keys value
 * filters append to `c7n:MatchedFilters` (a small number per resource, see AnnotationStore.trails), and
 * list-item's annotated copy of a list (a Deferred value). What filters and outputs see is the same.
 *
 * Without a store (filters called directly, list elements inside `list-item` attrs, conditions), filters
 * annotate their subjects in place, as Cloud Custodian does; the helpers below take both paths.
 */
import type { EvalContext, Resource } from './types.js';

/** Any key whose name starts with `c7n` (no colon needed) is an annotation for the sweeping rules (§3.5). */
export function isAnnotationKey(key: string): boolean {
  return key.charCodeAt(0) === 99 /* c */ && key.startsWith('c7n');
}

/** A resource's top-level values that differ in this policy run, in the order they were first set. */
export type Overlay = Record<string, unknown>;

/**
 * A resource's annotations at a point in time, as flat [key, value, key, value...] pairs (lists copied);
 * null when it had none.
 */
export type AnnotationSnapshot = unknown[] | null;

/**
 * A resource's annotations in a policy run's store at a point in time: an AnnotationSnapshot of its
 * overlay, or, when it had no overlay, its `c7n:MatchedFilters` trail (a number, see AnnotationStore).
 */
export type StoreSnapshot = AnnotationSnapshot | number;

/** The annotation the value filter appends its key to on a match (§5.4). */
export const MATCHED_FILTERS = 'c7n:MatchedFilters';

/** Keys a trail can name: ids 1..15, four bits each. */
const TRAIL_IDS = 15;
/** A trail below this has room for one more key (seven keys in 28 bits: a small integer in V8). */
const TRAIL_ROOM = 1 << 24;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** o[k] = v, also for a key `__proto__` (JSON may have one), which must not set the prototype. */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

/**
 * An overlay value made when first read. list-item's annotated copy of a list (copies of the list, of its
 * elements and of the mappings above it) is mostly read only by the output object, and most resources
 * never become one; the store makes the value when anything reads it (get, a merged view, the output).
 */
export class Deferred {
  private value: unknown;
  constructor(private make: (() => unknown) | undefined) {}

  get(): unknown {
    const make = this.make;
    if (make !== undefined) {
      this.value = make();
      this.make = undefined;
    }
    return this.value;
  }
}

/** ov[k], made first if it was deferred (and then kept made). */
function settled(ov: Overlay, k: string): unknown {
  const v = ov[k];
  if (!(v instanceof Deferred)) return v;
  const made = v.get();
  ov[k] = made;
  return made;
}

export class AnnotationStore {
  private readonly overlays = new Map<Resource, Overlay>();
  /**
   * The keys value filters appended to a resource's `c7n:MatchedFilters` and that are not in its overlay
   * yet, as a number: one hex digit per key, naming it by its id in trailKeys. A match is the value
   * filter's most frequent annotation by far; kept this way it costs no object, no list and no overlay
   * (the lists and overlays the old way made were most of the garbage collector's work). The list is
   * made (flush) before anything can see it: a reader of `c7n:MatchedFilters`, a merged view, another
   * annotation being set (so keys keep their order), a snapshot of an overlay, or the output object.
   */
  private readonly trails = new Map<Resource, number>();
  /** The keys trails name, by id - 1 (at most TRAIL_IDS; other keys go to the list directly). */
  private readonly trailKeys: unknown[] = [];
  private readonly trailIds = new Map<unknown, number>();
  /** The private deep copies ownDeep made (a value restored to the listed one is copied again). */
  private readonly owned = new WeakSet<object>();
  /**
   * True when the subjects evaluated with this store are distinct objects with distinct identities (every
   * listed resource has its own `Id`, all different; list elements evaluated in place are distinct objects):
   * blocks may then identify them by position (src/filters/blocks.ts) instead of by identity key.
   */
  readonly distinct: boolean;

  constructor(options: { readonly distinct?: boolean } = {}) {
    this.distinct = options.distinct === true;
  }

  /** Forgets every overlay (a store reused for the next subject list). */
  clear(): void {
    // (Map.clear allocates a new table even for an empty map: asked per resource by list-item)
    if (this.overlays.size > 0) this.overlays.clear();
    if (this.trails.size > 0) this.trails.clear();
  }

  /**
   * Forgets what the run changed on these subjects, the only ones it changed (a store reused for the next
   * short list: deleting a few entries costs no new table, as clear() would).
   */
  forget(subjects: readonly unknown[]): void {
    for (let i = 0; i < subjects.length; i++) {
      const el = subjects[i] as Resource;
      if (this.trails.size > 0) this.trails.delete(el);
      if (this.overlays.size > 0) this.overlays.delete(el);
    }
    this.clear(); // (anything else: not expected, but then forgotten too)
  }

  /** True when some subject has an overlay (a change other than pending `c7n:MatchedFilters` appends). */
  get overlaid(): boolean {
    return this.overlays.size > 0;
  }

  /** True when the store has annotations for no subject. */
  get empty(): boolean {
    return this.overlays.size === 0 && this.trails.size === 0;
  }

  /** Whether the policy run has changed the resource (an overlay key, or a pending match). */
  changed(r: Resource): boolean {
    if (this.trails.size > 0 && this.trails.has(r)) return true;
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    return ov !== undefined && Object.keys(ov).length > 0;
  }

  /**
   * What the run changed on `r` as one number: its pending matches (a trail; 0 when none), or -1 when it
   * has an overlay, which a number cannot hold.
   */
  pendingOf(r: Resource): number {
    if (this.overlays.size > 0 && this.overlays.has(r)) return -1;
    return this.trails.size === 0 ? 0 : (this.trails.get(r) ?? 0);
  }

  /** Gives `r`, which the run has not changed, the pending matches `trail` (from pendingOf, > 0). */
  setPending(r: Resource, trail: number): void {
    this.trails.set(r, trail);
  }

  /** materialize() for a resource whose only change is `trail` (pendingOf, ≥ 0), kept outside the store. */
  materializePending(r: Resource, trail: number, copy: (r: Resource) => Resource): Resource {
    return this.rebuild(r, trail === 0 ? undefined : { ov: undefined, trail }, copy);
  }

  /**
   * Appends `key` to the resource's `c7n:MatchedFilters` as the value filter does on a match: a list is
   * made when there is none; a list there is extended (the run's own copy of it); any other value there
   * is left as it is.
   */
  appendMatched(r: Resource, key: unknown): void {
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    const inOverlay = ov !== undefined && MATCHED_FILTERS in ov;
    // (a listed key whose value is undefined cannot come from JSON or Python; it reads as absent here)
    const existing = inOverlay ? settled(ov, MATCHED_FILTERS) : r[MATCHED_FILTERS];
    if (existing === undefined ? inOverlay : !Array.isArray(existing)) return;
    let id = this.trailIds.get(key);
    if (id === undefined && this.trailKeys.length < TRAIL_IDS) {
      id = this.trailKeys.push(key);
      this.trailIds.set(key, id);
    }
    const trail = this.trails.get(r) ?? 0;
    if (id !== undefined && trail < TRAIL_ROOM) {
      this.trails.set(r, trail * 16 + id);
      return;
    }
    this.flush(r);
    const list = this.overlays.get(r)?.[MATCHED_FILTERS];
    if (Array.isArray(list))
      list.push(key); // the run's own list, made by flush
    else this.set(r, MATCHED_FILTERS, existing === undefined ? [key] : [...(existing as unknown[]), key]);
  }

  /** Writes the resource's pending matches into its overlay's `c7n:MatchedFilters` list. */
  private flush(r: Resource): void {
    if (this.trails.size === 0) return;
    const trail = this.trails.get(r);
    if (trail === undefined) return;
    this.trails.delete(r);
    const keys = this.keysOf(trail);
    let ov = this.overlays.get(r);
    if (ov === undefined) this.overlays.set(r, (ov = {}));
    const own = hasOwn(ov, MATCHED_FILTERS) ? settled(ov, MATCHED_FILTERS) : undefined;
    if (Array.isArray(own)) own.push(...keys);
    else {
      // appendMatched saw a list as listed, or none: the run gets its own list.
      const listed = r[MATCHED_FILTERS];
      ov[MATCHED_FILTERS] = Array.isArray(listed) ? [...(listed as unknown[]), ...keys] : keys;
    }
  }

  /** The keys a trail names, in the order they were appended. */
  private keysOf(trail: number): unknown[] {
    return trailKeys(trail, this.trailKeys);
  }

  /**
   * The subject a reader of the top-level keys `heads` (undefined: any) should evaluate: the listed object
   * when the run changed none of them, else the merged view.
   */
  subjectFor(
    r: Resource,
    heads: readonly string[] | undefined,
    readsMatched = readsMatchedFilters(heads),
  ): Resource {
    if (readsMatched && this.trails.size > 0) this.flush(r);
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    return ov === undefined || unaffected(heads, ov) ? r : merge(r, ov);
  }
  /** Whether the resource (as this policy sees it) has the key. */
  has(r: Resource, key: string): boolean {
    if (key === MATCHED_FILTERS) this.flush(r);
    const ov = this.overlays.get(r);
    return (ov !== undefined && hasOwn(ov, key)) || key in r;
  }

  /** The value of a top-level key as this policy sees it. */
  get(r: Resource, key: string): unknown {
    if (key === MATCHED_FILTERS) this.flush(r);
    const ov = this.overlays.get(r);
    return ov !== undefined && hasOwn(ov, key) ? settled(ov, key) : r[key];
  }

  set(r: Resource, key: string, value: unknown): void {
    this.flush(r); // pending matches first: annotations keep the order they were made in
    let ov = this.overlays.get(r);
    if (ov === undefined) {
      ov = {}; // a plain object: V8 keeps it fast (Object.create(null) makes a dictionary)
      this.overlays.set(r, ov);
    }
    put(ov, key, value);
  }

  /**
   * The resource as this policy sees it: the listed object itself when it has no overlay, else a fresh
   * merged object (listed keys in place, overlay values over them, new keys after them in order).
   */
  view(r: Resource): Resource {
    this.flush(r);
    const ov = this.overlays.get(r);
    return ov === undefined ? r : merge(r, ov);
  }

  /**
   * Gives the resource private deep copies of its object-valued fields (once per policy run), so that
   * elements selected inside them can be annotated (list-item with a JMESPath key that is not a path).
   */
  ownDeep(r: Resource, deepCopy: (v: unknown) => unknown): void {
    const seen = this.view(r);
    for (const k of Object.keys(seen)) {
      const v = seen[k];
      if (v !== null && typeof v === 'object' && !(v instanceof Date) && !this.owned.has(v)) {
        const copy = deepCopy(v);
        if (copy !== null && typeof copy === 'object') this.owned.add(copy);
        this.set(r, k, copy);
      }
    }
  }

  /** The annotations (`c7n*` keys) of the resource as the policy sees it now (§4.3 block snapshots). */
  snapshot(r: Resource): StoreSnapshot {
    // Annotations live only in the store (the listed object is never written, see the module doc).
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    if (ov === undefined) return this.trails.size === 0 ? null : (this.trails.get(r) ?? null);
    this.flush(r);
    // A deferred annotation is made first: the snapshot must hold a copy of the list, not the Deferred,
    // whose list a later append would change in place.
    for (const k in ov) if (isAnnotationKey(k) && ov[k] instanceof Deferred) settled(ov, k);
    return snapshotAnnotations(ov);
  }

  /** Puts the annotations back as they were at the snapshot (other overlay keys stay). */
  restore(r: Resource, snap: StoreSnapshot): void {
    // A number: the resource had no overlay then, only this trail.
    if (typeof snap === 'number') this.trails.set(r, snap);
    else if (this.trails.size > 0) this.trails.delete(r);
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    // Without an overlay nothing was set since the snapshot (setting makes one).
    if (ov !== undefined) restoreAnnotations(ov, typeof snap === 'number' ? null : snap);
  }

  /** The output object of a matched resource: a copy of the listed object with the overlay applied. */
  materialize(r: Resource, copy: (r: Resource) => Resource): Resource {
    return this.rebuild(r, this.changesOf(r), copy);
  }

  /**
   * What the run changed on `r` so far (undefined: nothing), for rebuild() once the store has moved on
   * (list-item's element store is cleared for every resource).
   */
  changesOf(r: Resource): Changes | undefined {
    const ov = this.overlays.size === 0 ? undefined : this.overlays.get(r);
    const trail = this.trails.size === 0 ? undefined : this.trails.get(r);
    return ov === undefined && trail === undefined ? undefined : { ov, trail };
  }

  /**
   * The output object of `r` with `changes` applied: the listed object copied, overlay values over it,
   * then the pending matches, exactly as flushing them first would have placed them.
   */
  rebuild(r: Resource, changes: Changes | undefined, copy: (r: Resource) => Resource): Resource {
    const out = copy(r);
    if (changes === undefined) return out;
    const { ov, trail } = changes;
    if (ov !== undefined) for (const k in ov) put(out, k, settled(ov, k));
    if (trail !== undefined) {
      const base = ov !== undefined && hasOwn(ov, MATCHED_FILTERS) ? ov[MATCHED_FILTERS] : r[MATCHED_FILTERS];
      const keys = this.keysOf(trail);
      put(out, MATCHED_FILTERS, Array.isArray(base) ? [...(base as unknown[]), ...keys] : keys);
    }
    return out;
  }
}

/**
 * The keys a trail names (one hex digit per append, most recent last; digit d names keys[d - 1]), in the
 * order they were appended.
 */
export function trailKeys(trail: number, keys: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (; trail > 0; trail = Math.floor(trail / 16)) out.push(keys[(trail % 16) - 1]);
  return out.reverse();
}

/** Whether a reader of these top-level keys (undefined: any) can see `c7n:MatchedFilters`. */
export function readsMatchedFilters(heads: readonly string[] | undefined): boolean {
  return heads === undefined || heads.includes(MATCHED_FILTERS);
}

/** What a policy run changed on one subject: its overlay and its pending matches. */
export interface Changes {
  readonly ov: Overlay | undefined;
  readonly trail: number | undefined;
}

function merge(r: Resource, ov: Overlay): Resource {
  const out: Resource = hasOwn(r, '__proto__') ? { ...r } : (Object.assign({}, r) as Resource);
  for (const k in ov) put(out, k, settled(ov, k));
  return out;
}

/**
 * The annotations of a mapping (a resource annotated in place, or a policy's overlay of one) at a point in
 * time, as flat [key, value, key, value...] pairs; null when it had none. Values are kept by reference,
 * except lists, which are copied: the only in-place change filters make to an annotation is appending to a
 * list (`c7n:MatchedFilters`); everything else replaces the value (list-item takes a private deep copy of a
 * resource before annotating nested elements).
 */
export function snapshotAnnotations(record: Record<string, unknown>): AnnotationSnapshot {
  let snap: unknown[] | null = null;
  for (const k in record) {
    if (isAnnotationKey(k)) {
      const v = record[k];
      (snap ??= []).push(k, Array.isArray(v) ? v.slice() : v);
    }
  }
  return snap;
}

/** True when the mapping's annotations are exactly those of the snapshot (same keys, same values). */
function unchangedSince(record: Record<string, unknown>, snap: AnnotationSnapshot): boolean {
  let i = 0;
  const n = snap === null ? 0 : snap.length;
  for (const k in record) {
    if (!isAnnotationKey(k)) continue;
    if (i >= n || (snap as unknown[])[i] !== k) return false;
    const was = (snap as unknown[])[i + 1];
    const now = record[k];
    if (now !== was) {
      if (!Array.isArray(now) || !Array.isArray(was) || now.length !== was.length) return false;
      for (let j = 0; j < now.length; j++) if (now[j] !== was[j]) return false;
    }
    i += 2;
  }
  return i === n;
}

/**
 * Drops every annotation of the mapping added since the snapshot and puts the old values back. Most
 * subjects come out of a block untouched, so that case is detected first and costs no writes.
 */
export function restoreAnnotations(record: Record<string, unknown>, snap: AnnotationSnapshot): void {
  if (unchangedSince(record, snap)) return;
  for (const k in record) {
    if (isAnnotationKey(k) && (snap === null || !snap.includes(k))) delete record[k];
  }
  if (snap !== null) {
    for (let i = 0; i < snap.length; i += 2) {
      const v = snap[i + 1];
      record[snap[i] as string] = Array.isArray(v) ? v.slice() : v;
    }
  }
}

/** The top-level keys a key expression reads: a field path's head; undefined when it may read anything. */
export function headsOfPath(expr: string): string | undefined {
  const m = /^(?:([A-Za-z_][A-Za-z0-9_]*)|"([^"\\]*)")(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.exec(expr);
  if (m === null) return undefined;
  return m[1] ?? m[2];
}

/** True when none of `heads` is in the overlay (so the listed object reads the same as the view). */
export function unaffected(heads: readonly string[] | undefined, ov: Overlay): boolean {
  if (heads === undefined) return false;
  for (let i = 0; i < heads.length; i++) if (hasOwn(ov, heads[i] as string)) return false;
  return true;
}

/** The subject a reader with these heads should evaluate for resource `r` in this context. */
export function subjectFor(r: Resource, heads: readonly string[] | undefined, ctx: EvalContext): Resource {
  const store = ctx.annotations;
  return store === undefined ? r : store.subjectFor(r, heads);
}

/** `key in r`, through the policy's store when there is one. */
export function hasAnnotation(r: Resource, key: string, ctx: EvalContext): boolean {
  const store = ctx.annotations;
  return store === undefined ? key in r : store.has(r, key);
}

/** `r[key]`, through the policy's store when there is one. */
export function getAnnotation(r: Resource, key: string, ctx: EvalContext): unknown {
  const store = ctx.annotations;
  return store === undefined ? r[key] : store.get(r, key);
}

/** `r[key] = value`, into the policy's store when there is one. */
export function setAnnotation(r: Resource, key: string, value: unknown, ctx: EvalContext): void {
  const store = ctx.annotations;
  if (store === undefined) r[key] = value;
  else store.set(r, key, value);
}

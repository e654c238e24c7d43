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

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** o[k] = v, also for a key `__proto__` (JSON may have one), which must not set the prototype. */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

export class AnnotationStore {
  private readonly overlays = new Map<Resource, Overlay>();
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
    this.overlays.clear();
  }

  /** True when the store has overlays for no subject. */
  get empty(): boolean {
    return this.overlays.size === 0;
  }
  /** The private deep copies ownDeep made (a value restored to the listed one is copied again). */
  private readonly owned = new WeakSet<object>();

  /** The overlay of a resource, undefined when the policy has not changed it. */
  overlay(r: Resource): Overlay | undefined {
    return this.overlays.get(r);
  }

  /** Whether the resource (as this policy sees it) has the key. */
  has(r: Resource, key: string): boolean {
    const ov = this.overlays.get(r);
    return (ov !== undefined && hasOwn(ov, key)) || key in r;
  }

  /** The value of a top-level key as this policy sees it. */
  get(r: Resource, key: string): unknown {
    const ov = this.overlays.get(r);
    return ov !== undefined && hasOwn(ov, key) ? ov[key] : r[key];
  }

  set(r: Resource, key: string, value: unknown): void {
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
  snapshot(r: Resource): AnnotationSnapshot {
    const ov = this.overlays.get(r);
    // Annotations live only in the overlay (the listed object is never written, see the module doc).
    return ov === undefined ? null : snapshotAnnotations(ov);
  }

  /** Puts the annotations back as they were at the snapshot (other overlay keys stay). */
  restore(r: Resource, snap: AnnotationSnapshot): void {
    const ov = this.overlays.get(r);
    // Without an overlay nothing was added since a snapshot (a snapshot needs an overlay).
    if (ov !== undefined) restoreAnnotations(ov, snap);
  }

  /** The output object of a matched resource: a copy of the listed object with the overlay applied. */
  materialize(r: Resource, copy: (r: Resource) => Resource): Resource {
    const ov = this.overlays.get(r);
    const out = copy(r);
    if (ov !== undefined) for (const k in ov) put(out, k, ov[k]);
    return out;
  }
}

function merge(r: Resource, ov: Overlay): Resource {
  const out: Resource = hasOwn(r, '__proto__') ? { ...r } : (Object.assign({}, r) as Resource);
  for (const k in ov) put(out, k, ov[k]);
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
  if (store === undefined) return r;
  const ov = store.overlay(r);
  return ov === undefined || unaffected(heads, ov) ? r : store.view(r);
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

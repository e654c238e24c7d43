/**
 * `reduce` (spec §14): groups, orders and trims the resource set; never calls AWS.
 *
 * Sort values are typed once per resource (number, date or Python `str()`), with a null sentinel chosen
 * from `order` and `null-order`, so every sort compares values of one type with a plain comparator.
 * `order: randomize` shuffles with a replaceable random source (setReduceRandom) so tests are repeatable.
 */
import { PolicyRuntimeError } from '../errors.js';
import { parseDate } from './dates.js';
import { compareStrings, pyFloat, pyStr, pyStrip, pyTypeName } from './python.js';
import type { ColumnKey, EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { readsMatchedFilters } from './annotations.js';
import { compileKey, keyHeads, type KeyResolver } from './value.js';

type SortType = 'number' | 'date' | 'string';
type SortValue = number | Date | string;

interface SortConfig {
  readonly resolve: KeyResolver;
  readonly type: SortType;
  /** The top-level fields `resolve` reads (see keyHeads). */
  readonly heads: readonly string[] | undefined;
  /** The key as a listing column (EvalContext.columns), when it has no value_regex. */
  readonly column?: ColumnKey;
}

let random: () => number = Math.random;

/** Replaces the random source of `order: randomize` (undefined restores Math.random). */
export function setReduceRandom(source: (() => number) | undefined): void {
  random = source ?? Math.random;
}

/** A small seedable generator (mulberry32) for repeatable `randomize` in tests and benchmarks. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
  return items;
}

/** The column of a key read without value_regex (the signature a value filter's leaf gives it). */
function columnKey(key: string, resolve: KeyResolver): ColumnKey {
  const tag = key.startsWith('tag:') ? key.slice(4) : undefined;
  return { signature: JSON.stringify([key, null, null]), resolve, ...(tag !== undefined ? { tag } : {}) };
}

function sortConfig(raw: unknown, where: string): SortConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') {
    const resolve = compileKey(raw, undefined);
    return { resolve, type: 'string', heads: keyHeads(raw), column: columnKey(raw, resolve) };
  }
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (typeof o.key !== 'string') throw new PolicyRuntimeError(`reduce ${where}: \`key\` must be a string`);
    const regex = typeof o.value_regex === 'string' ? o.value_regex : undefined;
    // An unknown value_type behaves as `string`, as in c7n.
    const type: SortType = o.value_type === 'number' || o.value_type === 'date' ? o.value_type : 'string';
    const resolve = compileKey(o.key, regex);
    const column = regex === undefined ? columnKey(o.key, resolve) : undefined;
    return { resolve, type, heads: keyHeads(o.key), ...(column !== undefined ? { column } : {}) };
  }
  throw new PolicyRuntimeError(`reduce ${where} must be a key or {key, value_type, value_regex}`);
}

/** Python float() of a resolved value: strings that do not parse give null; other kinds crash. */
function toFloat(x: unknown, where: string): number | null {
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return isDigits(x) ? Number(x) : (pyFloat(pyStrip(x)) ?? null);
  throw new PolicyRuntimeError(
    `reduce ${where}: cannot sort a ${pyTypeName(x)} as a number (float() argument must be a string or a real number)`,
  );
}

/**
 * Whether `s` is ASCII digits only, such as a numeric tag value: float() of it is then Number(s) (no
 * whitespace, sign, underscore or exponent to handle), without pyFloat's regular expressions.
 */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MIN_DATE = new Date('0001-01-01T00:00:00.000Z');
const MAX_DATE = new Date('9999-12-31T23:59:59.999Z');

function nullSentinel(type: SortType, first: boolean): SortValue {
  switch (type) {
    case 'number':
      return first ? -Infinity : Infinity;
    case 'date':
      return first ? MIN_DATE : MAX_DATE;
    default:
      return first ? '' : '\uffff';
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number') return a < (b as number) ? -1 : a > (b as number) ? 1 : 0;
  if (typeof a === 'string') return a === b ? 0 : compareStrings(a, b as string);
  return a.getTime() - (b as Date).getTime();
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Sort keys of one group, read by position: numbers (dates as their times) or typed values. */
type Keys = Float64Array | readonly SortValue[];

/**
 * Positions ordered by keys that all have one type JavaScript's < orders as Python does: numbers (dates as
 * times), or strings without surrogates (UTF-16 code unit order is then code point order).
 */
function plainComparator(
  ks: ArrayLike<number> | ArrayLike<string>,
  desc: boolean,
): (a: number, b: number) => number {
  return desc
    ? (a, b) => {
        const x = ks[a] as number | string;
        const y = ks[b] as number | string;
        return y < x ? -1 : y > x ? 1 : a - b;
      }
    : (a, b) => {
        const x = ks[a] as number | string;
        const y = ks[b] as number | string;
        return x < y ? -1 : x > y ? 1 : a - b;
      };
}

/**
 * A comparator of positions 0..n-1 by keys[position] (compareValues, reversed for `desc`), ties broken by
 * position. Keys of one sort config all have one type (sentinels included); that type gets a comparator of
 * its own (numeric keys, dates by their times), anything else the generic one.
 */
function positionComparator(keys: Keys, desc: boolean): (a: number, b: number) => number {
  if (keys instanceof Float64Array) return plainComparator(keys, desc);
  const n = keys.length;
  const first = keys[0];
  const kind = typeof first;
  let same = true;
  if (first instanceof Date) {
    for (let i = 1; i < n && same; i++) same = keys[i] instanceof Date;
  } else {
    for (let i = 1; i < n && same; i++) same = typeof keys[i] === kind;
  }
  if (same && kind === 'number') return plainComparator(keys as readonly number[], desc);
  if (same && kind === 'string') {
    const ks = keys as readonly string[];
    let surrogates = false;
    for (let i = 0; i < n && !surrogates; i++) surrogates = SURROGATE.test(ks[i] as string);
    if (!surrogates) return plainComparator(ks, desc);
    return desc
      ? (a, b) => {
          const x = ks[a] as string;
          const y = ks[b] as string;
          return x === y ? a - b : compareStrings(y, x) || a - b;
        }
      : (a, b) => {
          const x = ks[a] as string;
          const y = ks[b] as string;
          return x === y ? a - b : compareStrings(x, y) || a - b;
        };
  }
  if (same && first instanceof Date) return plainComparator(datesAsTimes(keys as readonly Date[]), desc);
  return desc
    ? (a, b) => compareValues(keys[b] as SortValue, keys[a] as SortValue) || a - b
    : (a, b) => compareValues(keys[a] as SortValue, keys[b] as SortValue) || a - b;
}

function datesAsTimes(dates: readonly Date[]): Float64Array {
  const ts = new Float64Array(dates.length);
  for (let i = 0; i < dates.length; i++) ts[i] = (dates[i] as Date).getTime();
  return ts;
}

/**
 * Whether positionComparator(keys) is a strict total order, so that the sorted order is the same whatever
 * the algorithm (top-k selection included). A NaN key (float('nan')) compares equal to everything, which
 * is not transitive: then only the full sort reproduces the order. (Sort-by keys that are not numbers are
 * all strings; anything else is left to the full sort too.)
 */
function totalOrder(keys: Keys): boolean {
  if (!(keys instanceof Float64Array)) return keys.every((k) => typeof k === 'string');
  for (let i = 0; i < keys.length; i++) if (keys[i] !== keys[i]) return false;
  return true;
}

/** Positions 0..n-1 sorted by `cmp`. */
function sortedPositions(n: number, cmp: (a: number, b: number) => number): number[] {
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return idx.sort(cmp);
}

/**
 * The first `k` of sortedPositions(n, cmp), for a strict total order `cmp`, in O(n log k): a max-heap
 * holds the best k seen so far, its worst on top, so most positions cost one comparison with the top.
 */
function firstPositions(n: number, k: number, cmp: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  const heap = new Array<number>(k);
  for (let i = 0; i < k; i++) heap[i] = i;
  for (let j = (k >> 1) - 1; j >= 0; j--) siftDown(heap, j, cmp);
  for (let i = k; i < n; i++) {
    if (cmp(i, heap[0] as number) < 0) {
      heap[0] = i;
      siftDown(heap, 0, cmp);
    }
  }
  return heap.sort(cmp);
}

/** Restores the max-heap property (no child after its parent by `cmp`) below heap[j]. */
function siftDown(heap: number[], j: number, cmp: (a: number, b: number) => number): void {
  const k = heap.length;
  const x = heap[j] as number;
  for (;;) {
    let c = 2 * j + 1;
    if (c >= k) break;
    if (c + 1 < k && cmp(heap[c + 1] as number, heap[c] as number) > 0) c++;
    if (cmp(heap[c] as number, x) <= 0) break;
    heap[j] = heap[c] as number;
    j = c;
  }
  heap[j] = x;
}

let topK = true;

/** Testing hook: false makes every asc/desc ordering a full sort (the reference for the top-k path). */
export function setReduceTopK(enabled: boolean): void {
  topK = enabled;
}

/**
 * Whether positions 0..n-1 come nearly in the reverse of `cmp`'s order (few ascending pairs): then each
 * would displace the heap's top (n log k), whereas the full sort reverses descending runs in linear time.
 * Unordered input gives up after about n/16 comparisons.
 */
function nearlyReversed(n: number, cmp: (a: number, b: number) => number): boolean {
  const allowed = n >> 5;
  let ascents = 0;
  for (let i = 1; i < n; i++) if (cmp(i - 1, i) < 0 && ++ascents > allowed) return false;
  return true;
}

/**
 * The first `end` (all when undefined) of `items` stably sorted by keys (ascending unless `desc`). When a
 * quarter of the group or less is wanted, those are selected instead of sorting the whole group.
 */
function sortedPrefix<T>(items: readonly T[], keys: Keys, desc: boolean, end: number | undefined): T[] {
  const n = items.length;
  const cmp = positionComparator(keys, desc);
  const select = topK && end !== undefined && end <= n >> 2 && totalOrder(keys) && !nearlyReversed(n, cmp);
  const idx = select ? firstPositions(n, end, cmp) : sortedPositions(n, cmp);
  const out = new Array<T>(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = items[idx[i] as number] as T;
  return out;
}

/** UTC dates of years 1000–9999, whose Python str() (`YYYY-MM-DD HH:MM:SS[.ffffff]+00:00`) sorts as time. */
function strSortsAsTime(d: Date): boolean {
  const t = d.getTime();
  return t >= -30610224000000 && t < 253402300800000;
}

/**
 * Reads a key of each of `rs` as the policy sees it (through its annotation store, when it has one):
 * read(r, j) for rs[j]. From the listing's column when the run changed nothing the key reads.
 */
function keyReader(
  config: SortConfig,
  rs: readonly Resource[],
  ctx: EvalContext,
): (r: Resource, j: number) => unknown {
  const { resolve, heads, column } = config;
  const store = ctx.annotations;
  const readsMatched = readsMatchedFilters(heads);
  if (column !== undefined && ctx.columns !== undefined && rs.length > 0) {
    // (pending matches change only `c7n:MatchedFilters`; any other change is an overlay)
    if (store === undefined || (!store.overlaid && !(readsMatched && !store.empty))) {
      const values = ctx.columns.valuesOf(column, rs);
      if (values !== undefined) return (_r, j) => values[j];
    }
  }
  // Without annotations every subject is the listed object (resolving writes none meanwhile).
  if (store === undefined || store.empty) return resolve;
  // Worked out once here rather than per resource (the store's default).
  return (r) => resolve(store.subjectFor(r, heads, readsMatched));
}

interface Group {
  readonly key: SortValue;
  /** The group ordered; after a top-k selection it holds only the first kept(size).end. */
  resources: Resource[];
  /** The number of resources in the group (what trim's percentages are of). */
  readonly size: number;
}

/** What trimming keeps of a group: its positions start..end-1, or the slice index Python would reject. */
type Kept =
  { readonly start: number; readonly end: number } | { readonly field: string; readonly value: unknown };

class ReduceFilter implements Filter {
  readonly type = 'reduce';
  private readonly groupBy?: SortConfig;
  private readonly sortBy?: SortConfig;
  private readonly order: string;
  private readonly nullsFirst: boolean;
  private readonly sortInsideGroups: boolean;
  private readonly sortGroups: boolean;
  private readonly limit: unknown;
  private readonly limitPercent: number;
  private readonly discard: unknown;
  private readonly discardPercent: number;

  constructor(data: Record<string, unknown>) {
    this.groupBy = sortConfig(data['group-by'], 'group-by');
    this.sortBy = sortConfig(data['sort-by'], 'sort-by');
    this.order = typeof data.order === 'string' ? data.order : 'asc';
    const nullOrder = typeof data['null-order'] === 'string' ? data['null-order'] : 'last';
    this.nullsFirst =
      (nullOrder === 'last' && this.order === 'desc') || (nullOrder === 'first' && this.order !== 'desc');
    // Sorting only happens when the policy asks for it, explicitly (§14.3 steps 2 and 3).
    this.sortInsideGroups = 'sort-by' in data || 'order' in data;
    this.sortGroups = 'group-by' in data || 'order' in data;
    this.limit = data.limit ?? 0;
    this.limitPercent = typeof data['limit-percent'] === 'number' ? data['limit-percent'] : 0;
    this.discard = data.discard ?? 0;
    this.discardPercent = typeof data['discard-percent'] === 'number' ? data['discard-percent'] : 0;
  }

  /** The typed value (§14.2) of a resolved key `x`: the null sentinel for null. */
  private typed(config: SortConfig, x: unknown, ctx: EvalContext, where: string): SortValue {
    if (x !== null && x !== undefined) {
      if (config.type === 'number') x = toFloat(x, where);
      else if (config.type === 'date') x = parseDate(x, ctx.now);
      else x = pyStr(x);
    }
    if (x === null || x === undefined) return nullSentinel(config.type, this.nullsFirst);
    return x as SortValue;
  }

  /**
   * The sort-by keys of a group. Number and date values go straight into a Float64Array (dates as
   * times). Strings stay strings, except that when every value is a date whose str() sorts as its time
   * (e.g. sort-by CreatedTime), the times are used instead, sparing a string per resource.
   * Each resource is resolved and converted before the next is read, so errors come in input order.
   */
  private sortKeys(config: SortConfig, rs: readonly Resource[], ctx: EvalContext): Keys {
    const read = keyReader(config, rs, ctx);
    const n = rs.length;
    if (config.type === 'string') {
      const nullKey = nullSentinel('string', this.nullsFirst);
      const values = new Array<SortValue>(n);
      let dates = 0;
      for (let i = 0; i < n; i++) {
        const x = read(rs[i] as Resource, i);
        if (x === null || x === undefined) values[i] = nullKey;
        else if (x instanceof Date && strSortsAsTime(x)) {
          values[i] = x;
          dates++;
        } else values[i] = pyStr(x);
      }
      if (dates > 0 && dates === n) return datesAsTimes(values as Date[]);
      if (dates > 0) for (let i = 0; i < n; i++) if (values[i] instanceof Date) values[i] = pyStr(values[i]);
      return values;
    }
    const keys = new Float64Array(n);
    const sentinel = nullSentinel(config.type, this.nullsFirst);
    const nullKey = sentinel instanceof Date ? sentinel.getTime() : (sentinel as number);
    for (let i = 0; i < n; i++) {
      const x = read(rs[i] as Resource, i);
      if (x === null || x === undefined) keys[i] = nullKey;
      else if (config.type === 'number') keys[i] = toFloat(x, 'sort-by') ?? nullKey;
      else keys[i] = parseDate(x, ctx.now)?.getTime() ?? nullKey;
    }
    return keys;
  }

  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    return this.run(resources, ctx);
  }

  process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    try {
      return Promise.resolve(this.run(resources, ctx));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private run(resources: Resource[], ctx: EvalContext): Resource[] {
    // 1. Group.
    let groups = this.group(resources, ctx);
    // 2. Order inside each group (keeping at least what step 4 will keep of it).
    if (this.sortInsideGroups) for (const g of groups) g.resources = this.orderGroup(g.resources, ctx);
    // 3. Order the groups.
    if (this.sortGroups)
      groups = this.ordered(
        groups,
        groups.map((g) => g.key),
      );
    // 4. Trim each group, then concatenate.
    const out: Resource[] = [];
    for (const g of groups) out.push(...this.trim(g.resources, g.size));
    return out;
  }

  /** Groups in first-seen order by the Python str() of the typed group value (sentinel included). */
  private group(resources: Resource[], ctx: EvalContext): Group[] {
    const config = this.groupBy;
    if (config === undefined) {
      const key = nullSentinel('string', this.nullsFirst);
      return [{ key, resources: resources.slice(), size: resources.length }];
    }
    const read = keyReader(config, resources, ctx);
    const byLabel = new Map<string, Resource[]>();
    const keys: SortValue[] = [];
    const members: Resource[][] = [];
    for (let j = 0; j < resources.length; j++) {
      const r = resources[j] as Resource;
      const v = this.typed(config, read(r, j), ctx, 'group-by');
      // A string value (every `string` group value, sentinel included) is its own str().
      const label = typeof v === 'string' ? v : pyStr(v);
      let rs = byLabel.get(label);
      if (rs === undefined) {
        rs = [];
        byLabel.set(label, rs);
        keys.push(v);
        members.push(rs);
      }
      rs.push(r);
    }
    return members.map((rs, i) => ({ key: keys[i] as SortValue, resources: rs, size: rs.length }));
  }

  /**
   * One group in this filter's order. For asc/desc only the part trim() keeps is sure to be there (see
   * sortedPrefix). The sort keys are read whatever the order: their errors are the policy's errors.
   */
  private orderGroup(rs: Resource[], ctx: EvalContext): Resource[] {
    const keys = this.sortBy === undefined ? undefined : this.sortKeys(this.sortBy, rs, ctx);
    switch (this.order) {
      case 'reverse':
        return rs.reverse();
      case 'randomize':
        return shuffle(rs);
      default: {
        // Without sort-by every key is the null sentinel: a stable sort keeps the input order.
        if (keys === undefined || rs.length < 2) return rs;
        const kept = this.kept(rs.length);
        return sortedPrefix(rs, keys, this.order === 'desc', 'end' in kept ? kept.end : undefined);
      }
    }
  }

  /** `items` in this filter's order; keys[i] is the sort value of items[i] (all computed beforehand). */
  private ordered<T>(items: T[], keys: readonly SortValue[]): T[] {
    switch (this.order) {
      case 'reverse':
        return items.reverse();
      case 'randomize':
        return shuffle(items);
      default:
        return items.length < 2 ? items : sortedPrefix(items, keys, this.order === 'desc', undefined);
    }
  }

  /**
   * What step 4 keeps of a group of `size` (§14.3), worked out from the size alone so that ordering can
   * stop at its end. A slice index Python would reject is returned, not thrown: it must be raised only
   * when trim() uses it, after every group has been ordered.
   */
  private kept(size: number): Kept {
    let drop = this.discard as number;
    if (this.discardPercent > 0) drop = Math.max(drop, Math.trunc((this.discardPercent / 100) * size));
    let start = 0;
    if (drop > 0) {
      if (!isSliceIndex(drop)) return { field: 'discard', value: drop };
      start = Math.min(drop, size);
    }
    const rest = size - start;
    let count = rest;
    if (this.limitPercent > 0) count = Math.trunc((this.limitPercent / 100) * rest);
    const limit = this.limit as number;
    if (limit > 0 && limit < count) {
      if (!isSliceIndex(limit)) return { field: 'limit', value: limit };
      count = limit;
    }
    return { start, end: start + Math.min(count, rest) };
  }

  /** Step 4 for one ordered group of `size` (`group` may hold only the part that is kept). */
  private trim(group: Resource[], size: number): Resource[] {
    const kept = this.kept(size);
    if ('field' in kept) {
      throw new PolicyRuntimeError(
        `reduce: \`${kept.field}\` must be a whole number, found ${String(kept.value)} (slice indices must be integers)`,
      );
    }
    return kept.start === 0 && kept.end >= group.length ? group : group.slice(kept.start, kept.end);
  }
}

/** Python slices need integers: a float `limit`/`discard` crashes when it is actually used (§14.3). */
function isSliceIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export const reduceFilter: FilterDefinition = {
  type: 'reduce',
  permissions: [],
  create(data: Record<string, unknown>): Filter {
    return new ReduceFilter(data);
  },
};

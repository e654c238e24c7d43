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
import type { EvalContext, Filter, FilterDefinition, Resource } from './types.js';
import { subjectFor } from './annotations.js';
import { compileKey, keyHeads, type KeyResolver } from './value.js';

type SortType = 'number' | 'date' | 'string';
type SortValue = number | Date | string;

interface SortConfig {
  readonly resolve: KeyResolver;
  readonly type: SortType;
  /** The top-level fields `resolve` reads (see keyHeads). */
  readonly heads: readonly string[] | undefined;
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

function sortConfig(raw: unknown, where: string): SortConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string')
    return { resolve: compileKey(raw, undefined), type: 'string', heads: keyHeads(raw) };
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (typeof o.key !== 'string') throw new PolicyRuntimeError(`reduce ${where}: \`key\` must be a string`);
    const regex = typeof o.value_regex === 'string' ? o.value_regex : undefined;
    // An unknown value_type behaves as `string`, as in c7n.
    const type: SortType = o.value_type === 'number' || o.value_type === 'date' ? o.value_type : 'string';
    return { resolve: compileKey(o.key, regex), type, heads: keyHeads(o.key) };
  }
  throw new PolicyRuntimeError(`reduce ${where} must be a key or {key, value_type, value_regex}`);
}

/** Python float() of a resolved value: strings that do not parse give null; other kinds crash. */
function toFloat(x: unknown, where: string): number | null {
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return pyFloat(pyStrip(x)) ?? null;
  throw new PolicyRuntimeError(
    `reduce ${where}: cannot sort a ${pyTypeName(x)} as a number (float() argument must be a string or a real number)`,
  );
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

/**
 * A comparator of positions 0..n-1 by keys[position] (compareValues, reversed for `desc`), ties broken by
 * position. Keys of one sort config all have one type (sentinels included); that type gets a comparator of
 * its own (dates compared by their precomputed times), anything else the generic one.
 */
function positionComparator(keys: readonly SortValue[], desc: boolean): (a: number, b: number) => number {
  const n = keys.length;
  const first = keys[0];
  const kind = typeof first;
  let same = true;
  if (first instanceof Date) {
    for (let i = 1; i < n && same; i++) same = keys[i] instanceof Date;
  } else {
    for (let i = 1; i < n && same; i++) same = typeof keys[i] === kind;
  }
  if (same && kind === 'number') {
    const ks = keys as readonly number[];
    return desc
      ? (a, b) => {
          const x = ks[a] as number;
          const y = ks[b] as number;
          return y < x ? -1 : y > x ? 1 : a - b;
        }
      : (a, b) => {
          const x = ks[a] as number;
          const y = ks[b] as number;
          return x < y ? -1 : x > y ? 1 : a - b;
        };
  }
  if (same && kind === 'string') {
    const ks = keys as readonly string[];
    let surrogates = false;
    for (let i = 0; i < n && !surrogates; i++) surrogates = SURROGATE.test(ks[i] as string);
    if (!surrogates) {
      // Without surrogates, UTF-16 code unit order (JavaScript's <) is code point order (Python's).
      return desc
        ? (a, b) => {
            const x = ks[a] as string;
            const y = ks[b] as string;
            return y < x ? -1 : y > x ? 1 : a - b;
          }
        : (a, b) => {
            const x = ks[a] as string;
            const y = ks[b] as string;
            return x < y ? -1 : x > y ? 1 : a - b;
          };
    }
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
  if (same && first instanceof Date) {
    const ts = new Float64Array(n);
    for (let i = 0; i < n; i++) ts[i] = (keys[i] as Date).getTime();
    return desc
      ? (a, b) => (ts[b] as number) - (ts[a] as number) || a - b
      : (a, b) => (ts[a] as number) - (ts[b] as number) || a - b;
  }
  return desc
    ? (a, b) => compareValues(keys[b] as SortValue, keys[a] as SortValue) || a - b
    : (a, b) => compareValues(keys[a] as SortValue, keys[b] as SortValue) || a - b;
}

/** UTC dates of years 1000–9999, whose Python str() (`YYYY-MM-DD HH:MM:SS[.ffffff]+00:00`) sorts as time. */
function strSortsAsTime(d: Date): boolean {
  const t = d.getTime();
  return t >= -30610224000000 && t < 253402300800000;
}

/**
 * String sort keys where some may have been left Dates (sortValue with datesAsDates): when all are, they
 * stay Dates (compared by time, the order of their str(), without making a string per resource, e.g.
 * sort-by CreatedTime); otherwise the Dates become their str().
 */
function stringKeys(values: SortValue[]): SortValue[] {
  let dates = 0;
  for (let i = 0; i < values.length; i++) if (values[i] instanceof Date) dates++;
  if (dates === 0 || dates === values.length) return values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v instanceof Date) values[i] = pyStr(v);
  }
  return values;
}

interface Group {
  readonly key: SortValue;
  resources: Resource[];
}

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

  /**
   * The typed sort value of a resource. With `datesAsDates`, a string-typed date is left a Date (see
   * stringKeys): its Python str() sorts as the date itself.
   */
  private sortValue(
    config: SortConfig | undefined,
    r: Resource,
    ctx: EvalContext,
    where: string,
    datesAsDates = false,
  ): SortValue {
    let x: unknown = config === undefined ? null : config.resolve(subjectFor(r, config.heads, ctx));
    if (x !== null && x !== undefined && config !== undefined) {
      if (config.type === 'number') x = toFloat(x, where);
      else if (config.type === 'date') x = parseDate(x, ctx.now);
      else if (!(datesAsDates && x instanceof Date && strSortsAsTime(x))) x = pyStr(x);
    }
    if (x === null || x === undefined) return nullSentinel(config?.type ?? 'string', this.nullsFirst);
    return x as SortValue;
  }

  /** `items` in this filter's order; keys[i] is the sort value of items[i] (all computed beforehand). */
  private ordered<T>(items: T[], keys: readonly SortValue[]): T[] {
    switch (this.order) {
      case 'reverse':
        return items.reverse();
      case 'randomize':
        return shuffle(items);
      default: {
        // Stable (equal keys keep their input order), ascending unless `desc`: positions are sorted with
        // a comparator specialised to the one type the keys have.
        const n = items.length;
        if (n < 2) return items;
        const idx = new Array<number>(n);
        for (let i = 0; i < n; i++) idx[i] = i;
        idx.sort(positionComparator(keys, this.order === 'desc'));
        const out = new Array<T>(n);
        for (let i = 0; i < n; i++) out[i] = items[idx[i] as number] as T;
        return out;
      }
    }
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
    // 1. Group in first-seen order by the Python str() of the typed group value (sentinel included).
    let groups: Group[];
    if (this.groupBy === undefined) {
      groups = [{ key: nullSentinel('string', this.nullsFirst), resources: resources.slice() }];
    } else {
      const byLabel = new Map<string, Group>();
      groups = [];
      for (const r of resources) {
        const v = this.sortValue(this.groupBy, r, ctx, 'group-by');
        const label = pyStr(v);
        let g = byLabel.get(label);
        if (g === undefined) {
          g = { key: v, resources: [] };
          byLabel.set(label, g);
          groups.push(g);
        }
        g.resources.push(r);
      }
    }
    // 2. Order inside each group.
    if (this.sortInsideGroups) {
      for (const g of groups) {
        const rs = g.resources;
        const values = new Array<SortValue>(rs.length);
        for (let i = 0; i < rs.length; i++)
          values[i] = this.sortValue(this.sortBy, rs[i] as Resource, ctx, 'sort-by', true);
        g.resources = this.ordered(rs, stringKeys(values));
      }
    }
    // 3. Order the groups.
    if (this.sortGroups)
      groups = this.ordered(
        groups,
        groups.map((g) => g.key),
      );
    // 4. Trim each group, then concatenate.
    const out: Resource[] = [];
    for (const g of groups) out.push(...this.trim(g.resources));
    return out;
  }

  private trim(group: Resource[]): Resource[] {
    let drop = this.discard as number;
    if (this.discardPercent > 0)
      drop = Math.max(drop, Math.trunc((this.discardPercent / 100) * group.length));
    let rest = group;
    if (drop > 0) rest = rest.slice(sliceIndex(drop, 'discard'));
    let count = rest.length;
    if (this.limitPercent > 0) count = Math.trunc((this.limitPercent / 100) * rest.length);
    const limit = this.limit as number;
    if (limit > 0 && limit < count) count = sliceIndex(limit, 'limit');
    return count >= rest.length ? rest : rest.slice(0, count);
  }
}

/** Python slices need integers: a float `limit`/`discard` crashes when it is actually used (§14.3). */
function sliceIndex(n: unknown, field: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new PolicyRuntimeError(
      `reduce: \`${field}\` must be a whole number, found ${String(n)} (slice indices must be integers)`,
    );
  }
  return n;
}

export const reduceFilter: FilterDefinition = {
  type: 'reduce',
  permissions: [],
  create(data: Record<string, unknown>): Filter {
    return new ReduceFilter(data);
  },
};

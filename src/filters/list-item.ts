/**
 * `list-item` (spec §12): runs `attrs` over the elements of a list inside each resource and keeps the
 * resource when some element matches (or, with `count`, when the number of matches satisfies `count_op`).
 *
 * Elements are evaluated as COPIES carrying their position as `c7n:_id` (the identity blocks use inside
 * attrs), so neither `c7n:_id` nor annotations ever touch the shared listing that other policies read.
 * c7n annotates the elements in place (matched elements keep `c7n:MatchedFilters` in the output), so when
 * attrs changed an element's annotations we write them back into the policy's own copy of the resource,
 * after giving that copy its own deep structure (ownResource) — the shallow per-policy copy shares nested
 * lists with other policies.
 */
import { PolicyRuntimeError } from '../errors.js';
import { isAnnotationKey, LIST_ITEM_ID_KEY, runSequence } from './blocks.js';
import { compileJmes, type JmesSearch } from './jmespath.js';
import { isDict, pyEquals, pyOrder, pyTruthy, pyTypeName } from './python.js';
import type { EvalContext, Filter, FilterBuilder, FilterDefinition, Resource } from './types.js';

export const LIST_ITEM_MATCHES = 'c7n:ListItemMatches';

/** Resources (per-policy copies) whose nested structure is already private to the policy. */
const owned = new WeakSet<Resource>();

function deepCopy(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(deepCopy);
  if (!isDict(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = deepCopy(v[k]);
  return out;
}

/** Gives a per-policy resource copy its own nested lists and mappings, once. */
function ownResource(r: Resource): void {
  if (owned.has(r)) return;
  for (const k in r) {
    const v = r[k];
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) r[k] = deepCopy(v);
  }
  owned.add(r);
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
      throw new PolicyRuntimeError(`list-item: count_op "${op}" cannot compare a count; use eq, ne, gt, ge, lt or le`);
  }
}

/** The annotation keys of an element copy differ from the element's (added, removed, or changed). */
function annotationsChanged(original: Record<string, unknown>, copy: Record<string, unknown>): boolean {
  for (const k in copy) {
    if (k === LIST_ITEM_ID_KEY || !isAnnotationKey(k)) continue;
    const a = original[k];
    const b = copy[k];
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i])) continue;
    return true;
  }
  for (const k in original) if (isAnnotationKey(k) && !(k in copy)) return true;
  return false;
}

class ListItemFilter implements Filter {
  readonly type = 'list-item';
  private search?: JmesSearch;
  private readonly compare?: (a: unknown, b: unknown) => boolean;

  constructor(
    private readonly key: unknown,
    private readonly attrs: readonly Filter[],
    private readonly count: unknown,
    countOp: unknown,
  ) {
    if (count !== undefined) this.compare = countComparison(typeof countOp === 'string' ? countOp : 'eq');
  }

  private items(r: Resource): unknown {
    if (this.search === undefined) {
      // c7n reads `key` when the first resource is evaluated: a missing key fails then, not at load.
      if (typeof this.key !== 'string') {
        throw new PolicyRuntimeError('list-item needs a `key`: a JMESPath expression selecting a list in the resource');
      }
      this.search = compileJmes(this.key);
    }
    return this.search(r);
  }

  async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    const out: Resource[] = [];
    const key = this.key as string;
    for (const r of resources) {
      const items = this.items(r);
      if (!pyTruthy(items)) {
        // A missing or empty list matches only a count that 0 satisfies (count: 0 selects empty lists).
        if (this.compare !== undefined && this.compare(0, this.count)) out.push(r);
        continue;
      }
      if (!Array.isArray(items)) {
        throw new PolicyRuntimeError(`list-item filter value for ${key} is a <class '${pyTypeName(items)}'> not a list`);
      }
      let matched: readonly Resource[];
      if (this.attrs.length === 0) {
        // c7n tags every element with its position even without attrs, so non-mappings fail here too.
        items.forEach((el: unknown, i: number) => {
          if (!isDict(el)) elementCopy(el, i, key);
        });
        matched = items as Resource[];
      } else {
        const copies = items.map((el: unknown, i: number) => elementCopy(el, i, key));
        const survivors = await runSequence(this.attrs, copies, ctx);
        const indices = survivors.map((c) => c[LIST_ITEM_ID_KEY] as number);
        writeBack(r, this.search as JmesSearch, items, copies);
        matched = indices.map((i) => ({ [LIST_ITEM_ID_KEY]: i }));
      }
      if (this.compare !== undefined) {
        if (this.compare(matched.length, this.count)) out.push(r);
      } else if (matched.length > 0) {
        const notes = this.attrs.length === 0 ? items.map((_x, i) => `${key}[${i}]`) : matched.map((m) => `${key}[${String(m[LIST_ITEM_ID_KEY])}]`);
        const existing = r[LIST_ITEM_MATCHES];
        if (existing !== undefined && !Array.isArray(existing)) {
          throw new PolicyRuntimeError(`list-item: the resource's ${LIST_ITEM_MATCHES} is not a list`);
        }
        r[LIST_ITEM_MATCHES] = existing === undefined ? notes : [...existing, ...notes];
        out.push(r);
      }
    }
    return out;
  }
}

/** A private copy of one element, tagged with its position; list-valued annotations are copied too. */
function elementCopy(el: unknown, i: number, key: string): Resource {
  if (!isDict(el)) {
    throw new PolicyRuntimeError(`list-item ${key}: element ${i} is a ${pyTypeName(el)}, not a mapping; attrs can only test mappings`);
  }
  const copy: Resource = { ...el };
  for (const k in copy) if (isAnnotationKey(k) && Array.isArray(copy[k])) copy[k] = (copy[k] as unknown[]).slice();
  copy[LIST_ITEM_ID_KEY] = i;
  return copy;
}

/** Puts the annotations attrs left on element copies onto the resource's own elements (see module doc). */
function writeBack(r: Resource, search: JmesSearch, items: unknown[], copies: Resource[]): void {
  let changed = false;
  for (let i = 0; i < copies.length && !changed; i++) {
    changed = annotationsChanged(items[i] as Record<string, unknown>, copies[i] as Resource);
  }
  if (!changed) return;
  ownResource(r);
  const ownItems = search(r);
  if (!Array.isArray(ownItems)) return;
  for (let i = 0; i < copies.length; i++) {
    const target = ownItems[i] as unknown;
    const copy = copies[i] as Resource;
    if (!isDict(target)) continue;
    for (const k of Object.keys(target)) if (isAnnotationKey(k) && !(k in copy)) delete target[k];
    for (const k in copy) if (k !== LIST_ITEM_ID_KEY && isAnnotationKey(k)) target[k] = copy[k];
  }
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

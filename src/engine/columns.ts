/**
 * Columns of a listing: the value one key resolves to in every listed resource, resolved once per target
 * and shared by every policy that tests that key (src/engine/pattern-pass.ts). Values are numbered as
 * they are met: equal primitives share a number, and so do plain Dates of the same instant (a value test
 * cannot tell them apart), so a policy decides each distinct value once instead of once per resource.
 * A key with many distinct values (names, URLs, times) stops being numbered by value part way: each
 * further resource then gets a number of its own.
 */
import { isDict } from '../filters/python.js';
import type { ColumnKey, ColumnLeaf, ListingColumns, Resource } from '../filters/types.js';

export interface Column {
  /** ids[i]: the number of resources[i]'s value. */
  readonly ids: Int32Array;
  /** The distinct values, by number. */
  readonly values: readonly unknown[];
}

export class ColumnCache implements ListingColumns {
  /** By leaf signature; null when resolving threw for some resource (the leaf's policies go the plain way). */
  private readonly columns = new Map<string, Column | null>();

  constructor(private readonly resources: readonly Resource[]) {}

  /** The tags of the listing by tag key, made for the first tag column. */
  private tags: TagIndex | undefined;

  /** The column of the leaf's key over the listing; undefined when the key cannot be resolved everywhere. */
  column(leaf: ColumnLeaf): Column | undefined {
    const from = leaf.derivedFrom;
    if (from === undefined) return this.columnOf(leaf);
    let column = this.columns.get(leaf.signature);
    if (column === undefined) {
      const base = this.columnOf(from);
      column = base === undefined ? null : mapped(base, from.map);
      this.columns.set(leaf.signature, column);
    }
    return column ?? undefined;
  }

  valuesOf(key: ColumnKey, subjects: readonly Resource[]): unknown[] | undefined {
    const resources = this.resources;
    // (finding positions walks the listing: worth it for a good share of it, not for small groups)
    if (subjects.length > resources.length || subjects.length * 16 < resources.length) return undefined;
    // Only a column another policy has made already (or a tag, from the tags read once): making one for a
    // single reader costs more than resolving the key where it is read.
    if (!this.columns.has(key.signature) && (key.tag === undefined || this.tags === undefined))
      return undefined;
    // Their positions, in one walk (subjects are normally what earlier filters kept, in listing order).
    const at = new Int32Array(subjects.length);
    let i = 0;
    for (let j = 0; j < subjects.length; j++) {
      const s = subjects[j];
      while (i < resources.length && resources[i] !== s) i++;
      if (i === resources.length) return undefined;
      at[j] = i++;
    }
    const column = this.columnOf(key);
    if (column === undefined) return undefined;
    const { ids, values } = column;
    const out = new Array<unknown>(subjects.length);
    for (let j = 0; j < subjects.length; j++) out[j] = values[ids[at[j] as number] as number];
    return out;
  }

  private columnOf(key: ColumnKey): Column | undefined {
    let column = this.columns.get(key.signature);
    if (column === undefined) {
      if (key.tag === undefined) column = this.resolved(key.resolve);
      else {
        this.tags ??= indexTags(this.resources);
        column = tagColumn(this.tags, key.tag, this.resources, key.resolve);
      }
      this.columns.set(key.signature, column);
    }
    return column ?? undefined;
  }

  private resolved(resolve: (subject: unknown) => unknown): Column | null {
    const resources = this.resources;
    const numbering = new Numbering(resources.length);
    try {
      for (let i = 0; i < resources.length; i++) numbering.add(i, resolve(resources[i]));
    } catch {
      // The policies that test this key meet the failure where Cloud Custodian would, the plain way.
      return null;
    }
    return numbering.column();
  }
}

/** `map` over each distinct value of `base` (value_regex): the map runs once per value, not per resource. */
function mapped(base: Column, map: (value: unknown) => unknown): Column | null {
  const { ids, values } = base;
  const n = ids.length;
  const numbering = new Numbering(n);
  const remap = new Int32Array(values.length);
  try {
    for (let v = 0; v < values.length; v++) remap[v] = numbering.idOf(map(values[v]));
  } catch {
    return null;
  }
  const out = numbering.ids;
  for (let i = 0; i < n; i++) out[i] = remap[ids[i] as number] as number;
  return numbering.column();
}

/**
 * The listing's tags read in one pass: for each tag key, the resources that have it (in order) and its
 * value there (the first entry of that key, its Value or null), as the `tag:` resolver reads a `Tags` list
 * of mappings. Resources with tags in any other form (no list, an entry that is not a mapping, `labels`
 * or `tags` containers) are listed apart, for the resolver itself.
 */
interface TagIndex {
  readonly byKey: Map<string, { readonly at: number[]; readonly values: unknown[] }>;
  readonly others: number[];
}

function indexTags(resources: readonly Resource[]): TagIndex {
  const byKey = new Map<string, { at: number[]; values: unknown[] }>();
  const others: number[] = [];
  outer: for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as Resource;
    const tags = isDict(r) ? r.Tags : undefined;
    if (!Array.isArray(tags)) {
      if (!isDict(r) || tags !== undefined || 'Tags' in r || 'labels' in r || 'tags' in r) others.push(i);
      continue; // (no tags at all: every tag is null)
    }
    for (let j = 0; j < tags.length; j++) {
      if (isDict(tags[j])) continue;
      others.push(i);
      continue outer;
    }
    for (let j = 0; j < tags.length; j++) {
      const entry = tags[j] as Record<string, unknown>;
      const key = entry.Key;
      if (typeof key !== 'string') continue; // (a Key that is not a string equals no tag name)
      let found = byKey.get(key);
      if (found === undefined) byKey.set(key, (found = { at: [], values: [] }));
      if (found.at[found.at.length - 1] === i) continue; // the first entry of a key wins
      found.at.push(i);
      const value = entry.Value;
      found.values.push(value === undefined ? null : value);
    }
  }
  return { byKey, others };
}

/** The column of `tag:<tag>` from the index; the resources listed apart go through `resolve`. */
function tagColumn(
  index: TagIndex,
  tag: string,
  resources: readonly Resource[],
  resolve: (subject: unknown) => unknown,
): Column | null {
  const numbering = new Numbering(resources.length);
  numbering.ids.fill(numbering.idOf(null));
  const found = index.byKey.get(tag);
  if (found !== undefined)
    for (let k = 0; k < found.at.length; k++) numbering.add(found.at[k] as number, found.values[k]);
  try {
    for (const i of index.others) numbering.add(i, resolve(resources[i]));
  } catch {
    return null;
  }
  return numbering.column();
}

/** Numbers values as they are met (see the module doc). */
class Numbering {
  readonly ids: Int32Array;
  readonly values: unknown[] = [];
  private readonly byValue = new Map<unknown, number>();
  private readonly byInstant = new Map<number, number>();
  /** Past this many distinct values numbering them costs more than deciding again what repeats. */
  private readonly dedupLimit: number;

  constructor(n: number) {
    this.ids = new Int32Array(n);
    this.dedupLimit = Math.max(64, n >> 3);
  }

  add(i: number, v: unknown): void {
    this.ids[i] = this.idOf(v);
  }

  idOf(v: unknown): number {
    const values = this.values;
    if (values.length > this.dedupLimit) return values.push(v) - 1;
    let id: number | undefined;
    if (typeof v === 'object' && v !== null) {
      if (!(v instanceof Date && Object.getPrototypeOf(v) === Date.prototype)) return values.push(v) - 1; // lists and mappings: each its own
      const t = v.getTime();
      id = this.byInstant.get(t);
      if (id === undefined) this.byInstant.set(t, (id = values.push(v) - 1));
      return id;
    }
    if (v === 0 && 1 / v < 0) return values.push(v) - 1; // -0 (a Map would take it for 0)
    id = this.byValue.get(v);
    if (id === undefined) this.byValue.set(v, (id = values.push(v) - 1));
    return id;
  }

  column(): Column {
    return { ids: this.ids, values: this.values };
  }
}

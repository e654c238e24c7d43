/**
 * Columns of a listing: the value one key resolves to in every listed resource, resolved once per target
 * and shared by every policy that tests that key (src/engine/pattern-pass.ts). Values are numbered as
 * they are met: equal primitives share a number, and so do plain Dates of the same instant (a value test
 * cannot tell them apart), so a policy decides each distinct value once instead of once per resource.
 * A key with many distinct values (names, URLs, times) stops being numbered by value part way: each
 * further resource then gets a number of its own.
 */
import type { ColumnLeaf, Resource } from '../filters/types.js';

export interface Column {
  /** ids[i]: the number of resources[i]'s value. */
  readonly ids: Int32Array;
  /** The distinct values, by number. */
  readonly values: readonly unknown[];
}

export class ColumnCache {
  /** By leaf signature; null when resolving threw for some resource (the leaf's policies go the plain way). */
  private readonly columns = new Map<string, Column | null>();

  constructor(private readonly resources: readonly Resource[]) {}

  /** The column of the leaf's key over the listing; undefined when the key cannot be resolved everywhere. */
  column(leaf: ColumnLeaf): Column | undefined {
    let column = this.columns.get(leaf.signature);
    if (column === undefined) {
      column = buildColumn(this.resources, leaf.resolve);
      this.columns.set(leaf.signature, column);
    }
    return column ?? undefined;
  }
}

function buildColumn(resources: readonly Resource[], resolve: (subject: unknown) => unknown): Column | null {
  const n = resources.length;
  const ids = new Int32Array(n);
  const values: unknown[] = [];
  const byValue = new Map<unknown, number>();
  const byInstant = new Map<number, number>();
  // Past this many distinct values numbering them costs more than deciding again what repeats.
  const dedupLimit = Math.max(64, n >> 3);
  try {
    for (let i = 0; i < n; i++) {
      const v = resolve(resources[i]);
      let id: number | undefined;
      if (values.length > dedupLimit) {
        id = values.push(v) - 1;
      } else if (typeof v === 'object' && v !== null) {
        if (v instanceof Date && Object.getPrototypeOf(v) === Date.prototype) {
          const t = v.getTime();
          id = byInstant.get(t);
          if (id === undefined) byInstant.set(t, (id = values.push(v) - 1));
        } else {
          id = values.push(v) - 1; // lists and mappings: each its own
        }
      } else if (v === 0 && 1 / v < 0) {
        id = values.push(v) - 1; // -0 (a Map would take it for 0)
      } else {
        id = byValue.get(v);
        if (id === undefined) byValue.set(v, (id = values.push(v) - 1));
      }
      ids[i] = id;
    }
  } catch {
    // The policies that test this key meet the failure where Cloud Custodian would, the plain way.
    return null;
  }
  return { ids, values };
}

/**
 * The leading value tests of a policy, decided by pattern (spec §5.4, §4.3 semantics unchanged).
 *
 * A policy's filters usually start with value filters and and/or/not blocks of them. What such a run does
 * to a resource it has not seen before (its verdict, and what it appends to `c7n:MatchedFilters`) depends
 * only on the verdicts of its value tests (its leaves, Filter.columnLeaves) on that resource. So:
 * 1. each leaf's key is resolved once per listing for every policy (a column, src/engine/columns.ts), and
 *    each distinct value in it is decided once;
 * 2. a resource's pattern is the bit set of its leaves' verdicts, read from those tables;
 * 3. the first resource of each pattern goes through the filters themselves (testOne, the one place their
 *    semantics live); every later resource with that pattern gets the same verdict and what the first one
 *    was annotated with (a trail, AnnotationStore.pendingOf), kept beside the result until the output
 *    objects are made or more filters run.
 * Resources the run drops are dropped from the policy (the run leads the top-level list), so what they
 * would have been annotated with is not needed. Anything the pass cannot vouch for (a leaf that throws on
 * a value, a listed `c7n:MatchedFilters`, too many leaves, one object listed twice: the engine runs the
 * pass only over listings with distinct Ids) leaves the run to the plain way.
 */
import { firstFailureInOrder, isPerSubject } from '../filters/blocks.js';
import type { AnnotationStore } from '../filters/annotations.js';
import type { ColumnLeaf, EvalContext, Filter, Resource } from '../filters/types.js';
import type { ColumnCache } from './columns.js';

/** Leaves a pattern can hold (bits of a small integer). */
const MAX_LEAVES = 24;
/** Up to this many leaves, patterns index typed arrays; beyond, a Map. */
const DENSE_LEAVES = 12;
/** A pattern's outcome before its first resource is met, and when that one failed (see patternPass). */
const UNSEEN = -3;
const FAILED = -2;

export interface PatternRun {
  /** filters[0..to) are decided by pattern. */
  readonly to: number;
  readonly leaves: readonly ColumnLeaf[];
}

/** The longest run of leading filters the pass can decide, with their leaves; undefined when none. */
export function patternRun(filters: readonly Filter[], ctx: EvalContext): PatternRun | undefined {
  const leaves: ColumnLeaf[] = [];
  let to = 0;
  for (; to < filters.length; to++) {
    const f = filters[to] as Filter;
    const mark = leaves.length;
    if (!isPerSubject(f, ctx) || f.columnLeaves?.(leaves) !== true || leaves.length > MAX_LEAVES) {
      leaves.length = mark;
      break;
    }
  }
  return to === 0 ? undefined : { to, leaves };
}

/** What patternPass selected. */
export interface PatternPassResult {
  /** The resources that pass, in listing order. */
  readonly kept: Resource[];
  /**
   * What the run changed on kept[i], as AnnotationStore.pendingOf says it: a trail (0: nothing) that is
   * NOT in the store (except for the first resource of each pattern), or -1: the store has it.
   */
  readonly pending: Float64Array;
}

/**
 * The resources of `resources` (a target's whole listing, in listing order, none changed by the run yet)
 * that pass filters[0..run.to), with what the filters would annotate them with (see PatternPassResult);
 * undefined when the pass cannot decide (nothing has been evaluated or annotated then).
 */
export function patternPass(
  filters: readonly Filter[],
  run: PatternRun,
  resources: readonly Resource[],
  columns: ColumnCache,
  ctx: EvalContext,
): PatternPassResult | undefined {
  const patterns = leafPatterns(run.leaves, resources.length, columns, ctx);
  if (patterns === undefined) return undefined;
  const store = ctx.annotations as AnnotationStore;
  const to = run.to;
  const passes = (r: Resource): boolean => {
    for (let j = 0; j < to; j++) if (!(filters[j] as Required<Filter>).testOne(r, ctx)) return false;
    return true;
  };
  // Per pattern: UNSEEN, FAILED, or (passed) what its first resource was annotated with (pendingOf).
  const dense = run.leaves.length <= DENSE_LEAVES;
  const outcomeOf = dense ? new Float64Array(1 << run.leaves.length).fill(UNSEEN) : undefined;
  const sparse = dense ? undefined : new Map<number, number>();
  const kept: Resource[] = [];
  const pending = new Float64Array(resources.length);
  try {
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      const p = patterns[i] as number;
      let outcome = outcomeOf !== undefined ? (outcomeOf[p] as number) : (sparse?.get(p) ?? UNSEEN);
      if (outcome === UNSEEN) {
        outcome = passes(r) ? store.pendingOf(r) : FAILED;
        if (outcomeOf !== undefined) outcomeOf[p] = outcome;
        else sparse?.set(p, outcome);
      } else if (outcome === -1 && !passes(r)) {
        // (-1: the first one has an overlay, so each goes through the filters; failing is not expected)
        continue;
      }
      if (outcome === FAILED) continue;
      pending[kept.length] = outcome;
      kept.push(r);
    }
  } catch (err) {
    throw firstFailureInOrder(filters.slice(0, to), resources.slice(), ctx, err);
  }
  return { kept, pending: pending.subarray(0, kept.length) };
}

/** Puts what patternPass kept outside the store into it (when more filters are to run on its result). */
export function installPending(result: PatternPassResult, store: AnnotationStore): void {
  const { kept, pending } = result;
  for (let i = 0; i < kept.length; i++) {
    const t = pending[i] as number;
    if (t > 0) store.setPending(kept[i] as Resource, t);
  }
}

/** Each resource's leaf verdicts as bits (leaf j: bit j); undefined when a leaf cannot be decided. */
function leafPatterns(
  leaves: readonly ColumnLeaf[],
  n: number,
  columns: ColumnCache,
  ctx: EvalContext,
): Int32Array | undefined {
  const patterns = new Int32Array(n);
  for (let j = 0; j < leaves.length; j++) {
    const leaf = leaves[j] as ColumnLeaf;
    const column = columns.column(leaf);
    if (column === undefined) return undefined;
    const { ids, values } = column;
    const verdicts = new Uint8Array(values.length);
    try {
      for (let v = 0; v < values.length; v++) verdicts[v] = leaf.decide(values[v], ctx) ? 1 : 0;
    } catch {
      return undefined; // the plain way meets the failure where c7n would, or not at all
    }
    const bit = 1 << j;
    for (let i = 0; i < n; i++)
      if (verdicts[ids[i] as number] === 1) patterns[i] = (patterns[i] as number) | bit;
  }
  return patterns;
}

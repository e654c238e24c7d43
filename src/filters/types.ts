/**
 * The contract between the engine and every filter. Filters are registered by their Cloud Custodian name
 * (src/filters/registry.ts) and built once per policy; `process` then runs over the resources that reach it.
 */
import type { Logger } from '../logger.js';
import type { AwsPort } from '../aws/port.js';
import type { AnnotationStore } from './annotations.js';

/** One Connect instance (an InstanceSummary) plus any `c7n:` annotations. `CreatedTime` is a Date. */
export type Resource = Record<string, unknown>;

/** Everything a filter may need from the run, for one policy in one account and region. */
export interface EvalContext {
  /** "now" for age/expiration and conditions (UTC); fixed by `--now` for reproducible runs. */
  readonly now: Date;
  readonly accountId: string;
  readonly region: string;
  /** aws, aws-cn, aws-us-gov, ... (spec §1.5). */
  readonly partition: string;
  readonly policyName: string;
  /** The event document given by `--event` / `event-file`; undefined when the run has none (spec §8.3). */
  readonly event?: unknown;
  /** Per-run memo shared by every policy of the run (value_from documents, API answers). */
  readonly cache: Map<string, unknown>;
  readonly logger: Logger;
  /**
   * AWS access for the AWS-backed filters and value_from s3:// (src/aws). Absent when evaluating a snapshot
   * without AWS; a filter that needs it then fails its policy with a message that says so.
   */
  readonly aws?: AwsPort;
  /**
   * Where filters put what they add to resources during one policy run (src/filters/annotations.ts); the
   * engine sets it, so the listed objects shared by the policies of a target are never written. Absent
   * (filters called directly, list elements inside list-item attrs): subjects are annotated in place.
   */
  readonly annotations?: AnnotationStore;
  /**
   * Whether filters may be evaluated one subject at a time (Filter.testOne) instead of one filter at a
   * time over the whole set. The engine sets it for a policy's first evaluation; see runSequence.
   */
  readonly perSubject?: boolean;
  /**
   * The columns of the policy's listing (src/engine/columns.ts), for filters that read a key of many listed
   * resources (reduce). Set by the engine for the policy's own resources; list-item takes it away for the
   * elements it runs attrs over.
   */
  readonly columns?: ListingColumns;
}

/** See EvalContext.columns. */
export interface ListingColumns {
  /**
   * The values `key` resolves to in `subjects` as listed, by position, when they are listed resources in
   * listing order and the listing has that column at hand; undefined otherwise (the caller resolves).
   */
  valuesOf(key: ColumnKey, subjects: readonly Resource[]): unknown[] | undefined;
}

export interface Filter {
  /** The Cloud Custodian type name (`value`, `or`, `list-item`, ...). */
  readonly type: string;
  /**
   * Keeps the resources that pass, preserving their relative order (except `reduce`, which reorders).
   * Throws PolicyRuntimeError for what would crash Cloud Custodian; the engine fails that policy only.
   */
  process(resources: Resource[], ctx: EvalContext): Promise<Resource[]>;
  /**
   * The same as process(), synchronously, for filters that need no I/O (value, blocks of such filters,
   * list-item, reduce, ...): it spares a promise per call where filters run per resource (list-item
   * attrs) and per policy. Used only when isSync(ctx) is absent or true.
   */
  processSync?(resources: Resource[], ctx: EvalContext): Resource[];
  /** Whether processSync may be used in this context (e.g. false while a value_from is not loaded). */
  isSync?(ctx: EvalContext): boolean;
  /**
   * True when, as a `list-item` attr, the filter may run on the list elements themselves with an element
   * store (ctx.annotations, `distinct`) instead of on copies tagged with `c7n:_id`: it never reads
   * `c7n:_id`, keeps its input order, and writes nothing but annotations through the store.
   */
  inPlaceElements?(): boolean;
  /**
   * The per-subject form: whether one subject passes, with the annotations process() would leave on it.
   * Offered by filters whose verdict on a subject depends on that subject alone and needs no I/O (value,
   * list-item, instance-attribute without AWS access, blocks of such filters), so that a run of them can be
   * fused into one pass over the subjects (src/filters/blocks.ts runSequence). Used only when
   * canTestOne(ctx) is true.
   */
  testOne?(subject: Resource, ctx: EvalContext): boolean;
  /** Whether testOne may be used in this context (e.g. not while a value_from is not loaded). */
  canTestOne?(ctx: EvalContext): boolean;
  /**
   * Told by the engine to the filters of a policy's top-level list: a resource they drop there is neither
   * output nor seen by another filter, so what they would annotate on it may be left out. Anywhere else
   * (blocks, list-item attrs) it may still be output or read: a `not` keeps it, an `or` may, and the
   * annotations inside its lists are not swept (§4.3).
   */
  atTopLevel?(): void;
  /**
   * The filter as a test of one plain mapping that reads nothing but that mapping (no annotation it or
   * another filter left, no I/O): a value filter with its value at hand, and and/or/not blocks of such
   * filters. list-item runs attrs made only of these over its elements without an element store
   * (src/filters/list-item.ts). Each filter that annotates takes the next id in `keys` (its key's place
   * there, plus one); undefined when the filter has no such form.
   */
  plainTest?(keys: unknown[]): PlainTest | undefined;
  /**
   * Appends the filter's column leaves (ColumnLeaf) in evaluation order and returns true when the verdict
   * and annotations testOne gives a fresh subject depend on nothing but those leaves' verdicts on it: a
   * value filter as a leaf (and instance-attribute on a snapshot), and non-empty and/or/not blocks of such
   * filters. False: no such form (what was appended is then to be discarded).
   */
  columnLeaves?(leaves: ColumnLeaf[]): boolean;
  /**
   * processSync() for the last filter of a policy's top-level list (told atTopLevel), keeping what it
   * annotates on kept resources aside for the output objects (TailResult). Undefined when it has no such
   * form in this context (nothing has been evaluated then).
   */
  processTail?(resources: Resource[], ctx: EvalContext): TailResult | undefined;
}

/**
 * What a policy's last top-level filter selected when it kept its annotations outside the store
 * (Filter.processTail): nothing reads them before the output objects are made, so they are written
 * straight into those (no overlay, no deferred copies per resource).
 */
export interface TailResult {
  /** The resources kept, in order (they are the policy's matches). */
  readonly kept: Resource[];
  /** Adds to `out`, the output object of kept[i] made from the store, what the filter left aside. */
  finish(i: number, out: Resource): void;
}

/**
 * A value test seen as a function of one resolved value (Filter.columnLeaves): `decide(resolve(s), ctx)` is
 * the verdict its filter's testOne gives on subject `s`, for any subject whose keys the run has not changed.
 * The engine can then resolve a key once per listing for every policy (a column, shared by leaves of equal
 * signature) and decide each distinct value once (src/engine/pattern-pass.ts).
 */
export interface ColumnLeaf extends ColumnKey {
  /** The verdict for a resolved value (may throw as the filter would). */
  decide(value: unknown, ctx: EvalContext): boolean;
  /**
   * When `resolve` is `map` over another key's resolver (value_regex over the key's value): that column's
   * key, so that the map runs once per distinct value of a column other leaves share.
   */
  readonly derivedFrom?: ColumnKey & { readonly map: (value: unknown) => unknown };
}

/** What a column is the column of. */
export interface ColumnKey {
  /** Keys with equal signatures resolve equal values from the same subject. */
  readonly signature: string;
  /** The key's value in a subject (may throw as the filter would). */
  readonly resolve: (subject: unknown) => unknown;
  /**
   * Set when `resolve` reads the tag of this name as a `tag:` key does (no tag_key_transforms): the
   * listing's tags are then read once for every tag key (src/engine/columns.ts).
   */
  readonly tag?: string;
}

/**
 * See Filter.plainTest. `test` says whether the mapping passes (the filter's own test, quick form first;
 * it may throw as the filter does) and appends the ids of what it annotates to `trail.value` as
 * AnnotationStore trails do (value = value * 16 + id), leaving it as the filter's process() would leave
 * the annotations (a block dropping the subject puts it back).
 */
export interface PlainTest {
  test(subject: Resource, ctx: EvalContext, trail: { value: number }): boolean;
}

/** Builds a child filter from a raw entry (used by and/or/not and list-item attrs). */
export type FilterBuilder = (entry: unknown) => Filter;

export interface FilterDefinition {
  readonly type: string;
  /** IAM actions this filter needs (listed by `connect-gate validate --permissions`). */
  readonly permissions: readonly string[];
  /** `data` is the filter mapping as written (after interpolation), `type` included. */
  create(data: Record<string, unknown>, build: FilterBuilder): Filter;
}

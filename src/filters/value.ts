/**
 * The `value` filter (spec §5) and its reusable matcher.
 *
 * `ValueMatcher` is built once per filter mapping and prepares everything that depends only on that
 * mapping: the key resolver (literal top-level field first, then JMESPath compiled once), the value_regex,
 * the operator, the value_type conversion, the special-value check and, per `ctx.now`, the age/expiration
 * threshold. Matching a subject then costs a property read plus one comparison in the common case.
 *
 * Python semantics come from ./python.ts: a Python TypeError inside an operator means "no match"; every
 * other failure Cloud Custodian would crash on becomes a PolicyRuntimeError that fails the policy (§17.4).
 *
 * API for the other value-family filters (instance-attribute, analytics-association, event, list-item,
 * conditions):
 *   const m = new ValueMatcher(data, { annotate: false });   // data: the filter mapping, `type` optional
 *   await m.match(subject, ctx)      // async: fetches value_from on first use, then tests
 *   await m.prepare(ctx); m.test(subject, ctx)   // the same, synchronous per subject (hot loops)
 */
import { PolicyRuntimeError } from '../errors.js';
import { parseCidr } from './cidr.js';
import { parseDate } from './dates.js';
import { compileJmes, JmesRuntimeError, JmesSyntaxError, type JmesSearch } from './jmespath.js';
import {
  EMPTY_TUPLE,
  isDict,
  PyKeyError,
  PyObject,
  pyContains,
  pyEquals,
  pyFloat,
  pyInt,
  pyLen,
  pyMod,
  pyOrder,
  pyRepr,
  PySet,
  pySet,
  pyStr,
  pyStrip,
  pyTruthy,
  PyTypeError,
  pyTypeName,
  PyValueError,
  PyZeroDivisionError,
} from './python.js';
import { compilePyRegex, fnmatch, PyRegexError, compileGlob, type CompiledPyRegex } from './pyregex.js';
import { headsOfPath, MATCHED_FILTERS, readsMatchedFilters } from './annotations.js';
import { LIST_ITEM_ID_KEY } from './blocks.js';
import type { ColumnLeaf, EvalContext, Filter, FilterDefinition, PlainTest, Resource } from './types.js';
import { loadValueFrom } from './value-from.js';
import {
  quickDecider,
  quickValueDecider,
  type QuickDecider,
  type QuickSpec,
  type QuickValueDecider,
} from './value-quick.js';

/** Operators of §5.6 with their aliases, mapped to a canonical name. */
export const OPERATORS: Readonly<Record<string, string>> = {
  eq: 'eq',
  equal: 'eq',
  ne: 'ne',
  'not-equal': 'ne',
  gt: 'gt',
  'greater-than': 'gt',
  ge: 'ge',
  gte: 'ge',
  le: 'le',
  lte: 'le',
  lt: 'lt',
  'less-than': 'lt',
  glob: 'glob',
  regex: 'regex',
  'regex-case': 'regex-case',
  in: 'in',
  ni: 'ni',
  'not-in': 'ni',
  contains: 'contains',
  difference: 'difference',
  intersect: 'intersect',
  mod: 'mod',
};

export const VALUE_TYPES: readonly string[] = [
  'age',
  'integer',
  'expiration',
  'normalize',
  'size',
  'cidr',
  'cidr_size',
  'swap',
  'resource_count',
  'expr',
  'unique_size',
  'date',
  'version',
  'float',
];

/** Tag-key transforms of §5.2. */
export const TAG_KEY_TRANSFORMS: Readonly<Record<string, (s: string) => string>> = {
  noop: (s) => s,
  capitalize: (s) => (s ? (s[0] as string).toUpperCase() + s.slice(1).toLowerCase() : s),
  lower: (s) => s.toLowerCase(),
  strip: (s) => pyStrip(s),
  // Python title(): upper-case a cased character that follows an uncased one, lower-case the rest.
  title: (s) =>
    s.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
  upper: (s) => s.toUpperCase(),
  nospaces: (s) => s.replaceAll(' ', ''),
  nounderscores: (s) => s.replaceAll('_', ''),
  nodashes: (s) => s.replaceAll('-', ''),
};

/**
 * The top-level fields of a subject that resolving `key` may read (for a `tag:` key the tag containers, for
 * a field path the field and the path's head); undefined when it may read anything (other JMESPath).
 */
export function keyHeads(key: string): readonly string[] | undefined {
  if (key.startsWith('tag:')) return ['Tags', 'labels', 'tags'];
  const head = headsOfPath(key);
  return head === undefined ? undefined : head === key ? [key] : [key, head];
}

/** Resolves a key against a subject (§5.2 + §5.3). */
export type KeyResolver = (subject: unknown) => unknown;

function runtimeError(message: string): PolicyRuntimeError {
  return new PolicyRuntimeError(message);
}

/** Python's AttributeError/TypeError crash while reading tags, as a policy failure. */
function tagCrash(key: string, why: string): never {
  throw runtimeError(`cannot read tag key "${key}": ${why}`);
}

function compileTagResolver(key: string, transforms: unknown): KeyResolver {
  const tk = key.slice(4);
  const fns = Array.isArray(transforms)
    ? transforms
        .filter((t): t is string => typeof t === 'string' && t in TAG_KEY_TRANSFORMS)
        .map((t) => TAG_KEY_TRANSFORMS[t] as (s: string) => string)
    : [];
  const norm = fns.length ? (s: string) => fns.reduce((acc, f) => f(acc), s) : undefined;
  return (s: unknown) => {
    if (!isDict(s)) return null;
    // Read first: `in` is asked only when the key is missing or holds undefined (slow on varied objects).
    const tags = s['Tags'];
    if (tags !== undefined || 'Tags' in s) {
      if (tags === null || tags === undefined || typeof tags !== 'object' || tags instanceof Date) {
        if (typeof tags === 'string' && tags === '') return null;
        if (typeof tags !== 'string') tagCrash(key, `Tags is a ${pyTypeName(tags)}, not a list`);
      }
      const list = Array.isArray(tags)
        ? tags
        : isDict(tags)
          ? Object.keys(tags)
          : typeof tags === 'string'
            ? Array.from(tags)
            : [];
      for (let i = 0; i < list.length; i++) {
        const t: unknown = list[i];
        if (norm) {
          // c7n skips entries whose Key/Value are missing or whose Key is not a string.
          if (!isDict(t)) tagCrash(key, `a Tags entry is a ${pyTypeName(t)}, not a mapping`);
          if (!('Key' in t) || !('Value' in t) || typeof t['Key'] !== 'string') continue;
          if (norm(t['Key']) === tk) return t['Value'] ?? null;
        } else {
          if (!isDict(t)) tagCrash(key, `a Tags entry is a ${pyTypeName(t)}, not a mapping`);
          const k = t['Key'];
          if (typeof k === 'string' ? k === tk : pyEquals(k, tk)) return t['Value'] ?? null;
        }
      }
      return null;
    }
    if ('labels' in s || 'tags' in s) {
      const isLabels = 'labels' in s;
      let m = s[isLabels ? 'labels' : 'tags'];
      if (!isLabels && !pyTruthy(m)) m = {};
      if (!isDict(m)) tagCrash(key, `${isLabels ? 'labels' : 'tags'} is a ${pyTypeName(m)}, not a mapping`);
      if (norm) {
        for (const [k, v] of Object.entries(m)) if (norm(k) === tk) return v ?? null;
        return null;
      }
      return m[tk] ?? null;
    }
    return null;
  };
}

/** value_regex (§5.3): `re.match` on strings, capture group 1, else null. */
function compileValueRegex(pattern: string): (r: unknown) => unknown {
  let compiled: ReturnType<typeof compilePyRegex>;
  try {
    compiled = compilePyRegex(pattern);
  } catch (e) {
    const msg = (e as Error).message;
    return () => {
      throw runtimeError(`invalid value_regex ${JSON.stringify(pattern)}: ${msg}`);
    };
  }
  if (compiled.groups < 1) {
    return (r) => {
      if (typeof r !== 'string') return null;
      if (!compiled.matches(r)) return null;
      throw runtimeError(`value_regex ${JSON.stringify(pattern)} has no capturing group (no such group)`);
    };
  }
  return (r) => {
    if (typeof r !== 'string') return null;
    const m = compiled.match(r);
    if (m === null) return null;
    return m[1] ?? null;
  };
}

/**
 * Compile a key (§5.2) with an optional value_regex (§5.3) into a resolver. `tag:` keys read Tags; a key
 * that is a top-level field of the subject is read as is; anything else is JMESPath, compiled on first
 * use (a syntax error then fails the policy, as in c7n, but only when the literal field is absent).
 */
export function compileKey(key: string, valueRegex?: string, tagKeyTransforms?: unknown): KeyResolver {
  const base = compileBaseKey(key, tagKeyTransforms);
  if (valueRegex === undefined) return base;
  const rx = compileValueRegex(valueRegex);
  return (s) => rx(base(s));
}

/** compileKey without value_regex: the value the key names, before the regex takes its group. */
function compileBaseKey(key: string, tagKeyTransforms?: unknown): KeyResolver {
  let base: KeyResolver;
  if (key.startsWith('tag:')) {
    base = compileTagResolver(key, tagKeyTransforms);
  } else {
    let search: JmesSearch | undefined;
    let syntaxError: Error | undefined;
    const jmes = (s: unknown): unknown => {
      if (search === undefined) {
        if (syntaxError) throw syntaxError;
        try {
          search = compileJmes(key);
        } catch (e) {
          syntaxError = runtimeError(
            `key ${JSON.stringify(key)} is neither a field of the resource nor valid JMESPath: ${(e as Error).message}` +
              (e instanceof JmesSyntaxError ? '' : ''),
          );
          throw syntaxError;
        }
      }
      try {
        return search(s);
      } catch (e) {
        if (e instanceof JmesRuntimeError)
          throw runtimeError(`JMESPath ${JSON.stringify(key)} failed: ${e.message}`);
        throw e;
      }
    };
    base = (s: unknown) => {
      if (isDict(s)) {
        // The literal field wins (a plain property read): `c7n:InstanceAttribute`, `foo-bar`, `a.b`.
        const v = s[key];
        if (v !== undefined) return v;
        if (Object.prototype.hasOwnProperty.call(s, key)) return null;
      }
      const r = jmes(s);
      return r === undefined ? null : r;
    };
  }
  return base;
}

// ---------------------------------------------------------------------------------------------------
// Loose versions (c7n's ComparableVersion over distutils LooseVersion)

class LooseVersion extends PyObject {
  readonly pyType = 'ComparableVersion';
  readonly components: (number | bigint | string)[] | undefined;
  constructor(readonly vstring: unknown) {
    super();
    if (!pyTruthy(vstring)) {
      this.components = undefined; // never parsed: any comparison fails (AttributeError)
    } else if (typeof vstring !== 'string') {
      throw runtimeError(
        `value_type version needs strings, got ${pyTypeName(vstring)} ${pyRepr(vstring)} (quote it)`,
      );
    } else {
      this.components = parseLooseVersion(vstring);
    }
  }
  private parts(): (number | bigint | string)[] {
    if (this.components === undefined) {
      throw runtimeError(
        `value_type version cannot compare a missing or empty version (${pyRepr(this.vstring)})`,
      );
    }
    return this.components;
  }
  private otherParts(other: unknown): (number | bigint | string)[] | undefined {
    if (typeof other === 'string') return parseLooseVersion(other);
    if (other instanceof LooseVersion) return other.parts();
    return undefined;
  }
  pyEq(other: unknown): boolean {
    const a = this.parts();
    const b = this.otherParts(other);
    if (b === undefined) return false;
    if (pyEquals(a, b)) return true;
    // ComparableVersion: a TypeError while ordering means "not equal".
    return false;
  }
  override pyCmp(other: unknown): number {
    const a = this.parts();
    const b = this.otherParts(other);
    if (b === undefined) throw new PyTypeError(`cannot compare version with ${pyTypeName(other)}`);
    if (pyEquals(a, b)) return 0;
    return pyOrder('lt', a, b) ? -1 : 1;
  }
  pyStr(): string {
    return String(this.vstring);
  }
}

function parseLooseVersion(s: string): (number | bigint | string)[] {
  const out: (number | bigint | string)[] = [];
  for (const piece of s.split(/(\p{Nd}+|[a-z]+|\.)/u)) {
    if (piece === '' || piece === '.') continue;
    if (/^\p{Nd}+$/u.test(piece)) {
      const ascii = piece.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
      const n = Number(ascii);
      out.push(Number.isSafeInteger(n) ? n : BigInt(ascii));
    } else out.push(piece);
  }
  return out;
}

/** The value of a Unicode decimal digit (digits come in blocks of ten starting at a multiple of ...0). */
function digitValue(d: string): number {
  const cp = d.codePointAt(0) as number;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  for (let z = cp; z > cp - 10; z--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1))) return cp - z;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Operators

type OpFn = (r: unknown, v: unknown) => boolean;

function regexOp(ignoreCase: boolean): OpFn {
  return (r, v) => {
    if (typeof r !== 'string') return false;
    // re.match(non-string, ...) raises TypeError → no match.
    if (typeof v !== 'string') throw new PyTypeError('first argument must be string or compiled pattern');
    let c;
    try {
      c = compilePyRegex(v, ignoreCase);
    } catch (e) {
      if (e instanceof PyRegexError) throw runtimeError(`invalid regex ${JSON.stringify(v)}: ${e.message}`);
      throw e;
    }
    return c.matches(r);
  };
}

function setDifferenceNonEmpty(r: unknown, v: unknown): boolean {
  const a = pySet(r);
  const b = pySet(v);
  for (const x of a) if (!b.has(x)) return true;
  return false;
}

function setIntersectNonEmpty(r: unknown, v: unknown): boolean {
  const a = pySet(r);
  const b = pySet(v);
  for (const x of b) if (a.has(x)) return true;
  return false;
}

/**
 * regex/regex-case/glob for one matcher: the pattern is compiled once per policy value (the value is
 * fixed per matcher in practice), not looked up in the shared cache for every resource.
 */
function memoisedPatternOp(canonical: string): OpFn | undefined {
  if (canonical === 'glob') {
    let lastV: string | undefined;
    let lastMatch: ((s: string) => boolean) | undefined;
    return (r, v) => {
      if (typeof r !== 'string') return false;
      if (typeof v !== 'string') throw new PyTypeError('expected str, bytes or os.PathLike object');
      if (v !== lastV || lastMatch === undefined) {
        lastMatch = compileGlob(v);
        lastV = v;
      }
      return lastMatch(r);
    };
  }
  if (canonical !== 'regex' && canonical !== 'regex-case') return undefined;
  const generic = OP_FUNCTIONS[canonical] as OpFn;
  let lastV: string | undefined;
  let last: CompiledPyRegex | undefined;
  return (r, v) => {
    if (typeof r !== 'string' || typeof v !== 'string') return generic(r, v);
    if (v !== lastV || last === undefined) {
      // Through the generic operator once: same compilation, same errors.
      const result = generic(r, v);
      last = compilePyRegex(v, canonical === 'regex');
      lastV = v;
      return result;
    }
    return last.matches(r);
  };
}

/** The operator functions; they may throw PyTypeError (→ no match) or PolicyRuntimeError. */
export const OP_FUNCTIONS: Readonly<Record<string, OpFn>> = {
  eq: (r, v) => pyEquals(r, v),
  ne: (r, v) => !pyEquals(r, v),
  gt: (r, v) => pyOrder('gt', r, v),
  ge: (r, v) => pyOrder('ge', r, v),
  lt: (r, v) => pyOrder('lt', r, v),
  le: (r, v) => pyOrder('le', r, v),
  glob: (r, v) => {
    if (typeof r !== 'string') return false;
    if (typeof v !== 'string') throw new PyTypeError('expected str, bytes or os.PathLike object');
    return fnmatch(r, v);
  },
  regex: regexOp(true),
  'regex-case': regexOp(false),
  in: (r, v) => pyContains(v, r),
  ni: (r, v) => !pyContains(v, r),
  contains: (r, v) => pyContains(r, v),
  difference: setDifferenceNonEmpty,
  intersect: setIntersectNonEmpty,
  mod: (r, v) => {
    try {
      return pyTruthy(pyMod(r, v));
    } catch (e) {
      if (e instanceof PyZeroDivisionError)
        throw runtimeError(`op mod with value ${pyRepr(v)}: division by zero`);
      if (e instanceof PyValueError || e instanceof PyKeyError) throw runtimeError(`op mod: ${e.message}`);
      throw e;
    }
  },
};

// ---------------------------------------------------------------------------------------------------
// Special values

const enum Special {
  None = 0,
  Absent,
  Present,
  NotNull,
  Empty,
}

/** The word of each special value (none for Special.None). */
const SPECIAL_WORDS: Readonly<Record<Special, string | undefined>> = {
  [Special.None]: undefined,
  [Special.Absent]: 'absent',
  [Special.Present]: 'present',
  [Special.NotNull]: 'not-null',
  [Special.Empty]: 'empty',
};

function specialOf(v: unknown): Special {
  if (typeof v === 'string') {
    switch (v) {
      case 'absent':
        return Special.Absent;
      case 'present':
        return Special.Present;
      case 'not-null':
        return Special.NotNull;
      case 'empty':
        return Special.Empty;
      default:
        return Special.None;
    }
  }
  if (v instanceof PyObject) {
    // Python equality against the four words (a LooseVersion equals "absent" only if it parses so).
    if (pyEquals(v, 'absent')) return Special.Absent;
    if (pyEquals(v, 'present')) return Special.Present;
    if (pyEquals(v, 'not-null')) return Special.NotNull;
    if (pyEquals(v, 'empty')) return Special.Empty;
  }
  return Special.None;
}

/** §5.4 step 6, in c7n's order (each test falls through to the next when it does not apply). */
function specialMatches(sp: Special, r: unknown): boolean {
  if (sp === Special.None) return false;
  if ((r === null || r === undefined) && sp === Special.Absent) return true;
  if (r !== null && r !== undefined && sp === Special.Present) return true;
  if (sp === Special.NotNull && pyTruthy(r)) return true;
  if (sp === Special.Empty && !pyTruthy(r)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// The matcher

export interface ValueMatcherOptions {
  /** Append the key to `c7n:MatchedFilters` on a match (the value filter itself: true; others: false). */
  readonly annotate?: boolean;
  /** Name used in error messages (default: the filter `type`, else "value"). */
  readonly label?: string;
}

const DAY_MS = 86400000;

function daysToMs(days: unknown, vtype: string): number {
  // timedelta(days) takes ints, floats and booleans; anything else is a TypeError that aborts the policy.
  let n: number;
  if (typeof days === 'number') n = days;
  else if (typeof days === 'boolean') n = days ? 1 : 0;
  else if (typeof days === 'bigint') n = Number(days);
  else {
    throw runtimeError(
      `value_type ${vtype} needs a number of days as value, got ${pyTypeName(days)} ${pyRepr(days)} (unsupported type for timedelta days component)`,
    );
  }
  if (!Number.isFinite(n) || Math.abs(n) > 999999999)
    throw runtimeError(`value_type ${vtype}: ${pyRepr(days)} days is out of range`);
  return n * DAY_MS;
}

/**
 * The comparison operators over two numbers: as Python orders two aware datetimes (their instants in ms),
 * or two ints or floats that are not NaN.
 */
export const NUMBER_ORDERS: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
};

/** What Python's int() reads exactly as Number() does: up to 15 ASCII digits, nothing else. */
const DECIMAL_DIGITS = /^[0-9]{1,15}$/;

/** The threshold of age (now - days) or expiration (now + days); a date value is the threshold itself. */
function ageThreshold(v: unknown, now: Date, vtype: string): Date {
  return v instanceof Date ? v : shiftDate(now, (vtype === 'age' ? -1 : 1) * daysToMs(v, vtype), vtype);
}

/** A date ± days as Python would compute it; outside years 1..9999 Python raises OverflowError. */
function shiftDate(now: Date, ms: number, vtype: string): Date {
  const d = new Date(now.getTime() + ms);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(d.getTime()) || y < 1 || y > 9999)
    throw runtimeError(`value_type ${vtype}: date value out of range`);
  return d;
}

export class ValueMatcher {
  /** The key as written (`k` of §5.4), also what `c7n:MatchedFilters` records. */
  readonly key: unknown;
  readonly op: string | undefined;
  readonly valueType: string | undefined;
  private readonly annotate: boolean;
  private readonly label: string;
  private readonly data: Record<string, unknown>;
  private readonly resolve: KeyResolver;
  private readonly opFn: OpFn | undefined;
  private readonly inOrNotIn: boolean;
  private readonly valuePath: JmesSearch | undefined;
  private readonly hasValueFrom: boolean;
  private readonly valueRegex: string | undefined;
  private readonly tagKeyTransforms: unknown;
  /** The policy value `v` (from `value`, or value_from once loaded). */
  private v: unknown;
  private loaded: boolean;
  /** specialOf(v), computed once v is known (used when nothing per subject can change v). */
  private vSpecial: Special = Special.None;
  private loading: Promise<void> | undefined;
  private readonly convert:
    ((v: unknown, r: unknown, s: unknown, ctx: EvalContext) => [unknown, unknown]) | undefined;
  // Per-`now` caches for age/expiration/date (recomputed only when ctx.now changes).
  private nowRef: Date | undefined;
  private nowDerived: unknown;
  private readonly exprResolvers = new Map<string, KeyResolver>();
  /** The top-level fields of the subject test() may read; undefined when it may read any (see keyHeads). */
  readonly heads: readonly string[] | undefined;
  /** Whether test() may read `c7n:MatchedFilters` (pending matches are then written out first). */
  readonly readsMatched: boolean;
  /** test() for the common shapes (./value-quick.ts); undefined when this matcher has none. */
  private readonly quick: QuickDecider | undefined;
  /**
   * For age/expiration, size and integer with a comparison operator: the operator over two numbers (see
   * decide).
   */
  private readonly numberOrder: ((a: number, b: number) => boolean) | undefined;
  /** The same for a resolved value (columnLeaf); set with `quick`. */
  private quickValue: QuickValueDecider | undefined;

  constructor(data: Record<string, unknown>, options: ValueMatcherOptions = {}) {
    this.data = data;
    this.annotate = options.annotate ?? true;
    const entries = Object.keys(data);
    this.label = options.label ?? (typeof data['type'] === 'string' ? (data['type'] as string) : 'value');
    if (entries.length === 1) {
      // §5.4: a one-entry mapping is `key: value` with plain equality (also `{type: value}` itself).
      const k = entries[0] as string;
      this.key = k;
      this.v = data[k];
      this.op = undefined;
      this.valueType = undefined;
      this.valuePath = undefined;
      this.hasValueFrom = false;
      this.valueRegex = undefined;
      this.tagKeyTransforms = undefined;
      this.loaded = true;
      this.resolve = compileKey(k);
      this.opFn = undefined;
      this.inOrNotIn = false;
      this.convert = undefined;
      this.numberOrder = undefined;
      this.vSpecial = specialOf(this.v);
      this.heads = keyHeads(k);
      this.readsMatched = readsMatchedFilters(this.heads);
      this.quick = this.quickForm();
      return;
    }
    this.key = data['key'];
    const op = data['op'];
    if (op !== undefined && op !== null) {
      if (typeof op !== 'string' || !(op in OPERATORS)) {
        throw runtimeError(`invalid operator ${pyRepr(op)} in ${this.label} filter`);
      }
      this.op = op;
      const canonical = OPERATORS[op] as string;
      this.opFn = memoisedPatternOp(canonical) ?? OP_FUNCTIONS[canonical];
    } else {
      this.op = undefined;
      this.opFn = undefined;
    }
    this.inOrNotIn = op === 'in' || op === 'not-in'; // exactly these spellings (not `ni`), §5.4 step 4
    const vt = data['value_type'];
    this.valueType = typeof vt === 'string' ? vt : undefined;
    this.valueRegex = typeof data['value_regex'] === 'string' ? data['value_regex'] : undefined;
    this.tagKeyTransforms = data['tag_key_transforms'];
    this.hasValueFrom = 'value_from' in data;
    if (!this.hasValueFrom && 'value_path' in data) {
      const vp = data['value_path'];
      if (typeof vp !== 'string') throw runtimeError(`value_path must be a string in ${this.label} filter`);
      try {
        const search = compileJmes(vp);
        this.valuePath = (s) => {
          try {
            const x = search(s);
            return x === undefined ? null : x;
          } catch (e) {
            if (e instanceof JmesRuntimeError)
              throw runtimeError(`value_path ${JSON.stringify(vp)} failed: ${e.message}`);
            throw e;
          }
        };
      } catch (e) {
        if (e instanceof JmesSyntaxError) {
          const msg = e.message;
          this.valuePath = () => {
            throw runtimeError(`invalid value_path: ${msg}`);
          };
        } else throw e;
      }
    } else {
      this.valuePath = undefined;
    }
    this.v = this.hasValueFrom || this.valuePath ? null : (data['value'] ?? null);
    this.loaded = !this.hasValueFrom;
    if (typeof this.key === 'string') {
      this.resolve = compileKey(this.key, this.valueRegex, this.tagKeyTransforms);
    } else if (this.valueType === 'resource_count') {
      this.resolve = () => null; // never called per resource
    } else {
      const k = this.key;
      this.resolve = () => {
        throw runtimeError(`missing or non-string 'key' (${pyRepr(k)}) in ${this.label} filter`);
      };
    }
    this.convert = this.valueType === undefined ? undefined : this.buildConversion(this.valueType);
    this.numberOrder = ['age', 'expiration', 'size', 'integer'].includes(this.valueType ?? '')
      ? NUMBER_ORDERS[this.op === undefined ? 'eq' : (OPERATORS[this.op] as string)]
      : undefined;
    if (this.loaded) this.vSpecial = specialOf(this.v);
    this.heads =
      typeof this.key === 'string' && this.valuePath === undefined && this.valueType !== 'expr'
        ? keyHeads(this.key)
        : undefined;
    this.readsMatched = readsMatchedFilters(this.heads);
    this.quick = this.quickForm();
  }

  /** The quick decider when the value is fixed and read straight from the key (see ./value-quick.ts). */
  private quickForm(): QuickDecider | undefined {
    const key = this.key;
    if (!this.loaded || this.valuePath !== undefined || this.convert !== undefined) return undefined;
    if (typeof key !== 'string' || this.valueRegex !== undefined || this.tagKeyTransforms !== undefined)
      return undefined;
    let nullVerdict: boolean | undefined;
    try {
      nullVerdict = this.compare(this.inOrNotIn ? EMPTY_TUPLE : null, this.v, this.vSpecial);
    } catch {
      nullVerdict = undefined; // the general test fails there, as it should
    }
    const sp = this.vSpecial;
    const spec: QuickSpec = {
      key,
      op: this.op === undefined ? undefined : OPERATORS[this.op],
      value: this.v,
      special: SPECIAL_WORDS[sp],
      nullVerdict,
      resolve: this.resolve,
    };
    this.quickValue = quickValueDecider(spec);
    return quickDecider(spec);
  }

  /** test() for a mapping: the quick form when it decides, the general test otherwise. */
  testMapping(subject: Record<string, unknown>, ctx: EvalContext): boolean {
    const quick = this.quick;
    if (quick !== undefined) {
      const verdict = quick(subject);
      if (verdict !== undefined) return verdict;
    }
    return this.test(subject, ctx);
  }

  /** True once test() may be called (no value_from, or value_from loaded). */
  get ready(): boolean {
    return this.loaded;
  }

  /** True when the filter compares the size of the resource set (`value_type: resource_count`). */
  get isResourceCount(): boolean {
    return this.valueType === 'resource_count';
  }

  /** Loads value_from (once per matcher; the document itself is cached per run in ctx.cache). */
  async prepare(ctx: EvalContext): Promise<void> {
    if (this.loaded) return;
    if (!this.loading) {
      this.loading = (async () => {
        const spec = this.data['value_from'];
        this.v = await loadValueFrom(spec, ctx);
        this.vSpecial = specialOf(this.v);
        this.loaded = true;
      })();
      this.loading.catch(() => {
        this.loading = undefined; // let a later policy try again
      });
    }
    await this.loading;
  }

  /** §5.4 for one subject, after prepare(). Throws PolicyRuntimeError where c7n would crash. */
  test(subject: unknown, ctx: EvalContext): boolean {
    if (!this.loaded) throw new Error('ValueMatcher.test called before prepare() for a value_from filter');
    const valuePath = this.valuePath;
    if (valuePath === undefined) {
      if (subject === null || subject === undefined) return false;
      return this.decide(this.resolve(subject), subject, ctx);
    }
    let v = valuePath(subject);
    if (subject === null || subject === undefined) return false;
    let r = this.resolve(subject);
    if (this.inOrNotIn && (r === null || r === undefined)) r = EMPTY_TUPLE;
    let sp: Special;
    if (this.convert !== undefined) {
      const vr = this.convert(v, r, subject, ctx);
      v = vr[0];
      r = vr[1];
      sp = specialOf(v);
    } else {
      sp = specialOf(v); // value_path computed v for this subject
    }
    return this.compare(r, v, sp);
  }

  /**
   * test() from the resolved value `r` on, when the policy value is fixed (no value_path): the verdict
   * depends on `r` alone, and on the subject only for value_type expr.
   */
  private decide(r: unknown, subject: unknown, ctx: EvalContext): boolean {
    if (this.inOrNotIn && (r === null || r === undefined)) r = EMPTY_TUPLE;
    const convert = this.convert;
    if (convert === undefined) return this.compare(r, this.v, this.vSpecial);
    const order = this.numberOrder;
    if (order !== undefined) {
      // Two numbers, compared as Python does (pyOrder, without the general dispatch over every type pair,
      // and without the conversion's pair), in the common cases:
      const vt = this.valueType;
      const v = this.v;
      if (r instanceof Date && (vt === 'age' || vt === 'expiration')) {
        // a date (what the conversion parses to itself) against the threshold, as instants
        const rt = r.getTime();
        const tt = this.dateThreshold(ctx).getTime();
        if (rt === rt && tt === tt) return vt === 'age' ? order(tt, rt) : order(rt, tt);
      } else if (typeof v === 'number' && Number.isFinite(v)) {
        // the length of a list (size), or a string of a few decimal digits read as int (integer)
        if (vt === 'size' && Array.isArray(r)) return order(r.length, v);
        if (vt === 'integer' && typeof r === 'string' && DECIMAL_DIGITS.test(r)) return order(Number(r), v);
      }
    }
    const vr = convert(this.v, r, subject, ctx);
    return this.compare(vr[1], vr[0], specialOf(vr[0]));
  }

  /**
   * The matcher as a column leaf (see ColumnLeaf): its verdict on a subject is a function of the value its
   * key resolves to there, and of nothing else. Undefined when it is not: value_path and value_type expr
   * read more of the subject, resource_count reads the set, `c7n:MatchedFilters` changes during the run,
   * and a value_from must be loaded first.
   */
  columnLeaf(): ColumnLeaf | undefined {
    // Asked by every evaluation of the policy; the answer cannot change once the value is loaded.
    if (this.leaf === undefined && this.loaded) this.leaf = this.makeColumnLeaf() ?? null;
    return this.leaf ?? undefined;
  }
  private leaf: ColumnLeaf | null | undefined;

  private makeColumnLeaf(): ColumnLeaf | undefined {
    const key = this.key;
    if (!this.loaded || this.valuePath !== undefined || typeof key !== 'string' || this.readsMatched)
      return undefined;
    if (this.valueType === 'expr' || this.valueType === 'resource_count') return undefined;
    let signature: string;
    let baseSignature: string;
    try {
      // Everything compileKey reads: equal signatures resolve equal values from the same subject.
      signature = JSON.stringify([key, this.valueRegex ?? null, this.tagKeyTransforms ?? null]);
      baseSignature = JSON.stringify([key, null, this.tagKeyTransforms ?? null]);
    } catch {
      return undefined;
    }
    const valueRegex = this.valueRegex;
    const tag = key.startsWith('tag:') && this.tagKeyTransforms === undefined ? key.slice(4) : undefined;
    // With value_regex, the column is the key's own column with the regex applied to each distinct value.
    const derivedFrom =
      valueRegex === undefined
        ? undefined
        : {
            signature: baseSignature,
            resolve: compileBaseKey(key, this.tagKeyTransforms),
            tag,
            map: compileValueRegex(valueRegex),
          };
    const quick = this.quickValue;
    const decide =
      quick === undefined
        ? (r: unknown, ctx: EvalContext) => this.decide(r, undefined, ctx)
        : (r: unknown, ctx: EvalContext) => quick(r) ?? this.decide(r, undefined, ctx);
    return { signature, resolve: this.resolve, decide, derivedFrom, tag: derivedFrom ? undefined : tag };
  }

  /** §5.4 from the special words on, for the resolved (and converted) value `r` and the policy value `v`. */
  private compare(r: unknown, v: unknown, sp: Special): boolean {
    if (sp !== Special.None && specialMatches(sp, r)) return true;
    const fn = this.opFn;
    if (fn !== undefined) {
      try {
        return fn(r, v);
      } catch (e) {
        if (e instanceof PyTypeError) return false;
        throw e;
      }
    }
    return pyEquals(r, v);
  }

  /** Prepare (value_from) if needed, then test. */
  async match(subject: unknown, ctx: EvalContext): Promise<boolean> {
    if (!this.loaded) await this.prepare(ctx);
    return this.test(subject, ctx);
  }

  /** Like test(), plus the `c7n:MatchedFilters` annotation when this matcher annotates. */
  testAndAnnotate(subject: unknown, ctx: EvalContext): boolean {
    const store = ctx.annotations;
    if (store !== undefined && isDict(subject)) {
      // A resource of a policy run: read it with what the run changed where that matters; annotate the run.
      const matched = this.testMapping(store.subjectFor(subject, this.heads, this.readsMatched), ctx);
      if (matched && this.annotate) store.appendMatched(subject, this.key);
      return matched;
    }
    const matched = isDict(subject) ? this.testMapping(subject, ctx) : this.test(subject, ctx);
    if (matched && this.annotate && isDict(subject)) {
      const existing = subject[MATCHED_FILTERS];
      if (existing === undefined) {
        if (!Object.prototype.hasOwnProperty.call(subject, MATCHED_FILTERS))
          subject[MATCHED_FILTERS] = [this.key];
      } else if (Array.isArray(existing)) existing.push(this.key);
    }
    return matched;
  }

  /** `resource_count`: OP(len(resources), value) over the whole set (§5.7); a TypeError aborts. */
  countMatches(count: number): boolean {
    const fn = this.opFn;
    if (fn === undefined) throw runtimeError(`value_type resource_count needs an op in ${this.label} filter`);
    try {
      return fn(count, this.data['value'] ?? null);
    } catch (e) {
      if (e instanceof PyTypeError) throw runtimeError(`resource_count: ${e.message}`);
      throw e;
    }
  }

  /** age/expiration with a fixed value: the date resources are compared with, computed once per `now`. */
  private dateThreshold(ctx: EvalContext): Date {
    if (this.nowRef === ctx.now) return this.nowDerived as Date;
    const v = this.v;
    const vtype = this.valueType as string;
    return this.perNow(ctx, () => ageThreshold(v, ctx.now, vtype));
  }

  /** Something derived from ctx.now and the policy value, computed once per `now`. */
  private perNow<T>(ctx: EvalContext, compute: () => T): T {
    if (this.nowRef !== ctx.now) {
      // (callers check nowRef first, so the closure is only made when `now` changed)
      this.nowDerived = compute();
      this.nowRef = ctx.now;
    }
    return this.nowDerived as T;
  }

  private exprResolver(key: unknown): KeyResolver {
    if (typeof key !== 'string') {
      throw runtimeError(
        `value_type expr needs the value to be a key (a string), got ${pyTypeName(key)} ${pyRepr(key)}`,
      );
    }
    let r = this.exprResolvers.get(key);
    if (r === undefined) {
      r = compileKey(key, this.valueRegex, this.tagKeyTransforms);
      this.exprResolvers.set(key, r);
    }
    return r;
  }

  /** The conversion of §5.7 for a value_type, as (v, r, s) → (v, r). */
  private buildConversion(
    vtype: string,
  ): ((v: unknown, r: unknown, s: unknown, ctx: EvalContext) => [unknown, unknown]) | undefined {
    const constV = this.valuePath === undefined; // v is fixed per matcher (value or value_from)
    switch (vtype) {
      case 'normalize':
        return (v, r) => [v, typeof r === 'string' ? pyStrip(r).toLowerCase() : r];
      case 'expr':
        return (v, r, s) => [this.exprResolver(v)(s), r];
      case 'integer':
        return (v, r) => [v, pyInt(pyStr(r)) ?? 0];
      case 'float':
        return (v, r) => [v, pyFloat(pyStr(r)) ?? 0];
      case 'size':
        return (v, r) => {
          // The common unsized values (a missing field) without raising PyTypeError.
          if (r === null || r === undefined || typeof r === 'number' || typeof r === 'boolean') return [v, 0];
          try {
            return [v, pyLen(r)];
          } catch (e) {
            if (e instanceof PyTypeError) return [v, 0];
            throw e;
          }
        };
      case 'unique_size':
        return (v, r) => {
          try {
            return [v, pySet(r).size];
          } catch (e) {
            if (e instanceof PyTypeError) return [v, 0];
            throw e;
          }
        };
      case 'swap':
        return (v, r) => [r, v];
      case 'date': {
        const parseV = (v: unknown, ctx: EvalContext) => parseDate(v, ctx.now);
        return (v, r, _s, ctx) => [
          constV
            ? this.nowRef === ctx.now
              ? this.nowDerived
              : this.perNow(ctx, () => parseV(v, ctx))
            : parseV(v, ctx),
          parseDate(r, ctx.now),
        ];
      }
      case 'age':
      case 'expiration': {
        return (v, r, _s, ctx) => {
          const t = constV ? this.dateThreshold(ctx) : ageThreshold(v, ctx.now, vtype);
          const parsed = parseDate(r, ctx.now) ?? 0;
          // age: OP(threshold, resourceDate); expiration: OP(resourceDate, threshold).
          return vtype === 'age' ? [parsed, t] : [t, parsed];
        };
      }
      case 'cidr':
        return (v, r) => {
          const s = parseCidr(v);
          const x = parseCidr(r);
          if (
            s instanceof PyObject &&
            s.pyType.endsWith('Address') &&
            x instanceof PyObject &&
            x.pyType === 'IPv4Network'
          ) {
            return [x, s];
          }
          return [s, x];
        };
      case 'cidr_size':
        return (v, r) => {
          const c = parseCidr(r);
          if (c === null) return [v, 0];
          if (c instanceof PyObject && 'prefixlen' in c)
            return [v, (c as unknown as { prefixlen: number }).prefixlen];
          throw runtimeError(
            `value_type cidr_size needs a network (a.b.c.d/n), got ${pyRepr(r)} ('${pyTypeName(c)}' object has no attribute 'prefixlen')`,
          );
        };
      case 'version':
        return (v, r) => [new LooseVersion(v), new LooseVersion(r)];
      case 'resource_count':
        return undefined;
      default:
        // c7n ignores an unknown value_type (the schema rejects it first).
        return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The `value` filter

class ValueFilter implements Filter {
  readonly type = 'value';
  private readonly matcher: ValueMatcher;
  constructor(data: Record<string, unknown>) {
    this.matcher = new ValueMatcher(data, { annotate: true, label: 'value' });
  }
  isSync(): boolean {
    return this.matcher.ready || this.matcher.isResourceCount;
  }
  inPlaceElements(): boolean {
    const heads = this.matcher.heads;
    return heads !== undefined && !heads.includes(LIST_ITEM_ID_KEY);
  }
  canTestOne(): boolean {
    return this.matcher.ready && !this.matcher.isResourceCount;
  }
  plainTest(keys: unknown[]): PlainTest | undefined {
    const m = this.matcher;
    if (!this.canTestOne() || m.readsMatched) return undefined;
    const id = keys.push(m.key);
    return {
      test: (subject, ctx, trail) => {
        if (!m.testMapping(subject, ctx)) return false;
        trail.value = trail.value * 16 + id;
        return true;
      },
    };
  }
  columnLeaves(leaves: ColumnLeaf[]): boolean {
    const leaf = this.canTestOne() ? this.matcher.columnLeaf() : undefined;
    if (leaf === undefined) return false;
    leaves.push(leaf);
    return true;
  }
  testOne(r: Resource, ctx: EvalContext): boolean {
    return this.matcher.testAndAnnotate(r, ctx);
  }
  processSync(resources: Resource[], ctx: EvalContext): Resource[] {
    const m = this.matcher;
    if (m.isResourceCount) return m.countMatches(resources.length) ? resources : [];
    if (resources.length === 0) return resources;
    const kept: Resource[] = [];
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      if (m.testAndAnnotate(r, ctx)) kept.push(r);
    }
    return kept;
  }
  async process(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
    const m = this.matcher;
    if (m.isResourceCount) return m.countMatches(resources.length) ? resources : [];
    if (resources.length === 0) return resources; // value_from is fetched only when a subject arrives
    await m.prepare(ctx);
    return this.processSync(resources, ctx);
  }
}

export const valueFilter: FilterDefinition = {
  type: 'value',
  permissions: [],
  create(data: Record<string, unknown>): Filter {
    return new ValueFilter(data);
  },
};

/** The short form `- KEY: VALUE` (§4.1): plain equality plus the special values. */
export function shortFormFilter(key: string, value: unknown): Filter {
  return new ValueFilter({ [key]: value });
}

/** A Python set of the given values (for value_from results and tests). */
export function toPySet(values: Iterable<unknown>): PySet {
  return new PySet(values);
}

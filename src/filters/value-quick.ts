/**
 * The common shapes of a value test, decided without the general machinery (spec §5.4).
 *
 * Most value filters read one plain field or tag and compare its string (or boolean) with a fixed policy
 * value: `InstanceStatus: ACTIVE`, `tag:Owner: absent`, `op: in` over a list of names, a glob, a regex.
 * For those, ValueMatcher.test's general steps (key resolver, value_type conversion, special-value
 * dispatch, Python equality over any two types) reduce to one property read and one comparison. A quick
 * decider answers only where its answer is the general one by construction, and says "undecided"
 * (undefined) for anything else: another type of value, a missing field, a shape it does not know. The
 * caller then runs the general test, so semantics live in one place (value.ts) and this module only
 * short-cuts the cases proven equal to it (see __tests__/filters/value-quick.test.ts).
 */
import { compileGlob, compilePyRegex } from './pyregex.js';

/** A verdict for a subject, or undefined when the general test must decide. */
export type QuickDecider = (subject: Record<string, unknown>) => boolean | undefined;

export interface QuickSpec {
  /** The filter key as written. */
  readonly key: string;
  /** The canonical operator (OPERATORS), undefined for plain equality. */
  readonly op: string | undefined;
  /** The policy value (fixed: no value_from, value_path or value_type). */
  readonly value: unknown;
  /** Which of the special words the value is (`absent`, `present`, `not-null`, `empty`), if any. */
  readonly special: string | undefined;
  /** The general verdict for a missing value (null), when the general test gives one without failing. */
  readonly nullVerdict: boolean | undefined;
  /** The general resolver, used as is for `tag:` keys (it returns null for a missing tag). */
  readonly resolve: (subject: unknown) => unknown;
}

/** Names a plain object inherits: a field path through them is left to JMESPath. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * How to read the value: a plain field (`Name`), a dotted path of plain fields (`S3Config.KmsKeyId`:
 * JMESPath, once the literal key `S3Config.KmsKeyId` is absent), or a tag. Returns undefined where the
 * reader cannot vouch for the resolver's answer (the caller then asks the resolver).
 */
function reader(spec: QuickSpec): ((s: Record<string, unknown>) => unknown) | undefined {
  const key = spec.key;
  if (key.startsWith('tag:')) return spec.resolve;
  const path = key.split('.');
  if (path.some((seg) => !IDENTIFIER.test(seg) || INHERITED.has(seg))) return undefined;
  if (path.length === 1) return (s) => s[key]; // undefined (missing) → the resolver decides
  return (s) => {
    if (s[key] !== undefined) return undefined; // a literal `a.b` field wins: the resolver decides
    let o: unknown = s;
    for (let i = 0; i < path.length; i++) {
      if (o === null || o === undefined) return null; // JMESPath: a field of nothing is null
      if (!isPlainObject(o)) return undefined;
      o = o[path[i] as string];
    }
    return o === undefined ? null : o;
  };
}

/** The verdict for a string (or boolean) value of the field, for one operator and policy value. */
interface Comparison {
  readonly test: (x: string) => boolean;
  /** The verdict for a boolean value, when the comparison has a quick one. */
  readonly bool?: (x: boolean) => boolean;
}

/** The comparison of this operator and policy value, or undefined when it has no quick form. */
function comparison(spec: QuickSpec): Comparison | undefined {
  const { op, value: v, special } = spec;
  if (special !== undefined) {
    // §5.4 step 6 for a string, then equality with the word itself (op absent: plain equality).
    if (op !== undefined && op !== 'eq') return undefined;
    switch (special) {
      case 'absent':
        return { test: (x) => x === 'absent' };
      case 'present':
        return { test: () => true };
      case 'not-null':
        return { test: (x) => x !== '' };
      case 'empty':
        return { test: (x) => x === '' || x === 'empty' };
      default:
        return undefined;
    }
  }
  switch (op) {
    case undefined:
    case 'eq':
      // Python: a str or bool equals a str or bool only when identical (True == 1 is why numbers are out).
      return typeof v === 'string' || typeof v === 'boolean'
        ? { test: (x) => x === v, bool: (x) => x === v }
        : undefined;
    case 'ne':
      return typeof v === 'string' || typeof v === 'boolean'
        ? { test: (x) => x !== v, bool: (x) => x !== v }
        : undefined;
    case 'in':
    case 'ni': {
      // `x in [...]`: equality with each element; only string elements can equal a string.
      if (
        !Array.isArray(v) ||
        !v.every((e) => e === null || ['string', 'number', 'boolean'].includes(typeof e))
      )
        return undefined;
      const names = new Set(v.filter((e): e is string => typeof e === 'string'));
      return op === 'in' ? { test: (x) => names.has(x) } : { test: (x) => !names.has(x) };
    }
    case 'glob':
      return typeof v === 'string' ? { test: compileGlob(v) } : undefined;
    case 'regex':
    case 'regex-case': {
      if (typeof v !== 'string') return undefined;
      let re;
      try {
        re = compilePyRegex(v, op === 'regex');
      } catch {
        return undefined; // the general test reports the invalid pattern
      }
      return { test: (x) => re.match(x) !== null };
    }
    case 'contains':
      return typeof v === 'string' ? { test: (x) => x.includes(v) } : undefined;
    default:
      return undefined;
  }
}

/** The quick decider for a fixed-value test, or undefined when it has no quick form. */
export function quickDecider(spec: QuickSpec): QuickDecider | undefined {
  const read = reader(spec);
  const cmp = comparison(spec);
  if (read === undefined || cmp === undefined) return undefined;
  const { test, bool } = cmp;
  const nullVerdict = spec.nullVerdict;
  return (s) => {
    const x = read(s);
    if (typeof x === 'string') return test(x);
    if (x === null) return nullVerdict;
    if (bool !== undefined && typeof x === 'boolean') return bool(x);
    return undefined;
  };
}

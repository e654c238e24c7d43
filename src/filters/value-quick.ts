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
  /**
   * The general resolver (for a key without value_regex or tag_key_transforms: the caller leaves those to
   * the general test); it returns null for a missing tag.
   */
  readonly resolve: (subject: unknown) => unknown;
}

/** Names a plain object inherits: a field path through them is left to JMESPath. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * How to read the value when it is not a plain field (generate() reads those inline): a dotted path of
 * plain fields (`S3Config.KmsKeyId`: JMESPath, once the literal key `S3Config.KmsKeyId` is absent), or a
 * tag. Returns undefined where the reader cannot vouch for the resolver's answer (the caller then asks the
 * resolver).
 */
function reader(spec: QuickSpec): ((s: Record<string, unknown>) => unknown) | undefined {
  const key = spec.key;
  if (key.startsWith('tag:')) return spec.resolve;
  const path = key.split('.');
  if (path.some((seg) => !IDENTIFIER.test(seg) || INHERITED.has(seg))) return undefined;
  if (path.length === 1) return undefined; // read inline by generate()
  return (s) => {
    // A literal `a.b` field wins (even one holding undefined): the resolver decides.
    if (s[key] !== undefined || Object.prototype.hasOwnProperty.call(s, key)) return undefined;
    let o: unknown = s;
    for (let i = 0; i < path.length; i++) {
      if (o === null || o === undefined) return null; // JMESPath: a field of nothing is null
      if (!isPlainObject(o)) return undefined;
      o = o[path[i] as string];
    }
    return o === undefined ? null : o;
  };
}

/**
 * The verdict for a string (or boolean) value `x` of the field, for one operator and policy value: a JS
 * expression over `x` and the constants `V` (the policy value), `NAMES` (a Set of strings) and `test` (a
 * function of x), which generate() puts into the decider's source.
 */
interface Comparison {
  readonly onString: string;
  /** The expression for a boolean x, when the comparison has a quick one. */
  readonly onBoolean?: string;
  /** The verdict for any other value that is there (a number, a list, a mapping, a date), when fixed. */
  readonly onOther?: string;
  readonly names?: ReadonlySet<string>;
  readonly test?: (x: string) => boolean;
}

/** The comparison of this operator and policy value, or undefined when it has no quick form. */
function comparison(spec: QuickSpec): Comparison | undefined {
  const { op, value: v, special } = spec;
  if (special !== undefined) {
    // §5.4 step 6 for a string, then equality with the word itself (op absent: plain equality).
    if (op !== undefined && op !== 'eq') return undefined;
    switch (special) {
      // Any other value is there (not None) and equals no word: absent never matches it, present always.
      case 'absent':
        return { onString: "x === 'absent'", onBoolean: 'false', onOther: 'false' };
      case 'present':
        return { onString: 'true', onBoolean: 'true', onOther: 'true' };
      case 'not-null':
        return { onString: "x !== ''" };
      case 'empty':
        return { onString: "x === '' || x === 'empty'" };
      default:
        return undefined;
    }
  }
  switch (op) {
    case undefined:
    case 'eq':
      // Python: a str or bool equals a str or bool only when identical (True == 1 is why numbers are out).
      return typeof v === 'string' || typeof v === 'boolean'
        ? { onString: 'x === V', onBoolean: 'x === V' }
        : undefined;
    case 'ne':
      return typeof v === 'string' || typeof v === 'boolean'
        ? { onString: 'x !== V', onBoolean: 'x !== V' }
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
      return { onString: op === 'in' ? 'NAMES.has(x)' : '!NAMES.has(x)', names };
    }
    case 'glob':
      return typeof v === 'string' ? { onString: 'test(x)', test: compileGlob(v) } : undefined;
    case 'regex':
    case 'regex-case': {
      if (typeof v !== 'string') return undefined;
      let re;
      try {
        re = compilePyRegex(v, op === 'regex');
      } catch {
        return undefined; // the general test reports the invalid pattern
      }
      return { onString: 'test(x)', test: (x) => re.matches(x) };
    }
    case 'contains':
      return typeof v === 'string' ? { onString: 'x.includes(V)' } : undefined;
    default:
      return undefined;
  }
}

type DeciderFactory = (
  read: ((s: Record<string, unknown>) => unknown) | undefined,
  test: ((x: string) => boolean) | undefined,
  V: unknown,
  NAMES: ReadonlySet<string> | undefined,
  NV: boolean | undefined,
) => (input: unknown) => boolean | undefined;

/** Factories by source: filters with the same key and operator share one compiled function. */
const factories = new Map<string, DeciderFactory>();

/**
 * The decider as a function of its own, generated from `field` (a plain field name read as `s[field]`,
 * or undefined to call `read`) and the comparison. Why generated: V8 keeps type feedback per function,
 * and one shared closure read by every filter of every policy sees every field and every type, which
 * made each read a slow generic lookup; a function per filter reads its field and compares its value as
 * directly as hand-written code would. Only the field name, quoted by JSON.stringify, and the fixed
 * expressions of comparison() enter the source; policy values are passed in as arguments.
 */
function generate(field: Field | null, cmp: Comparison): DeciderFactory | undefined {
  // (field null: the value form, a function of the resolved value x itself)
  const source = [
    field === null ? 'return function quickValue(x) {' : 'return function quick(s) {',
    ...(field === null ? [] : readSource(field)),
    `  if (typeof x === 'string') return ${cmp.onString};`,
    '  if (x === null) return NV;',
    cmp.onBoolean === undefined ? '' : `  if (typeof x === 'boolean') return ${cmp.onBoolean};`,
    cmp.onOther === undefined ? '' : `  if (x !== undefined) return ${cmp.onOther};`,
    '  return undefined;',
    '};',
  ].join('\n');
  let factory = factories.get(source);
  if (factory === undefined) {
    try {
      // (the value form has no use for `read`: it is passed undefined)
      factory = new Function('read', 'test', 'V', 'NAMES', 'NV', source) as DeciderFactory;
    } catch {
      // Code generation turned off (node --disallow-code-generation-from-strings): the general test.
      return undefined;
    }
    if (factories.size > 1000) factories.clear();
    factories.set(source, factory);
  }
  return factory;
}

/** What the generated decider reads: a plain field, a tag, or whatever `read` returns. */
type Field = { readonly field: string } | { readonly tag: string } | undefined;

/**
 * Source lines that set `x` to the value (undefined: the general test decides). A tag is looked up in a
 * plain `Tags` list as the general resolver does (first entry whose Key is the tag key, its Value or
 * null); anything else there (no list, an entry that is not a mapping) is left to the resolver, which
 * reads the other tag containers and fails where Cloud Custodian does.
 */
function readSource(field: Field): string[] {
  if (field === undefined) return ['  const x = read(s);'];
  if ('field' in field) return [`  const x = s[${JSON.stringify(field.field)}];`];
  return [
    '  const tags = s.Tags;',
    '  if (!Array.isArray(tags)) return undefined;',
    '  let x = null;',
    '  for (let i = 0; i < tags.length; i++) {',
    '    const e = tags[i];',
    "    if (e === null || typeof e !== 'object' || Object.getPrototypeOf(e) !== Object.prototype) return undefined;",
    `    if (e.Key === ${JSON.stringify(field.tag)}) {`,
    '      const v = e.Value;',
    '      x = v === undefined ? null : v;',
    '      break;',
    '    }',
    '  }',
  ];
}

/**
 * The verdict for a value already resolved (by spec.resolve), or undefined when the general test must
 * decide: the decider's comparison without the read.
 */
export type QuickValueDecider = (value: unknown) => boolean | undefined;

/** The value form of quickDecider (same comparisons), or undefined when the test has no quick form. */
export function quickValueDecider(spec: QuickSpec): QuickValueDecider | undefined {
  const cmp = comparison(spec);
  if (cmp === undefined) return undefined;
  return generate(null, cmp)?.(undefined, cmp.test, spec.value, cmp.names, spec.nullVerdict);
}

/** The quick decider for a fixed-value test, or undefined when it has no quick form. */
export function quickDecider(spec: QuickSpec): QuickDecider | undefined {
  const cmp = comparison(spec);
  if (cmp === undefined) return undefined;
  const key = spec.key;
  // A plain field is read inline (a missing one, undefined, is left to the general test).
  const field: Field =
    IDENTIFIER.test(key) && !INHERITED.has(key)
      ? { field: key }
      : key.startsWith('tag:')
        ? { tag: key.slice(4) }
        : undefined;
  const read = field === undefined ? reader(spec) : undefined;
  if (field === undefined && read === undefined) return undefined;
  return generate(field, cmp)?.(read, cmp.test, spec.value, cmp.names, spec.nullVerdict);
}

/**
 * The JMESPath dialect of spec §7: jmespath.py 1.1.0 plus Cloud Custodian's `split` and `from_json`.
 *
 * Parsing: a lexer that follows jmespath.py token by token (so `foo-bar`, `$x`, `a + b`, `a ? b : c` fail
 * with jmespath.py's "Unknown token" errors and an exact position), then `@jmespath-community/jmespath`'s
 * parser for the tree; community-only nodes that survive the lexer (`a * b` arithmetic, `let`,
 * variables, ternaries) are rejected as syntax errors.
 *
 * Evaluation: our own interpreter over that tree, compiled once into closures, with jmespath.py's
 * semantics (Python equality with the 0/1-vs-boolean exception, ordering only between numbers or between
 * strings — a number against a string raises —, Python truthiness rules for `!`, Date values that behave
 * like Python datetimes, and jmespath.py's function signatures and type errors).
 */
import { compile as communityCompile } from '@jmespath-community/jmespath';
import {
  compareStrings,
  dateStr,
  floatRepr,
  isDict,
  pyEquals,
  pyLen,
  PySet,
  pyTruthy,
  pyOrder,
  pyTypeName,
} from './python.js';

/** A syntax error in an expression; `position` is the 0-based offset (for a caret), when known. */
export class JmesSyntaxError extends Error {
  override readonly name = 'JmesSyntaxError';
  constructor(
    readonly reason: string,
    readonly expression: string,
    readonly position?: number,
  ) {
    super(
      position === undefined
        ? `${reason} in JMESPath expression "${expression}"`
        : `${reason} at column ${position} in JMESPath expression:\n  ${expression}\n  ${' '.repeat(position)}^`,
    );
  }
}

/** An error raised while evaluating (type errors, unknown functions, number-vs-string ordering). */
export class JmesRuntimeError extends Error {
  override readonly name = 'JmesRuntimeError';
}

export type JmesSearch = (subject: unknown) => unknown;

// ---------------------------------------------------------------------------------------------------
// Lexer (jmespath.py's), used to reject what jmespath.py rejects and to locate errors.

const SIMPLE = new Set(['.', '*', ']', ',', ':', '@', '(', ')', '{', '}']);
const isIdentStart = (c: string) => /[A-Za-z_]/.test(c);
const isIdent = (c: string) => /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

function lex(expr: string): void {
  if (!expr) throw new JmesSyntaxError('empty expression', expr, 0);
  const n = expr.length;
  let i = 0;
  const until = (delim: string): number => {
    const start = i;
    i++;
    while (i < n && expr[i] !== delim) {
      if (expr[i] === '\\') i++;
      i++;
    }
    if (i >= n) throw new JmesSyntaxError(`unclosed ${delim} delimiter`, expr, start);
    i++;
    return start;
  };
  while (i < n) {
    const c = expr[i] as string;
    if (c === '[') i += expr[i + 1] === '?' || expr[i + 1] === ']' ? 2 : 1;
    else if (SIMPLE.has(c) || c === '|' || c === '&' || c === '<' || c === '>') i++;
    else if (isIdentStart(c)) while (i < n && isIdent(expr[i] as string)) i++;
    else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === "'") until("'");
    else if (c === '`') {
      const start = until('`');
      const lexeme = expr.slice(start + 1, i - 1).replace(/\\`/g, '`');
      if (parsePyJson(lexeme) === BAD && parsePyJson(`"${lexeme.trimStart()}"`) === BAD) {
        throw new JmesSyntaxError(`bad literal ${lexeme}`, expr, start);
      }
    } else if (c === '"') {
      const start = until('"');
      if (parsePyJson(expr.slice(start, i)) === BAD)
        throw new JmesSyntaxError('invalid quoted identifier', expr, start);
    } else if (isDigit(c)) while (i < n && isDigit(expr[i] as string)) i++;
    else if (c === '-') {
      if (i + 1 < n && isDigit(expr[i + 1] as string)) {
        i++;
        while (i < n && isDigit(expr[i] as string)) i++;
      } else throw new JmesSyntaxError('unknown token \'-\' (quote names with dashes: "foo-bar")', expr, i);
    } else if (c === '!') i++;
    else if (c === '=') {
      if (expr[i + 1] === '=') i += 2;
      else throw new JmesSyntaxError("unknown token '='", expr, i);
    } else throw new JmesSyntaxError(`unknown token '${c}'`, expr, i);
  }
}

const BAD = Symbol('bad json');

/** json.loads with Python's extensions (NaN, Infinity); BAD when invalid. */
function parsePyJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const t = text.trim();
    if (t === 'NaN') return NaN;
    if (t === 'Infinity') return Infinity;
    if (t === '-Infinity') return -Infinity;
    if (/\b(NaN|-?Infinity)\b/.test(t)) {
      // Replace bare tokens outside strings with sentinels, then restore.
      try {
        const marked = t.replace(/("(?:[^"\\]|\\.)*")|(-?Infinity|NaN)/g, (m, str: string | undefined) =>
          str !== undefined ? str : `{"__pyjson__":"${m}"}`,
        );
        return JSON.parse(marked, (_k, v: unknown) => {
          if (isDict(v) && typeof v['__pyjson__'] === 'string' && Object.keys(v).length === 1) {
            return v['__pyjson__'] === 'NaN' ? NaN : v['__pyjson__'] === 'Infinity' ? Infinity : -Infinity;
          }
          return v;
        }) as unknown;
      } catch {
        return BAD;
      }
    }
    return BAD;
  }
}

/** Python json.loads for from_json/value_from: null on invalid input is the caller's choice. */
export function pyJsonLoads(text: string): { ok: true; value: unknown } | { ok: false } {
  const v = parsePyJson(text);
  return v === BAD ? { ok: false } : { ok: true, value: v };
}

// ---------------------------------------------------------------------------------------------------
// Python json.dumps(separators=(',', ':'), default=str), for to_string.

export function pyJsonDumps(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (Number.isNaN(v)) return 'NaN';
      if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
      return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : floatRepr(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return jsonStr(v);
    default:
      if (Array.isArray(v)) return '[' + v.map(pyJsonDumps).join(',') + ']';
      if (v instanceof Date) return jsonStr(dateStr(v));
      if (isDict(v))
        return (
          '{' +
          Object.entries(v)
            .map(([k, x]) => jsonStr(k) + ':' + pyJsonDumps(x))
            .join(',') +
          '}'
        );
      throw new JmesRuntimeError(`Object of type ${pyTypeName(v)} is not JSON serializable`);
  }
}

function jsonStr(s: string): string {
  // ensure_ascii=True: everything outside printable ASCII is \uXXXX (UTF-16 units, as Python does).
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

// ---------------------------------------------------------------------------------------------------
// Types and truthiness as jmespath.py sees them

type JType = 'number' | 'string' | 'boolean' | 'array' | 'object' | 'null' | 'expref' | 'unknown';

class ExpRef {
  constructor(readonly fn: JmesSearch) {}
}

function jtype(v: unknown): JType {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    default:
      if (Array.isArray(v)) return 'array';
      if (v instanceof ExpRef) return 'expref';
      if (isDict(v)) return 'object';
      return 'unknown'; // datetimes, sets
  }
}

/** jmespath.py `_is_false`: '', [], {}, None, False. (0 is true.) */
function jmesFalse(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isDict(v)) {
    for (const _ in v) return false;
    return true;
  }
  return false;
}

const isActualNumber = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';

/** jmespath.py `_equals`: Python ==, except 0/1 never equal false/true. */
function jmesEquals(a: unknown, b: unknown): boolean {
  if (isActualNumber(a) && (a == 0 || a == 1)) {
    if (typeof b === 'boolean') return false;
  } else if (isActualNumber(b) && (b == 0 || b == 1)) {
    if (typeof a === 'boolean') return false;
  }
  return pyEquals(a, b);
}

// ---------------------------------------------------------------------------------------------------
// Functions

interface ArgSpec {
  types: string[]; // jmespath type names, possibly 'array-number' / 'array-string'; [] = any
  variadic?: boolean;
}

interface FnDef {
  sig: ArgSpec[];
  fn: (args: unknown[]) => unknown;
}

function typeError(fname: string, v: unknown, expected: string[]): never {
  throw new JmesRuntimeError(
    `In function ${fname}(), invalid type for value: ${pyJsonSafe(v)}, expected one of: ${JSON.stringify(expected)}, received: "${jtype(v)}"`,
  );
}

function pyJsonSafe(v: unknown): string {
  try {
    return pyJsonDumps(v);
  } catch {
    return String(v);
  }
}

function checkArg(fname: string, v: unknown, types: string[]): void {
  if (types.length === 0) return;
  const t = jtype(v);
  const subtypes: string[] = [];
  let ok = false;
  for (const ty of types) {
    const [base, sub] = ty.split('-') as [string, string | undefined];
    if (sub) subtypes.push(sub);
    if (base === t) ok = true;
  }
  if (!ok) typeError(fname, v, types);
  if (subtypes.length && Array.isArray(v)) {
    if (subtypes.length === 1) {
      for (const e of v) if (jtype(e) !== subtypes[0]) typeError(fname, e, types);
    } else if (v.length) {
      const first = jtype(v[0]);
      if (!subtypes.includes(first)) typeError(fname, v[0], types);
      for (const e of v) if (jtype(e) !== first) typeError(fname, e, types);
    }
  }
}

/** Python ordering for sort/min/max keys (strings by code point). */
function keyCmp(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  try {
    return pyOrder('lt', a, b) ? -1 : pyOrder('gt', a, b) ? 1 : 0;
  } catch (e) {
    throw new JmesRuntimeError((e as Error).message);
  }
}

function keyFunc(fname: string, ref: ExpRef, allowed: JType[]) {
  return (x: unknown) => {
    const r = ref.fn(x);
    const t = jtype(r);
    if (!allowed.includes(t)) typeError(fname, r, allowed);
    return r;
  };
}

function toNumber(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  // int() then float(), as jmespath.py does.
  if (/^[+-]?\d(?:_?\d)*$/.test(s)) {
    const n = Number(s.replace(/_/g, ''));
    return Number.isSafeInteger(n) ? n : BigInt(s.replace(/_/g, ''));
  }
  if (/^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(s)) {
    return Number(s.replace(/_/g, ''));
  }
  const sp = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (sp) return (sp[2] as string).toLowerCase() === 'nan' ? NaN : sp[1] === '-' ? -Infinity : Infinity;
  return null;
}

const num = (v: unknown) => Number(v);

const FUNCTIONS: Record<string, FnDef> = {
  abs: {
    sig: [{ types: ['number'] }],
    fn: ([a]) => (typeof a === 'bigint' ? (a < 0n ? -a : a) : Math.abs(num(a))),
  },
  avg: {
    sig: [{ types: ['array-number'] }],
    fn: ([a]) => {
      const arr = a as unknown[];
      return arr.length ? arr.reduce((s: number, x) => s + num(x), 0) / arr.length : null;
    },
  },
  ceil: { sig: [{ types: ['number'] }], fn: ([a]) => Math.ceil(num(a)) },
  floor: { sig: [{ types: ['number'] }], fn: ([a]) => Math.floor(num(a)) },
  contains: {
    sig: [{ types: ['array', 'string'] }, { types: [] }],
    fn: ([subject, search]) => {
      if (typeof subject === 'string') {
        if (typeof search !== 'string')
          throw new JmesRuntimeError("'in <string>' requires string as left operand");
        return subject.includes(search);
      }
      return (subject as unknown[]).some((e) => pyEquals(e, search));
    },
  },
  ends_with: {
    sig: [{ types: ['string'] }, { types: ['string'] }],
    fn: ([a, b]) => (a as string).endsWith(b as string),
  },
  starts_with: {
    sig: [{ types: ['string'] }, { types: ['string'] }],
    fn: ([a, b]) => (a as string).startsWith(b as string),
  },
  join: {
    sig: [{ types: ['string'] }, { types: ['array-string'] }],
    fn: ([sep, arr]) => (arr as string[]).join(sep as string),
  },
  keys: { sig: [{ types: ['object'] }], fn: ([o]) => Object.keys(o as object) },
  values: { sig: [{ types: ['object'] }], fn: ([o]) => Object.values(o as object) },
  length: { sig: [{ types: ['string', 'array', 'object'] }], fn: ([a]) => pyLen(a) },
  map: {
    sig: [{ types: ['expref'] }, { types: ['array'] }],
    fn: ([ref, arr]) => (arr as unknown[]).map((e) => (ref as ExpRef).fn(e)),
  },
  max: {
    sig: [{ types: ['array-number', 'array-string'] }],
    fn: ([a]) => {
      const arr = a as unknown[];
      if (!arr.length) return null;
      return arr.reduce((m, x) => (keyCmp(x, m) > 0 ? x : m));
    },
  },
  min: {
    sig: [{ types: ['array-number', 'array-string'] }],
    fn: ([a]) => {
      const arr = a as unknown[];
      if (!arr.length) return null;
      return arr.reduce((m, x) => (keyCmp(x, m) < 0 ? x : m));
    },
  },
  max_by: {
    sig: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([a, ref]) => {
      const arr = a as unknown[];
      const key = keyFunc('max_by', ref as ExpRef, ['number', 'string']);
      if (!arr.length) return null;
      let best = arr[0];
      let bestKey = key(best);
      for (let i = 1; i < arr.length; i++) {
        const k = key(arr[i]);
        if (keyCmp(k, bestKey) > 0) {
          best = arr[i];
          bestKey = k;
        }
      }
      return best;
    },
  },
  min_by: {
    sig: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([a, ref]) => {
      const arr = a as unknown[];
      const key = keyFunc('min_by', ref as ExpRef, ['number', 'string']);
      if (!arr.length) return null;
      let best = arr[0];
      let bestKey = key(best);
      for (let i = 1; i < arr.length; i++) {
        const k = key(arr[i]);
        if (keyCmp(k, bestKey) < 0) {
          best = arr[i];
          bestKey = k;
        }
      }
      return best;
    },
  },
  merge: {
    sig: [{ types: ['object'], variadic: true }],
    fn: (args) => Object.assign({}, ...(args as object[])) as unknown,
  },
  not_null: {
    sig: [{ types: [], variadic: true }],
    fn: (args) => {
      for (const a of args) if (a !== null && a !== undefined) return a;
      return null;
    },
  },
  reverse: {
    sig: [{ types: ['array', 'string'] }],
    fn: ([a]) => (typeof a === 'string' ? Array.from(a).reverse().join('') : [...(a as unknown[])].reverse()),
  },
  sort: {
    sig: [{ types: ['array-string', 'array-number'] }],
    fn: ([a]) => [...(a as unknown[])].sort(keyCmp),
  },
  sort_by: {
    sig: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([a, ref]) => {
      const arr = a as unknown[];
      if (!arr.length) return arr;
      const first = jtype((ref as ExpRef).fn(arr[0]));
      if (first !== 'number' && first !== 'string') typeError('sort_by', arr[0], ['string', 'number']);
      const key = keyFunc('sort_by', ref as ExpRef, [first]);
      const keyed = arr.map((x, i) => ({ x, k: key(x), i }));
      keyed.sort((p, q) => keyCmp(p.k, q.k) || p.i - q.i);
      return keyed.map((p) => p.x);
    },
  },
  sum: {
    sig: [{ types: ['array-number'] }],
    fn: ([a]) => (a as unknown[]).reduce((s: number, x) => s + num(x), 0),
  },
  to_array: { sig: [{ types: [] }], fn: ([a]) => (Array.isArray(a) ? a : [a]) },
  to_number: { sig: [{ types: [] }], fn: ([a]) => toNumber(a) },
  to_string: { sig: [{ types: [] }], fn: ([a]) => (typeof a === 'string' ? a : pyJsonDumps(a)) },
  type: {
    sig: [{ types: [] }],
    fn: ([a]) => {
      const t = jtype(a);
      return t === 'unknown' || t === 'expref' ? null : t;
    },
  },
  // Cloud Custodian's functions (c7n/utils.py): note split's (separator, subject) order.
  split: {
    sig: [{ types: ['string'] }, { types: ['string'] }],
    fn: ([sep, s]) => {
      if (sep === '') throw new JmesRuntimeError('split(): empty separator');
      return (s as string).split(sep as string);
    },
  },
  from_json: {
    sig: [{ types: ['string'] }],
    fn: ([s]) => {
      const r = pyJsonLoads(s as string);
      return r.ok ? r.value : null;
    },
  },
};

/** Function names the dialect knows (for validators). */
export const JMES_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

function callFunction(name: string, args: unknown[]): unknown {
  const def = FUNCTIONS[name];
  if (!def) throw new JmesRuntimeError(`Unknown function: ${name}()`);
  const sig = def.sig;
  const last = sig[sig.length - 1];
  if (last?.variadic) {
    if (args.length < sig.length) {
      throw new JmesRuntimeError(
        `Expected at least ${sig.length} arguments for function ${name}(), received ${args.length}`,
      );
    }
  } else if (args.length !== sig.length) {
    throw new JmesRuntimeError(
      `Expected ${sig.length} arguments for function ${name}(), received ${args.length}`,
    );
  }
  for (let i = 0; i < sig.length; i++) checkArg(name, args[i], (sig[i] as ArgSpec).types);
  return def.fn(args);
}

// ---------------------------------------------------------------------------------------------------
// Compiler: community AST → closures with jmespath.py semantics

interface Node {
  type: string;
  [k: string]: unknown;
}

const REJECTED: Record<string, string> = {
  Arithmetic: 'arithmetic is not part of JMESPath as Cloud Custodian runs it',
  Unary: 'arithmetic is not part of JMESPath as Cloud Custodian runs it',
  LetExpression: '`let` is not part of JMESPath as Cloud Custodian runs it',
  Binding: '`let` is not part of JMESPath as Cloud Custodian runs it',
  Variable: 'variables are not part of JMESPath as Cloud Custodian runs it',
  Root: '`$` is not part of JMESPath as Cloud Custodian runs it',
  Ternary: 'the ternary operator is not part of JMESPath as Cloud Custodian runs it',
};

function getField(v: unknown, name: string): unknown {
  if (isDict(v)) {
    const r = v[name];
    return r === undefined ? null : r;
  }
  return null;
}

function compileNode(node: Node, expr: string): JmesSearch {
  const sub = (k: string) => compileNode(node[k] as Node, expr);
  switch (node.type) {
    case 'Field': {
      const name = node['name'] as string;
      return (v) => getField(v, name);
    }
    case 'Identity':
    case 'Current':
      return (v) => v;
    case 'Literal': {
      const value = node['value'];
      return () => value;
    }
    case 'Subexpression':
    case 'IndexExpression':
    case 'Pipe': {
      const l = sub('left');
      const r = sub('right');
      return (v) => r(l(v));
    }
    case 'Index': {
      const idx = node['value'] as number;
      return (v) => {
        if (!Array.isArray(v)) return null;
        const i = idx < 0 ? v.length + idx : idx;
        const r = i >= 0 && i < v.length ? (v[i] as unknown) : null;
        return r === undefined ? null : r;
      };
    }
    case 'Slice': {
      const start = node['start'] as number | null;
      const stop = node['stop'] as number | null;
      const step = (node['step'] as number | null) ?? 1;
      return (v) => {
        if (!Array.isArray(v)) return null;
        if (step === 0) throw new JmesRuntimeError('slice step cannot be 0');
        return pySlice(v, start, stop, step);
      };
    }
    case 'Projection': {
      const l = sub('left');
      const r = sub('right');
      return (v) => {
        const base = l(v);
        if (!Array.isArray(base)) return null;
        const out: unknown[] = [];
        for (const e of base) {
          const x = r(e);
          if (x !== null && x !== undefined) out.push(x);
        }
        return out;
      };
    }
    case 'ValueProjection': {
      const l = sub('left');
      const r = sub('right');
      return (v) => {
        const base = l(v);
        if (!isDict(base)) return null;
        const out: unknown[] = [];
        for (const e of Object.values(base)) {
          const x = r(e);
          if (x !== null && x !== undefined) out.push(x);
        }
        return out;
      };
    }
    case 'FilterProjection': {
      const l = sub('left');
      const r = sub('right');
      const cond = sub('condition');
      return (v) => {
        const base = l(v);
        if (!Array.isArray(base)) return null;
        const out: unknown[] = [];
        for (const e of base) {
          if (jmesFalse(cond(e))) continue;
          const x = r(e);
          if (x !== null && x !== undefined) out.push(x);
        }
        return out;
      };
    }
    case 'Flatten': {
      const c = sub('child');
      return (v) => {
        const base = c(v);
        if (!Array.isArray(base)) return null;
        const out: unknown[] = [];
        for (const e of base) {
          if (Array.isArray(e)) for (const x of e) out.push(x);
          else out.push(e);
        }
        return out;
      };
    }
    case 'Comparator': {
      const l = sub('left');
      const r = sub('right');
      const name = node['name'] as string;
      if (name === 'EQ') return (v) => jmesEquals(l(v), r(v));
      if (name === 'NE') return (v) => !jmesEquals(l(v), r(v));
      const op = ({ LT: 'lt', LTE: 'le', GT: 'gt', GTE: 'ge' } as const)[name as 'LT' | 'LTE' | 'GT' | 'GTE'];
      return (v) => {
        const a = l(v);
        const b = r(v);
        const ca = isActualNumber(a) || typeof a === 'string';
        const cb = isActualNumber(b) || typeof b === 'string';
        if (!ca || !cb) return null;
        if (typeof a === 'string' ? typeof b !== 'string' : typeof b === 'string') {
          // Python raises TypeError comparing a number with a string; jmespath.py lets it propagate.
          throw new JmesRuntimeError(
            `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
          );
        }
        return pyOrder(op, a, b);
      };
    }
    case 'OrExpression': {
      const l = sub('left');
      const r = sub('right');
      return (v) => {
        const a = l(v);
        return jmesFalse(a) ? r(v) : a;
      };
    }
    case 'AndExpression': {
      const l = sub('left');
      const r = sub('right');
      return (v) => {
        const a = l(v);
        return jmesFalse(a) ? a : r(v);
      };
    }
    case 'NotExpression': {
      const c = sub('child');
      return (v) => {
        const a = c(v);
        // jmespath.py: !0 is false (0 is not falsy in JMESPath); otherwise Python's `not`.
        if (isActualNumber(a) && a == 0) return false;
        return !pyTruthy(a);
      };
    }
    case 'MultiSelectList': {
      const children = (node['children'] as Node[]).map((c) => compileNode(c, expr));
      return (v) => (v === null || v === undefined ? null : children.map((c) => c(v)));
    }
    case 'MultiSelectHash': {
      const pairs = (node['children'] as Node[]).map((c) => ({
        name: c['name'] as string,
        fn: compileNode(c['value'] as Node, expr),
      }));
      return (v) => {
        if (v === null || v === undefined) return null;
        const out: Record<string, unknown> = {};
        for (const p of pairs) out[p.name] = p.fn(v);
        return out;
      };
    }
    case 'Function': {
      const name = node['name'] as string;
      const args = (node['children'] as Node[]).map((c) => compileNode(c, expr));
      return (v) =>
        callFunction(
          name,
          args.map((a) => a(v)),
        );
    }
    case 'ExpressionReference': {
      const c = sub('child');
      const ref = new ExpRef(c);
      return () => ref;
    }
    default: {
      const reason = REJECTED[node.type] ?? `unsupported syntax (${node.type})`;
      throw new JmesSyntaxError(reason, expr, locate(node, expr));
    }
  }
}

/** Best-effort position of a rejected construct (the first operator character of its kind). */
function locate(node: Node, expr: string): number | undefined {
  const ch = node.type === 'Arithmetic' || node.type === 'Unary' ? /[*/%+\u2212\u00d7\u00f7-]/ : /[$?]/;
  const m = ch.exec(expr);
  return m ? m.index : undefined;
}

function pySlice(v: unknown[], start: number | null, stop: number | null, step: number): unknown[] {
  const n = v.length;
  const norm = (x: number | null, dflt: number, lo: number, hi: number) => {
    if (x === null) return dflt;
    if (x < 0) x += n;
    return Math.min(Math.max(x, lo), hi);
  };
  const out: unknown[] = [];
  if (step > 0) {
    const s = norm(start, 0, 0, n);
    const e = norm(stop, n, 0, n);
    for (let i = s; i < e; i += step) out.push(v[i]);
  } else {
    const s = norm(start, n - 1, -1, n - 1);
    const e = norm(stop, -1, -1, n - 1);
    for (let i = s; i > e; i += step) out.push(v[i]);
  }
  return out;
}

const cache = new Map<string, JmesSearch>();

/**
 * Compile (once per expression, cached for the process) into a search function. Throws JmesSyntaxError
 * for anything jmespath.py would not parse. The search throws JmesRuntimeError for evaluation errors.
 */
export function compileJmes(expression: string): JmesSearch {
  const hit = cache.get(expression);
  if (hit) return hit;
  lex(expression);
  let ast: Node;
  try {
    ast = communityCompile(expression, { enable_legacy_literals: true }) as unknown as Node;
  } catch (e) {
    throw new JmesSyntaxError((e as Error).message.replace(/^Syntax error:\s*/i, ''), expression);
  }
  const fn = compileNode(ast, expression);
  if (cache.size > 5000) cache.clear();
  cache.set(expression, fn);
  return fn;
}

/** Convenience: evaluate an expression once. */
export function jmesSearch(expression: string, subject: unknown): unknown {
  return compileJmes(expression)(subject);
}

/** Turn a list result into a Python set (value_from `expr`); throws JmesRuntimeError if unhashable. */
export function listToSet(v: unknown[]): PySet {
  try {
    return new PySet(v);
  } catch (e) {
    throw new JmesRuntimeError((e as Error).message);
  }
}

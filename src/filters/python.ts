/**
 * Python value semantics for the value filter (spec Appendix A).
 *
 * Cloud Custodian compares values with Python operators, so a compatible implementation has to reproduce
 * Python's equality, ordering, membership, truthiness and `str()` on the values that reach a filter:
 *   null/undefined → None, boolean → bool, number/bigint → int or float, string → str, Array → list,
 *   plain object → dict, Date → aware datetime (always UTC), PySet → set, EMPTY_TUPLE → `()`,
 *   PyObject subclasses → anything else with Python-defined behaviour (versions, IP networks...).
 *
 * Operations that Python rejects with a TypeError throw `PyTypeError`; the value filter turns that into
 * "no match" (spec §5.4 step 7). Division by zero throws `PyZeroDivisionError`, which aborts the policy.
 */

/** A Python TypeError: the value filter treats it as "no match". */
export class PyTypeError extends Error {
  override readonly name = 'PyTypeError';
  constructor(message?: string) {
    // Thrown per resource as control flow (`None < 5` is "no match") and always caught: capturing a stack
    // trace for each would cost microseconds, so none is captured.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** A Python ZeroDivisionError (`mod` with 0): aborts the policy. */
export class PyZeroDivisionError extends Error {
  override readonly name = 'PyZeroDivisionError';
}

/**
 * Base class for values with Python-defined behaviour that are not plain JSON (loose versions, IP
 * networks). Subclasses override what they support; the defaults are Python's object defaults.
 */
export abstract class PyObject {
  /** `self == other`; only called with `self` on the left or when the other side is not a PyObject. */
  abstract pyEq(other: unknown): boolean;
  /** Rich ordering: return negative/zero/positive, or throw PyTypeError when unorderable. */
  pyCmp(other: unknown): number {
    throw new PyTypeError(`'<' not supported between ${pyTypeName(this)} and ${pyTypeName(other)}`);
  }
  /** `item in self`. */
  pyContains(item: unknown): boolean {
    throw new PyTypeError(`argument of type '${pyTypeName(this)}' is not iterable (${pyTypeName(item)})`);
  }
  /** A string identifying equal values (for sets); undefined when unhashable. */
  hashKey(): string | undefined {
    return undefined;
  }
  pyBool(): boolean {
    return true;
  }
  abstract pyStr(): string;
  abstract readonly pyType: string;
}

/** The empty tuple of §5.4 step 4: equal to nothing from a policy, member of nothing, empty. */
export const EMPTY_TUPLE: unique symbol = Symbol('()');
export type EmptyTuple = typeof EMPTY_TUPLE;

/** True for values Python can hash (usable as set elements / dict keys). */
export function isHashable(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return true;
    default:
      if (v instanceof Date) return true;
      if (v instanceof PyObject) return v.hashKey() !== undefined;
      return false;
  }
}

/** A key such that two hashable values have the same key iff they are Python-equal (1 == 1.0 == True). */
export function hashKey(v: unknown): string {
  if (v === null || v === undefined) return 'N';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + (Object.is(v, -0) ? '0' : String(v));
    case 'boolean':
      return v ? 'n1' : 'n0';
    case 'bigint':
      // A bigint that fits a double exactly must share the key of the equal number.
      return Number.isSafeInteger(Number(v)) ? 'n' + String(Number(v)) : 'n' + v.toString();
    case 'symbol':
      return 'T';
    default:
      if (v instanceof Date) return 'd' + v.getTime();
      if (v instanceof PyObject) {
        const k = v.hashKey();
        if (k !== undefined) return 'o' + k;
      }
      throw new PyTypeError(`unhashable type: '${pyTypeName(v)}'`);
  }
}

/** A Python set: hashable elements, Python equality (so 1, 1.0 and true are one element). */
export class PySet {
  private readonly map = new Map<string, unknown>();
  constructor(items?: Iterable<unknown>) {
    if (items) for (const item of items) this.add(item);
  }
  /** Throws PyTypeError for unhashable elements, as Python's set() does. */
  add(v: unknown): void {
    const k = hashKey(v);
    if (!this.map.has(k)) this.map.set(k, v);
  }
  has(v: unknown): boolean {
    return this.map.has(hashKey(v));
  }
  get size(): number {
    return this.map.size;
  }
  values(): IterableIterator<unknown> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<unknown> {
    return this.map.values();
  }
}

/** A mapping in Python terms: a plain object (not a list, date, set or PyObject). */
export function isDict(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  // Parsed JSON and plain literals: one prototype check, asked for every resource by every filter.
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype) return true;
  return !Array.isArray(v) && !(v instanceof Date) && !(v instanceof PySet) && !(v instanceof PyObject);
}

function isNumeric(v: unknown): v is number | boolean | bigint {
  const t = typeof v;
  return t === 'number' || t === 'boolean' || t === 'bigint';
}

/** Python's type name, for messages. */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (v === EMPTY_TUPLE) return 'tuple';
  switch (typeof v) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return Number.isSafeInteger(v) ? 'int' : 'float';
    default:
      if (Array.isArray(v)) return 'list';
      if (v instanceof Date) return 'datetime';
      if (v instanceof PySet) return 'set';
      if (v instanceof PyObject) return v.pyType;
      return 'dict';
  }
}

// ---------------------------------------------------------------------------------------------------
// Equality

/** Compare two numerics (number, boolean, bigint) exactly: negative, zero, positive, or NaN. */
function numCmp(a: number | boolean | bigint, b: number | boolean | bigint): number {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = typeof a === 'boolean' ? (a ? 1n : 0n) : a;
    const y = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
    if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
    // One bigint, one double: compare exactly when the double is integral, else approximately.
    const big = (typeof x === 'bigint' ? x : y) as bigint;
    const dbl = (typeof x === 'bigint' ? y : x) as number;
    let c: number;
    if (Number.isNaN(dbl)) return NaN;
    if (!Number.isFinite(dbl)) c = dbl > 0 ? -1 : 1;
    else if (Number.isInteger(dbl)) {
      const d = BigInt(dbl);
      c = big < d ? -1 : big > d ? 1 : 0;
    } else {
      const n = Number(big);
      c = n < dbl ? -1 : n > dbl ? 1 : 0;
    }
    return typeof x === 'bigint' ? c : -c;
  }
  const x = +a;
  const y = +b;
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

/** Python `a == b` (Appendix A). Never throws except through PyObject comparisons that crash in Python. */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  if (a instanceof PyObject) return a.pyEq(b);
  if (b instanceof PyObject) return b.pyEq(a);
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(a)) return isNumeric(b) && numCmp(a, b) === 0;
  if (ta === 'string' || tb === 'string') return false;
  if (ta === 'symbol' || tb === 'symbol') return false; // EMPTY_TUPLE only equals itself (a === b above)
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEquals(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet) || a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  if (isDict(a)) {
    if (!isDict(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !pyEquals(a[k], b[k])) return false;
    }
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Ordering

/** Code-point order of two strings (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) encode code points above FFFF: move them above E000–FFFF.
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

type CmpOp = 'lt' | 'le' | 'gt' | 'ge';

function unorderable(op: CmpOp, a: unknown, b: unknown): never {
  const sym = { lt: '<', le: '<=', gt: '>', ge: '>=' }[op];
  throw new PyTypeError(
    `'${sym}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
  );
}

function fromCmp(op: CmpOp, c: number): boolean {
  switch (op) {
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
  }
}

/** Python rich comparison `a OP b` for the ordering operators; throws PyTypeError when undefined. */
export function pyOrder(op: CmpOp, a: unknown, b: unknown): boolean {
  if (isNumeric(a)) {
    if (!isNumeric(b)) unorderable(op, a, b);
    return fromCmp(op, numCmp(a, b)); // NaN → every comparison false, as in Python
  }
  if (typeof a === 'string') {
    if (typeof b !== 'string') unorderable(op, a, b);
    return fromCmp(op, compareStrings(a, b));
  }
  if (a instanceof Date) {
    if (!(b instanceof Date)) unorderable(op, a, b);
    return fromCmp(op, a.getTime() - b.getTime());
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) unorderable(op, a, b);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      // The first unequal pair decides, through ordering (which may itself raise).
      if (!pyEquals(a[i], b[i])) return pyOrder(op, a[i], b[i]);
    }
    return fromCmp(op, a.length - b.length);
  }
  if (a === EMPTY_TUPLE) {
    if (b !== EMPTY_TUPLE) unorderable(op, a, b);
    return op === 'le' || op === 'ge';
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet)) unorderable(op, a, b);
    // Set ordering is inclusion.
    const sub = (x: PySet, y: PySet) => x.size <= y.size && [...x].every((e) => y.has(e));
    switch (op) {
      case 'le':
        return sub(a, b);
      case 'lt':
        return a.size < b.size && sub(a, b);
      case 'ge':
        return sub(b, a);
      case 'gt':
        return b.size < a.size && sub(b, a);
    }
  }
  if (a instanceof PyObject) return fromCmp(op, a.pyCmp(b));
  if (b instanceof PyObject) return fromCmp(op, -b.pyCmp(a));
  return unorderable(op, a, b);
}

export const pyLt = (a: unknown, b: unknown): boolean => pyOrder('lt', a, b);
export const pyLe = (a: unknown, b: unknown): boolean => pyOrder('le', a, b);
export const pyGt = (a: unknown, b: unknown): boolean => pyOrder('gt', a, b);
export const pyGe = (a: unknown, b: unknown): boolean => pyOrder('ge', a, b);

// ---------------------------------------------------------------------------------------------------
// Membership, truthiness, len, iteration

/** Python `item in container` (Appendix A); throws PyTypeError where Python does. */
export function pyContains(container: unknown, item: unknown): boolean {
  if (Array.isArray(container)) {
    for (const e of container) if (pyEquals(e, item)) return true;
    return false;
  }
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw new PyTypeError(`'in <string>' requires string as left operand, not ${pyTypeName(item)}`);
    }
    return container.includes(item);
  }
  if (container === EMPTY_TUPLE) return false;
  if (container instanceof PySet) return container.has(item); // hashKey throws for unhashable items
  if (container instanceof PyObject) return container.pyContains(item);
  if (isDict(container)) {
    if (!isHashable(item)) throw new PyTypeError(`unhashable type: '${pyTypeName(item)}'`);
    // JSON/YAML mapping keys are strings; no other hashable value equals a string.
    return typeof item === 'string' && Object.prototype.hasOwnProperty.call(container, item);
  }
  throw new PyTypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}

/** Python truthiness. */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0; // NaN is truthy in Python too
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
    case 'symbol':
      return false; // the empty tuple
    default:
      if (Array.isArray(v)) return v.length > 0;
      if (v instanceof Date) return true;
      if (v instanceof PySet) return v.size > 0;
      if (v instanceof PyObject) return v.pyBool();
      for (const _ in v as object) return true;
      return false;
  }
}

/** Number of code points (Python's len of a str). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python `len(v)`; throws PyTypeError for unsized values. */
export function pyLen(v: unknown): number {
  if (typeof v === 'string') return codePointLength(v);
  if (Array.isArray(v)) return v.length;
  if (v === EMPTY_TUPLE) return 0;
  if (v instanceof PySet) return v.size;
  if (isDict(v)) return Object.keys(v).length;
  throw new PyTypeError(`object of type '${pyTypeName(v)}' has no len()`);
}

/** Python `iter(v)` as an array: characters of a string, keys of a mapping. */
export function pyIterate(v: unknown): unknown[] {
  if (typeof v === 'string') return Array.from(v);
  if (Array.isArray(v)) return v;
  if (v === EMPTY_TUPLE) return [];
  if (v instanceof PySet) return [...v];
  if (isDict(v)) return Object.keys(v);
  throw new PyTypeError(`'${pyTypeName(v)}' object is not iterable`);
}

/** Python `set(v)`; throws PyTypeError when not iterable or an element is unhashable. */
export function pySet(v: unknown): PySet {
  if (v instanceof PySet) return v;
  return new PySet(pyIterate(v));
}

// ---------------------------------------------------------------------------------------------------
// str() / repr()

/** Python repr() of a float (shortest round-trip digits, Python's exponent rules). */
export function floatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  // toExponential() without digits gives the shortest round-trip mantissa.
  const [mant, expStr] = n.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    out = m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}

function numberStr(n: number): string {
  // JSON/YAML cannot tell 5 from 5.0 here; integral values within the exact range print as ints.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n);
  return floatRepr(n);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** str() of an aware UTC datetime: `2023-05-19 11:35:03+00:00` (`.ffffff` when sub-second). */
export function dateStr(d: Date): string {
  const t = d.getTime();
  if (t >= 0 && t < 253402300800000) {
    // Years 1970–9999: the ISO text has every field in place (sorting by a date as a string asks this
    // for every resource).
    const iso = d.toISOString();
    const ms = t % 1000;
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? `.${iso.slice(20, 23)}000` : ''}+00:00`;
  }
  const base =
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  const ms = d.getUTCMilliseconds();
  return (ms ? `${base}.${pad(ms * 1000, 6)}` : base) + '+00:00';
}

/** Python repr() of a string. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if ((c >= 0x80 && c < 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python repr(). */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Date) {
    const ms = v.getUTCMilliseconds();
    const parts = [
      v.getUTCFullYear(),
      v.getUTCMonth() + 1,
      v.getUTCDate(),
      v.getUTCHours(),
      v.getUTCMinutes(),
      v.getUTCSeconds(),
    ];
    while (parts.length > 5 && parts[parts.length - 1] === 0 && !ms) parts.pop();
    if (ms) parts.push(ms * 1000);
    return `datetime.datetime(${parts.join(', ')}, tzinfo=tzutc())`;
  }
  return pyStr(v);
}

/** Python str() (Appendix A). */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'True' : 'False';
    case 'number':
      return numberStr(v);
    case 'bigint':
      return v.toString();
    case 'symbol':
      return '()';
    default:
      if (v instanceof Date) return dateStr(v);
      if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
      if (v instanceof PySet) return v.size ? '{' + [...v].map(pyRepr).join(', ') + '}' : 'set()';
      if (v instanceof PyObject) return v.pyStr();
      return (
        '{' +
        Object.entries(v as Record<string, unknown>)
          .map(([k, x]) => strRepr(k) + ': ' + pyRepr(x))
          .join(', ') +
        '}'
      );
  }
}

// ---------------------------------------------------------------------------------------------------
// int() / float() of strings

const PY_WHITESPACE =
  ' \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/** Python str.strip() with no argument (its whitespace set differs slightly from JS trim()). */
export function pyStrip(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && PY_WHITESPACE.includes(s[i] as string)) i++;
  while (j > i && PY_WHITESPACE.includes(s[j - 1] as string)) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

const INT_RE = /^[+-]?[0-9](?:_?[0-9])*$/;
const FLOAT_RE =
  /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Python `int(s)` for a string (after strip()); undefined when Python raises ValueError. */
export function pyInt(s: string): number | bigint | undefined {
  const t = pyStrip(s);
  if (!INT_RE.test(t)) return undefined;
  const clean = t.replace(/_/g, '');
  const n = Number(clean);
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  return BigInt(clean);
}

/** Python `float(s)` for a string (after strip()); undefined when Python raises ValueError. */
export function pyFloat(s: string): number | undefined {
  const t = pyStrip(s);
  const sp = FLOAT_SPECIAL_RE.exec(t);
  if (sp) {
    if ((sp[2] as string).toLowerCase() === 'nan') return NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}

// ---------------------------------------------------------------------------------------------------
// Arithmetic: x % y

/** Python `x % y`; throws PyTypeError for unsupported operands and PyZeroDivisionError for y == 0. */
export function pyMod(x: unknown, y: unknown): unknown {
  if (typeof x === 'string') return percentFormat(x, y);
  if (!isNumeric(x) || !isNumeric(y)) {
    throw new PyTypeError(`unsupported operand type(s) for %: '${pyTypeName(x)}' and '${pyTypeName(y)}'`);
  }
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    const a = typeof x === 'bigint' ? x : Number.isInteger(+x) ? BigInt(+x) : undefined;
    const b = typeof y === 'bigint' ? y : Number.isInteger(+y) ? BigInt(+y) : undefined;
    if (a !== undefined && b !== undefined) {
      if (b === 0n) throw new PyZeroDivisionError('integer modulo by zero');
      const r = a % b;
      return r !== 0n && r < 0n !== b < 0n ? r + b : r;
    }
  }
  const a = Number(x);
  const b = Number(y);
  if (b === 0) throw new PyZeroDivisionError('integer division or modulo by zero');
  const r = a % b;
  // Python's remainder takes the divisor's sign.
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** printf-style `str % arg` with a single (non-tuple) argument, as far as Python needs it here. */
function percentFormat(fmt: string, arg: unknown): string {
  // A list or mapping counts as a mapping argument: leftover arguments are then not an error.
  const isMapping = Array.isArray(arg) || isDict(arg);
  let used = false;
  let out = '';
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)?/gy;
  let i = 0;
  while (i < fmt.length) {
    const p = fmt.indexOf('%', i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    re.lastIndex = p;
    const m = re.exec(fmt) as RegExpExecArray;
    i = re.lastIndex;
    const conv = m[5];
    if (conv === undefined) throw new PyValueError('incomplete format');
    if (conv === '%' && m[1] === undefined) {
      out += '%';
      continue;
    }
    let value: unknown;
    if (m[1] !== undefined) {
      if (!isDict(arg)) throw new PyTypeError('format requires a mapping');
      if (!Object.prototype.hasOwnProperty.call(arg, m[1])) throw new PyKeyError(m[1]);
      value = arg[m[1]];
    } else {
      if (used || arg === EMPTY_TUPLE) throw new PyTypeError('not enough arguments for format string');
      used = true;
      value = arg;
    }
    if (m[3] === '*' || m[4] === '*') throw new PyTypeError('* wants int');
    out += formatOne(conv, value);
  }
  if (!used && !isMapping) throw new PyTypeError('not all arguments converted during string formatting');
  return out;
}

/** A Python ValueError that is not a TypeError (aborts the policy). */
export class PyValueError extends Error {
  override readonly name = 'PyValueError';
}
/** A Python KeyError (aborts the policy). */
export class PyKeyError extends Error {
  override readonly name = 'PyKeyError';
}

function formatOne(conv: string, v: unknown): string {
  switch (conv) {
    case 's':
      return pyStr(v);
    case 'r':
    case 'a':
      return pyRepr(v);
    case 'd':
    case 'i':
    case 'u':
      if (!isNumeric(v)) throw new PyTypeError(`%${conv} format: a real number is required`);
      return typeof v === 'bigint' ? v.toString() : String(Math.trunc(Number(v)));
    case 'x':
    case 'X':
    case 'o':
      if (typeof v === 'number' && !Number.isInteger(v))
        throw new PyTypeError(`%${conv} format: an integer is required`);
      if (!isNumeric(v)) throw new PyTypeError(`%${conv} format: an integer is required`);
      return (typeof v === 'bigint' ? v : Number(v)).toString(conv === 'o' ? 8 : 16);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      if (!isNumeric(v)) throw new PyTypeError('must be real number, not ' + pyTypeName(v));
      return String(Number(v));
    case 'c':
      if (typeof v === 'string' && codePointLength(v) === 1) return v;
      if (typeof v === 'number' && Number.isInteger(v)) return String.fromCodePoint(v);
      throw new PyTypeError('%c requires int or char');
    default:
      throw new PyValueError(`unsupported format character '${conv}'`);
  }
}

/**
 * Python serialisation helpers for the messaging actions (spec actions.md §1.1–§1.4).
 *
 * Other systems key on bytes c7n produces with Python's `json.dumps` (c7n-mailer decodes the notify
 * envelope, Security Hub dedups on finding ids built from an md5 of the policy, OpsCenter on md5 dedup
 * strings), so these helpers reproduce Python's output exactly:
 *
 * - `compactJson`   = `json.dumps(x)`: `", "` / `": "` separators, one line, no encoder (a date raises);
 * - `c7nDumps`      = `json.dumps(x, cls=JsonEncoder, indent=0)`: datetimes as `isoformat()`, bytes as UTF-8;
 * - `c7nDumps(x, 2)` = the same with indent 2 (resources.json, metadata.json).
 *
 * Value model (shared with src/report/output-folder.ts and src/filters/python.ts): JS integers are Python
 * ints, other numbers Python floats, `PyFloat` forces float spelling (`1.0`), `Date` is an aware UTC datetime,
 * `YamlTimestamp` is what PyYAML makes of an unquoted date / date-time, `Map` keeps keys in insertion order
 * even for integer-like keys, `PySet` serialises like a list only in `str()` (json.dumps rejects sets).
 *
 * Floats reuse `pythonFloatRepr` (JSON: `NaN`, `Infinity`) and `floatRepr` (`str()`: `nan`, `inf`);
 * datetimes reuse `pythonIsoformat`; `str()` of leaves reuses `pyStr`/`pyRepr`/`strRepr`.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { PolicyRuntimeError } from '../errors.js';
import { PyObject, PySet, floatRepr, pyRepr, pyStr, strRepr } from '../filters/python.js';
import { PyFloat, pythonFloatRepr, pythonIsoformat, pythonString } from '../report/output-folder.js';
import { YamlTimestamp } from '../policy/yaml11.js';

export { PyFloat, pythonFloatRepr, pythonIsoformat };

/** What Python's json module raises for a value it cannot serialise (a date in a policy, §10.8). */
export class PyJsonError extends PolicyRuntimeError {}

// ---------------------------------------------------------------------------------------------------------
// Strings and timestamps

/** A JSON string literal with `ensure_ascii`: every code unit from U+007F up as lower-case `\uXXXX`. */
export const pyJsonString: (s: string) => string = pythonString;

const YAML_TS =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d{1,2})(?::(\d{2}))?))?)?$/;

const two = (n: number | string): string => String(n).padStart(2, '0');

/**
 * `isoformat()` of the datetime PyYAML builds for an unquoted date-time (naive without a zone, fraction cut
 * or padded to microseconds). Throws PyJsonError for a date-only value, which c7n's encoder cannot handle.
 */
export function yamlTimestampIsoformat(ts: YamlTimestamp): string {
  const m = YAML_TS.exec(ts.text);
  if (!m || m[4] === undefined) {
    throw new PyJsonError(`Object of type date is not JSON serializable (${ts.text})`);
  }
  let out = `${m[1]}-${two(m[2]!)}-${two(m[3]!)}T${two(m[4])}:${m[5]}:${m[6]}`;
  const micros = (m[7] ?? '').slice(0, 6).padEnd(6, '0');
  if (Number(micros) !== 0) out += `.${micros}`;
  if (m[8] === 'Z') out += '+00:00';
  else if (m[9] !== undefined) {
    const h = Number(m[10]);
    const min = Number(m[11] ?? 0);
    out += h === 0 && min === 0 ? '+00:00' : `${m[9]}${two(h)}:${two(min)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// json.dumps

export type JsonFlavour = 'compact' | 'indent0' | 'indent2';

function jsonNumber(v: number): string {
  if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
  return pythonFloatRepr(v);
}

/**
 * `json.dumps(value)` in one of c7n's three flavours (§1.1). Key order is insertion order; `undefined`
 * members are skipped (a JS-only absence). Throws PyJsonError where Python raises TypeError.
 */
export function pyJsonDumps(value: unknown, flavour: JsonFlavour): string {
  const encoder = flavour !== 'compact';
  const indent = flavour === 'indent2' ? 2 : 0;
  const seen = new WeakSet<object>();
  const notSerialisable = (what: string): never => {
    throw new PyJsonError(`Object of type ${what} is not JSON serializable`);
  };
  const enc = (v: unknown, level: number): string => {
    if (v === null || v === undefined) return 'null';
    switch (typeof v) {
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        return jsonNumber(v);
      case 'bigint':
        return v.toString();
      case 'string':
        return pyJsonString(v);
      case 'function':
      case 'symbol':
        return notSerialisable(typeof v);
    }
    if (v instanceof PyFloat) return pythonFloatRepr(v.value);
    if (v instanceof Date) {
      if (!encoder) return notSerialisable('datetime');
      return pyJsonString(pythonIsoformat(v));
    }
    if (v instanceof YamlTimestamp) {
      if (!encoder) return notSerialisable(v.dateOnly ? 'date' : 'datetime');
      return pyJsonString(yamlTimestampIsoformat(v));
    }
    if (v instanceof Uint8Array) {
      if (!encoder) return notSerialisable('bytes');
      return pyJsonString(Buffer.from(v).toString('utf8'));
    }
    if (v instanceof PySet) return notSerialisable('set');
    if (v instanceof PyObject) return notSerialisable(v.pyType);
    const obj = v as object;
    if (seen.has(obj)) throw new PyJsonError('Circular reference detected');
    seen.add(obj);
    try {
      let items: string[];
      let open: string;
      let close: string;
      if (Array.isArray(obj)) {
        items = obj.map((x) => enc(x, level + 1));
        open = '[';
        close = ']';
      } else {
        const entries: [unknown, unknown][] = obj instanceof Map ? [...obj.entries()] : Object.entries(obj);
        items = [];
        for (const [k, x] of entries) {
          if (x === undefined) continue;
          items.push(`${pyJsonString(keyString(k))}: ${enc(x, level + 1)}`);
        }
        open = '{';
        close = '}';
      }
      if (items.length === 0) return open + close;
      if (!encoder) return `${open}${items.join(', ')}${close}`;
      const inner = ' '.repeat(indent * (level + 1));
      return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${' '.repeat(indent * level)}${close}`;
    } finally {
      seen.delete(obj);
    }
  };
  return enc(value, 0);
}

/** Python's json turns bool/None/number keys into strings (`true`, `null`, `1.0`). */
function keyString(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined) return 'null';
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number') return jsonNumber(k);
  if (k instanceof PyFloat) return pythonFloatRepr(k.value);
  throw new PyJsonError(`keys must be str, int, float, bool or None, not ${typeof k}`);
}

/** `json.dumps(x)` (md5 inputs, OpsCenter operational data, session policies). */
export function compactJson(value: unknown): string {
  return pyJsonDumps(value, 'compact');
}

/** `json.dumps(x, cls=JsonEncoder, indent=0)` (payloads, notify envelope, Details.Other); indent 2 on request. */
export function c7nDumps(value: unknown, indent: 0 | 2 = 0): string {
  return pyJsonDumps(value, indent === 2 ? 'indent2' : 'indent0');
}

// ---------------------------------------------------------------------------------------------------------
// str() (§1.3)

/** Python `repr()` of a value, with PyFloat / YamlTimestamp / Map understood. */
export function pythonRepr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v);
  if (v instanceof YamlTimestamp) return yamlTimestampRepr(v);
  if (v instanceof Date) return pyRepr(v);
  return pythonStr(v);
}

/** Python `str()` (§1.3): `True`/`False`/`None`, float repr, lists and dicts as Python repr. */
export function pythonStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : floatRepr(v);
  if (v instanceof YamlTimestamp) {
    const m = YAML_TS.exec(v.text);
    if (m && m[4] === undefined) return `${m[1]}-${two(m[2]!)}-${two(m[3]!)}`;
    return yamlTimestampIsoformat(v).replace('T', ' ');
  }
  if (Array.isArray(v)) return `[${v.map(pythonRepr).join(', ')}]`;
  if (v instanceof PySet) return v.size ? `{${[...v].map(pythonRepr).join(', ')}}` : 'set()';
  if (v instanceof Map) {
    return `{${[...v.entries()].map(([k, x]) => `${pythonRepr(k)}: ${pythonRepr(x)}`).join(', ')}}`;
  }
  if (
    typeof v === 'object' &&
    !(v instanceof Date) &&
    !(v instanceof PyObject) &&
    !(v instanceof Uint8Array)
  ) {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${strRepr(k)}: ${pythonRepr(x)}`)
      .join(', ')}}`;
  }
  return pyStr(v);
}

function yamlTimestampRepr(ts: YamlTimestamp): string {
  const m = YAML_TS.exec(ts.text);
  if (!m) return strRepr(ts.text);
  const date = [m[1], m[2], m[3]].map(Number);
  if (m[4] === undefined) return `datetime.date(${date.join(', ')})`;
  const parts = [...date, Number(m[4]), Number(m[5]), Number(m[6])];
  const micros = Number((m[7] ?? '').slice(0, 6).padEnd(6, '0'));
  while (parts.length > 5 && parts[parts.length - 1] === 0 && micros === 0) parts.pop();
  if (micros) parts.push(micros);
  const zone =
    m[8] === undefined
      ? ''
      : m[8] === 'Z'
        ? ', tzinfo=datetime.timezone.utc'
        : `, tzinfo=datetime.timezone(datetime.timedelta(${m[9] === '-' ? '-' : ''}seconds=${Number(m[10]) * 3600 + Number(m[11] ?? 0) * 60}))`;
  return `datetime.datetime(${parts.join(', ')}${zone})`;
}

// ---------------------------------------------------------------------------------------------------------
// Hashing, compression, truncation (§1.4, §7.6)

/** Lower-case hex md5 of the UTF-8 bytes. */
export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** `base64(zlib(utf8(text)))`: zlib container, level 6, standard alphabet with padding. */
export function zlibBase64(text: string): string {
  return deflateSync(Buffer.from(text, 'utf8'), { level: 6 }).toString('base64');
}

/** The inverse of zlibBase64 (tests, and what c7n-mailer does on receipt). */
export function unzlibBase64(encoded: string): string {
  return inflateSync(Buffer.from(encoded, 'base64')).toString('utf8');
}

/** Python `s[:n]`: the first `n` code points (a surrogate pair counts once). */
export function truncateCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let units = 0;
  let points = 0;
  while (units < s.length && points < n) {
    const c = s.charCodeAt(units);
    const pair = c >= 0xd800 && c <= 0xdbff && units + 1 < s.length;
    const d = pair ? s.charCodeAt(units + 1) : 0;
    units += pair && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    points++;
  }
  return s.slice(0, units);
}

/** `chunks(list, n)` (§1.6): consecutive slices of `n`, the last possibly shorter; nothing for an empty list. */
export function chunks<T>(items: readonly T[], n: number): T[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`chunk size must be a positive integer, not ${n}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

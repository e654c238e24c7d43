/**
 * Python `str.format` as Cloud Custodian applies it to policy strings (spec filters.md §1.5,
 * actions.md §2.2). Only what policies use is supported: field names with attribute and index access,
 * `!r`/`!s` conversions, and a format spec (string alignment, and strftime for `now`).
 */

/** Raised for malformed braces or an invalid spec: the policy cannot be loaded. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** A name the variables do not define (Python KeyError/IndexError/AttributeError): c7n keeps the string. */
class MissingField extends Error {}

/** Something `{name}` resolves to that knows how to format itself (e.g. `now` with strftime specs). */
export interface Formattable {
  format(spec: string): string;
  attribute(name: string): unknown;
  /** Python `str()` of the object. */
  toString(): string;
}

function isFormattable(v: unknown): v is Formattable {
  return typeof v === 'object' && v !== null && typeof (v as Formattable).format === 'function';
}

type Piece = { literal: string } | { field: string; conversion?: string; spec: string; raw: string };

/** Splits a format string into literals and replacement fields; throws FormatError like Python does. */
function parse(text: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{') {
      if (text[i + 1] === '{') {
        literal += '{';
        i += 2;
        continue;
      }
      // Find the matching close brace, allowing one level of nesting inside the spec as Python does.
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (depth !== 0) throw new FormatError(`expected '}' before end of string in "${text}"`);
      const inner = text.slice(i + 1, j);
      if (literal) pieces.push({ literal });
      literal = '';
      pieces.push(parseField(inner, text.slice(i, j + 1)));
      i = j + 1;
      continue;
    }
    if (ch === '}') {
      if (text[i + 1] === '}') {
        literal += '}';
        i += 2;
        continue;
      }
      throw new FormatError(`single '}' encountered in format string "${text}"`);
    }
    literal += ch;
    i++;
  }
  if (literal) pieces.push({ literal });
  return pieces;
}

function parseField(inner: string, raw: string): Piece {
  // field_name ends at the first '!' or ':' that is not inside [...] (Python's rule).
  let k = 0;
  let bracket = false;
  while (k < inner.length) {
    const c = inner[k];
    if (c === '[') bracket = true;
    else if (c === ']') bracket = false;
    else if (!bracket && (c === '!' || c === ':')) break;
    k++;
  }
  const field = inner.slice(0, k);
  let rest = inner.slice(k);
  let conversion: string | undefined;
  if (rest.startsWith('!')) {
    conversion = rest[1];
    if (conversion === undefined || !'rsa'.includes(conversion) || (rest.length > 2 && rest[2] !== ':')) {
      throw new FormatError(`invalid conversion in "${raw}": expected !r, !s or !a`);
    }
    rest = rest.slice(2);
  }
  const spec = rest.startsWith(':') ? rest.slice(1) : '';
  return { field, conversion, spec, raw };
}

/** Resolves `name.attr[key]...` against the variables; throws MissingField when anything is absent. */
function lookup(field: string, vars: Readonly<Record<string, unknown>>): unknown {
  const m = /^([^.[]*)(.*)$/s.exec(field)!;
  const head = m[1]!;
  // Positional fields ({0}, {}) and regex quantifiers ({3}, {2,3}) are never variables.
  if (head === '' || /^\d/.test(head) || !Object.prototype.hasOwnProperty.call(vars, head)) {
    throw new MissingField(head);
  }
  let value = vars[head];
  let rest = m[2]!;
  while (rest) {
    const attr = /^\.([^.[]+)/.exec(rest);
    if (attr) {
      value = getAttribute(value, attr[1]!);
      rest = rest.slice(attr[0].length);
      continue;
    }
    const index = /^\[([^\]]*)\]/.exec(rest);
    if (index) {
      value = getIndex(value, index[1]!);
      rest = rest.slice(index[0].length);
      continue;
    }
    throw new FormatError(`invalid field "${field}"`);
  }
  return value;
}

function getAttribute(value: unknown, name: string): unknown {
  if (isFormattable(value)) {
    const v = value.attribute(name);
    if (v === undefined) throw new MissingField(name);
    return v;
  }
  throw new MissingField(name);
}

function getIndex(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    if (!/^\d+$/.test(key)) throw new MissingField(key);
    const i = Number(key);
    if (i >= value.length) throw new MissingField(key);
    return value[i];
  }
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  throw new MissingField(key);
}

/** Python `repr()` for the values policies hold (strings, numbers, booleans, None, lists, mappings). */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyNumberStr(v);
  if (typeof v === 'string') {
    const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
  }
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (isFormattable(v)) return v.toString();
  if (typeof v === 'object') {
    return (
      '{' +
      Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
        .join(', ') +
      '}'
    );
  }
  return String(v);
}

function pyNumberStr(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return String(n);
}

/** Python `str()`. */
export function pyStrForFormat(v: unknown): string {
  if (typeof v === 'string') return v;
  return pyRepr(v);
}

/** Applies a standard format spec (`[[fill]align][width]`) to a string; anything fancier is refused. */
function applyStringSpec(text: string, spec: string): string {
  if (spec === '') return text;
  const m = /^(?:(.)?([<>^]))?(\d+)?$/s.exec(spec);
  if (!m) throw new FormatError(`unsupported format spec ":${spec}"`);
  const fill = m[1] ?? ' ';
  const align = m[2] ?? '<';
  const width = m[3] ? Number(m[3]) : 0;
  const pad = Math.max(0, width - [...text].length);
  if (align === '<') return text + fill.repeat(pad);
  if (align === '>') return fill.repeat(pad) + text;
  const left = Math.floor(pad / 2);
  return fill.repeat(left) + text + fill.repeat(pad - left);
}

function formatValue(value: unknown, conversion: string | undefined, spec: string): string {
  if (conversion === 'r' || conversion === 'a') return applyStringSpec(pyRepr(value), spec);
  if (conversion === 's') return applyStringSpec(pyStrForFormat(value), spec);
  if (isFormattable(value)) return value.format(spec);
  if (typeof value === 'number' && spec !== '') {
    const m = /^(?:(.)?([<>^=]))?(\d+)?$/s.exec(spec);
    if (!m) throw new FormatError(`unsupported format spec ":${spec}"`);
    return applyStringSpec(pyNumberStr(value), (m[1] ?? '') + (m[2] ?? '>') + (m[3] ?? ''));
  }
  return applyStringSpec(pyStrForFormat(value), spec);
}

/**
 * Formats one string. Returns the raw variable when the whole string is one field without a spec
 * (c7n's type preservation), the string unchanged when a name is unknown, and throws FormatError for
 * malformed braces.
 */
export function formatString(text: string, vars: Readonly<Record<string, unknown>>): unknown {
  if (!text.includes('{') && !text.includes('}')) return text;
  const pieces = parse(text);
  try {
    if (pieces.length === 1) {
      const only = pieces[0]!;
      if ('field' in only && only.spec === '' && only.conversion === undefined) {
        return lookup(only.field, vars);
      }
    }
    let out = '';
    for (const piece of pieces) {
      if ('literal' in piece) out += piece.literal;
      else out += formatValue(lookup(piece.field, vars), piece.conversion, piece.spec);
    }
    return out;
  } catch (err) {
    if (err instanceof MissingField) return text;
    throw err;
  }
}

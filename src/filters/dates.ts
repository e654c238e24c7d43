/**
 * `parse_date` of spec Appendix B: datetimes, permissive date strings (dateutil-like), and epoch seconds
 * or milliseconds. Every result is an aware datetime in UTC (a JS Date); naive inputs are read as UTC
 * (spec §17.7). Returns null where c7n's parse_date returns None.
 */

/** 2006-03-19T00:00:00Z in epoch seconds: numbers at or below it are not timestamps. */
export const DATE_FLOOR = 1142726400;

/** Python's datetime range (years 1..9999), in epoch milliseconds. */
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const YEAR1_MS = (() => {
  const d = new Date(0);
  d.setUTCFullYear(1, 0, 1);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
})();

/** True when `ms` is inside Python's datetime range. */
export function inPythonRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= YEAR1_MS && ms <= MAX_MS;
}

/** Build a UTC Date from calendar fields, or null when Python's datetime() would reject them. */
function makeDate(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  us = 0,
  offsetMin = 0,
): Date | null {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0 || s < 0) return null;
  const dt = new Date(0);
  dt.setUTCFullYear(y, mo - 1, d);
  dt.setUTCHours(h, mi, s, Math.floor(us / 1000));
  const ms = dt.getTime() - offsetMin * 60000;
  if (!inPythonRange(ms)) return null;
  return new Date(ms);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may', 'may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const WEEKDAYS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
]);
const JUMP = new Set([
  ' ',
  '.',
  ',',
  ';',
  '-',
  '/',
  "'",
  'at',
  'on',
  'and',
  'ad',
  'm',
  't',
  'of',
  'st',
  'nd',
  'rd',
  'th',
]);
const UTC_NAMES = new Set(['utc', 'gmt', 'z']);

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseOffset(tz: string | undefined): number | undefined {
  if (!tz) return 0;
  if (/^(z|utc|gmt)$/i.test(tz)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  if (!m) return undefined;
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -v : v;
}

function micro(frac: string | undefined): number {
  if (!frac) return 0;
  return Number((frac + '000000').slice(0, 6));
}

/** Split like dateutil's lexer: runs of letters, runs of digits (with inner '.'/','), single others. */
function tokenize(s: string): string[] {
  const out: string[] = [];
  const re = /[A-Za-z\u00c0-\uffff]+|\d+(?:[.,]\d+)?|\s+|./gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const t = m[0];
    if (/^\s+$/.test(t)) out.push(' ');
    else out.push(t);
  }
  return out;
}

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  micro?: number;
  offset?: number;
  ampm?: number;
}

/** dateutil-style permissive parse; undefined when dateutil would raise. */
function parseText(s: string, now: Date): Date | undefined {
  const iso = ISO_RE.exec(s.trim());
  if (iso) {
    const off = parseOffset(iso[8]);
    if (off === undefined) return undefined;
    const d = makeDate(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
      micro(iso[7]),
      off,
    );
    return d ?? undefined;
  }
  const toks = tokenize(s);
  const f: Fields = {};
  // Date numbers in order, with flags: whether a piece was a month name, or clearly a year.
  const ymd: { v: number; month?: boolean; year?: boolean }[] = [];
  let i = 0;
  const n = toks.length;
  const isNum = (t: string | undefined) => t !== undefined && /^\d+(?:[.,]\d+)?$/.test(t);
  while (i < n) {
    const t = toks[i] as string;
    const lower = t.toLowerCase();
    if (isNum(t)) {
      const digits = t.replace(/[.,]\d+$/, '');
      const next = toks[i + 1];
      if (next === ':' && f.hour === undefined) {
        // HH:MM[:SS[.ffffff]]
        f.hour = Number(digits);
        if (!isNum(toks[i + 2])) return undefined;
        f.minute = Number(toks[i + 2]);
        i += 3;
        if (toks[i] === ':' && isNum(toks[i + 1])) {
          const sec = (toks[i + 1] as string).split(/[.,]/);
          f.second = Number(sec[0]);
          f.micro = micro(sec[1]);
          i += 2;
        }
        continue;
      }
      if (
        ymd.length === 0 &&
        f.hour === undefined &&
        (digits.length === 8 || digits.length === 12 || digits.length === 14)
      ) {
        // YYYYMMDD[hhmm[ss]]
        ymd.push(
          { v: Number(digits.slice(0, 4)), year: true },
          { v: Number(digits.slice(4, 6)) },
          { v: Number(digits.slice(6, 8)) },
        );
        if (digits.length >= 12) {
          f.hour = Number(digits.slice(8, 10));
          f.minute = Number(digits.slice(10, 12));
          if (digits.length === 14) f.second = Number(digits.slice(12, 14));
        }
        i++;
        continue;
      }
      if (
        ymd.length === 3 &&
        f.hour === undefined &&
        (digits.length === 4 || digits.length === 2) &&
        next !== ':'
      ) {
        // HHMM after a complete date
        f.hour = Number(digits.slice(0, 2));
        f.minute = digits.length === 4 ? Number(digits.slice(2)) : 0;
        i++;
        continue;
      }
      const after = toks[i + 1]?.toLowerCase();
      if (after === 'am' || after === 'pm' || (after === ' ' && /^(am|pm)$/i.test(toks[i + 2] ?? ''))) {
        f.hour = Number(digits);
        i++;
        continue;
      }
      if (ymd.length >= 3) return undefined;
      ymd.push({ v: Number(digits), year: digits.length > 2 || Number(digits) > 31 });
      i++;
      continue;
    }
    if (MONTHS[lower] !== undefined) {
      if (ymd.some((p) => p.month)) return undefined;
      ymd.push({ v: MONTHS[lower] as number, month: true });
      i++;
      continue;
    }
    if (WEEKDAYS.has(lower)) {
      i++;
      continue;
    }
    if (lower === 'am' || lower === 'pm') {
      if (f.hour === undefined || f.hour > 12) return undefined;
      if (lower === 'pm' && f.hour < 12) f.hour += 12;
      else if (lower === 'am' && f.hour === 12) f.hour = 0;
      i++;
      continue;
    }
    if ((t === '+' || t === '-') && f.hour !== undefined && f.offset === undefined && isNum(toks[i + 1])) {
      const d = toks[i + 1] as string;
      let mins: number;
      if (d.length === 4) {
        mins = Number(d.slice(0, 2)) * 60 + Number(d.slice(2));
        i += 2;
      } else if (toks[i + 2] === ':' && isNum(toks[i + 3])) {
        mins = Number(d) * 60 + Number(toks[i + 3]);
        i += 4;
      } else if (d.length <= 2) {
        mins = Number(d) * 60;
        i += 2;
      } else return undefined;
      f.offset = t === '-' ? -mins : mins;
      continue;
    }
    if (UTC_NAMES.has(lower) && f.offset === undefined) {
      f.offset = 0;
      i++;
      continue;
    }
    if (/^[A-Z]{3,5}$/.test(t) && f.hour !== undefined && f.offset === undefined) {
      // An unknown zone name after a time: dateutil keeps the datetime naive (read as UTC here).
      f.offset = 0;
      i++;
      continue;
    }
    if (JUMP.has(lower) || t === ':') {
      i++;
      continue;
    }
    return undefined;
  }
  if (!resolveYmd(ymd, f)) return undefined;
  if (f.year === undefined && f.month === undefined && f.day === undefined && f.hour === undefined)
    return undefined;
  // Missing fields default to today's date at midnight (dateutil's default), in UTC.
  const year = f.year ?? now.getUTCFullYear();
  const month = f.month ?? now.getUTCMonth() + 1;
  let day = f.day ?? now.getUTCDate();
  if (f.day === undefined) day = Math.min(day, daysInMonth(year, month));
  const d = makeDate(
    year,
    month,
    day,
    f.hour ?? 0,
    f.minute ?? 0,
    f.second ?? 0,
    f.micro ?? 0,
    f.offset ?? 0,
  );
  return d ?? undefined;
}

/** Assign year/month/day from the collected numbers, month-first like dateutil's defaults. */
function resolveYmd(ymd: { v: number; month?: boolean; year?: boolean }[], f: Fields): boolean {
  if (ymd.length === 0) return true;
  const mIdx = ymd.findIndex((p) => p.month);
  const yIdx = ymd.findIndex((p) => p.year && !p.month);
  const fixYear = (y: number, wasLong: boolean) => (wasLong || y >= 100 ? y : y + (y < 69 ? 2000 : 1900));
  if (ymd.length === 1) {
    const p = ymd[0] as { v: number; month?: boolean; year?: boolean };
    if (p.month) f.month = p.v;
    else if (p.year) f.year = p.v;
    else f.day = p.v;
    return true;
  }
  if (ymd.length === 2) {
    const [a, b] = ymd as [
      { v: number; month?: boolean; year?: boolean },
      { v: number; month?: boolean; year?: boolean },
    ];
    if (a.month) {
      f.month = a.v;
      if (b.year) f.year = b.v;
      else f.day = b.v;
    } else if (b.month) {
      f.month = b.v;
      if (a.year) f.year = a.v;
      else f.day = a.v;
    } else if (a.year) {
      f.year = a.v;
      f.month = b.v;
    } else if (b.year) {
      f.month = a.v;
      f.year = b.v;
    } else {
      f.month = a.v;
      f.day = b.v;
    }
    return true;
  }
  const [a, b, c] = ymd as [
    { v: number; year?: boolean },
    { v: number; year?: boolean },
    { v: number; year?: boolean },
  ];
  if (mIdx === 1) {
    // D Mon Y, or Y Mon D when the first is clearly a year
    f.month = b.v;
    if (a.year) {
      f.year = a.v;
      f.day = c.v;
    } else {
      f.day = a.v;
      f.year = fixYear(c.v, !!c.year);
    }
  } else if (mIdx === 0) {
    f.month = a.v;
    if (b.year && !c.year) {
      f.year = b.v;
      f.day = c.v;
    } else {
      f.day = b.v;
      f.year = fixYear(c.v, !!c.year);
    }
  } else if (mIdx === 2) {
    f.month = c.v;
    if (a.year) {
      f.year = a.v;
      f.day = b.v;
    } else {
      f.day = a.v;
      f.year = fixYear(b.v, !!b.year);
    }
  } else if (yIdx === 0 || a.v > 31) {
    f.year = a.v;
    f.month = b.v;
    f.day = c.v;
  } else if (a.v > 12) {
    f.day = a.v;
    f.month = b.v;
    f.year = fixYear(c.v, !!c.year);
  } else {
    f.month = a.v;
    f.day = b.v;
    f.year = fixYear(c.v, !!c.year);
  }
  return true;
}

function fromEpoch(n: number): Date | null {
  // Seconds first; out of Python's range → milliseconds; still out → None.
  if (!(n > DATE_FLOOR)) return null;
  const s = n * 1000;
  if (inPythonRange(s)) return new Date(Math.round(s));
  if (inPythonRange(n)) return new Date(Math.round(n));
  return null;
}

/**
 * Appendix B. `now` supplies dateutil's default for missing fields (`"May 2020"` takes today's day).
 * Booleans are never dates; all-digit strings skip the text parse and are read as epoch numbers.
 */
export function parseDate(v: unknown, now: Date): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'boolean') return null;
  if (typeof v === 'string') {
    if (v !== '' && !/^[0-9]+$/.test(v)) {
      const d = parseText(v, now);
      if (d) return d;
    }
    const t = v.trim().replace(/_/g, '');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    return fromEpoch(Number(t));
  }
  if (typeof v === 'number') return fromEpoch(v);
  if (typeof v === 'bigint') return fromEpoch(Number(v));
  return null;
}

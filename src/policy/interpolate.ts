/**
 * Variable interpolation of a policy for one account and region (spec filters.md §1.5, actions.md §2.2):
 * every string value is run through Python `str.format` with account_id, region, partition, now and
 * policy; names kept for actions (`{account}`, `{event}`, ...) re-emit themselves.
 */
import { formatString, type Formattable } from './format.js';
import { strftime } from './strftime.js';

export interface InterpolationVars {
  accountId: string | null;
  region: string;
  partition: string;
  now: Date;
  /** false for non-pull modes, where `{now...}` stays literal (c7n defers it to the Lambda). */
  pull: boolean;
}

/** Names c7n replaces by their own placeholder text so that actions can fill them in later. */
const DEFERRED = [
  'account',
  'event',
  'op',
  'action_date',
  'service',
  'bucket_region',
  'bucket_name',
  'source_bucket_name',
  'source_bucket_region',
  'target_bucket_name',
  'target_prefix',
  'LoadBalancerName',
];

/** A field that prints itself back, spec and attributes included (`{now:%Y}` stays `{now:%Y}`). */
class Deferred implements Formattable {
  constructor(private readonly field: string) {}
  format(spec: string): string {
    return spec ? `{${this.field}:${spec}}` : `{${this.field}}`;
  }
  attribute(name: string): unknown {
    return new Deferred(`${this.field}.${name}`);
  }
  toString(): string {
    return `{${this.field}}`;
  }
}

/** c7n's `now`: a naive UTC datetime whose format spec may start with `+Nd`, `+Nh`, `+NM` offsets. */
export class NowFormatter implements Formattable {
  constructor(private readonly now: Date) {}
  format(spec: string): string {
    let date = this.now;
    const rest = spec.replace(/\+(\d+)([dhM])/g, (_m, n: string, unit: string) => {
      const ms = unit === 'd' ? 86400000 : unit === 'h' ? 3600000 : 60000;
      date = new Date(date.getTime() + Number(n) * ms);
      return '';
    });
    return rest === '' ? pythonStr(date) : strftime(date, rest);
  }
  attribute(name: string): unknown {
    const d = this.now;
    switch (name) {
      case 'year':
        return d.getUTCFullYear();
      case 'month':
        return d.getUTCMonth() + 1;
      case 'day':
        return d.getUTCDate();
      case 'hour':
        return d.getUTCHours();
      case 'minute':
        return d.getUTCMinutes();
      case 'second':
        return d.getUTCSeconds();
      case 'microsecond':
        return d.getUTCMilliseconds() * 1000;
      default:
        return undefined;
    }
  }
  toString(): string {
    return pythonStr(this.now);
  }
}

/** `str()` of a naive datetime: `YYYY-MM-DD HH:MM:SS.ffffff` (microseconds only when non-zero). */
function pythonStr(d: Date): string {
  return strftime(d, d.getUTCMilliseconds() ? '%Y-%m-%d %H:%M:%S.%f' : '%Y-%m-%d %H:%M:%S');
}

function walk(value: unknown, vars: Record<string, unknown>, path: readonly string[]): unknown {
  if (typeof value === 'string') {
    const out = formatString(value, vars);
    return out instanceof Deferred ? out.toString() : out;
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, vars, path));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = isExempt(path, k, value as Record<string, unknown>) ? v : walk(v, vars, [...path, k]);
    }
    return out;
  }
  return value;
}

/** `mode.member-role` and a notify action's `subject` keep their text (c7n exempts them). */
function isExempt(path: readonly string[], key: string, parent: Record<string, unknown>): boolean {
  if (path.length === 1 && path[0] === 'mode' && key === 'member-role') return true;
  if (key === 'subject' && parent.type === 'notify' && path[0] === 'actions') return true;
  return false;
}

/** The policy mapping with every string value formatted. Throws FormatError for malformed braces. */
export function interpolatePolicy(
  data: Readonly<Record<string, unknown>>,
  v: InterpolationVars,
): Record<string, unknown> {
  const vars: Record<string, unknown> = {
    account_id: v.accountId,
    region: v.region,
    partition: v.partition,
    now: v.pull ? new NowFormatter(v.now) : new Deferred('now'),
    policy: data,
  };
  for (const name of DEFERRED) vars[name] = new Deferred(name);
  const out = walk(data, vars, []) as Record<string, unknown>;
  // c7n expands a bare role name in mode.role to a full ARN.
  const mode = out.mode;
  if (mode && typeof mode === 'object' && typeof (mode as Record<string, unknown>).role === 'string') {
    const role = (mode as Record<string, unknown>).role as string;
    if (!role.startsWith('arn:')) {
      (mode as Record<string, unknown>).role = `arn:${v.partition}:iam::${v.accountId ?? ''}:role/${role}`;
    }
  }
  return out;
}

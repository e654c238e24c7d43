/** Words for values in error messages: what was found, said the way a policy author would say it. */
import { YamlTimestamp } from './yaml11.js';

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (v instanceof YamlTimestamp) return `the unquoted YAML ${v.dateOnly ? 'date' : 'date-time'} ${v.text}`;
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v)}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

/** `policies[0].filters[2].op` */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

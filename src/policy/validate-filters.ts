/**
 * Validation of filter lists (`filters`, blocks, `list-item` attrs, `conditions`): Cloud Custodian's schema
 * and semantic checks (spec filters.md §2.2–§2.3), plus the run-time crashes it could have caught (§2.4)
 * and the warnings of §2.5. Each entry is checked against the schema of the type it names, so a misspelt
 * op is reported as a misspelt op, not as "not valid under any of the given schemas".
 */
import { TAG_KEY_TRANSFORMS } from '../filters/value.js';
import { INSTANCE_SUMMARY_FIELDS } from '../resources/connect-instance.js';
import { describeValue } from './describe.js';
import { checkSchema } from './schema-check.js';
import { FILTER_SCHEMAS, FILTER_TYPES, OPERATORS } from './schema.js';
import { didYouMean } from './suggest.js';
import { dateParses, jmespathError, regexError, capturingGroupCount } from './syntax.js';
import { checkFindingQuery } from './finding-query.js';
import type { PathSegment } from './types.js';
import { YamlTimestamp } from './yaml11.js';

export interface Problem {
  path: PathSegment[];
  message: string;
  severity: 'error' | 'warning';
  /** The problem is the key itself (an unknown key): point at the key, not at its value. */
  atKey?: boolean;
}

/** Where a filter list sits; it decides which filter types are allowed and which checks run. */
export type FilterScope = 'filters' | 'attrs' | 'conditions';

export interface FilterCheckContext {
  /** The policy has a `mode` key (needed by `event` filters, §8.2). */
  hasMode: boolean;
  /** attribute types of the policy's instance-attribute filters, to warn about §10.3. */
  attributeTypes: Set<string>;
}

const BLOCKS = new Set(['and', 'or', 'not']);
const SCOPE_TYPES: Record<FilterScope, readonly string[]> = {
  filters: FILTER_TYPES,
  attrs: ['value', 'and', 'or', 'not', 'reduce'],
  conditions: ['value', 'event', 'and', 'or', 'not'],
};
const VALUE_FAMILY = new Set(['value', 'instance-attribute', 'analytics-association', 'event']);
/** Fields of a Connect instance (§3.2) and annotations (§3.5): keys that work unquoted even if not JMESPath. */
const KNOWN_FIELDS = new Set([
  ...INSTANCE_SUMMARY_FIELDS,
  'c7n:MatchedFilters',
  'c7n:ListItemMatches',
  'c7n:InstanceAttribute',
  'c7n:AnalyticsAssociations',
  'c7n:finding-filter',
  'c7n:opsitems',
]);
const TAG_TRANSFORMS = Object.keys(TAG_KEY_TRANSFORMS);

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof YamlTimestamp);

export function checkFilterList(
  list: unknown,
  path: PathSegment[],
  scope: FilterScope,
  ctx: FilterCheckContext,
  out: Problem[],
): void {
  if (list === null || list === undefined) return;
  if (!Array.isArray(list)) {
    out.push({ path, severity: 'error', message: `must be a list of filters, found ${describeValue(list)}` });
    return;
  }
  list.forEach((entry, i) => checkFilterEntry(entry, [...path, i], scope, ctx, out));
}

function unknownFilter(name: string, scope: FilterScope): string {
  const allowed = SCOPE_TYPES[scope];
  const where =
    scope === 'filters' ? 'aws.connect-instance' : scope === 'attrs' ? 'list-item attrs' : 'conditions';
  return `unknown filter "${name}" for ${where}; valid filters: ${allowed.join(', ')}${didYouMean(name, allowed)}`;
}

function checkFilterEntry(
  entry: unknown,
  path: PathSegment[],
  scope: FilterScope,
  ctx: FilterCheckContext,
  out: Problem[],
): void {
  const error = (message: string, at: PathSegment[] = path) =>
    out.push({ path: at, severity: 'error', message });
  if (typeof entry === 'string') {
    if (!SCOPE_TYPES[scope].includes(entry)) {
      error(unknownFilter(entry, scope));
      return;
    }
    // Bare names Cloud Custodian accepts but crashes on (§2.4) or that cannot mean what was meant.
    if (entry === 'instance-attribute')
      error(
        'a bare `instance-attribute` has no `attribute_type`: Cloud Custodian crashes on it at run time (§2.4); write {type: instance-attribute, attribute_type: ..., key: ..., value: ...}',
      );
    if (entry === 'list-item')
      error(
        'a bare `list-item` has no `key`: Cloud Custodian crashes on it at run time (§2.4); add `key:` naming the list',
      );
    if (entry === 'value')
      out.push({
        path,
        severity: 'warning',
        message: 'a bare `value` filter compares the field `type` with "value" and matches nothing',
      });
    if (entry === 'event') checkEventMode(path, ctx, out);
    return;
  }
  if (!isMapping(entry)) {
    error(`a filter must be a mapping or a filter name, found ${describeValue(entry)}`);
    return;
  }
  const keys = Object.keys(entry);
  if (!('type' in entry)) {
    if (keys.length === 0) {
      error(
        `empty filter {}: write a filter such as {type: value, key: ..., value: ...} or a shorthand {Key: value}`,
      );
      return;
    }
    if (keys.length > 1) {
      error(
        `a shorthand filter must have exactly one key; found ${keys.join(', ')} — use one list entry per condition, or {type: value, ...}`,
      );
      return;
    }
    const key = keys[0]!;
    const value = entry[key];
    if (BLOCKS.has(key)) {
      if (!Array.isArray(value)) {
        error(
          `\`${key}\` expects a list of filters, found ${describeValue(value)}; write ${key}: [ - filter, - filter ]`,
          [...path, key],
        );
        return;
      }
      checkFilterList(value, [...path, key], scope, ctx, out);
      return;
    }
    checkShortForm(key, value, path, scope, out);
    return;
  }
  const type = entry.type;
  if (typeof type !== 'string' || !SCOPE_TYPES[scope].includes(type)) {
    if (typeof type === 'string' && FILTER_TYPES.includes(type as (typeof FILTER_TYPES)[number])) {
      error(
        `filter "${type}" cannot be used in ${scope === 'attrs' ? 'list-item attrs' : scope}; allowed there: ${SCOPE_TYPES[scope].join(', ')}`,
        [...path, 'type'],
      );
    } else {
      error(unknownFilter(typeof type === 'string' ? type : describeValue(type), scope), [...path, 'type']);
    }
    return;
  }
  if (BLOCKS.has(type)) {
    error(`\`${type}\` blocks are written as {${type}: [filters...]}, not with \`type: ${type}\``, [
      ...path,
      'type',
    ]);
    return;
  }
  const schema = FILTER_SCHEMAS[type]!;
  const schemaProblems = checkSchema(schema, entry, `filter ${type}`);
  for (const p of schemaProblems)
    out.push({ path: [...path, ...p.path], severity: 'error', message: p.message, atKey: p.atKey });
  if (schemaProblems.length) return;
  // Cloud Custodian runs no semantic checks on conditions (§1.6); attrs get the crash checks only (§2.4).
  if (scope === 'conditions') return;
  if (VALUE_FAMILY.has(type)) checkValueFamily(type, entry, path, scope, ctx, out);
  if (type === 'list-item') checkListItem(entry, path, ctx, out);
  if (type === 'reduce') checkReduce(entry, path, out);
  if (type === 'finding') checkFinding(entry, path, out);
  if (type === 'ops-item' && Array.isArray(entry.status) && entry.status.includes('In progress')) {
    out.push({
      path: [...path, 'status'],
      severity: 'warning',
      message:
        'OpsItem status "In progress" does not exist in the API (it is "InProgress"): this status can never match (§13.1)',
    });
  }
}

function checkShortForm(
  key: string,
  value: unknown,
  path: PathSegment[],
  scope: FilterScope,
  out: Problem[],
): void {
  const at = [...path, key];
  if (value instanceof YamlTimestamp) {
    out.push({
      path: at,
      severity: 'error',
      message: `\`${key}\` is ${describeValue(value)}; quote it ("${value.text}") to compare with a string`,
    });
  } else if (Array.isArray(value) && value.length > 0) {
    out.push({
      path: at,
      severity: 'error',
      message: `the shorthand \`${key}: [...]\` only accepts a scalar or []; to test membership use {type: value, key: ${key}, op: in, value: [...]}`,
    });
  } else if (isMapping(value)) {
    out.push({
      path: at,
      severity: 'error',
      message: `the shorthand \`${key}:\` takes a scalar, found ${describeValue(value)}${didYouMean(key, SCOPE_TYPES[scope])}`,
    });
  } else if (key.startsWith('tag:') && scope !== 'conditions') {
    out.push({
      path: at,
      severity: 'warning',
      message: `Connect instances have no tags in Cloud Custodian (§3.3): \`${key}\` is always null`,
    });
  }
}

function checkEventMode(path: PathSegment[], ctx: FilterCheckContext, out: Problem[]): void {
  if (!ctx.hasMode) {
    out.push({
      path,
      severity: 'error',
      message:
        'event filters can only be used in policies with a `mode` (Cloud Custodian: "Event filters can only be used with lambda policies"); add mode: {type: pull} to evaluate them against --event / event-file',
    });
  }
}

function checkKey(key: unknown, path: PathSegment[], out: Problem[], literalAllowed: boolean): void {
  if (typeof key !== 'string') return;
  const err = jmespathError(key);
  if (!err) return;
  if (literalAllowed && KNOWN_FIELDS.has(key)) return;
  if (literalAllowed && /^[^.[\]|&!(){}@*`'"]+$/.test(key)) {
    out.push({
      path,
      severity: 'warning',
      message: `key "${key}" is not valid JMESPath: it only works while the resource has a field of exactly that name (otherwise the policy fails at run time); quote it as '"${key}"'`,
    });
    return;
  }
  out.push({
    path,
    severity: 'error',
    message: `key is not valid JMESPath (the policy would fail at run time, §2.4): ${err}`,
  });
}

function checkValueFamily(
  type: string,
  f: Record<string, unknown>,
  path: PathSegment[],
  scope: FilterScope,
  ctx: FilterCheckContext,
  out: Problem[],
): void {
  const error = (message: string, at: PathSegment[] = path) =>
    out.push({ path: at, severity: 'error', message });
  const warn = (message: string, at: PathSegment[] = path) =>
    out.push({ path: at, severity: 'warning', message });
  if (type === 'event') {
    checkEventMode(path, ctx, out);
    return; // Cloud Custodian checks nothing else on event filters.
  }
  if (type === 'instance-attribute' && typeof f.attribute_type === 'string') {
    const t = f.attribute_type.toUpperCase();
    if (ctx.attributeTypes.size && !ctx.attributeTypes.has(t)) {
      warn(
        `this policy reads two instance attributes (${[...ctx.attributeTypes, t].join(', ')}): Cloud Custodian would answer the second from the first's response (§10.3); Connect Policy Gate reads each one`,
      );
    }
    ctx.attributeTypes.add(t);
  }
  const keys = Object.keys(f);
  if (keys.length === 1) return; // {type: value}: short-form semantics, nothing checked (§2.3).
  const vtype = f.value_type;
  if (vtype === 'resource_count') {
    if (!('op' in f))
      error("value_type resource_count needs `op` (Cloud Custodian: Missing 'op' in value filter)");
    if (!('value' in f))
      error("value_type resource_count needs `value` (Cloud Custodian: Missing 'value' in value filter)");
    else if (
      !(typeof f.value === 'number' && Number.isInteger(f.value)) &&
      typeof f.value !== 'boolean' &&
      !Array.isArray(f.value)
    ) {
      error(`value_type resource_count needs an integer \`value\`, found ${describeValue(f.value)}`, [
        ...path,
        'value',
      ]);
    }
    if (f.op === 'regex' || f.op === 'regex-case')
      error(`op ${f.op} cannot count resources; use eq, gt, lt, ...`, [...path, 'op']);
    if ('value_regex' in f)
      error('value_regex cannot be used with value_type resource_count', [...path, 'value_regex']);
    if (type !== 'value')
      error(
        `value_type resource_count only works in a value filter: in ${type} Cloud Custodian crashes (§2.4)`,
        [...path, 'value_type'],
      );
    return;
  }
  if (vtype === 'date' && 'value' in f && !dateParses(f.value)) {
    error(
      `value_type date needs a date \`value\` such as "2024-01-31"; ${describeValue(f.value)} does not parse as a date (variables are not expanded before this check, §1.5)`,
      [...path, 'value'],
    );
  }
  if (!('key' in f)) error(`filter ${type} is missing \`key\` (what to compare)`);
  if (!('value' in f) && !('value_from' in f) && !('value_path' in f)) {
    error(
      `filter ${type} is missing \`value\` (or value_from / value_path): what should ${typeof f.key === 'string' ? `\`${f.key}\`` : 'the key'} be compared with?`,
    );
  }
  if ('op' in f && !OPERATORS.includes(String(f.op))) {
    error(`unknown op ${describeValue(f.op)}${didYouMean(String(f.op), OPERATORS)}`, [...path, 'op']);
  }
  if ((f.op === 'regex' || f.op === 'regex-case') && 'value' in f) {
    if (typeof f.value !== 'string') {
      error(
        `op ${f.op} needs a string pattern as \`value\`, found ${describeValue(f.value)} (Cloud Custodian crashes on it)`,
        [...path, 'value'],
      );
    } else {
      const err = regexError(f.value);
      if (err) error(`invalid regex in \`value\`: ${err}`, [...path, 'value']);
    }
  }
  if (Array.isArray(f.tag_key_transforms)) {
    f.tag_key_transforms.forEach((t, i) => {
      if (!TAG_TRANSFORMS.includes(String(t)))
        error(`unknown tag_key_transforms entry ${describeValue(t)}; valid: ${TAG_TRANSFORMS.join(', ')}`, [
          ...path,
          'tag_key_transforms',
          i,
        ]);
    });
  }
  checkValueRegex(f.value_regex, [...path, 'value_regex'], out);
  // Checks past Cloud Custodian's: policies it accepts but can only crash on (§2.4).
  const value = f.value;
  if ((vtype === 'age' || vtype === 'expiration') && 'value' in f && typeof value !== 'number') {
    error(
      `value_type ${vtype} needs a number of days as \`value\`, found ${describeValue(value)} (Cloud Custodian crashes on it when a resource is evaluated, §2.4)`,
      [...path, 'value'],
    );
  }
  if (vtype === 'version' && (typeof value === 'number' || typeof value === 'boolean')) {
    error(
      `value_type version needs a quoted version string such as "1.2", found ${describeValue(value)} (Cloud Custodian crashes on it, §2.4)`,
      [...path, 'value'],
    );
  }
  if (f.op === 'mod' && (value === 0 || value === false))
    error('op mod with value 0 divides by zero (Cloud Custodian crashes on it, §2.4)', [...path, 'value']);
  checkKey(f.key, [...path, 'key'], out, true);
  if (typeof f.value_path === 'string') {
    const err = jmespathError(f.value_path);
    if (err) error(`value_path is not valid JMESPath: ${err}`, [...path, 'value_path']);
  }
  // Warnings for what Cloud Custodian accepts but almost certainly does not do what was meant (§2.5).
  if (type === 'instance-attribute' && typeof value === 'boolean') {
    warn(
      `instance attribute values are the strings "true"/"false": the boolean ${value} never matches; quote it ("${value}")`,
      [...path, 'value'],
    );
  }
  if (typeof f.key === 'string' && f.key.startsWith('tag:') && scope === 'filters') {
    warn(`Connect instances have no tags in Cloud Custodian (§3.3): \`${f.key}\` is always null`, [
      ...path,
      'key',
    ]);
  }
  if ((value === 'present' || value === 'absent') && 'op' in f) {
    warn(
      `\`value: ${value}\` with an op: the op is only used when the ${value} check fails, against the literal string "${value}"`,
      [...path, 'op'],
    );
  }
  if (vtype === 'normalize' && typeof value === 'string' && value !== value.trim().toLowerCase()) {
    warn(
      `value_type normalize lower-cases only the resource value: "${value}" never matches; write "${value.trim().toLowerCase()}"`,
      [...path, 'value'],
    );
  }
}

/** value_regex must compile and have exactly one capturing group: the part compared (§5.3). */
function checkValueRegex(pattern: unknown, path: PathSegment[], out: Problem[]): void {
  if (typeof pattern !== 'string') return;
  const err = regexError(pattern);
  if (err) out.push({ path, severity: 'error', message: `invalid value_regex: ${err}` });
  else if (capturingGroupCount(pattern) !== 1) {
    out.push({
      path,
      severity: 'error',
      message: 'value_regex must have exactly one capturing group (the part to compare)',
    });
  }
}

function checkListItem(
  f: Record<string, unknown>,
  path: PathSegment[],
  ctx: FilterCheckContext,
  out: Problem[],
): void {
  if (!('key' in f)) {
    out.push({
      path,
      severity: 'error',
      message: 'list-item needs `key` (a JMESPath to the list): Cloud Custodian crashes without it (§2.4)',
    });
  } else {
    checkKey(f.key, [...path, 'key'], out, false);
  }
  // attrs are not checked by Cloud Custodian but crash at run time when wrong (§2.4): check them.
  checkFilterList(f.attrs, [...path, 'attrs'], 'attrs', ctx, out);
}

function checkReduce(f: Record<string, unknown>, path: PathSegment[], out: Problem[]): void {
  for (const field of ['group-by', 'sort-by']) {
    const cfg = f[field];
    const key = isMapping(cfg) ? cfg.key : cfg;
    if (typeof key === 'string')
      checkKey(key, [...path, field, ...(isMapping(cfg) ? ['key'] : [])], out, true);
    if (isMapping(cfg)) checkValueRegex(cfg.value_regex, [...path, field, 'value_regex'], out);
  }
  for (const field of ['limit', 'discard']) {
    const v = f[field];
    if (typeof v === 'number' && !Number.isInteger(v)) {
      out.push({
        path: [...path, field],
        severity: 'error',
        message: `\`${field}\` must be a whole number, found ${v} (Cloud Custodian crashes on it, §2.4)`,
      });
    }
  }
  if (f.order === 'desc' && !('sort-by' in f)) {
    out.push({
      path: [...path, 'order'],
      severity: 'warning',
      message: '`order: desc` without `sort-by` does not reverse anything; use `order: reverse`',
    });
  }
}

function checkFinding(f: Record<string, unknown>, path: PathSegment[], out: Problem[]): void {
  if (isMapping(f.query)) {
    for (const p of checkFindingQuery(f.query))
      out.push({ path: [...path, 'query', ...p.path], severity: 'error', message: p.message });
  }
}

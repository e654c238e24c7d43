/**
 * Validation of one policy document (spec filters.md §2): Cloud Custodian's structural check, schema and
 * semantic checks, reported all at once with paths, plus the stricter checks of §2.4 and warnings of §2.5.
 * Positions are added by the loader, which knows where each path stands in the file.
 */
import { describeValue } from './describe.js';
import { checkSchema } from './schema-check.js';
import { ACTION_SCHEMAS, ACTION_TYPES, POLICY_KEYS, POLICY_SCHEMA } from './schema.js';
import { didYouMean } from './suggest.js';
import { dateParses } from './syntax.js';
import { checkFilterList, type FilterCheckContext, type Problem } from './validate-filters.js';
import type { PathSegment } from './types.js';
import { YamlTimestamp } from './yaml11.js';

export type { Problem } from './validate-filters.js';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof YamlTimestamp);

const FINDING_NAMESPACES = [
  'Software and Configuration Checks',
  'TTPs',
  'Effects',
  'Unusual Behaviors',
  'Sensitive Data Identifications',
];

/** Problems of a whole document (the value of one YAML document). Paths start at the document root. */
export function validateDocument(doc: unknown): Problem[] {
  const out: Problem[] = [];
  const error = (path: PathSegment[], message: string) => out.push({ path, severity: 'error', message });
  if (doc === null || doc === undefined) {
    error([], 'the document is empty: expected a mapping with a `policies` list');
    return out;
  }
  if (!isMapping(doc)) {
    error([], `the top level must be a mapping with a \`policies\` list, found ${describeValue(doc)}`);
    return out;
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'policies' && key !== 'vars') {
      out.push({
        path: [key],
        severity: 'error',
        atKey: true,
        message: `unknown top-level key \`${key}\`${didYouMean(key, ['policies', 'vars'])}; a policy file has only \`policies\` and \`vars\``,
      });
    }
  }
  if ('vars' in doc && doc.vars !== null && !isMapping(doc.vars)) {
    error(['vars'], `\`vars\` must be a mapping, found ${describeValue(doc.vars)}`);
  }
  if (!('policies' in doc)) {
    error([], 'the `policies` list is missing');
    return out;
  }
  if (!Array.isArray(doc.policies)) {
    error(['policies'], `\`policies\` must be a list of policies, found ${describeValue(doc.policies)}`);
    return out;
  }
  doc.policies.forEach((policy, i) => validatePolicy(policy, ['policies', i], out));
  return out;
}

export function validatePolicy(policy: unknown, path: PathSegment[], out: Problem[]): void {
  const error = (at: PathSegment[], message: string) => out.push({ path: at, severity: 'error', message });
  if (!isMapping(policy)) {
    error(
      path,
      `a policy must be a mapping with at least \`name\` and \`resource\`, found ${describeValue(policy)}`,
    );
    return;
  }
  for (const p of checkSchema(POLICY_SCHEMA, policy, 'the policy')) {
    // Unknown keys get the policy-key list rather than the schema's property dump.
    if (p.message.startsWith('unknown property')) {
      const key = String(p.path[p.path.length - 1]);
      const hint = key === 'title' ? ' (Cloud Custodian rejects `title`; use `description`)' : '';
      out.push({
        path: [...path, ...p.path],
        severity: 'error',
        atKey: true,
        message: `unknown policy key \`${key}\`${didYouMean(key, POLICY_KEYS)}${hint}`,
      });
    } else if (p.path[0] === 'name' && p.message.includes('does not match')) {
      error(
        [...path, 'name'],
        `policy name ${describeValue(policy.name)} is invalid: it must start with a letter and contain only letters, digits and single dashes (no spaces, dots, leading digit, \`--\` or trailing \`-\`)`,
      );
    } else {
      error([...path, ...p.path], p.message);
    }
  }
  const ctx: FilterCheckContext = { hasMode: 'mode' in policy, attributeTypes: new Set() };
  if ('mode' in policy && !(isMapping(policy.mode) && 'type' in policy.mode)) {
    // (schema errors above already say what is wrong with the mode's shape)
  }
  if (policy.filters !== null && policy.filters !== undefined && !Array.isArray(policy.filters)) {
    // Reported by the schema; nothing to walk.
  } else {
    checkFilterList(policy.filters, [...path, 'filters'], 'filters', ctx, out);
  }
  if (Array.isArray(policy.conditions))
    checkFilterList(policy.conditions, [...path, 'conditions'], 'conditions', ctx, out);
  if (Array.isArray(policy.actions))
    policy.actions.forEach((a, i) => validateAction(a, [...path, 'actions', i], out));
  for (const key of ['start', 'end'] as const) {
    if (typeof policy[key] === 'string' && !dateParses(policy[key])) {
      error(
        [...path, key],
        `\`${key}\` must be a date such as "2025-01-31", found ${describeValue(policy[key])}`,
      );
    }
  }
  if (typeof policy.tz === 'string' && !isTimeZone(policy.tz)) {
    error(
      [...path, 'tz'],
      `\`tz\` ${describeValue(policy.tz)} is not a known time zone (e.g. "UTC", "Europe/Paris")`,
    );
  }
  if (policy.source === 'config' || policy.source === 'describe-child') {
    error(
      [...path, 'source'],
      `source "${policy.source}" does not exist for aws.connect-instance (Cloud Custodian fails at run time, §2.4); remove it or use "describe"`,
    );
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function validateAction(action: unknown, path: PathSegment[], out: Problem[]): void {
  const error = (at: PathSegment[], message: string) => out.push({ path: at, severity: 'error', message });
  const unknown = (name: string) =>
    `unknown action "${name}" for aws.connect-instance; valid actions: ${ACTION_TYPES.join(', ')}${didYouMean(name, ACTION_TYPES)}`;
  if (typeof action === 'string') {
    if (!ACTION_TYPES.includes(action as (typeof ACTION_TYPES)[number])) error(path, unknown(action));
    return;
  }
  if (!isMapping(action)) {
    error(path, `an action must be a mapping with a \`type\`, found ${describeValue(action)}`);
    return;
  }
  const type = action.type;
  if (typeof type !== 'string') {
    error(path, `an action needs a \`type\` naming one of: ${ACTION_TYPES.join(', ')}`);
    return;
  }
  const schema = ACTION_SCHEMAS[type];
  if (!schema) {
    error([...path, 'type'], unknown(type));
    return;
  }
  const problems = checkSchema(schema, action, `action ${type}`);
  for (const p of problems)
    out.push({ path: [...path, ...p.path], severity: 'error', message: p.message, atKey: p.atKey });
  if (problems.length) return;
  if (type === 'set-attributes') {
    const v = action.value;
    // Extension (actions.md §5.1): the API takes a string; objects, lists and null can never work.
    if (v === null || typeof v === 'object') {
      error(
        [...path, 'value'],
        `set-attributes \`value\` must be a string such as "true" (booleans and numbers are converted), found ${describeValue(v)} (stricter than Cloud Custodian: the API rejects it, actions.md §5.1)`,
      );
    }
  }
  if (type === 'post-finding' && Array.isArray(action.types)) {
    action.types.forEach((t, i) => {
      const parts = String(t).split('/');
      if (parts.length > 3 || !FINDING_NAMESPACES.includes(parts[0]!)) {
        error(
          [...path, 'types', i],
          `finding type "${t}" must be Namespace/Category/Classifier (at most 3 parts) with a namespace among: ${FINDING_NAMESPACES.join(', ')}`,
        );
      }
    });
  }
  if (
    type === 'notify' &&
    isMapping(action.transport) &&
    isMapping(action.transport.attributes) &&
    'mtype' in action.transport.attributes
  ) {
    error(
      [...path, 'transport', 'attributes', 'mtype'],
      'the SNS message attribute `mtype` is reserved by Cloud Custodian; use another name',
    );
  }
}

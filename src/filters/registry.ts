/**
 * The filter registry for `aws.connect-instance`, keyed by Cloud Custodian names (spec §3.8), and the
 * construction rules that turn a filter entry as written into a Filter (spec §4.1).
 *
 * Three scopes build filters, each with its own set of allowed types and c7n's error prefix (§2.3):
 * - `filters`: a policy's filters and everything nested in its blocks (all registered filters);
 * - `list-item`: the `attrs` of a list-item filter (value, reduce and blocks; elements are identified by
 *   their position `c7n:_id`);
 * - `conditions`: policy conditions (value, event, reduce, list-item and blocks over the one-record list).
 */
import { ConfigurationError } from '../errors.js';
import { analyticsAssociationFilter } from './analytics-association.js';
import { blockDefinitions, LIST_ITEM_ID_KEY, RESOURCE_ID_KEY } from './blocks.js';
import { eventFilter } from './event.js';
import { findingFilter } from './finding.js';
import { instanceAttributeFilter } from './instance-attribute.js';
import { listItemFilter } from './list-item.js';
import { opsItemFilter } from './ops-item.js';
import { reduceFilter } from './reduce.js';
import type { Filter, FilterDefinition } from './types.js';
import { valueFilter } from './value.js';

export type FilterScope = 'filters' | 'list-item' | 'conditions';

const resourceBlocks = blockDefinitions(RESOURCE_ID_KEY);
const elementBlocks = blockDefinitions(LIST_ITEM_ID_KEY);
// The condition record has no `Id`; within its one-record list the policy name identifies it.
const conditionBlocks = blockDefinitions('name');

function registry(defs: FilterDefinition[]): ReadonlyMap<string, FilterDefinition> {
  return new Map(defs.map((d) => [d.type, d]));
}

interface Scope {
  readonly name: FilterScope;
  /** c7n's registry name, kept in construction messages so users can match them to c7n's (§2.3). */
  readonly prefix: string;
  readonly definitions: ReadonlyMap<string, FilterDefinition>;
}

const SCOPES: Record<FilterScope, Scope> = {
  filters: {
    name: 'filters',
    prefix: 'connect.filters',
    definitions: registry([
      valueFilter,
      resourceBlocks.and,
      resourceBlocks.or,
      resourceBlocks.not,
      eventFilter,
      reduceFilter,
      listItemFilter,
      instanceAttributeFilter,
      analyticsAssociationFilter,
      findingFilter,
      opsItemFilter,
    ]),
  },
  'list-item': {
    name: 'list-item',
    prefix: 'filters',
    definitions: registry([
      valueFilter,
      elementBlocks.and,
      elementBlocks.or,
      elementBlocks.not,
      reduceFilter,
    ]),
  },
  conditions: {
    name: 'conditions',
    prefix: 'c7n.policy.filters',
    definitions: registry([
      valueFilter,
      conditionBlocks.and,
      conditionBlocks.or,
      conditionBlocks.not,
      eventFilter,
      reduceFilter,
      listItemFilter,
    ]),
  },
};

const BLOCK_KEYS = new Set(['and', 'or', 'not']);

/** The filter names a policy may use at top level, sorted (for messages and `validate`). */
export function filterTypes(): string[] {
  return [...SCOPES.filters.definitions.keys()].sort();
}

/** The definition registered under a c7n name in a scope, if any. */
export function filterDefinition(type: string, scope: FilterScope = 'filters'): FilterDefinition | undefined {
  return SCOPES[scope].definitions.get(type);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function show(entry: unknown): string {
  try {
    return JSON.stringify(entry) ?? String(entry);
  } catch {
    return String(entry);
  }
}

/**
 * Normalises an entry per §4.1: which registered type it names and the mapping its filter is built from.
 * Throws ConfigurationError for anything that is not a filter (c7n's "Invalid Filter").
 */
function resolveEntry(entry: unknown, scope: Scope): { type: string; data: Record<string, unknown> } {
  if (typeof entry === 'string') return { type: entry, data: { type: entry } };
  if (isMapping(entry)) {
    const keys = Object.keys(entry);
    if ('type' in entry) {
      const type = entry.type;
      if (typeof type !== 'string') {
        throw new ConfigurationError(
          `${scope.prefix} Invalid filter type ${show(entry)}: \`type\` must be a filter name`,
        );
      }
      return { type, data: entry };
    }
    if (keys.length === 1) {
      const key = keys[0] as string;
      // A one-key mapping is a boolean block or the short form of a value filter, passed on as written
      // (the value filter reads a one-entry mapping as key: value, §5.4).
      return { type: BLOCK_KEYS.has(key) ? key : 'value', data: entry };
    }
    const why = keys.length === 0 ? 'an empty mapping' : `several keys (${keys.join(', ')}) and no \`type\``;
    throw new ConfigurationError(
      `${scope.prefix} Invalid Filter ${show(entry)}: ${why}; write one list entry per condition, or name the filter with \`type\``,
    );
  }
  throw new ConfigurationError(
    `${scope.prefix} Invalid Filter ${show(entry)}: a filter is a name or a mapping`,
  );
}

function buildIn(entry: unknown, scope: Scope): Filter {
  const { type, data } = resolveEntry(entry, scope);
  const def = scope.definitions.get(type);
  if (def === undefined) {
    const allowed = [...scope.definitions.keys()].sort().join(', ');
    throw new ConfigurationError(
      `${scope.prefix} Invalid filter type ${show(data)}: unknown filter "${type}"${scope.name === 'filters' ? ' for aws.connect-instance' : ` in ${scope.name}`}; valid filters: ${allowed}`,
    );
  }
  // list-item builds its attrs from list elements, with their own allowed filters and identity.
  const childScope = type === 'list-item' ? SCOPES['list-item'] : scope;
  return def.create(data, (child) => buildIn(child, childScope));
}

/**
 * Builds one filter from an entry as written (after interpolation), per the construction rules of §4.1.
 * Throws ConfigurationError for construction errors (unknown type, `{}`, several keys without `type`).
 */
export function buildFilter(entry: unknown, scope: FilterScope = 'filters'): Filter {
  return buildIn(entry, SCOPES[scope]);
}

/** Builds a whole filter list (a policy's `filters` or `conditions`); null/absent is the empty list. */
export function buildFilters(entries: unknown, scope: FilterScope = 'filters'): Filter[] {
  if (entries === undefined || entries === null) return [];
  if (!Array.isArray(entries)) {
    throw new ConfigurationError(
      `${SCOPES[scope].prefix}: expected a list of filters, found ${show(entries)}`,
    );
  }
  return entries.map((e) => buildIn(e, SCOPES[scope]));
}

/**
 * The IAM actions a filter list needs, aggregated recursively through blocks and list-item attrs
 * (c7n only reports top-level filters, §4.3 last bullet; we report what a run can actually call).
 * Entries that cannot be resolved are skipped: validation reports them.
 */
export function permissionsOf(filters: unknown, scope: FilterScope = 'filters'): string[] {
  const found = new Set<string>();
  const walk = (entries: unknown, sc: Scope): void => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      let resolved: { type: string; data: Record<string, unknown> };
      try {
        resolved = resolveEntry(entry, sc);
      } catch {
        continue;
      }
      const def = sc.definitions.get(resolved.type);
      if (def === undefined) continue;
      for (const p of def.permissions) found.add(p);
      if (BLOCK_KEYS.has(resolved.type)) walk(resolved.data[resolved.type], sc);
      else if (resolved.type === 'list-item') walk(resolved.data.attrs, SCOPES['list-item']);
    }
  };
  walk(filters, SCOPES[scope]);
  return [...found].sort();
}

/**
 * The actions of `aws.connect-instance`, by their Cloud Custodian names (design.md §2 "Registries";
 * actions.md §5–§8). Validation reads the schemas in src/policy/schema.ts; permission listing and execution
 * read the definitions here.
 */
import { ConfigurationError } from '../errors.js';
import type { ActionOptions } from './common.js';
import { invokeLambdaDefinition } from './invoke-lambda.js';
import { invokeSfnDefinition } from './invoke-sfn.js';
import { putMetricAction } from './put-metric.js';
import { setAttributesDefinition } from './set-attributes.js';
import type { Action, ActionDefinition } from './types.js';
import { webhookDefinition } from './webhook.js';
// The other four come from the notify/post-finding/post-item work (issue 5, second half).
import { notifyAction } from './notify.js';
import { postFindingAction } from './post-finding.js';
import { postItemAction } from './post-item.js';

/** Every action definition by c7n name, with the run's options applied. */
export function actionRegistry(options: ActionOptions = {}): ReadonlyMap<string, ActionDefinition> {
  const defs: ActionDefinition[] = [
    setAttributesDefinition(options),
    invokeLambdaDefinition(options),
    invokeSfnDefinition(options),
    webhookDefinition(options),
    putMetricAction,
    notifyAction,
    postFindingAction,
    postItemAction,
  ];
  return new Map(defs.map((d) => [d.type, d]));
}

const defaultRegistry = actionRegistry();

/** The c7n names of every registered action. */
export function actionNames(): string[] {
  return [...defaultRegistry.keys()].sort();
}

/** An action entry of a policy as a mapping: a bare string is `{type: name}`. */
export function actionData(entry: unknown): Record<string, unknown> {
  if (typeof entry === 'string') return { type: entry };
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    return entry as Record<string, unknown>;
  }
  throw new ConfigurationError(
    `an action must be a name or a mapping with a \`type\`, found ${JSON.stringify(entry)}`,
  );
}

function definitionOf(type: unknown, registry: ReadonlyMap<string, ActionDefinition>): ActionDefinition {
  const def = typeof type === 'string' ? registry.get(type) : undefined;
  if (!def) {
    throw new ConfigurationError(
      `unknown action ${JSON.stringify(type)} for aws.connect-instance; valid actions: ${[...registry.keys()].sort().join(', ')}`,
    );
  }
  return def;
}

/** Builds one action from its policy entry (after interpolation). Throws ConfigurationError for bad data. */
export function buildAction(entry: unknown, options?: ActionOptions): Action {
  const registry = options ? actionRegistry(options) : defaultRegistry;
  const data = actionData(entry);
  return definitionOf(data['type'], registry).create(data);
}

/** The IAM actions the policy's actions need in enforce mode (sorted, unique). Unknown actions are skipped. */
export function actionPermissions(policyData: Readonly<Record<string, unknown>>): string[] {
  const entries = Array.isArray(policyData['actions']) ? (policyData['actions'] as unknown[]) : [];
  const out = new Set<string>();
  for (const entry of entries) {
    let data: Record<string, unknown>;
    try {
      data = actionData(entry);
    } catch {
      continue;
    }
    const def = typeof data['type'] === 'string' ? defaultRegistry.get(data['type']) : undefined;
    for (const p of def?.permissions(data) ?? []) out.add(p);
  }
  return [...out].sort();
}

/**
 * The name c7n gives an action's output file and log line: its lower-cased class name (actions.md §2.5).
 */
export const ACTION_CLASS_NAMES: Readonly<Record<string, string>> = {
  'set-attributes': 'setattributes',
  'invoke-lambda': 'lambdainvoke',
  'invoke-sfn': 'invokestepfunction',
  notify: 'notify',
  'post-finding': 'otherresourcepostfinding',
  'post-item': 'postitem',
  'put-metric': 'putmetric',
  webhook: 'webhook',
};

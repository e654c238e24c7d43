/**
 * Runs one entry against its JSON Schema with ajv and turns ajv's errors into messages that say what was
 * found, what was expected, and what was probably meant. The schemas of ./schema.ts come compiled ahead
 * of time (./schema-validators.generated.ts, see ./schema-codegen.ts); any other schema is compiled once
 * per process.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';

import { describeValue } from './describe.js';
import { ACTION_SCHEMAS, FILTER_SCHEMAS, POLICY_SCHEMA } from './schema.js';
import { AJV_OPTIONS, validatorKey } from './schema-keys.js';
import { validators as generated } from './schema-validators.generated.js';
import { didYouMean } from './suggest.js';
import { YamlTimestamp } from './yaml11.js';
import type { PathSegment } from './types.js';

// ajv is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as unknown as new (opts: Record<string, unknown>) => {
  compile(schema: unknown): ValidateFunction;
};

// Created on first use, for schemas not compiled ahead of time. Ours are checked against the JSON
// Schema meta-schema by the tests, so no run pays for compiling the meta-schema (tens of ms).
let ajv: { compile(schema: unknown): ValidateFunction } | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

export interface SchemaProblem {
  /** Below the checked entry. */
  path: PathSegment[];
  message: string;
  /** The offending node is a key (an unknown property). */
  atKey?: boolean;
}

/** The ahead-of-time validators, by the schema objects they were generated from. */
function pregenerated(): void {
  const table = generated as unknown as Record<string, ValidateFunction | undefined>;
  const add = (schema: object, key: string): void => {
    const fn = table[key];
    if (fn !== undefined) compiled.set(schema, fn);
  };
  add(POLICY_SCHEMA, validatorKey('policy'));
  for (const [type, schema] of Object.entries(FILTER_SCHEMAS)) add(schema, validatorKey('filter', type));
  for (const [type, schema] of Object.entries(ACTION_SCHEMAS)) add(schema, validatorKey('action', type));
}
let pregeneratedAdded = false;

function validatorFor(schema: object): ValidateFunction {
  if (!pregeneratedAdded) {
    pregenerated();
    pregeneratedAdded = true;
  }
  let fn = compiled.get(schema);
  if (!fn) {
    ajv ??= new Ajv({ ...AJV_OPTIONS });
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

function expectedTypes(types: unknown): string {
  const list = Array.isArray(types) ? types : [types];
  return list.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

/** A `{name}` placeholder that interpolation will replace: Cloud Custodian skips its type errors. */
function isPlaceholder(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith('{') && v.endsWith('}');
}

function label(path: readonly PathSegment[], what: string): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `\`${last}\`` : what;
}

/**
 * Problems of `data` against `schema`, one per offending node. `what` names the entry ("filter value").
 */
export function checkSchema(schema: object, data: unknown, what: string): SchemaProblem[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  // A oneOf/anyOf failure is reported once, in its own words, instead of one line per alternative.
  const alternatives = new Set(
    errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const value = valueAt(data, path);
    let message: string | undefined;
    let atKey = false;
    if (alternatives.has(e.instancePath) && e.keyword !== 'oneOf' && e.keyword !== 'anyOf') {
      if (e.schemaPath.includes('/oneOf/') || e.schemaPath.includes('/anyOf/')) continue;
    }
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = String((e.params as { additionalProperty: string }).additionalProperty);
        const parentSchema = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
        const allowed = Object.keys(parentSchema?.properties ?? {});
        message = `unknown property \`${extra}\` in ${what}; allowed: ${allowed.join(', ')}${didYouMean(extra, allowed)}`;
        path.push(extra);
        atKey = true;
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        message = `${what} is missing the required property \`${missing}\``;
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const shown = typeof value === 'string' ? `"${value}"` : describeValue(value);
        message = `${label(path, 'value')} ${shown} is not allowed; expected one of ${allowed.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(', ')}${typeof value === 'string' ? didYouMean(value, allowed.map(String)) : ''}`;
        break;
      }
      case 'const':
        continue;
      case 'type': {
        if (isPlaceholder(value)) continue;
        const hint = value instanceof YamlTimestamp ? `; quote it ("${value.text}") to make it a string` : '';
        message = `${label(path, 'entry')} must be ${expectedTypes((e.params as { type: unknown }).type)}, found ${describeValue(value)}${hint}`;
        break;
      }
      case 'oneOf':
      case 'anyOf': {
        if (value instanceof YamlTimestamp) {
          message = `${label(path, 'value')} is ${describeValue(value)}; quote it ("${value.text}") to make it a string`;
        } else if (path[path.length - 1] === 'value') {
          message = `\`value\` must be a string, number, boolean, null or a list, found ${describeValue(value)}`;
        } else if (path[path.length - 1] === 'max-resources') {
          message = `\`max-resources\` must be an integer ≥ 1 or a mapping {amount, percent, op}, found ${describeValue(value)}`;
        } else if (e.keyword === 'anyOf' && what.startsWith('action notify') && path.length === 0) {
          message = 'action notify needs `to` (a list of addresses) or `to_from` (a value source)';
        } else {
          message = `${label(path, 'entry')} has an unexpected form: found ${describeValue(value)}`;
        }
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const p = e.params as { comparison: string; limit: number };
        message = `${label(path, 'value')} must be ${p.comparison} ${p.limit}, found ${describeValue(value)}`;
        break;
      }
      case 'minItems':
        message = `${label(path, 'list')} must not be empty`;
        break;
      case 'pattern':
        message = `${label(path, 'value')} ${describeValue(value)} does not match ${(e.params as { pattern: string }).pattern}`;
        break;
      case 'if':
        continue;
      default:
        message = `${label(path, 'entry')} ${e.message ?? 'is invalid'}`;
    }
    const key = path.join('/') + '|' + message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message, atKey });
  }
  return problems;
}

/**
 * The JSON Schemas Cloud Custodian applies to `aws.connect-instance` policies (spec filters.md §2.2,
 * actions.md §5–§8), one per filter, action and mode type. The validator picks the schema of the type an
 * entry names instead of trying every alternative, so its errors say what is wrong with *that* entry.
 */
import { OPERATORS as VALUE_OPERATORS, VALUE_TYPES as FILTER_VALUE_TYPES } from '../filters/value.js';

/** Operator spellings and value types come from the value filter itself: what validates is what runs. */
export const OPERATORS: readonly string[] = Object.keys(VALUE_OPERATORS);
export const VALUE_TYPES: readonly string[] = FILTER_VALUE_TYPES;

export const FILTER_TYPES = [
  'analytics-association',
  'and',
  'event',
  'finding',
  'instance-attribute',
  'list-item',
  'not',
  'ops-item',
  'or',
  'reduce',
  'value',
] as const;

export const ACTION_TYPES = [
  'invoke-lambda',
  'invoke-sfn',
  'notify',
  'post-finding',
  'post-item',
  'put-metric',
  'set-attributes',
  'webhook',
] as const;

export const MODE_TYPES = [
  'pull',
  'periodic',
  'schedule',
  'phd',
  'cloudtrail',
  'ec2-instance-state',
  'asg-instance-state',
  'guard-duty',
  'config-poll-rule',
  'config-rule',
  'hub-finding',
  'hub-action',
] as const;

export const POLICY_KEYS = [
  'name',
  'resource',
  'description',
  'comment',
  'comments',
  'tags',
  'metadata',
  'filters',
  'actions',
  'mode',
  'conditions',
  'max-resources',
  'max-resources-percent',
  'source',
  'query',
  'region',
  'start',
  'end',
  'tz',
] as const;

export const POLICY_NAME_PATTERN = '^[A-z][A-z0-9]*(-[A-z0-9]+)*$';

type Schema = Record<string, unknown>;

/** value_from: c7n writes `additionalProperties: "False"` (a string), so extra keys pass (§2.2). */
const valueFrom: Schema = {
  type: 'object',
  required: ['url'],
  properties: {
    url: { type: 'string' },
    query: { type: 'string' },
    format: { enum: ['csv', 'json', 'txt', 'csv2dict'] },
    expr: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

const policyValue: Schema = {
  oneOf: [{ type: 'array' }, { type: 'string' }, { type: 'boolean' }, { type: 'number' }, { type: 'null' }],
};

function valueFamily(type: string, extra: Schema = {}, required: string[] = ['type']): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required,
    properties: {
      type: { enum: [type] },
      key: { type: 'string' },
      value_type: { enum: VALUE_TYPES },
      default: { type: 'object' },
      value_regex: { type: 'string' },
      value_from: valueFrom,
      value: policyValue,
      op: { enum: OPERATORS },
      value_path: { type: 'string' },
      tag_key_transforms: { type: 'array', items: { type: 'string' } },
      ...extra,
    },
  };
}

const sortGroupKey: Schema = {
  oneOf: [
    { type: 'string' },
    {
      type: 'object',
      // Cloud Custodian does not constrain these keys (an unknown value_type behaves as string).
      properties: { key: { type: 'string' }, value_type: {}, value_regex: {} },
    },
  ],
};

/** Schemas of the typed filters; `and`/`or`/`not` and the short form are walked by the validator. */
export const FILTER_SCHEMAS: Record<string, Schema> = {
  value: valueFamily('value'),
  event: valueFamily('event'),
  'analytics-association': valueFamily('analytics-association'),
  'instance-attribute': valueFamily('instance-attribute', { attribute_type: { type: 'string' } }, [
    'attribute_type',
    'type',
  ]),
  finding: {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: { type: { enum: ['finding'] }, region: { type: 'string' }, query: { type: 'object' } },
  },
  'list-item': {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: {
      type: { enum: ['list-item'] },
      key: { type: 'string' },
      // Any mapping passes Cloud Custodian's attrs schema; the validator still checks what is inside.
      attrs: { type: 'array', items: { type: 'object' } },
      count: { type: 'number' },
      count_op: { enum: OPERATORS },
    },
  },
  'ops-item': {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: {
      type: { enum: ['ops-item'] },
      status: { type: 'array', items: { enum: ['Open', 'In progress', 'Resolved'] } },
      priority: { type: 'array', items: { enum: [1, 2, 3, 4, 5] } },
      title: { type: 'string' },
      source: { type: 'string' },
    },
  },
  reduce: {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: {
      type: { enum: ['reduce'] },
      'group-by': sortGroupKey,
      'sort-by': sortGroupKey,
      order: { enum: ['asc', 'desc', 'reverse', 'randomize'] },
      'null-order': { enum: ['first', 'last'] },
      limit: { type: 'number', minimum: 0 },
      'limit-percent': { type: 'number', minimum: 0, maximum: 100 },
      discard: { type: 'number', minimum: 0 },
      'discard-percent': { type: 'number', minimum: 0, maximum: 100 },
    },
  },
};

const stringMap: Schema = { type: 'object', additionalProperties: { type: 'string' } };

export const ACTION_SCHEMAS: Record<string, Schema> = {
  'set-attributes': {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'attribute_type', 'value'],
    properties: { type: { enum: ['set-attributes'] }, attribute_type: { type: 'string' }, value: {} },
  },
  'invoke-lambda': {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'function'],
    properties: {
      type: { enum: ['invoke-lambda'] },
      function: { type: 'string' },
      'assume-role': { type: 'string' },
      region: { type: 'string' },
      async: { type: 'boolean' },
      qualifier: { type: 'string' },
      batch_size: { type: 'integer' },
      timeout: { type: 'integer' },
      vars: { type: 'object' },
    },
  },
  'invoke-sfn': {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'state-machine'],
    properties: {
      type: { enum: ['invoke-sfn'] },
      'state-machine': { type: 'string' },
      bulk: { type: 'boolean' },
      'batch-size': { type: 'integer' },
      policy: { type: 'boolean' },
    },
  },
  webhook: {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'url'],
    properties: {
      type: { enum: ['webhook'] },
      url: { type: 'string' },
      method: { enum: ['PUT', 'POST', 'GET', 'PATCH', 'DELETE'] },
      batch: { type: 'boolean' },
      'batch-size': { type: 'number' },
      'query-params': stringMap,
      headers: stringMap,
      body: { type: 'string' },
    },
  },
  'put-metric': {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'key', 'namespace', 'metric_name'],
    properties: {
      type: { enum: ['put-metric'] },
      key: { type: 'string' },
      namespace: { type: 'string' },
      metric_name: { type: 'string' },
      dimensions: { type: 'array', items: { type: 'object' } },
      op: { enum: ['count', 'distinct_count', 'sum', 'average'] },
      units: {
        enum: [
          'Seconds',
          'Microseconds',
          'Milliseconds',
          'Bytes',
          'Kilobytes',
          'Megabytes',
          'Gigabytes',
          'Terabytes',
          'Bits',
          'Kilobits',
          'Megabits',
          'Gigabits',
          'Terabits',
          'Bytes/Second',
          'Kilobytes/Second',
          'Megabytes/Second',
          'Gigabytes/Second',
          'Terabytes/Second',
          'Bits/Second',
          'Kilobits/Second',
          'Megabits/Second',
          'Gigabits/Second',
          'Terabits/Second',
          'Count/Second',
          'Percent',
          'Count',
          'None',
        ],
      },
    },
  },
  notify: {
    type: 'object',
    // c7n-mailer reads keys Cloud Custodian does not know (slack_template, priority_header, ...).
    required: ['type', 'transport'],
    anyOf: [{ required: ['to'] }, { required: ['to_from'] }],
    properties: {
      type: { enum: ['notify'] },
      to: { type: 'array', items: { type: 'string' } },
      to_from: valueFrom,
      cc: { type: 'array', items: { type: 'string' } },
      cc_from: valueFrom,
      cc_manager: { type: 'boolean' },
      owner_absent_contact: { type: 'array', items: { type: 'string' } },
      from: { type: 'string' },
      subject: { type: 'string' },
      template: { type: 'string' },
      assume_role: { type: 'boolean' },
      transport: {
        type: 'object',
        required: ['type'],
        properties: { type: { enum: ['sqs', 'sns'] } },
        if: { properties: { type: { const: 'sqs' } } },
        then: { required: ['queue'], properties: { queue: { type: 'string' } } },
        else: {
          required: ['topic'],
          properties: { topic: { type: 'string' }, attributes: { type: 'object' } },
        },
      },
    },
  },
  'post-finding': {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'types'],
    properties: {
      type: { enum: ['post-finding'] },
      types: { type: 'array', minItems: 1, items: { type: 'string' } },
      title: { type: 'string' },
      description: { type: 'string' },
      severity: { type: 'number' },
      severity_normalized: { type: 'number' },
      severity_label: { enum: ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] },
      confidence: { type: 'number' },
      criticality: { type: 'number' },
      region: { type: 'string' },
      recommendation: { type: 'string' },
      recommendation_url: { type: 'string' },
      fields: { type: 'object' },
      batch_size: { type: 'integer', minimum: 1, maximum: 100 },
      compliance_status: { enum: ['PASSED', 'WARNING', 'FAILED', 'NOT_AVAILABLE'] },
      record_state: { enum: ['ACTIVE', 'ARCHIVED'] },
    },
  },
  'post-item': {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: {
      type: { enum: ['post-item'] },
      title: { type: 'string' },
      description: { type: 'string' },
      priority: { enum: [1, 2, 3, 4, 5] },
      tags: { type: 'object' },
      topics: { type: 'string' },
    },
  },
};

/** Every policy key but the lists the validator walks itself (filters, actions, conditions). */
export const POLICY_SCHEMA: Schema = {
  type: 'object',
  required: ['name', 'resource'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: POLICY_NAME_PATTERN },
    resource: { enum: ['connect-instance', 'aws.connect-instance'] },
    description: { type: 'string' },
    comment: { type: 'string' },
    comments: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    metadata: { type: 'object' },
    filters: { type: 'array' },
    actions: { type: 'array' },
    conditions: { type: 'array' },
    mode: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: MODE_TYPES } },
      if: { properties: { type: { const: 'pull' } } },
      then: { additionalProperties: false, properties: { type: {} } },
    },
    'max-resources': {
      anyOf: [
        { type: 'integer', minimum: 1 },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            amount: { type: 'integer', minimum: 1 },
            percent: { type: 'number', minimum: 0, maximum: 100 },
            op: { enum: ['and', 'or'] },
          },
        },
      ],
    },
    'max-resources-percent': { type: 'number', minimum: 0, maximum: 100 },
    source: { enum: ['describe', 'describe-child', 'config'] },
    query: { type: 'array', items: { type: 'object' } },
    region: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    tz: { type: 'string' },
  },
};

/** Builders for RunResults used by the report and gate tests. */
import type { PolicyRunResult, RunResult, Severity, ValidationIssue } from '../../src/engine/types.js';
import type { Resource } from '../../src/filters/types.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export function instance(n: number, overrides: Partial<Resource> = {}): Resource {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    Id: id,
    Arn: `arn:aws:connect:${REGION}:${ACCOUNT}:instance/${id}`,
    IdentityManagementType: 'CONNECT_MANAGED',
    InstanceAlias: `instance-${n}`,
    CreatedTime: new Date(Date.UTC(2024, 0, 10, 9, 30, 0)),
    ServiceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_${n}`,
    InstanceStatus: 'ACTIVE',
    InboundCallsEnabled: true,
    OutboundCallsEnabled: false,
    'c7n:MatchedFilters': ['OutboundCallsEnabled'],
    ...overrides,
  };
}

export function policyRun(policy: string, overrides: Partial<PolicyRunResult> = {}): PolicyRunResult {
  return {
    policy,
    location: { file: 'policies/connect.yml', line: 3, column: 5 },
    severity: 'medium' as Severity,
    account: ACCOUNT,
    accountName: 'prod',
    region: REGION,
    status: 'ok',
    population: 10,
    resources: [],
    actions: [],
    durationMs: 120,
    ...overrides,
  };
}

export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    mode: 'report',
    startedAt: new Date(Date.UTC(2025, 5, 15, 12, 0, 0)),
    finishedAt: new Date(Date.UTC(2025, 5, 15, 12, 0, 3, 500)),
    policies: [],
    validation: [],
    runErrors: [],
    ...overrides,
  };
}

export function issue(overrides: Partial<ValidationIssue> = {}): ValidationIssue {
  return {
    file: 'policies/bad.yml',
    line: 7,
    column: 9,
    policy: 'bad-policy',
    severity: 'error',
    message: 'unknown filter type "vlaue"; did you mean "value"?',
    path: 'policies[0].filters[0].type',
    ...overrides,
  };
}

/** A mixed run: matches at several severities, a policy error, a skipped policy, a validation error. */
export function mixedRun(): RunResult {
  return runResult({
    policies: [
      policyRun('outbound-calls-disabled', {
        severity: 'high',
        resources: [instance(1), instance(2)],
        location: { file: 'policies/connect.yml', line: 3, column: 5 },
      }),
      policyRun('contact-lens-enabled', {
        severity: 'low',
        resources: [instance(3)],
        location: { file: 'policies/connect.yml', line: 20, column: 5 },
      }),
      policyRun('flow-logs', {
        severity: 'critical',
        status: 'error',
        error: 'AccessDeniedException: not authorized to perform connect:DescribeInstanceAttribute',
        location: { file: 'policies/connect.yml', line: 40, column: 5 },
      }),
      policyRun('prod-only', {
        status: 'skipped',
        location: { file: 'policies/connect.yml', line: 60, column: 5 },
      }),
    ],
    validation: [issue()],
  });
}

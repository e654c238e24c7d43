import { describe, expect, it } from '@jest/globals';
import { useMessagingStandin } from './helpers.js';
import { GetFindingsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { ConfigurationError, PolicyRuntimeError } from '../../src/errors.js';
import type { Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { buildFinding, findingId, otherDetails, postFindingAction } from '../../src/actions/post-finding.js';
import { compactJson, PyFloat } from '../../src/actions/python-json.js';
import type { ActionContext } from '../../src/actions/types.js';
import { type Json } from '../../test/support/messaging-standin.js';

const { standin, factory } = useMessagingStandin('AKIDFINDING');

/** The §7.4 vector policy. */
const ACTION = {
  type: 'post-finding',
  types: ['Software and Configuration Checks/AWS Security Best Practices'],
  severity_label: 'MEDIUM',
  confidence: new PyFloat(1),
  description: 'Caf\u00e9 \ud83d\ude00',
};
const POLICY = {
  name: 'connect-contact-lens',
  resource: 'aws.connect-instance',
  filters: [
    { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'false' },
  ],
  actions: [ACTION],
};
const ID = '8dab73a7-51ab-4610-8c72-359333b63f10';
const VECTOR_ID = 'us-east-1/123456789012/38b00046b999a37cc42e9b051c4ed7d2/fa22030348af5e7d15d631dddbe7b56b';
const NOW = '2025-06-15T12:00:00.250000+00:00';

const instance = (id = ID): Resource => ({
  Id: id,
  Arn: `arn:aws:connect:us-east-1:644160558196:instance/${id}`,
  IdentityManagementType: 'CONNECT_MANAGED',
  InstanceAlias: 'c7ntest',
  CreatedTime: new Date('2022-06-27T15:58:08.500Z'),
  ServiceRole:
    'arn:aws:iam::644160558196:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect',
  InstanceStatus: 'ACTIVE',
  InboundCallsEnabled: true,
  OutboundCallsEnabled: true,
  InstanceAccessUrl: 'https://c7ntest.my.connect.aws',
});

function ctx(over: Partial<ActionContext> = {}, data: Record<string, unknown> = POLICY): ActionContext {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policy: { name: String(data['name']), resource: String(data['resource']), data },
    executionId: '00000000-0000-4000-8000-000000000000',
    executionStart: 1700000000.5,
    version: '0.9.47',
    event: null,
    now: new Date('2025-06-15T12:00:00.250Z'),
    logger: new RecordingLogger(),
    aws: factory(),
    cache: new Map(),
    ...over,
  };
}

const withAction = (action: Record<string, unknown>) => ({ ...POLICY, actions: [action] });

describe('post-finding ids (§7.4)', () => {
  it('matches the spec vector byte for byte', () => {
    expect(compactJson(POLICY)).toBe(
      '{"name": "connect-contact-lens", "resource": "aws.connect-instance", "filters": [{"type": "instance-attribute", "attribute_type": "CONTACT_LENS", "key": "Attribute.Value", "value": "false"}], "actions": [{"type": "post-finding", "types": ["Software and Configuration Checks/AWS Security Best Practices"], "severity_label": "MEDIUM", "confidence": 1.0, "description": "Caf\\u00e9 \\ud83d\\ude00"}]}',
    );
    expect(findingId(POLICY, ID, 'us-east-1', '123456789012')).toBe(VECTOR_ID);
    expect(findingId(POLICY, ID, 'us-east-1', '')).toBe(VECTOR_ID.replace('123456789012', 'None'));
  });
});

describe('post-finding against Security Hub', () => {
  it('imports the ASFF finding of §7.3/§7.6 with the vector id (exact request)', async () => {
    const result = await postFindingAction.create(ACTION).run([instance()], ctx());
    const calls = standin.calls('securityhub', 'BatchImportFindings');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.region).toBe('us-east-1');
    expect(calls[0]!.params).toEqual({
      Findings: [
        {
          SchemaVersion: '2018-10-08',
          ProductArn: 'arn:aws:securityhub:us-east-1::product/cloud-custodian/cloud-custodian',
          AwsAccountId: '123456789012',
          Description: 'Café 😀',
          Title: 'connect-contact-lens',
          Id: VECTOR_ID,
          GeneratorId: 'connect-contact-lens',
          CreatedAt: NOW,
          UpdatedAt: NOW,
          RecordState: 'ACTIVE',
          Severity: { Product: 0, Normalized: 0, Label: 'MEDIUM' },
          Confidence: 1,
          ProductFields: {
            resource: 'aws.connect-instance',
            ProviderName: 'CloudCustodian',
            ProviderVersion: '0.9.47',
          },
          Resources: [
            {
              Type: 'Other',
              Id: `arn:aws:connect:us-east-1:123456789012:instance/${ID}`,
              Region: 'us-east-1',
              Partition: 'aws',
              Details: {
                Other: {
                  Id: ID,
                  Arn: `arn:aws:connect:us-east-1:644160558196:instance/${ID}`,
                  IdentityManagementType: 'CONNECT_MANAGED',
                  InstanceAlias: 'c7ntest',
                  CreatedTime: '2022-06-27T15:58:08.500000+00:00',
                  ServiceRole: instance()['ServiceRole'],
                  InstanceStatus: 'ACTIVE',
                  InboundCallsEnabled: 'True',
                  OutboundCallsEnabled: 'True',
                  InstanceAccessUrl: 'https://c7ntest.my.connect.aws',
                  'c7n:resource-type': 'connect-instance',
                },
              },
            },
          ],
          Types: ['Software and Configuration Checks/AWS Security Best Practices'],
        },
      ],
    });
    expect(result).toEqual({
      resources: [ID],
      detail: 'imported 1 finding(s) into Security Hub in us-east-1',
    });

    // The same run again updates the same finding (Security Hub dedups on the id), readable with GetFindings.
    await postFindingAction.create(ACTION).run([instance()], ctx());
    expect(standin.state.findings.size).toBe(1);
    const hub = factory().client(SecurityHubClient);
    const got = await hub.send(
      new GetFindingsCommand({
        Filters: {
          ResourceId: [
            { Value: `arn:aws:connect:us-east-1:123456789012:instance/${ID}`, Comparison: 'EQUALS' },
          ],
        },
      }),
    );
    expect(got.Findings?.map((f) => f.Id)).toEqual([VECTOR_ID]);
  });

  it('keeps one resource per finding and groups findings per call by batch_size', async () => {
    const rs = Array.from({ length: 205 }, (_, i) => instance(`id-${String(i).padStart(3, '0')}`));
    const action = { ...ACTION, batch_size: 100 };
    await postFindingAction.create(action).run(rs, ctx({}, withAction(action)));
    const calls = standin.calls('securityhub', 'BatchImportFindings');
    expect(calls.map((c) => (c.params['Findings'] as Json[]).length)).toEqual([100, 100, 5]);
    for (const c of calls) {
      for (const f of c.params['Findings'] as Json[]) expect((f['Resources'] as Json[]).length).toBe(1);
    }
    expect(standin.state.findings.size).toBe(205);

    standin.reset();
    await postFindingAction.create(ACTION).run(rs.slice(0, 3), ctx());
    expect(standin.calls('securityhub', 'BatchImportFindings')).toHaveLength(3);
  });

  it('reports FailedFindings per resource and continues with the next batch', async () => {
    standin.state.rejectFinding = (f) =>
      (f['Resources'] as Json[])[0]!['Id'] === 'arn:aws:connect:us-east-1:123456789012:instance/id-1'
        ? { ErrorCode: 'InvalidInput', ErrorMessage: 'Finding does not adhere to ASFF' }
        : undefined;
    const c = ctx();
    const result = await postFindingAction
      .create({ ...ACTION })
      .run([instance('id-0'), instance('id-1'), instance('id-2')], c);
    expect(standin.calls('securityhub', 'BatchImportFindings')).toHaveLength(3);
    expect(result.failures).toEqual([
      {
        resource: 'id-1',
        message: `Security Hub rejected finding ${findingId(POLICY, 'id-1', 'us-east-1', '123456789012')}: InvalidInput Finding does not adhere to ASFF`,
      },
    ]);
    expect(result.detail).toBe('imported 2 finding(s) into Security Hub in us-east-1, 1 rejected');
    const errors = (c.logger as RecordingLogger).lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('"FailedFindings":[{"Id":');
  });

  it('with an unknown account: None in the id, no AwsAccountId, rejected by the service', async () => {
    const result = await postFindingAction.create(ACTION).run([instance()], ctx({ accountId: '' }));
    const f = (standin.calls('securityhub', 'BatchImportFindings')[0]!.params['Findings'] as Json[])[0]!;
    expect(f['Id']).toBe(VECTOR_ID.replace('123456789012', 'None'));
    expect('AwsAccountId' in f).toBe(false);
    expect((f['Resources'] as Json[])[0]!['Id']).toBe(`arn:aws:connect:us-east-1::instance/${ID}`);
    expect(result.failures?.[0]?.message).toMatch(/AwsAccountId/);
  });

  it('retries throttling with the SDK and then c7n-retry', async () => {
    // 5 SDK attempts fail, c7n-retry calls again: one more failure, then success.
    standin.addFault({
      kind: 'throttle',
      service: 'securityhub',
      operation: 'BatchImportFindings',
      times: 6,
    });
    const result = await postFindingAction.create(ACTION).run([instance()], ctx());
    expect(standin.calls('securityhub', 'BatchImportFindings').map((c) => c.status)).toEqual([
      429, 429, 429, 429, 429, 429, 200,
    ]);
    expect(result.failures).toBeUndefined();
  });

  it('fails the action on other errors', async () => {
    standin.addFault({ kind: 'access-denied', service: 'securityhub' });
    await expect(postFindingAction.create(ACTION).run([instance()], ctx())).rejects.toThrow(
      /securityhub:BatchImportFindings in us-east-1 .*denied/,
    );
    expect(standin.calls('securityhub')).toHaveLength(1);
  });

  it('region changes the endpoint and ProductArn only', async () => {
    const action = { ...ACTION, region: 'eu-west-1' };
    await postFindingAction.create(action).run([instance()], ctx({}, withAction(action)));
    const call = standin.calls('securityhub', 'BatchImportFindings')[0]!;
    expect(call.region).toBe('eu-west-1');
    const f = (call.params['Findings'] as Json[])[0]!;
    expect(f['ProductArn']).toBe('arn:aws:securityhub:eu-west-1::product/cloud-custodian/cloud-custodian');
    expect(String(f['Id']).startsWith('us-east-1/123456789012/')).toBe(true);
    expect((f['Resources'] as Json[])[0]!['Region']).toBe('us-east-1');
  });
});

describe('post-finding builder details', () => {
  const input = (data: Record<string, unknown>, policy: Record<string, unknown> = withAction(data)) => ({
    data,
    policy: { name: String(policy['name']), resource: String(policy['resource']), data: policy },
    region: 'us-east-1',
    accountId: '123456789012',
    version: '0.9.47',
    now: NOW,
  });

  it('description falls back to the policy description, then the title; falsy fields vanish', () => {
    const action = {
      type: 'post-finding',
      types: ['TTPs'],
      title: 'T',
      confidence: 0,
      compliance_status: 'FAILED',
    };
    const f = buildFinding(
      instance(),
      input(action, { ...withAction(action), description: '  from policy \n' }),
    );
    expect(f.Description).toBe('from policy');
    expect(f.Title).toBe('T');
    expect('Confidence' in f).toBe(false);
    expect(f.Compliance).toEqual({ Status: 'FAILED' });
    expect(buildFinding(instance(), input(action)).Description).toBe('T');
    expect(Object.keys(buildFinding(instance(), input(action)))).toEqual([
      'SchemaVersion',
      'ProductArn',
      'AwsAccountId',
      'Description',
      'Title',
      'Id',
      'GeneratorId',
      'CreatedAt',
      'UpdatedAt',
      'RecordState',
      'Severity',
      'Compliance',
      'ProductFields',
      'Resources',
      'Types',
    ]);
  });

  it('ProductFields take `fields`, else the policy tags split at the first colon', () => {
    const action = { type: 'post-finding', types: ['TTPs'] };
    const tagged = { ...withAction(action), tags: ['team:voice:ops', 'solo'] };
    expect(buildFinding(instance(), input(action, tagged)).ProductFields).toEqual({
      resource: 'aws.connect-instance',
      ProviderName: 'CloudCustodian',
      ProviderVersion: '0.9.47',
      team: 'voice:ops',
      solo: '',
    });
    const withFields = { ...action, fields: { a: 'b' } };
    expect(
      buildFinding(instance(), input(withFields, { ...tagged, actions: [withFields] })).ProductFields,
    ).toEqual({
      resource: 'aws.connect-instance',
      ProviderName: 'CloudCustodian',
      ProviderVersion: '0.9.47',
      a: 'b',
    });
  });

  it('Details.Other: annotations as indent-0 JSON cut to 1024 code points, long strings untouched', () => {
    const long = 'x'.repeat(2000);
    const details = otherDetails({
      Id: 'i',
      'c7n:InstanceAttribute': { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'true' } },
      Many: Array.from({ length: 300 }, (_, i) => `😀${i}`),
      Long: long,
      Empty: '',
      Nothing: null,
      Count: 8,
      Ratio: new PyFloat(2),
    });
    expect(details['c7n:InstanceAttribute']).toBe(
      '{\n"Attribute": {\n"AttributeType": "CONTACT_LENS",\n"Value": "true"\n}\n}',
    );
    expect(details['Many']).toHaveLength(1024);
    expect(details['Long']).toBe(long);
    expect('Empty' in details).toBe(false);
    expect('Nothing' in details).toBe(false);
    expect(details['Count']).toBe('8');
    expect(details['Ratio']).toBe('2.0');
  });

  it('validates the schema when the policy loads', () => {
    expect(() => postFindingAction.create({ type: 'post-finding' })).toThrow(ConfigurationError);
    expect(() => postFindingAction.create({ type: 'post-finding', types: ['Bogus/x'] })).toThrow(/namespace/);
    expect(() => postFindingAction.create({ ...ACTION, batch_size: 101 })).toThrow(/batch_size/);
    expect(() => postFindingAction.create({ ...ACTION, colour: 'red' })).toThrow(/unknown key/);
    expect(() => postFindingAction.create({ ...ACTION, severity_label: 'SEVERE' })).toThrow(/severity_label/);
  });

  it('report mode: describe makes no call; without AWS the action fails', async () => {
    expect(
      postFindingAction
        .create({ ...ACTION, batch_size: 2 })
        .describe([instance(), instance(), instance()], ctx()),
    ).toBe('would import 3 finding(s) into Security Hub in us-east-1 (2 BatchImportFindings call(s))');
    expect(standin.log).toHaveLength(0);
    await expect(postFindingAction.create(ACTION).run([instance()], ctx({ aws: undefined }))).rejects.toThrow(
      PolicyRuntimeError,
    );
    expect(postFindingAction.permissions(ACTION)).toEqual(['securityhub:BatchImportFindings']);
  });
});

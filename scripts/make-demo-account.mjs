// Writes demo/account/: the recorded AWS answers of a small fictional Connect estate (account
// 111122223333, regions us-east-1 and eu-west-2), in Cloud Custodian's placebo layout with request
// parameters, so `--replay demo/account` runs the full live path with no AWS account.
// Regenerate with `node scripts/make-demo-account.mjs` after changing the estate below.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ACCOUNT = '111122223333';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'demo', 'account');

/** The estate: what each instance looks like and what the other services know about it. */
const estate = {
  'us-east-1': [
    {
      alias: 'support-prod',
      status: 'ACTIVE',
      idm: 'SAML',
      created: [2023, 3, 14],
      lens: 'true',
      logs: 'true',
    },
    {
      alias: 'sales-outbound',
      status: 'ACTIVE',
      idm: 'CONNECT_MANAGED',
      created: [2024, 1, 9],
      outbound: true,
      lens: 'false',
      logs: 'true',
      findings: ['HIGH'],
    },
    {
      alias: 'collections',
      status: 'ACTIVE',
      idm: 'SAML',
      created: [2022, 11, 2],
      lens: 'true',
      logs: 'false',
      shares: ['444455556666'],
    },
    { alias: 'pilot-ivr', status: 'CREATION_FAILED', idm: 'CONNECT_MANAGED', created: [2025, 5, 30] },
    {
      alias: 'helpdesk',
      status: 'ACTIVE',
      idm: 'EXISTING_DIRECTORY',
      created: [2021, 7, 21],
      lens: 'true',
      logs: 'true',
      opsItems: 1,
    },
  ],
  'eu-west-2': [
    {
      alias: 'uk-service',
      status: 'ACTIVE',
      idm: 'SAML',
      created: [2023, 9, 1],
      lens: 'false',
      logs: 'false',
      findings: ['CRITICAL'],
    },
    {
      alias: 'uk-retention',
      status: 'ACTIVE',
      idm: 'SAML',
      created: [2024, 6, 18],
      lens: 'true',
      logs: 'true',
      shares: [ACCOUNT],
    },
    { alias: 'uk-sandbox', status: 'CREATION_IN_PROGRESS', idm: 'CONNECT_MANAGED', created: [2025, 6, 1] },
  ],
};

const datetime = ([y, m, d]) => ({
  __class__: 'datetime',
  year: y,
  month: m,
  day: d,
  hour: 9,
  minute: 30,
  second: 0,
  microsecond: 0,
});
/** Stable, readable UUID-shaped ids. */
const idOf = (region, i) =>
  `${region === 'us-east-1' ? 'a1' : 'b2'}c0ffee-${String(i + 1).padStart(4, '0')}-4000-8000-00000000000${i + 1}`;

const findingQuery = {
  RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
  SeverityLabel: [
    { Value: 'HIGH', Comparison: 'EQUALS' },
    { Value: 'CRITICAL', Comparison: 'EQUALS' },
  ],
};

rmSync(root, { recursive: true, force: true });
for (const [region, instances] of Object.entries(estate)) {
  const dir = path.join(root, region);
  mkdirSync(dir, { recursive: true });
  const counters = new Map();
  const write = (op, data, params) => {
    const n = (counters.get(op) ?? 0) + 1;
    counters.set(op, n);
    const body = { status_code: 200, data: { ResponseMetadata: {}, ...data }, ...(params ? { params } : {}) };
    writeFileSync(path.join(dir, `${op}_${n}.json`), JSON.stringify(body, null, 2) + '\n');
  };
  const summaries = instances.map((x, i) => {
    const id = idOf(region, i);
    return {
      Id: id,
      Arn: `arn:aws:connect:${region}:${ACCOUNT}:instance/${id}`,
      IdentityManagementType: x.idm,
      InstanceAlias: x.alias,
      CreatedTime: datetime(x.created),
      ServiceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_${x.alias}`,
      InstanceStatus: x.status,
      InboundCallsEnabled: true,
      OutboundCallsEnabled: Boolean(x.outbound),
      InstanceAccessUrl: `https://${x.alias}.my.connect.aws`,
    };
  });
  write('connect.ListInstances', { InstanceSummaryList: summaries });
  instances.forEach((x, i) => {
    const { Id: id } = summaries[i];
    const arn = `arn:aws:connect:${region}:${ACCOUNT}:instance/${id}`;
    for (const [type, value] of [
      ['CONTACT_LENS', x.lens],
      ['CONTACTFLOW_LOGS', x.logs],
    ]) {
      if (value === undefined) continue; // only ACTIVE instances reach the attribute filters
      write(
        'connect.DescribeInstanceAttribute',
        { Attribute: { AttributeType: type, Value: value } },
        { InstanceId: id, AttributeType: type },
      );
    }
    write(
      'connect.ListAnalyticsDataAssociations',
      {
        Results: (x.shares ?? []).map((target, k) => ({
          DataSetId: 'contact_record',
          TargetAccountId: target,
          ResourceShareId: `share-${i}-${k}`,
          ResourceShareArn: `arn:aws:ram:${region}:${ACCOUNT}:resource-share/share-${i}-${k}`,
        })),
      },
      { InstanceId: id },
    );
    write(
      'securityhub.GetFindings',
      {
        Findings: (x.findings ?? []).map((label, k) => ({
          SchemaVersion: '2018-10-08',
          Id: `${arn}/finding-${k}`,
          ProductArn: `arn:aws:securityhub:${region}::product/aws/securityhub`,
          GeneratorId: 'connect-baseline',
          AwsAccountId: ACCOUNT,
          Title: label === 'CRITICAL' ? 'Recordings bucket is public' : 'Agents without MFA',
          Severity: { Label: label },
          RecordState: 'ACTIVE',
          Resources: [{ Type: 'Other', Id: arn, Region: region }],
        })),
      },
      { Filters: { ...findingQuery, ResourceId: [{ Value: arn, Comparison: 'EQUALS' }] } },
    );
  });
  // One DescribeOpsItems call per 10 instances: a region here has at most 10, so one answer, no params.
  write('ssm.DescribeOpsItems', {
    OpsItemSummaries: instances.flatMap((x, i) =>
      Array.from({ length: x.opsItems ?? 0 }, (_, k) => ({
        OpsItemId: `oi-${region.replace(/-/g, '')}${i}${k}`,
        Title: `${x.alias}: queue latency above threshold`,
        Status: 'Open',
        Priority: 2,
        Source: 'CloudWatch',
        OperationalData: {
          '/aws/resources': { Type: 'SearchableString', Value: JSON.stringify([{ arn: summaries[i].Arn }]) },
        },
      })),
    ),
  });
}
console.log(`wrote ${root}`);

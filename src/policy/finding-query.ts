/**
 * The shape check Cloud Custodian gets from botocore for a `finding` filter's `query`
 * (AwsSecurityFindingFilters, spec filters.md §9.3): known criterion names, each a list of filter objects
 * with the members and scalar types of its family. Enumerated strings are left to the service, as botocore does.
 */
import { describeValue } from './describe.js';
import { didYouMean } from './suggest.js';
import type { PathSegment } from './types.js';

type Family = Record<string, 'string' | 'number' | 'integer' | 'boolean' | 'object'>;

const STRING: Family = { Value: 'string', Comparison: 'string' };
const DATE: Family = { Start: 'string', End: 'string', DateRange: 'object' };
const NUMBER: Family = { Gte: 'number', Lte: 'number', Eq: 'number', Gt: 'number', Lt: 'number' };
const MAP: Family = { Key: 'string', Value: 'string', Comparison: 'string' };
const IP: Family = { Cidr: 'string' };
const KEYWORD: Family = { Value: 'string' };
const BOOLEAN: Family = { Value: 'boolean' };

const expand = (names: string): string[] =>
  names
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((n) => {
      const m = /^(.*)\{(.*)\}$/.exec(n);
      return m ? m[2]!.split(',').map((s) => m[1]! + s) : [n];
    });

const CRITERIA = new Map<string, Family>();
const add = (family: Family, names: string) => expand(names).forEach((n) => CRITERIA.set(n, family));
add(
  STRING,
  `ProductArn AwsAccountId Id GeneratorId Region Type SeverityLabel Title Description RecommendationText SourceUrl
   ProductName CompanyName Malware{Name,Type,Path,State} NetworkDirection NetworkProtocol NetworkSourceDomain
   NetworkSourceMac NetworkDestinationDomain ProcessName ProcessPath ThreatIntelIndicator{Type,Value,Category,Source,SourceUrl}
   ResourceType ResourceId ResourcePartition ResourceRegion
   ResourceAwsEc2Instance{Type,ImageId,KeyName,IamInstanceProfileArn,VpcId,SubnetId} ResourceAwsS3Bucket{OwnerId,OwnerName}
   ResourceAwsIamAccessKey{UserName,PrincipalName,Status} ResourceAwsIamUserUserName ResourceContainer{Name,ImageId,ImageName}
   ComplianceStatus VerificationState WorkflowState WorkflowStatus RecordState RelatedFindingsProductArn RelatedFindingsId
   NoteText NoteUpdatedBy FindingProviderFields{RelatedFindingsId,RelatedFindingsProductArn,SeverityLabel,SeverityOriginal,Types}
   ComplianceSecurityControlId ComplianceAssociatedStandardsId VulnerabilitiesExploitAvailable VulnerabilitiesFixAvailable
   ComplianceSecurityControlParameters{Name,Value} AwsAccountName ResourceApplicationName ResourceApplicationArn`,
);
add(
  DATE,
  `FirstObservedAt LastObservedAt CreatedAt UpdatedAt ProcessLaunchedAt ProcessTerminatedAt ThreatIntelIndicatorLastObservedAt
   ResourceAwsEc2InstanceLaunchedAt ResourceAwsIamAccessKeyCreatedAt ResourceContainerLaunchedAt NoteUpdatedAt`,
);
add(
  NUMBER,
  `SeverityProduct SeverityNormalized Confidence Criticality NetworkSourcePort NetworkDestinationPort ProcessPid
   ProcessParentPid FindingProviderFieldsConfidence FindingProviderFieldsCriticality`,
);
add(MAP, 'ProductFields UserDefinedFields ResourceTags ResourceDetailsOther');
add(
  IP,
  `NetworkSourceIpV4 NetworkSourceIpV6 NetworkDestinationIpV4 NetworkDestinationIpV6 ResourceAwsEc2InstanceIpV4Addresses
   ResourceAwsEc2InstanceIpV6Addresses`,
);
add(KEYWORD, 'Keyword');
add(BOOLEAN, 'Sample');

function typeMatches(v: unknown, t: Family[string]): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
  }
}

export function checkFindingQuery(
  query: Record<string, unknown>,
): { path: PathSegment[]; message: string }[] {
  const problems: { path: PathSegment[]; message: string }[] = [];
  const names = [...CRITERIA.keys()];
  for (const [name, criteria] of Object.entries(query)) {
    const family = CRITERIA.get(name);
    if (!family) {
      problems.push({
        path: [name],
        message: `unknown Security Hub criterion "${name}"${didYouMean(name, names)} (see AwsSecurityFindingFilters)`,
      });
      continue;
    }
    if (!Array.isArray(criteria)) {
      problems.push({
        path: [name],
        message: `\`${name}\` must be a list of filter objects such as [{${Object.keys(family).join(', ')}}], found ${describeValue(criteria)}`,
      });
      continue;
    }
    criteria.forEach((c, i) => {
      if (c === null || typeof c !== 'object' || Array.isArray(c)) {
        problems.push({
          path: [name, i],
          message: `each \`${name}\` entry must be a mapping with ${Object.keys(family).join(', ')}, found ${describeValue(c)}`,
        });
        return;
      }
      for (const [member, v] of Object.entries(c as Record<string, unknown>)) {
        const t = family[member];
        if (!t) {
          problems.push({
            path: [name, i, member],
            message: `unknown member "${member}" in \`${name}\`; must be one of: ${Object.keys(family).join(', ')}`,
          });
        } else if (!typeMatches(v, t)) {
          problems.push({
            path: [name, i, member],
            message: `\`${name}.${member}\` must be a ${t}, found ${describeValue(v)}`,
          });
        }
      }
    });
  }
  return problems;
}

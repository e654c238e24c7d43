import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsStandin } from '../../test/support/aws-standin.js';
import { OidcStandin } from '../../test/support/oidc-standin.js';
import {
  assertOidcAvailable,
  assumeRoleWithWebIdentity,
  githubIdTokenFetcher,
  resolveAccounts,
  webIdentityCredentials,
} from '../../src/aws/credentials.js';
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import { parseAccountsFile } from '../../src/aws/accounts-file.js';
import { parseRegions, CONNECT_REGIONS } from '../../src/aws/regions.js';
import { ConnectInstanceSource } from '../../src/resources/connect-instance.js';
import { ConfigurationError } from '../../src/errors.js';
import { RecordingLogger } from '../../src/logger.js';

const aws = new AwsStandin();
const oidc = new OidcStandin();
const ROLE = 'arn:aws:iam::111122223333:role/connect-gate';
let masked: string[] = [];
const mask = (s: string) => void masked.push(s);
const noSleep = { sleep: async () => {} };

beforeAll(async () => {
  await aws.start();
  await oidc.start();
});
afterAll(async () => {
  await aws.stop();
  await oidc.stop();
});
beforeEach(() => {
  aws.reset();
  masked = [];
  oidc.requests.length = 0;
  oidc.issued.length = 0;
  oidc.subject = 'repo:octo-org/connect-policies:ref:refs/heads/main';
});

function summary(id: string, region = 'us-east-1', account = '111122223333') {
  return {
    Id: id,
    Arn: `arn:aws:connect:${region}:${account}:instance/${id}`,
    IdentityManagementType: 'SAML',
    InstanceAlias: `alias-${id}`,
    CreatedTime: '2023-01-01T00:00:00Z',
    InstanceStatus: 'ACTIVE',
    InboundCallsEnabled: true,
    OutboundCallsEnabled: true,
  };
}

const listCtx = (f: AwsClientFactory) => ({
  accountId: f.accountId,
  region: f.region,
  partition: 'aws',
  logger: new RecordingLogger(),
  aws: f,
});

describe('GitHub OIDC -> STS AssumeRoleWithWebIdentity', () => {
  it('assumed credentials sign the Connect calls; every secret is masked at once', async () => {
    aws.state.instances['us-east-1'] = [summary('i-1')];
    const [target] = await resolveAccounts({
      roleToAssume: ROLE,
      regions: ['us-east-1'],
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
      retry: noSleep,
    });
    expect(target!.accountId).toBe('111122223333');
    const f = new AwsClientFactory({
      accountId: target!.accountId,
      region: 'us-east-1',
      credentials: target!.credentials,
      env: aws.env(),
    });
    const resources = await new ConnectInstanceSource().list(listCtx(f));
    expect(resources.map((r) => r['Id'])).toEqual(['i-1']);

    const sts = aws.calls('sts', 'AssumeRoleWithWebIdentity');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.accessKeyId).toBeUndefined(); // unsigned
    expect(sts[0]!.params).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'connect-policy-gate',
      WebIdentityToken: '<redacted>',
      DurationSeconds: '3600',
    });
    expect(oidc.requests).toEqual([{ audience: 'sts.amazonaws.com', authorized: true }]);

    const issued = [...aws.issued.values()];
    expect(issued).toHaveLength(1);
    const listing = aws.calls('connect', 'ListInstances');
    expect(listing[0]!.accessKeyId).toBe(issued[0]!.accessKeyId);
    expect(listing[0]!.sessionToken).toBe(true);

    expect(masked).toEqual(
      expect.arrayContaining([
        oidc.issued[0],
        issued[0]!.accessKeyId,
        issued[0]!.secretAccessKey,
        issued[0]!.sessionToken,
      ]),
    );
    // The token is masked before anything else happens with it.
    expect(masked[0]).toBe(oidc.issued[0]);
    f.destroy();
  });

  it('takes the session name, duration and audience inputs, and gets a fresh token for every STS call', async () => {
    aws.state.trust.audience = 'my-audience';
    const opts = {
      roleArn: ROLE,
      audience: 'my-audience',
      sessionName: 'gate-run-42',
      durationSeconds: 900,
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
      retry: noSleep,
    };
    await assumeRoleWithWebIdentity(opts);
    await assumeRoleWithWebIdentity(opts);
    expect(oidc.issued).toHaveLength(2);
    expect(oidc.issued[0]).not.toBe(oidc.issued[1]);
    expect(oidc.requests.map((r) => r.audience)).toEqual(['my-audience', 'my-audience']);
    expect(aws.calls('sts').map((c) => [c.params['RoleSessionName'], c.params['DurationSeconds']])).toEqual([
      ['gate-run-42', '900'],
      ['gate-run-42', '900'],
    ]);
  });

  it('the provider assumes once and shares the credentials while they are valid', async () => {
    const provider = webIdentityCredentials({
      roleArn: ROLE,
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
    });
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a.accessKeyId).toBe(b.accessKeyId);
    await provider();
    expect(aws.calls('sts')).toHaveLength(1);
  });

  it('missing OIDC variables: says to grant id-token: write, and mentions forks on pull requests', () => {
    expect(() => assertOidcAvailable({})).toThrow(ConfigurationError);
    expect(() => assertOidcAvailable({})).toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: add `permissions: id-token: write`/,
    );
    expect(() =>
      assertOidcAvailable({ GITHUB_EVENT_NAME: 'pull_request', ACTIONS_ID_TOKEN_REQUEST_URL: 'x' }),
    ).toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set.*pull requests from forks never receive an OIDC token/,
    );
    expect(() => assertOidcAvailable(oidc.env())).not.toThrow();
  });

  it('resolveAccounts without a token port checks the OIDC variables first', async () => {
    await expect(
      resolveAccounts({ roleToAssume: ROLE, regions: ['us-east-1'], mask, env: aws.env() }),
    ).rejects.toThrow(/id-token: write/);
    expect(aws.log).toHaveLength(0);
  });

  it('a wrong audience is explained', async () => {
    const err = await assumeRoleWithWebIdentity({
      roleArn: ROLE,
      audience: 'not-sts',
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /InvalidIdentityToken: Incorrect token audience\)\. The token's audience "not-sts" is not a client ID/,
    );
    expect((err as Error).message).not.toContain('\n');
  });

  it('a trust policy whose sub condition does not match names the token subject', async () => {
    aws.state.trust.subjects = ['repo:octo-org/connect-policies:environment:prod'];
    oidc.subject = 'repo:octo-org/connect-policies:pull_request';
    const err = await assumeRoleWithWebIdentity({
      roleArn: ROLE,
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /trust policy does not accept this workflow.*"repo:octo-org\/connect-policies:pull_request"/,
    );
    // the token itself never appears in messages
    expect((err as Error).message).not.toContain(oidc.issued[0]!);
  });

  it('a role that does not exist and a malformed role ARN', async () => {
    aws.state.trust.roles = ['arn:aws:iam::111122223333:role/other'];
    await expect(
      assumeRoleWithWebIdentity({
        roleArn: ROLE,
        getIdToken: githubIdTokenFetcher(oidc.env()),
        mask,
        env: aws.env(),
      }),
    ).rejects.toThrow(/check that the role ARN is right/);
    const before = aws.log.length;
    await expect(
      assumeRoleWithWebIdentity({
        roleArn: 'connect-gate',
        getIdToken: githubIdTokenFetcher(oidc.env()),
        mask,
        env: aws.env(),
      }),
    ).rejects.toThrow(/role-to-assume: "connect-gate" is not an IAM role ARN/);
    await expect(
      assumeRoleWithWebIdentity({
        roleArn: ROLE,
        durationSeconds: 60,
        getIdToken: githubIdTokenFetcher(oidc.env()),
        mask,
        env: aws.env(),
      }),
    ).rejects.toThrow(/role-duration-seconds: 60/);
    expect(aws.log.length).toBe(before);
  });

  it('a bad bearer token at the OIDC endpoint is a configuration error', async () => {
    const env = { ...oidc.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' };
    await expect(githubIdTokenFetcher(env)('sts.amazonaws.com')).rejects.toThrow(/HTTP 401.*id-token: write/);
  });
});

describe('accounts file: one role per account', () => {
  const file = `accounts:
  - account_id: "111122223333"
    name: hub
    regions: [us-east-1]
  - account_id: "444455556666"
    name: prod
    role: arn:aws:iam::444455556666:role/connect-gate-member
    regions: [eu-west-2]
    tags: [env:prod]
`;

  it('chains AssumeRole from the OIDC role and signs each account with its own credentials', async () => {
    aws.state.instances['us-east-1'] = [summary('i-hub')];
    aws.state.instances['eu-west-2'] = [summary('i-prod', 'eu-west-2', '444455556666')];
    const targets = await resolveAccounts({
      roleToAssume: ROLE,
      accounts: parseAccountsFile(file, 'accounts.yml'),
      regions: ['us-east-1'],
      getIdToken: githubIdTokenFetcher(oidc.env()),
      mask,
      env: aws.env(),
      retry: noSleep,
    });
    expect(targets.map((t) => [t.accountId, t.name, t.regions, t.tags])).toEqual([
      ['111122223333', 'hub', ['us-east-1'], []],
      ['444455556666', 'prod', ['eu-west-2'], ['env:prod']],
    ]);
    for (const t of targets) {
      const f = new AwsClientFactory({
        accountId: t.accountId,
        region: t.regions[0]!,
        credentials: t.credentials,
        env: aws.env(),
      });
      await new ConnectInstanceSource().list(listCtx(f));
      f.destroy();
    }
    const hubKey = [...aws.issued.values()].find((c) => c.roleArn === ROLE)!.accessKeyId;
    const memberKey = [...aws.issued.values()].find((c) =>
      c.roleArn.endsWith('connect-gate-member'),
    )!.accessKeyId;
    expect(aws.calls('sts', 'AssumeRole')[0]!.accessKeyId).toBe(hubKey);
    expect(aws.calls('sts', 'AssumeRole')[0]!.params['DurationSeconds']).toBe('3600');
    const listing = aws.calls('connect', 'ListInstances');
    expect(listing.map((c) => [c.region, c.accessKeyId])).toEqual([
      ['us-east-1', hubKey],
      ['eu-west-2', memberKey],
    ]);
    expect(masked).toContain(aws.issued.get(memberKey)!.secretAccessKey);
  });

  it('without a role: the default chain, and the account from GetCallerIdentity', async () => {
    const saved = { ...process.env };
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDDEFAULTCHAIN';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';
    delete process.env['AWS_PROFILE'];
    try {
      const [t] = await resolveAccounts({ regions: ['us-east-1'], mask, env: aws.env() });
      expect(t!.accountId).toBe('123456789012');
      expect(t!.credentials).toBeUndefined();
      expect(aws.calls('sts', 'GetCallerIdentity')[0]!.accessKeyId).toBe('AKIDDEFAULTCHAIN');
    } finally {
      process.env = saved;
    }
  });

  it('reports problems with file and line', () => {
    expect(() =>
      parseAccountsFile('accounts:\n  - account_id: 111122223333\n    name: a\n', 'acc.yml'),
    ).toThrow(/^acc\.yml:2:17: `account_id` must be quoted/);
    expect(() => parseAccountsFile('accounts:\n  - account_id: "1"\n    name: a\n', 'acc.yml')).toThrow(
      /^acc\.yml:2:17: `account_id` "1" must be 12 digits/,
    );
    expect(() => parseAccountsFile('accounts:\n  - name: a\n', 'acc.yml')).toThrow(
      /^acc\.yml:2:5: the account has no `account_id`/,
    );
    expect(() =>
      parseAccountsFile(
        'accounts:\n  - account_id: "111122223333"\n    name: a\n    role: arn:aws:iam::999999999999:role/x\n',
        'acc.yml',
      ),
    ).toThrow(/^acc\.yml:4:11: `role` .* belongs to account 999999999999/);
    expect(() =>
      parseAccountsFile('accounts:\n  - account_id: "111122223333"\n    nme: a\n', 'acc.yml'),
    ).toThrow(/^acc\.yml:3:5: unknown key `nme`/);
    expect(() => parseAccountsFile('accounts: [\n', 'acc.yml')).toThrow(/^acc\.yml:\d+:\d+: invalid YAML/);
    expect(() => parseAccountsFile('foo: 1\n', 'acc.yml')).toThrow(/`accounts:` must be a non-empty list/);
    expect(() =>
      parseAccountsFile(
        'accounts:\n  - {account_id: "111122223333", name: a}\n  - {account_id: "111122223333", name: b}\n',
        'acc.yml',
      ),
    ).toThrow(/^acc\.yml:3:5: account_id 111122223333 is listed twice \(first at acc\.yml:2:5\)/);
    expect(() =>
      parseAccountsFile('accounts:\n  - {account_id: "111122223333", name: a, regions: [mars]}\n', 'acc.yml'),
    ).toThrow(/not a region name/);
  });
});

describe('regions input', () => {
  it('splits on commas and newlines, dedupes, defaults to AWS_REGION then us-east-1', () => {
    expect(parseRegions('us-east-1, eu-west-2\nus-east-1', {}).regions).toEqual(['us-east-1', 'eu-west-2']);
    expect(parseRegions('', { AWS_REGION: 'ap-southeast-2' }).regions).toEqual(['ap-southeast-2']);
    expect(parseRegions(undefined, { AWS_DEFAULT_REGION: 'eu-central-1' }).regions).toEqual(['eu-central-1']);
    expect(parseRegions(undefined, {}).regions).toEqual(['us-east-1']);
  });
  it('`all` is every commercial region offering Amazon Connect; unknown names fail; regions without Connect warn', () => {
    expect(parseRegions('all', {}).regions).toEqual([...CONNECT_REGIONS]);
    expect(parseRegions('all', {}).regions).not.toContain('us-gov-west-1');
    expect(() => parseRegions('us-east-1,Oregon', {})).toThrow(/"Oregon" is not a region name/);
    const r = parseRegions('eu-north-1', {});
    expect(r.regions).toEqual(['eu-north-1']);
    expect(r.warnings[0]).toMatch(/not offered in eu-north-1/);
  });
});

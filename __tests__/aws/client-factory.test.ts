import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConnectClient, DescribeInstanceAttributeCommand } from '@aws-sdk/client-connect';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { AwsStandin } from '../../test/support/aws-standin.js';
import {
  AdaptiveRateLimiter,
  AwsClientFactory,
  classifyAwsError,
  endpointFromEnv,
  mapWithConcurrency,
  withC7nRetry,
  type ClientFactoryOptions,
} from '../../src/aws/client-factory.js';
import { ConnectInstanceSource } from '../../src/resources/connect-instance.js';
import { RecordingLogger } from '../../src/logger.js';
import { ConfigurationError } from '../../src/errors.js';

const standin = new AwsStandin();
const CREDS = { accessKeyId: 'AKIDSTANDINTEST', secretAccessKey: 'standin-secret' };

function instance(n: number, region = 'us-east-1'): Record<string, unknown> {
  const id = `0000${String(n).padStart(4, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    Id: id,
    Arn: `arn:aws:connect:${region}:123456789012:instance/${id}`,
    IdentityManagementType: 'CONNECT_MANAGED',
    InstanceAlias: `cc-${n}`,
    CreatedTime: '2024-01-10T09:30:00Z',
    ServiceRole:
      'arn:aws:iam::123456789012:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_x',
    InstanceStatus: 'ACTIVE',
    InboundCallsEnabled: true,
    OutboundCallsEnabled: false,
  };
}

function factory(extra: Partial<ClientFactoryOptions> = {}): { f: AwsClientFactory; sleeps: number[] } {
  const sleeps: number[] = [];
  const f = new AwsClientFactory({
    accountId: '123456789012',
    region: 'us-east-1',
    credentials: CREDS,
    env: standin.env(),
    ...extra,
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      ...extra.retry,
    },
  });
  return { f, sleeps };
}

const listCtx = (f: AwsClientFactory, region = 'us-east-1') => ({
  accountId: f.accountId,
  region,
  partition: 'aws',
  logger: new RecordingLogger(),
  aws: f,
});

beforeAll(async () => {
  await standin.start();
});
afterAll(async () => {
  await standin.stop();
});
beforeEach(() => standin.reset());

describe('ListInstances through the real SDK client', () => {
  it('reads every page (10 per page), no parameters, CreatedTime as Date, no $metadata, signed with our key', async () => {
    standin.state.instances['us-east-1'] = Array.from({ length: 23 }, (_, i) => instance(i + 1));
    const { f } = factory();
    const resources = await new ConnectInstanceSource().list(listCtx(f));
    expect(resources).toHaveLength(23);
    expect(resources.map((r) => r['InstanceAlias'])).toEqual(
      Array.from({ length: 23 }, (_, i) => `cc-${i + 1}`),
    );
    const first = resources[0]!;
    expect(first['CreatedTime']).toBeInstanceOf(Date);
    expect((first['CreatedTime'] as Date).toISOString()).toBe('2024-01-10T09:30:00.000Z');
    expect(Object.keys(first).some((k) => k.startsWith('$'))).toBe(false);
    expect('InstanceAccessUrl' in first).toBe(false);
    const calls = standin.calls('connect', 'ListInstances');
    expect(calls).toHaveLength(3);
    expect(calls[0]!.params).toEqual({});
    expect(Object.keys(calls[1]!.params)).toEqual(['NextToken']);
    expect(calls.every((c) => c.accessKeyId === CREDS.accessKeyId && c.region === 'us-east-1')).toBe(true);
    f.destroy();
  });

  it('an empty account yields []', async () => {
    const { f } = factory();
    expect(await new ConnectInstanceSource().list(listCtx(f))).toEqual([]);
    f.destroy();
  });

  it('lists in the region asked for', async () => {
    standin.state.instances['eu-west-2'] = [instance(7, 'eu-west-2')];
    const { f } = factory({ region: 'eu-west-2' });
    const resources = await new ConnectInstanceSource().list(listCtx(f, 'eu-west-2'));
    expect(resources.map((r) => r['InstanceAlias'])).toEqual(['cc-7']);
    expect(standin.log[0]!.region).toBe('eu-west-2');
    f.destroy();
  });
});

describe('retries', () => {
  it('a throttled call is retried with backoff through the injected sleep and succeeds', async () => {
    standin.state.instances['us-east-1'] = [instance(1)];
    standin.addFault({ kind: 'throttle', service: 'connect', operation: 'ListInstances', times: 2 });
    const logger = new RecordingLogger();
    const { f, sleeps } = factory({ logger });
    const resources = await new ConnectInstanceSource().list(listCtx(f));
    expect(resources).toHaveLength(1);
    expect(standin.calls('connect', 'ListInstances').map((c) => c.status)).toEqual([429, 429, 200]);
    // Jittered exponential backoff (random() = 0.5): 375 ms, then 750 ms; the adaptive limiter may add waits.
    expect(sleeps).toEqual(expect.arrayContaining([375, 750]));
    expect(logger.lines.some((l) => /throttling error ThrottlingException, retry 1/.test(l.message))).toBe(
      true,
    );
    f.destroy();
  });

  it('a 500 is retried', async () => {
    standin.state.attributes['i-1'] = { CONTACT_LENS: 'true' };
    standin.addFault({ kind: 'server-error', operation: 'DescribeInstanceAttribute', times: 1 });
    const { f, sleeps } = factory();
    const out = await f
      .client(ConnectClient)
      .send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-1', AttributeType: 'CONTACT_LENS' }));
    expect(out.Attribute?.Value).toBe('true');
    expect(out.$metadata.attempts).toBe(2);
    expect(sleeps).toHaveLength(1);
    f.destroy();
  });

  it('gives up after maxAttempts', async () => {
    standin.addFault({ kind: 'server-error', operation: 'DescribeInstanceAttribute' });
    const { f, sleeps } = factory({ retry: { maxAttempts: 3 } });
    await expect(
      f
        .client(ConnectClient)
        .send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-1', AttributeType: 'CONTACT_LENS' })),
    ).rejects.toMatchObject({ name: 'InternalServiceException' });
    expect(standin.calls('connect')).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    f.destroy();
  });

  it('AccessDenied is not retried, and fails only the region it happens in', async () => {
    standin.state.instances['us-east-1'] = [instance(1)];
    standin.state.instances['us-west-2'] = [instance(2, 'us-west-2')];
    standin.addFault({ kind: 'access-denied', region: 'us-west-2' });
    const east = factory();
    const west = factory({ region: 'us-west-2' });
    await expect(new ConnectInstanceSource().list(listCtx(east.f))).resolves.toHaveLength(1);
    const err = await new ConnectInstanceSource().list(listCtx(west.f, 'us-west-2')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^connect:ListInstances in us-west-2 \(account 123456789012\) was denied: AccessDeniedException \(HTTP 403\).*Grant connect:ListInstances/,
    );
    expect(standin.calls('connect').filter((c) => c.region === 'us-west-2')).toHaveLength(1);
    expect(west.sleeps).toEqual([]);
    east.f.destroy();
    west.f.destroy();
  });

  it('a slow answer times out and is retried', async () => {
    standin.state.attributes['i-1'] = { EARLY_MEDIA: 'true' };
    standin.addFault({ kind: 'delay', delayMs: 1500, operation: 'DescribeInstanceAttribute', times: 1 });
    const { f, sleeps } = factory({ requestTimeoutMs: 200 });
    const out = await f
      .client(ConnectClient)
      .send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-1', AttributeType: 'EARLY_MEDIA' }));
    expect(out.Attribute?.Value).toBe('true');
    expect(sleeps).toHaveLength(1);
    f.destroy();
  });

  it('c7n-retry wraps each ListInstances page on top of the SDK retries (1 s, then 2 s ...)', async () => {
    standin.state.instances['us-east-1'] = [instance(1)];
    standin.addFault({ kind: 'throttle', operation: 'ListInstances', times: 6 });
    const { f, sleeps } = factory({ retry: { maxAttempts: 5 } });
    const resources = await new ConnectInstanceSource({ random: () => 0 }).list(listCtx(f));
    expect(resources).toHaveLength(1);
    expect(standin.calls('connect', 'ListInstances')).toHaveLength(7);
    expect(sleeps).toContain(1000); // the c7n wait after the first SDK-level failure
    f.destroy();
  });

  it('classifies errors', () => {
    expect(classifyAwsError({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })).toBe(
      'throttling',
    );
    expect(classifyAwsError({ name: 'Whatever', $metadata: { httpStatusCode: 429 } })).toBe('throttling');
    expect(classifyAwsError({ name: 'InternalServiceException', $metadata: { httpStatusCode: 500 } })).toBe(
      'transient',
    );
    expect(classifyAwsError({ name: 'InternalServerException', $metadata: { httpStatusCode: 400 } })).toBe(
      'transient',
    );
    expect(classifyAwsError({ name: 'TimeoutError' })).toBe('transient');
    expect(classifyAwsError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe('transient');
    expect(classifyAwsError({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } })).toBe(
      'fatal',
    );
    expect(classifyAwsError({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } })).toBe(
      'fatal',
    );
    expect(classifyAwsError({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } })).toBe(
      'fatal',
    );
  });

  it('withC7nRetry retries only its codes, at most 8 calls, 1 s doubling, reduced by up to 20 %', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const fail = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('slow down'), { name: 'Throttling' }));
    };
    await expect(
      withC7nRetry(fail, { sleep: async (ms) => void sleeps.push(ms), random: () => 1 }),
    ).rejects.toThrow('slow down');
    expect(calls).toBe(8);
    expect(sleeps).toEqual([800, 1600, 3200, 6400, 12800, 25600, 51200]);
    // Math.random stays below 1, so the factor stays above 0.8, and so does the wait in whole milliseconds.
    sleeps.length = 0;
    await expect(
      withC7nRetry(fail, {
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 0.9999999,
        maxAttempts: 2,
      }),
    ).rejects.toThrow('slow down');
    expect(sleeps).toEqual([801]);
    calls = 0;
    const denied = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    };
    await expect(withC7nRetry(denied, { sleep: async () => {} })).rejects.toThrow('no');
    expect(calls).toBe(1);
  });

  it('the adaptive limiter slows the send rate after throttling and recovers', async () => {
    const waits: number[] = [];
    let now = 1_000_000;
    const limiter = new AdaptiveRateLimiter(
      async (ms) => void waits.push(ms),
      () => now,
    );
    await limiter.acquire();
    expect(waits).toEqual([]);
    limiter.onThrottle();
    expect(limiter.currentRate).toBe(25);
    limiter.onThrottle();
    expect(limiter.currentRate).toBe(12.5);
    for (let i = 0; i < 20; i++) await limiter.acquire();
    expect(waits.length).toBeGreaterThan(0);
    now += 10_000;
    for (let i = 0; i < 100; i++) limiter.onSuccess();
    expect(limiter.currentRate).toBe(Infinity);
  });
});

describe('endpoints, caching', () => {
  it('AWS_ENDPOINT_URL_<SERVICE> beats AWS_ENDPOINT_URL; AWS_IGNORE_CONFIGURED_ENDPOINT_URLS disables both', () => {
    const env = { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_SECURITYHUB: 'http://b' };
    expect(endpointFromEnv('SecurityHub', env)).toBe('http://b');
    expect(endpointFromEnv('Connect', env)).toBe('http://a');
    expect(
      endpointFromEnv('Connect', { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }),
    ).toBeUndefined();
    expect(endpointFromEnv('Connect', {})).toBeUndefined();
  });

  it('a service-specific variable routes only that service', async () => {
    standin.state.attributes['i-9'] = { CONTACT_LENS: 'true' };
    const { f } = factory({
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_CONNECT: standin.url },
    });
    const out = await f
      .client(ConnectClient)
      .send(new DescribeInstanceAttributeCommand({ InstanceId: 'i-9', AttributeType: 'CONTACT_LENS' }));
    expect(out.Attribute?.Value).toBe('true');
    f.destroy();
  });

  it('the SDK itself honours AWS_ENDPOINT_URL from process.env', async () => {
    const saved = process.env['AWS_ENDPOINT_URL_CONNECT'];
    process.env['AWS_ENDPOINT_URL_CONNECT'] = standin.url;
    try {
      standin.state.attributes['i-8'] = { CONTACT_LENS: 'false' };
      const client = new ConnectClient({ region: 'us-east-1', credentials: CREDS });
      const out = await client.send(
        new DescribeInstanceAttributeCommand({ InstanceId: 'i-8', AttributeType: 'CONTACT_LENS' }),
      );
      expect(out.Attribute?.Value).toBe('false');
      client.destroy();
    } finally {
      if (saved === undefined) delete process.env['AWS_ENDPOINT_URL_CONNECT'];
      else process.env['AWS_ENDPOINT_URL_CONNECT'] = saved;
    }
  });

  it('caches clients per class and region', () => {
    const { f } = factory();
    expect(f.client(ConnectClient)).toBe(f.client(ConnectClient, 'us-east-1'));
    expect(f.client(ConnectClient, 'us-west-2')).not.toBe(f.client(ConnectClient));
    expect(f.client(SecurityHubClient)).not.toBe(f.client(ConnectClient) as unknown);
    f.destroy();
  });

  it('mapWithConcurrency keeps input order and bounds concurrency', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, n * 3));
      active--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});

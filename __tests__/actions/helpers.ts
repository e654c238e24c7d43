/** Shared set-up for the action tests: a stand-in, a client factory pointed at it, an action context. */
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import type { ActionContext } from '../../src/actions/types.js';
import type { Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { AwsStandin, type Json } from '../../test/support/aws-standin.js';
import { MessagingStandin } from '../../test/support/messaging-standin.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export function makeFactory(standin: AwsStandin, region = REGION): AwsClientFactory {
  return new AwsClientFactory({
    accountId: ACCOUNT,
    region,
    credentials: { accessKeyId: 'AKIDPOLICY', secretAccessKey: 'x' },
    env: standin.env(),
    retry: { sleep: async () => {} },
    concurrency: 4,
  });
}

export function policyData(actions: unknown[], name = 'p'): Record<string, unknown> {
  return { name, resource: 'aws.connect-instance', actions };
}

export function makeCtx(
  aws: AwsClientFactory | undefined,
  data: Record<string, unknown>,
  over: Partial<ActionContext> = {},
): ActionContext & { logger: RecordingLogger } {
  const region = over.region ?? aws?.region ?? REGION;
  return {
    accountId: ACCOUNT,
    region,
    partition: region.startsWith('cn-') ? 'aws-cn' : 'aws',
    policy: { name: String(data['name']), resource: String(data['resource']), data },
    executionId: '00000000-0000-4000-8000-000000000000',
    executionStart: 1700000000.5,
    version: '0.9.47',
    event: null,
    now: new Date('2025-06-15T12:00:00Z'),
    logger: new RecordingLogger(),
    ...(aws ? { aws } : {}),
    cache: new Map(),
    ...over,
  } as ActionContext & { logger: RecordingLogger };
}

export const res = (id: string, extra: Json = {}): Resource => ({
  Id: id,
  InstanceAlias: `alias-${id}`,
  ...extra,
});
export const arn = (id: string, region = REGION) => `arn:aws:connect:${region}:${ACCOUNT}:instance/${id}`;

/**
 * A messaging stand-in for the whole file, reset before each test, with a fresh client factory signing as
 * `accessKeyId` (so tests can tell which credentials sent a request).
 */
export function useMessagingStandin(accessKeyId: string): {
  standin: MessagingStandin;
  factory: () => AwsClientFactory;
} {
  const standin = new MessagingStandin();
  let current: AwsClientFactory | undefined;
  beforeAll(async () => {
    await standin.start();
  });
  afterAll(async () => {
    current?.destroy();
    await standin.stop();
  });
  beforeEach(() => {
    standin.reset();
    current?.destroy();
    current = new AwsClientFactory({
      accountId: ACCOUNT,
      region: REGION,
      credentials: { accessKeyId, secretAccessKey: 'x' },
      env: standin.env(),
      retry: { sleep: async () => {} },
    });
  });
  return { standin, factory: () => current! };
}

/**
 * The AWS stand-in for the whole file, reset before each test (then `setup` runs), with a fresh client
 * factory pointed at it.
 */
export function useAwsStandin(setup: (standin: AwsStandin) => void = () => {}): {
  standin: AwsStandin;
  factory: () => AwsClientFactory;
} {
  const standin = new AwsStandin();
  let current: AwsClientFactory | undefined;
  beforeAll(async () => {
    await standin.start();
  });
  afterAll(async () => {
    current?.destroy();
    await standin.stop();
  });
  beforeEach(() => {
    standin.reset();
    current?.destroy();
    current = makeFactory(standin);
    setup(standin);
  });
  return { standin, factory: () => current! };
}

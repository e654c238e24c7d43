import { describe, expect, it } from '@jest/globals';
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import { invokeLambdaAction, invokeLambdaDefinition, splitBySize } from '../../src/actions/invoke-lambda.js';
import { accountAliasCacheKey } from '../../src/actions/notify.js';
import { c7nDumps } from '../../src/actions/python-json.js';
import { makeCtx, makeFactory, policyData, res, useAwsStandin } from './helpers.js';

const { standin, factory } = useAwsStandin();

describe('invoke-lambda', () => {
  it('async by default: InvocationType Event, the exact indent-0 payload, one record per call', async () => {
    const entry = { type: 'invoke-lambda', function: 'process-resources', vars: { env: 'prod' } };
    const data = policyData([entry]);
    const ctx = makeCtx(factory(), data);
    ctx.cache.set(accountAliasCacheKey('123456789012'), 'prod-alias');
    const result = await invokeLambdaAction.create(entry).run([res('a'), res('b')], ctx);
    const calls = standin.calls('lambda', 'Invoke');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params).toEqual({
      FunctionName: 'process-resources',
      InvocationType: 'Event',
      Payload:
        '{\n"version": "0.9.47",\n"event": null,\n"account_id": "123456789012",\n"account": "prod-alias",\n"region": "us-east-1",\n' +
        '"action": {\n"type": "invoke-lambda",\n"function": "process-resources",\n"vars": {\n"env": "prod"\n}\n},\n' +
        '"policy": {\n"name": "p",\n"resource": "aws.connect-instance",\n"actions": [\n{\n"type": "invoke-lambda",\n"function": "process-resources",\n"vars": {\n"env": "prod"\n}\n}\n]\n},\n' +
        '"resources": [\n{\n"Id": "a",\n"InstanceAlias": "alias-a"\n},\n{\n"Id": "b",\n"InstanceAlias": "alias-b"\n}\n]\n}',
    });
    // Same text as dumping the whole payload at once.
    expect(calls[0]!.params['Payload']).toBe(
      c7nDumps({
        version: '0.9.47',
        event: null,
        account_id: '123456789012',
        account: 'prod-alias',
        region: 'us-east-1',
        action: entry,
        policy: data,
        resources: [res('a'), res('b')],
      }),
    );
    expect(calls[0]!.region).toBe('us-east-1');
    expect(result.output).toEqual([
      {
        ResponseMetadata: { RequestId: expect.any(String), HTTPStatusCode: 202, RetryAttempts: 0 },
        Payload: '',
        StatusCode: 202,
      },
    ]);
    expect(result.detail).toBe('invoked process-resources asynchronously 1 time for 2 instances');
  });

  it('batches by count, sequentially, in resource order; sends Qualifier (c7n crashes on it)', async () => {
    const entry = {
      type: 'invoke-lambda',
      function: 'f',
      batch_size: 2,
      qualifier: 'live',
      region: 'eu-west-1',
    };
    await invokeLambdaAction.create(entry).run(
      ['a', 'b', 'c', 'd', 'e'].map((id) => res(id)),
      makeCtx(factory(), policyData([entry])),
    );
    const calls = standin.calls('lambda', 'Invoke');
    expect(
      calls.map((c) =>
        (JSON.parse(c.params['Payload'] as string) as { resources: { Id: string }[] }).resources.map(
          (r) => r.Id,
        ),
      ),
    ).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(calls.every((c) => c.params['Qualifier'] === 'live' && c.region === 'eu-west-1')).toBe(true);
  });

  it('Extension: splits a batch whose payload would exceed the limit (by bytes, UTF-8)', async () => {
    const big = (id: string) => res(id, { Note: 'é'.repeat(300) });
    const entry = { type: 'invoke-lambda', function: 'f' };
    const def = invokeLambdaDefinition({ lambdaMaxPayloadBytes: { async: 3000 } });
    await def.create(entry).run(['a', 'b', 'c', 'd', 'e'].map(big), makeCtx(factory(), policyData([entry])));
    const payloads = standin.calls('lambda', 'Invoke').map((c) => c.params['Payload'] as string);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.every((p) => Buffer.byteLength(p) <= 3000)).toBe(true);
    expect(
      payloads.flatMap((p) => (JSON.parse(p) as { resources: { Id: string }[] }).resources.map((r) => r.Id)),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Exactly at the limit still fits; one item above it is sent alone.
    expect(splitBySize(['xx', 'yy'], 10, 18)).toEqual([[0, 1]]);
    expect(splitBySize(['xx', 'yy'], 10, 17)).toEqual([[0], [1]]);
    expect(splitBySize(['x'.repeat(50), 'y'], 10, 20)).toEqual([[0], [1]]);
  });

  it('synchronous call with a function error: recorded, not a failure of the action', async () => {
    standin.state.functions['f'] = {
      version: '7',
      handler: () => ({
        functionError: 'Unhandled',
        payload: '{"errorMessage": "boom", "errorType": "Exception"}',
      }),
    };
    const entry = { type: 'invoke-lambda', function: 'f', async: false };
    const ctx = makeCtx(factory(), policyData([entry]));
    const result = await invokeLambdaAction.create(entry).run([res('a')], ctx);
    const call = standin.calls('lambda', 'Invoke')[0]!;
    expect(call.params['InvocationType']).toBeUndefined();
    expect(result.output).toEqual([
      {
        ResponseMetadata: { RequestId: expect.any(String), HTTPStatusCode: 200, RetryAttempts: 0 },
        Payload: '{"errorMessage": "boom", "errorType": "Exception"}',
        StatusCode: 200,
        FunctionError: 'Unhandled',
        ExecutedVersion: '7',
      },
    ]);
    expect(result.failures).toEqual([
      { message: 'function f returned a function error (Unhandled) for 1 instance' },
    ]);
    expect(ctx.logger.lines.some((l) => l.level === 'warning' && /function error/.test(l.message))).toBe(
      true,
    );
  });

  it('assume-role: AssumeRole with the policy credentials, then Invoke with the role, in the env default region', async () => {
    const role = 'arn:aws:iam::210987654321:role/invoker';
    const entry = { type: 'invoke-lambda', function: 'f', 'assume-role': role };
    const def = invokeLambdaDefinition({ env: { AWS_DEFAULT_REGION: 'eu-central-1' } });
    await def.create(entry).run([res('a')], makeCtx(factory(), policyData([entry])));
    const assume = standin.calls('sts', 'AssumeRole');
    expect(assume).toHaveLength(1);
    expect(assume[0]!.params).toEqual({ RoleArn: role, RoleSessionName: 'LambdaAssumedRoleSession' });
    expect(assume[0]!.accessKeyId).toBe('AKIDPOLICY');
    const invoke = standin.calls('lambda', 'Invoke')[0]!;
    expect(invoke.region).toBe('eu-central-1');
    expect(standin.issued.get(invoke.accessKeyId!)?.roleArn).toBe(role);
    expect(invoke.sessionToken).toBe(true);
    // Without the variable: us-east-1 (not the policy region).
    standin.log.length = 0;
    const other = makeFactory(standin, 'ap-southeast-2');
    try {
      await invokeLambdaDefinition({ env: {} })
        .create(entry)
        .run([res('a')], makeCtx(other, policyData([entry])));
    } finally {
      other.destroy();
    }
    expect(standin.calls('lambda', 'Invoke')[0]!.region).toBe('us-east-1');
  });

  it('an SDK error ends the action; earlier batches stay delivered and are named', async () => {
    standin.state.functions['other'] = {};
    standin.addFault({ kind: 'delay', delayMs: 0, service: 'lambda', times: 1 });
    standin.addFault({ kind: 'access-denied', service: 'lambda' });
    const entry = { type: 'invoke-lambda', function: 'other', batch_size: 1 };
    await expect(
      invokeLambdaAction
        .create(entry)
        .run([res('a'), res('b'), res('c')], makeCtx(factory(), policyData([entry]))),
    ).rejects.toThrow(
      /lambda:InvokeFunction in us-east-1 .* for function other was denied.* \(1 instance already delivered\)$/,
    );
    expect(standin.calls('lambda', 'Invoke')).toHaveLength(2);
    standin.faults.length = 0;
    const missing = { type: 'invoke-lambda', function: 'nope' };
    await expect(
      invokeLambdaAction.create(missing).run([res('a')], makeCtx(factory(), policyData([missing]))),
    ).rejects.toThrow(/ResourceNotFoundException/);
  });

  it('the read timeout applies (timeout key, seconds)', async () => {
    standin.addFault({ kind: 'delay', delayMs: 1500, service: 'lambda' });
    const entry = { type: 'invoke-lambda', function: 'f', timeout: 1 };
    const twoTries = new AwsClientFactory({
      accountId: '123456789012',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDPOLICY', secretAccessKey: 'x' },
      env: standin.env(),
      retry: { sleep: async () => {}, maxAttempts: 2 },
    });
    try {
      await expect(
        invokeLambdaAction.create(entry).run([res('a')], makeCtx(twoTries, policyData([entry]))),
      ).rejects.toThrow(/lambda:InvokeFunction .* still failed after retries: TimeoutError/);
    } finally {
      twoTries.destroy();
    }
    expect(standin.calls('lambda', 'Invoke')).toHaveLength(2);
  });
});

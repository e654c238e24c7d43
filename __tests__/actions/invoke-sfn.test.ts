import { describe, expect, it } from '@jest/globals';
import { invokeSfnAction, invokeSfnDefinition, stateMachineArn } from '../../src/actions/invoke-sfn.js';
import { arn, makeCtx, makeFactory, policyData, res, useAwsStandin } from './helpers.js';

const { standin, factory } = useAwsStandin();

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:mysm';

describe('invoke-sfn', () => {
  it('per resource: one StartExecution each, input {policy, resource}, annotated with its execution', async () => {
    const entry = { type: 'invoke-sfn', 'state-machine': 'mysm' };
    const data = policyData([entry], 'ci-sfn');
    const rs = [
      res('a', { 'c7n:InstanceAttribute': { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'false' } } }),
      res('b'),
    ];
    const result = await invokeSfnAction.create(entry).run(rs, makeCtx(factory(), data));
    const calls = standin.calls('states', 'StartExecution');
    expect(calls.map((c) => Object.keys(c.params))).toEqual([
      ['stateMachineArn', 'input'],
      ['stateMachineArn', 'input'],
    ]);
    expect(calls[0]!.params['stateMachineArn']).toBe(MACHINE);
    expect(calls[0]!.params['input']).toBe(
      '{\n"policy": {\n"name": "ci-sfn",\n"resource": "aws.connect-instance",\n"actions": [\n{\n"type": "invoke-sfn",\n"state-machine": "mysm"\n}\n]\n},\n' +
        '"resource": {\n"Id": "a",\n"InstanceAlias": "alias-a",\n"c7n:InstanceAttribute": {\n"Attribute": {\n"AttributeType": "CONTACT_LENS",\n"Value": "false"\n}\n}\n}\n}',
    );
    expect(JSON.parse(calls[1]!.params['input'] as string)).toEqual({ policy: data, resource: res('b') });
    expect(rs.map((r) => r['c7n:execution-arn'])).toEqual(
      standin.state.executions.map((e) => e.executionArn),
    );
    expect(rs[0]!['c7n:execution-arn']).toMatch(
      /^arn:aws:states:us-east-1:123456789012:execution:mysm:[0-9a-f-]{36}$/,
    );
    expect(result.resources).toEqual(['a', 'b']);
  });

  it('bulk: one execution per chunk with ARNs only; each resource gets ITS chunk execution (deviation)', async () => {
    const entry = { type: 'invoke-sfn', 'state-machine': 'mysm', bulk: true, 'batch-size': 2 };
    const data = policyData([entry], 'ci-sfn');
    const rs = [res('8dab73a7-51ab-4610-8c72-359333b63f10'), res('id-2'), res('id-3')];
    await invokeSfnAction.create(entry).run(rs, makeCtx(factory(), data));
    const calls = standin.calls('states', 'StartExecution');
    expect(calls).toHaveLength(2);
    // The worked example of actions.md §11.
    expect(calls[0]!.params['input']).toBe(
      '{\n"policy": {\n"name": "ci-sfn",\n"resource": "aws.connect-instance",\n"actions": [\n{\n"type": "invoke-sfn",\n"state-machine": "mysm",\n"bulk": true,\n"batch-size": 2\n}\n]\n},\n"resources": [\n"arn:aws:connect:us-east-1:123456789012:instance/8dab73a7-51ab-4610-8c72-359333b63f10",\n"arn:aws:connect:us-east-1:123456789012:instance/id-2"\n]\n}',
    );
    expect(JSON.parse(calls[1]!.params['input'] as string)).toEqual({
      policy: data,
      resources: [arn('id-3')],
    });
    const [e1, e2] = standin.state.executions.map((e) => e.executionArn);
    expect(rs.map((r) => r['c7n:execution-arn'])).toEqual([e1, e1, e2]);
  });

  it('policy: false leaves the policy out; a bare name gets the partition of the policy region (deviation)', async () => {
    const entry = { type: 'invoke-sfn', 'state-machine': 'mysm', policy: false };
    const cn = makeFactory(standin, 'cn-north-1');
    try {
      await invokeSfnAction.create(entry).run([res('a')], makeCtx(cn, policyData([entry])));
    } finally {
      cn.destroy();
    }
    const call = standin.calls('states', 'StartExecution')[0]!;
    expect(call.params['stateMachineArn']).toBe(
      'arn:aws-cn:states:cn-north-1:123456789012:stateMachine:mysm',
    );
    expect(call.region).toBe('cn-north-1');
    expect(call.params['input']).toBe('{\n"resource": {\n"Id": "a",\n"InstanceAlias": "alias-a"\n}\n}');
    expect(
      stateMachineArn('arn:aws:states:eu-west-1:1:stateMachine:x', {
        partition: 'aws',
        region: 'us-east-1',
        accountId: '2',
      }),
    ).toBe('arn:aws:states:eu-west-1:1:stateMachine:x');
  });

  it('throttling beyond the SDK retries is absorbed by c7n-retry', async () => {
    const waits: number[] = [];
    const def = invokeSfnDefinition({ sleep: async (ms) => void waits.push(ms) });
    // 5 SDK attempts fail, c7n-retry waits ~1 s, the 6th throttles, the 7th starts the execution.
    standin.addFault({ kind: 'throttle', service: 'states', times: 6 });
    const entry = { type: 'invoke-sfn', 'state-machine': MACHINE };
    await def.create(entry).run([res('a')], makeCtx(factory(), policyData([entry])));
    const calls = standin.calls('states', 'StartExecution');
    expect(calls.map((c) => c.status)).toEqual([400, 400, 400, 400, 400, 400, 200]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(800);
    expect(waits[0]).toBeLessThanOrEqual(1000);
  });

  it('a missing state machine fails the action; executions already started stay annotated', async () => {
    standin.state.stateMachines = [MACHINE];
    const entry = { type: 'invoke-sfn', 'state-machine': 'other' };
    const rs = [res('a')];
    await expect(
      invokeSfnAction.create(entry).run(rs, makeCtx(factory(), policyData([entry]))),
    ).rejects.toThrow(/states:StartExecution in us-east-1 .* failed: StateMachineDoesNotExist/);
    expect(rs[0]!['c7n:execution-arn']).toBeUndefined();
    expect(standin.calls('states', 'StartExecution')).toHaveLength(1);
  });
});

import { describe, expect, it } from '@jest/globals';
import { metricDimensions, metricValue, putMetricAction } from '../../src/actions/put-metric.js';
import { makeCtx, policyData, res, useAwsStandin } from './helpers.js';

const { standin, factory } = useAwsStandin();

const resources = () => [
  res('a', { InstanceStatus: 'ACTIVE', Agents: 3 }),
  res('b', { InstanceStatus: 'ACTIVE' }),
  res('c', { InstanceStatus: 'CREATION_FAILED', Agents: 4 }),
];

describe('put-metric', () => {
  it('sends one PutMetricData with the exact datum (CloudWatch JSON 1.0 wire protocol)', async () => {
    const entry = {
      type: 'put-metric',
      key: 'InstanceStatus',
      namespace: 'Connect/Gate',
      metric_name: 'Instances',
      op: 'distinct_count',
      dimensions: [{ Env: 'prod', Team: 'cx' }, { Policy: 'p' }],
    };
    const before = Date.now();
    const rs = resources();
    const result = await putMetricAction.create(entry).run(rs, makeCtx(factory(), policyData([entry])));
    const calls = standin.calls('monitoring', 'PutMetricData');
    expect(calls).toHaveLength(1);
    const params = calls[0]!.params as { Namespace: string; MetricData: Record<string, unknown>[] };
    const ts = params.MetricData[0]!['Timestamp'] as number;
    expect(ts * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(ts * 1000).toBeLessThanOrEqual(Date.now() + 1000);
    expect(params).toEqual({
      Namespace: 'Connect/Gate',
      MetricData: [
        {
          MetricName: 'Instances',
          Dimensions: [
            { Name: 'Env', Value: 'prod' },
            { Name: 'Team', Value: 'cx' },
            { Name: 'Policy', Value: 'p' },
          ],
          Timestamp: ts,
          Value: 2,
          Unit: 'Count',
        },
      ],
    });
    expect(calls[0]!.region).toBe('us-east-1');
    expect(calls[0]!.accessKeyId).toBe('AKIDPOLICY');
    // c7n returns the resource list: it becomes action-putmetric.
    expect(result.output).toEqual(rs);
    expect(result.resources).toEqual(['a', 'b', 'c']);
  });

  it('count drops null/missing values; sum and average; units', async () => {
    const entry = {
      type: 'put-metric',
      key: 'Agents',
      namespace: 'N',
      metric_name: 'M',
      op: 'average',
      units: 'None',
    };
    await putMetricAction.create(entry).run(resources(), makeCtx(factory(), policyData([entry])));
    const datum = (
      standin.calls('monitoring', 'PutMetricData')[0]!.params['MetricData'] as Record<string, unknown>[]
    )[0]!;
    expect(datum['Value']).toBe(3.5);
    expect(datum['Unit']).toBe('None');
    expect(datum['Dimensions']).toEqual([]);
    expect(
      metricValue(
        [3, null, 4].filter((v) => v !== null),
        'count',
      ),
    ).toBe(2);
    expect(metricValue([1, true, false, 2.5], 'sum')).toBe(4.5);
    expect(metricValue([], 'average')).toBe(0);
    expect(metricValue([1, 1.0, true, 'x'], 'distinct_count')).toBe(2);
    expect(() => metricValue(['x'], 'sum')).toThrow(/cannot sum a str/);
    expect(metricDimensions(undefined)).toEqual([]);
  });

  it('a throttled PutMetricData is retried by the SDK client and then succeeds', async () => {
    standin.addFault({ kind: 'throttle', service: 'monitoring', operation: 'PutMetricData', times: 2 });
    const entry = { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' };
    const result = await putMetricAction
      .create(entry)
      .run(resources(), makeCtx(factory(), policyData([entry])));
    const calls = standin.calls('monitoring', 'PutMetricData');
    expect(calls.map((c) => c.status)).toEqual([400, 400, 200]);
    expect(calls.map((c) => c.params)).toEqual([calls[0]!.params, calls[0]!.params, calls[0]!.params]);
    expect(standin.state.metrics).toHaveLength(1);
    expect(standin.state.metrics[0]).toMatchObject({ Namespace: 'N', MetricName: 'M', Value: 3 });
    expect(result.detail).toBe('published N/M = 3 Count (count of Id)');
  });

  it('fails the action on AccessDenied (query-compatible code) and on a bad key', async () => {
    standin.addFault({ kind: 'access-denied', service: 'monitoring' });
    const entry = { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' };
    await expect(
      putMetricAction.create(entry).run(resources(), makeCtx(factory(), policyData([entry]))),
    ).rejects.toThrow(/cloudwatch:PutMetricData in us-east-1 .* was denied: AccessDenied/);
    expect(standin.calls('monitoring', 'PutMetricData')).toHaveLength(1);
    const bad = { ...entry, key: 'a-b' };
    await expect(
      putMetricAction.create(bad).run(resources(), makeCtx(factory(), policyData([bad]))),
    ).rejects.toThrow(/put-metric: bad `key`/);
    const strings = { ...entry, op: 'sum', key: 'InstanceStatus' };
    await expect(
      putMetricAction.create(strings).run(resources(), makeCtx(factory(), policyData([strings]))),
    ).rejects.toThrow(/cannot sum/);
    expect(standin.calls('monitoring', 'PutMetricData')).toHaveLength(1);
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  attributeValue,
  setAttributesAction,
  setAttributesDefinition,
} from '../../src/actions/set-attributes.js';
import { instanceAttributeFilter } from '../../src/filters/instance-attribute.js';
import { evalContextOf } from '../../src/actions/common.js';
import { ConfigurationError, PolicyRuntimeError } from '../../src/errors.js';
import { makeCtx, policyData, res, useAwsStandin } from './helpers.js';

const { standin, factory } = useAwsStandin((standin) => {
  standin.state.instances['us-east-1'] = [res('a'), res('b'), res('c')];
  standin.state.attributes = { a: { CONTACT_LENS: 'false' }, b: { CONTACT_LENS: 'true' }, c: {} };
});

const entry = { type: 'set-attributes', attribute_type: 'CONTACT_LENS', value: 'true' };

describe('set-attributes', () => {
  it('reads first, updates only instances whose value differs, with the exact request', async () => {
    const ctx = makeCtx(factory(), policyData([entry]));
    const result = await setAttributesAction.create(entry).run([res('a'), res('b'), res('c')], ctx);
    expect(result.resources).toEqual(['a', 'c']);
    expect(result.detail).toBe('set CONTACT_LENS to "true" on 2 instances (1 already had it)');
    expect(standin.calls('connect', 'DescribeInstanceAttribute').map((c) => c.params)).toEqual([
      { InstanceId: 'a', AttributeType: 'CONTACT_LENS' },
      { InstanceId: 'b', AttributeType: 'CONTACT_LENS' },
      { InstanceId: 'c', AttributeType: 'CONTACT_LENS' },
    ]);
    const updates = standin.calls('connect', 'UpdateInstanceAttribute');
    expect(updates.map((c) => ({ ...c.params, ClientToken: typeof c.params['ClientToken'] }))).toEqual([
      { InstanceId: 'a', AttributeType: 'CONTACT_LENS', Value: 'true', ClientToken: 'string' },
      { InstanceId: 'c', AttributeType: 'CONTACT_LENS', Value: 'true', ClientToken: 'string' },
    ]);
    expect(updates.every((c) => c.region === 'us-east-1' && c.accessKeyId === 'AKIDPOLICY')).toBe(true);
    expect(standin.state.attributes['a']).toEqual({ CONTACT_LENS: 'true' });
    expect(result.output).toBeUndefined();
  });

  it('is idempotent: a second run (new run, new memo) makes no UpdateInstanceAttribute call', async () => {
    await setAttributesAction
      .create(entry)
      .run([res('a'), res('b')], makeCtx(factory(), policyData([entry])));
    expect(standin.calls('connect', 'UpdateInstanceAttribute')).toHaveLength(1);
    standin.log.length = 0;
    const second = await setAttributesAction
      .create(entry)
      .run([res('a'), res('b')], makeCtx(factory(), policyData([entry])));
    expect(second.resources).toEqual([]);
    expect(second.detail).toBe('set CONTACT_LENS to "true" on 0 instances (2 already had it)');
    expect(standin.calls('connect', 'UpdateInstanceAttribute')).toHaveLength(0);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(2);
  });

  it('shares the filter memo, and the memo never hides an update made earlier in the run', async () => {
    const ctx = makeCtx(factory(), policyData([entry]));
    // The policy filtered on the attribute: the action needs no extra read.
    const filter = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'false' },
      () => {
        throw new Error('no children');
      },
    );
    const matched = await filter.process([res('a'), res('b'), res('c')], evalContextOf(ctx));
    expect(matched.map((r) => r['Id'])).toEqual(['a', 'c']);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(3);
    await setAttributesAction.create(entry).run(matched, ctx);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(3);
    expect(standin.calls('connect', 'UpdateInstanceAttribute')).toHaveLength(2);

    // A later policy of the same run sees the new value without a call: it no longer matches.
    const later = await filter.process([res('a'), res('b'), res('c')], evalContextOf(ctx));
    expect(later).toEqual([]);
    // ... and setting the attribute back is not skipped because of a stale memo.
    const off = { ...entry, value: 'false' };
    const back = await setAttributesAction.create(off).run([res('a')], ctx);
    expect(back.resources).toEqual(['a']);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(3);
    expect(standin.state.attributes['a']).toEqual({ CONTACT_LENS: 'false' });
  });

  it('Extension: booleans and numbers become strings; off, they are rejected at build time', async () => {
    expect(attributeValue(true, true)).toBe('true');
    expect(attributeValue(false, true)).toBe('false');
    expect(attributeValue(30, true)).toBe('30');
    expect(attributeValue('TRUE', true)).toBe('TRUE');
    expect(() => attributeValue(null, true)).toThrow(ConfigurationError);
    expect(() => attributeValue({ a: 1 }, true)).toThrow(ConfigurationError);
    expect(() =>
      setAttributesDefinition({ convertAttributeValues: false }).create({ ...entry, value: true }),
    ).toThrow(/must be a string/);
    const yamlTrue = { ...entry, value: true };
    await setAttributesAction.create(yamlTrue).run([res('a')], makeCtx(factory(), policyData([yamlTrue])));
    expect(standin.calls('connect', 'UpdateInstanceAttribute')[0]?.params['Value']).toBe('true');
  });

  it('sends attribute_type as written (not upper-cased, unlike the filter)', async () => {
    const lower = { ...entry, attribute_type: 'contact_lens' };
    await setAttributesAction.create(lower).run([res('a')], makeCtx(factory(), policyData([lower])));
    expect(standin.calls('connect', 'UpdateInstanceAttribute')[0]?.params['AttributeType']).toBe(
      'contact_lens',
    );
  });

  it('the first failure aborts the action; instances already updated stay updated and are named', async () => {
    standin.addFault({ kind: 'access-denied', operation: 'UpdateInstanceAttribute', times: 1 });
    standin.state.attributes = {};
    const ctx = makeCtx(factory(), policyData([entry]));
    // First update denied.
    await expect(setAttributesAction.create(entry).run([res('a'), res('b')], ctx)).rejects.toThrow(
      /connect:UpdateInstanceAttribute in us-east-1 \(account 123456789012\) for instance a, CONTACT_LENS was denied.*Grant connect:UpdateInstanceAttribute/,
    );
    expect(standin.calls('connect', 'UpdateInstanceAttribute')).toHaveLength(1);
    // Second instance denied after the first went through.
    standin.log.length = 0;
    standin.state.attributes = {};
    standin.faults.length = 0;
    // The first update goes through (a zero delay uses up the first match), every later one is denied.
    standin.addFault({ kind: 'delay', delayMs: 0, operation: 'UpdateInstanceAttribute', times: 1 });
    standin.addFault({ kind: 'access-denied', operation: 'UpdateInstanceAttribute' });
    const err = await setAttributesAction
      .create(entry)
      .run([res('a'), res('b'), res('c')], makeCtx(factory(), policyData([entry])))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyRuntimeError);
    expect((err as Error).message).toMatch(
      /for instance b, CONTACT_LENS was denied.*\(already updated: a\)$/,
    );
    expect(standin.state.attributes['a']).toEqual({ CONTACT_LENS: 'true' });
    expect(standin.calls('connect', 'UpdateInstanceAttribute').map((c) => c.params['InstanceId'])).toEqual([
      'a',
      'b',
    ]);
  });

  it('a read that fails (throttled past every retry) fails the action before any update', async () => {
    standin.addFault({ kind: 'throttle', operation: 'DescribeInstanceAttribute' });
    await expect(
      setAttributesAction.create(entry).run([res('a')], makeCtx(factory(), policyData([entry]))),
    ).rejects.toThrow(/connect:DescribeInstanceAttribute .* still failed after retries/);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(5);
    expect(standin.calls('connect', 'UpdateInstanceAttribute')).toHaveLength(0);
  });

  it('needs AWS access; describe() makes no call', () => {
    const action = setAttributesAction.create(entry);
    expect(action.describe([res('a'), res('b')], makeCtx(undefined, policyData([entry])))).toBe(
      'would set CONTACT_LENS to "true" on 2 instances where it differs',
    );
    expect(standin.log).toHaveLength(0);
    expect(setAttributesAction.permissions(entry)).toEqual([
      'connect:UpdateInstanceAttribute',
      'connect:DescribeInstanceAttribute',
    ]);
  });
});

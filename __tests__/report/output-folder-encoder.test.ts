/**
 * resources.json is written by a faster path than pythonJson (shared text for resources repeated across
 * policies and for nested values seen before, bytes written straight into reused buffers). Its bytes
 * must be exactly pythonJson's, on the bench snapshot and on every value kind the encoder treats apart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/gate.js';
import type { Resource } from '../../src/filters/types.js';
import { PyFloat, pythonJson, writeOutputFolder } from '../../src/report/output-folder.js';
import { readSnapshotFile } from '../../src/resources/snapshot.js';
import { ACCOUNT, REGION, instance, policyRun, runResult } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cpg-encoder-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes one policy per list and returns each resources.json as written. */
async function written(lists: readonly (readonly Resource[])[], name: string): Promise<string[]> {
  const run = runResult({
    policies: lists.map((resources, i) => policyRun(`p${i}`, { resources: [...resources] })),
  });
  const dir = join(tmp, name);
  const out = await writeOutputFolder(run, { outputDir: dir, gate: evaluateGate(run) });
  expect(out.errors).toEqual([]);
  return lists.map((_, i) => readFileSync(join(dir, ACCOUNT, REGION, `p${i}`, 'resources.json'), 'latin1'));
}

/** What policies of one run hand out: shallow copies of shared listed objects, annotated per policy. */
function asPolicies(listed: readonly Resource[], count: number): Resource[][] {
  const lists: Resource[][] = [];
  for (let p = 0; p < count; p++) {
    const list: Resource[] = [];
    listed.forEach((r, i) => {
      if ((i + p) % 3 === 0) return;
      const copy: Resource = Object.assign({}, r);
      copy['c7n:MatchedFilters'] = [`filter-${p}`, 'InstanceStatus'];
      if (p % 2 === 1)
        copy['c7n:InstanceAttribute'] = { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'true' } };
      // A policy whose filter replaced a nested list (list-item's private copies).
      if (p === 3 && Array.isArray(r['Tags'])) copy['Tags'] = (r['Tags'] as object[]).map((t) => ({ ...t }));
      list.push(copy);
    });
    lists.push(list);
  }
  return lists;
}

describe('resources.json encoder', () => {
  it('writes the bench snapshot byte for byte as pythonJson', async () => {
    const listed = await readSnapshotFile(join(process.cwd(), 'test/fixtures/bench/resources-10000.json.gz'));
    const lists = asPolicies(listed.slice(0, 3000), 5);
    const texts = await written(lists, 'bench');
    texts.forEach((text, i) => expect(text).toBe(pythonJson(lists[i])));
  });

  it('writes every special value as pythonJson does', async () => {
    const shared = { Nested: [{ Key: 'é', Value: '😀' }], Empty: {}, None: [] };
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, {
      a: 1,
      ключ: 'значение',
    });
    const withToJson = { toJSON: () => 'replaced', kept: 1 };
    class Custom {
      x = 1;
    }
    const special: Resource[] = [
      instance(1, {
        Shared: shared,
        Floats: [0.5, 1e-5, 0.0001, 1e-7, 123.456, 1e21, 2 ** 60, -0, NaN, Infinity, -Infinity],
      }),
      instance(2, {
        Shared: shared,
        Big: 2n ** 64n,
        When: [new Date('2022-06-27T15:58:08.5Z'), new Date(Number.NaN), new Date(0)],
        Py: new PyFloat(1700000000),
        Bytes: new Uint8Array([104, 105]),
        Set: new Set(['a', 'b']),
        Map: new Map<unknown, unknown>([
          [2, 'two'],
          [1, { one: true }],
        ]),
        Text: 'quote " backslash \\ newline \n tab \t nul \u0000 del \u007f lone \ud800 é 😀',
        kéy: 'non-ASCII key',
        Skipped: undefined,
        Fn: () => 1,
        Holes: [1, undefined, () => 2, , 3], // eslint-disable-line no-sparse-arrays
        NullProto: nullProto,
        ToJson: withToJson,
        Custom: new Custom(),
        Deep: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) as unknown,
        Mixed: { inner: [{ when: new Date(86_400_000), n: 1e-9 }] },
      }),
      { 'c7n:first': 1, Id: 'annotation first', Shared: shared },
      { Only: undefined },
      {},
      Object.assign(Object.create(null) as Resource, { Id: 'null prototype resource', Shared: shared }),
    ];
    const lists = [special, special.map((r) => Object.assign({}, r)), [...special].reverse(), []];
    const texts = await written(lists, 'special');
    texts.forEach((text, i) => expect(text).toBe(pythonJson(lists[i])));
    expect(texts[3]).toBe('[]');
    expect(texts[0]).toContain('"Floats": [\n      0.5,\n      1e-05,\n      0.0001,\n      1e-07,');
    expect(texts[0]).toContain(
      '"Text": "quote \\" backslash \\\\ newline \\n tab \\t nul \\u0000 del \\u007f lone \\ud800 \\u00e9 \\ud83d\\ude00"',
    );
  });

  it('reuses the text of shared leading values only where it is the same text', async () => {
    const shared = { Deep: { List: [1, 'two', null] } };
    const listed: Resource[] = [1, 2, 3].map((n) =>
      instance(n, { Tags: [{ Key: 'Env', Value: `e${n}` }], Shared: shared, Last: 'x' }),
    );
    const variants: ((r: Resource) => Resource)[] = [
      (r) => ({ ...r }),
      // The first key's value replaced, so the resource lands in another bucket.
      (r) => ({ ...r, Id: `${String(r['Id'])}-copy` }),
      // A middle value replaced by a copy (list-item), then by nothing, then by a scalar.
      (r) => ({ ...r, Tags: (r['Tags'] as object[]).map((t) => ({ ...t })) }),
      (r) => ({ ...r, Tags: undefined }),
      (r) => ({ ...r, Tags: 'none' }),
      // The leading value left out: the next key then opens the mapping.
      (r) => ({ ...r, Id: undefined }),
      // The same values in another order.
      (r) => {
        const { Last, ...rest } = r;
        return { Last, ...rest };
      },
      (r) => ({ ...r, Shared: { ...shared } }),
      (r) => ({ ...r }),
    ];
    const lists = variants.map((f) =>
      listed.map((r) => Object.assign(f(r), { 'c7n:MatchedFilters': ['Tags'] })),
    );
    // And in the other order: copies first, the shared values after them.
    const reversed = [...lists].reverse();
    const texts = await written([...lists, ...reversed], 'reuse');
    [...lists, ...reversed].forEach((list, i) => expect(texts[i]).toBe(pythonJson(list)));
  });

  it('leaves no partial resources.json when a resource cannot be written halfway through the file', async () => {
    const listed = await readSnapshotFile(join(process.cwd(), 'test/fixtures/bench/resources-10000.json.gz'));
    const cyclic: Resource = { ...listed[0]! };
    cyclic['c7n:Self'] = { back: cyclic };
    // Well past the first piece handed to the disk (1 MiB), so the file exists when the cycle is met.
    const run = runResult({
      policies: [policyRun('big', { resources: [...listed.slice(0, 2000), cyclic] }), policyRun('ok')],
    });
    const dir = join(tmp, 'partial');
    const out = await writeOutputFolder(run, { outputDir: dir, gate: evaluateGate(run) });
    expect(out.errors).toEqual([
      { path: join(dir, ACCOUNT, REGION, 'big', 'resources.json'), message: 'Circular reference detected' },
    ]);
    expect(existsSync(join(dir, ACCOUNT, REGION, 'big', 'resources.json'))).toBe(false);
    expect(readFileSync(join(dir, ACCOUNT, REGION, 'ok', 'resources.json'), 'latin1')).toBe('[]');
  });
});

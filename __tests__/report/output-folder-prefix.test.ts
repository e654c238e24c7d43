/**
 * resources.json reuses the text of a resource's leading keys by identity (a shared list of keys, a chain
 * of variants per first value, leading `c7n` mappings such as c7n:InstanceAttribute). These pin its bytes:
 * the tricky values against text checked with Python's json.dumps(indent=2) (and the encoder before these
 * changes), the bookkeeping against pythonJson on inputs that overflow its bounds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/gate.js';
import type { Resource } from '../../src/filters/types.js';
import { PyFloat, pythonJson, writeOutputFolder } from '../../src/report/output-folder.js';
import { ACCOUNT, REGION, policyRun, runResult } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cpg-prefix-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

interface Written {
  readonly texts: (string | undefined)[];
  readonly errors: readonly { readonly path: string; readonly message: string }[];
  readonly dir: string;
}

/** Writes one policy per list; each resources.json as written (undefined when there is none). */
async function write(lists: readonly (readonly Resource[])[], name: string): Promise<Written> {
  const run = runResult({
    policies: lists.map((resources, i) => policyRun(`p${i}`, { resources: [...resources] })),
  });
  const dir = join(tmp, name);
  const out = await writeOutputFolder(run, { outputDir: dir, gate: evaluateGate(run) });
  const texts = lists.map((_, i) => {
    const path = join(dir, ACCOUNT, REGION, `p${i}`, 'resources.json');
    return existsSync(path) ? readFileSync(path, 'latin1') : undefined;
  });
  return { texts, errors: out.errors, dir };
}

/** A resource holding every value the encoder treats apart, shared values included. */
function tricky(): Resource {
  const shared = { Deep: [{ 'k\u00e9y': ['\ud83d\ude00'] }], Empty: [] };
  const proto = JSON.parse('{"__proto__": {"a": [], "b": {}}, "x\\"y\\\\z\\u0001": 1}') as unknown;
  return {
    Id: 'i-\u00e9\u4e2d\ud83d\ude00',
    Text: 'ctl \u0000\u0001\u0008\u000b\u001f tab\t nl\n cr\r ff\f q" bs\\ del \u007f nbsp \u00a0 ls \u2028 ps \u2029 lone \ud800 low \udc00 end \uffff',
    Numbers: [
      1,
      -1,
      -0,
      0.5,
      0.1,
      1e-4,
      1e-5,
      123456.789,
      1e16,
      1e21,
      -1e22,
      2 ** 53 + 2,
      1.5e300,
      5e-324,
      NaN,
      Infinity,
      -Infinity,
    ],
    Py: [new PyFloat(1), new PyFloat(-0), new PyFloat(1e21), new PyFloat(1e16), new PyFloat(0.1)],
    Big: 2n ** 70n,
    When: new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 7)),
    Nested: { a: [[], {}, [[]], [{}], { b: { c: [] } }] },
    Shared: shared,
    'Again \u00e9': shared,
    Proto: proto,
    Deep: JSON.parse(`${'['.repeat(36)}"bottom"${']'.repeat(36)}`) as unknown,
    'c7n:InstanceAttribute': { Attribute: { Value: 'caf\u00e9', Shared: shared } },
    'c7n:MatchedFilters': ['Text', 'Numbers'],
  };
}

/**
 * tricky() at level 1 as json.dumps([...], indent=2) writes it (Python 3, the same values: ints for JS
 * integers, PyFloat as floats, the date as its isoformat()).
 */
const TRICKY = [
  '{',
  '    "Id": "i-\\u00e9\\u4e2d\\ud83d\\ude00",',
  '    "Text": "ctl \\u0000\\u0001\\b\\u000b\\u001f tab\\t nl\\n cr\\r ff\\f q\\" bs\\\\ del \\u007f nbsp \\u00a0 ls \\u2028 ps \\u2029 lone \\ud800 low \\udc00 end \\uffff",',
  '    "Numbers": [',
  '      1,',
  '      -1,',
  '      0,',
  '      0.5,',
  '      0.1,',
  '      0.0001,',
  '      1e-05,',
  '      123456.789,',
  '      10000000000000000,',
  '      1000000000000000000000,',
  '      -10000000000000000000000,',
  '      9007199254740994,',
  '      1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240,',
  '      5e-324,',
  '      NaN,',
  '      Infinity,',
  '      -Infinity',
  '    ],',
  '    "Py": [',
  '      1.0,',
  '      -0.0,',
  '      1e+21,',
  '      1e+16,',
  '      0.1',
  '    ],',
  '    "Big": 1180591620717411303424,',
  '    "When": "2024-02-29T23:59:58.007000+00:00",',
  '    "Nested": {',
  '      "a": [',
  '        [],',
  '        {},',
  '        [',
  '          []',
  '        ],',
  '        [',
  '          {}',
  '        ],',
  '        {',
  '          "b": {',
  '            "c": []',
  '          }',
  '        }',
  '      ]',
  '    },',
  '    "Shared": {',
  '      "Deep": [',
  '        {',
  '          "k\\u00e9y": [',
  '            "\\ud83d\\ude00"',
  '          ]',
  '        }',
  '      ],',
  '      "Empty": []',
  '    },',
  '    "Again \\u00e9": {',
  '      "Deep": [',
  '        {',
  '          "k\\u00e9y": [',
  '            "\\ud83d\\ude00"',
  '          ]',
  '        }',
  '      ],',
  '      "Empty": []',
  '    },',
  '    "Proto": {',
  '      "__proto__": {',
  '        "a": [],',
  '        "b": {}',
  '      },',
  '      "x\\"y\\\\z\\u0001": 1',
  '    },',
  '    "Deep": [',
  '      [',
  '        [',
  '          [',
  '            [',
  '              [',
  '                [',
  '                  [',
  '                    [',
  '                      [',
  '                        [',
  '                          [',
  '                            [',
  '                              [',
  '                                [',
  '                                  [',
  '                                    [',
  '                                      [',
  '                                        [',
  '                                          [',
  '                                            [',
  '                                              [',
  '                                                [',
  '                                                  [',
  '                                                    [',
  '                                                      [',
  '                                                        [',
  '                                                          [',
  '                                                            [',
  '                                                              [',
  '                                                                [',
  '                                                                  [',
  '                                                                    [',
  '                                                                      [',
  '                                                                        [',
  '                                                                          [',
  '                                                                            "bottom"',
  '                                                                          ]',
  '                                                                        ]',
  '                                                                      ]',
  '                                                                    ]',
  '                                                                  ]',
  '                                                                ]',
  '                                                              ]',
  '                                                            ]',
  '                                                          ]',
  '                                                        ]',
  '                                                      ]',
  '                                                    ]',
  '                                                  ]',
  '                                                ]',
  '                                              ]',
  '                                            ]',
  '                                          ]',
  '                                        ]',
  '                                      ]',
  '                                    ]',
  '                                  ]',
  '                                ]',
  '                              ]',
  '                            ]',
  '                          ]',
  '                        ]',
  '                      ]',
  '                    ]',
  '                  ]',
  '                ]',
  '              ]',
  '            ]',
  '          ]',
  '        ]',
  '      ]',
  '    ],',
  '    "c7n:InstanceAttribute": {',
  '      "Attribute": {',
  '        "Value": "caf\\u00e9",',
  '        "Shared": {',
  '          "Deep": [',
  '            {',
  '              "k\\u00e9y": [',
  '                "\\ud83d\\ude00"',
  '              ]',
  '            }',
  '          ],',
  '          "Empty": []',
  '        }',
  '      }',
  '    },',
  '    "c7n:MatchedFilters": [',
  '      "Text",',
  '      "Numbers"',
  '    ]',
  '  }',
].join('\n');

const listOf = (...resources: string[]): string => `[\n  ${resources.join(',\n  ')}\n]`;

describe('resources.json prefixes', () => {
  it('writes tricky values byte for byte as Python, first seen and reused', async () => {
    const r = tricky();
    const fresh = tricky();
    const lists: Resource[][] = [
      [r, { ...r }],
      // Another policy's copies: new annotations, then a c7n mapping equal but not identical.
      [{ ...r, 'c7n:MatchedFilters': ['Text', 'Numbers'] }],
      [{ ...r, 'c7n:InstanceAttribute': fresh['c7n:InstanceAttribute'] }, { ...r }],
      // Copies of nested values (list-item's): written anew, the same bytes.
      [{ ...r, Nested: fresh['Nested'], Shared: fresh['Shared'] }, r],
    ];
    const { texts, errors } = await write(lists, 'tricky');
    expect(errors).toEqual([]);
    expect(texts[0]).toBe(listOf(TRICKY, TRICKY));
    expect(texts[1]).toBe(listOf(TRICKY));
    expect(texts[2]).toBe(listOf(TRICKY, TRICKY));
    expect(texts[3]).toBe(listOf(TRICKY, TRICKY));
    texts.forEach((text, i) => expect(text).toBe(pythonJson(lists[i])));
  });

  it('writes leading c7n mappings, per-policy annotations and odd key orders as pythonJson', async () => {
    const attribute = { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'true' } };
    const listed: Resource[] = [1, 2, 3].map((n) => ({
      Id: `i-${n}`,
      Tags: [{ Key: 'Env', Value: `e${n}` }],
      'c7n:InstanceAttribute': attribute,
    }));
    const policies: ((r: Resource) => Resource)[] = [
      (r) => ({ ...r, 'c7n:MatchedFilters': ['Tags'] }),
      // A mapping annotation made per policy, one per resource.
      (r) => ({ ...r, 'c7n:InstanceAttribute': { ...attribute }, 'c7n:MatchedFilters': ['Tags'] }),
      // A list annotation before the mapping: the leading keys stop there.
      (r) => ({ Id: r['Id'], 'c7n:ListItemMatches': ['Tags[0]'], ...r }),
      // A mapping annotation first, then plain keys.
      (r) => ({ 'c7n:Before': { n: 1 }, ...r }),
      // The same key holding a list, a scalar, nothing.
      (r) => ({ ...r, 'c7n:InstanceAttribute': ['listed'] }),
      (r) => ({ ...r, 'c7n:InstanceAttribute': 'text' }),
      (r) => ({ ...r, 'c7n:InstanceAttribute': undefined }),
      (r) => ({ ...r }),
    ];
    const lists = [...policies, ...[...policies].reverse()].map((f) => listed.map(f));
    const { texts, errors } = await write(lists, 'annotations');
    expect(errors).toEqual([]);
    texts.forEach((text, i) => expect(text).toBe(pythonJson(lists[i])));
  });

  it('writes past its bounds (key lists, variants of one resource) as pythonJson', async () => {
    // More distinct lists of leading keys than are shared (64), each resource in several policies.
    const listed: Resource[] = Array.from({ length: 80 }, (_, n) => ({
      Id: `i-${n}`,
      [`Key${n}`]: n,
      Tags: [{ Key: 'n', Value: String(n) }],
    }));
    // More variants of one resource than are kept (4): list-item style copies, other values.
    const first = listed[0] as Resource;
    const variants: Resource[] = Array.from({ length: 7 }, (_, v) => ({
      ...first,
      Tags: v % 2 === 0 ? first['Tags'] : [{ Key: 'n', Value: `copy ${v}` }],
      Extra: v,
    }));
    const lists = [listed, [...listed].reverse(), variants, variants.map((r) => ({ ...r })), listed];
    const { texts, errors } = await write(lists, 'bounds');
    expect(errors).toEqual([]);
    texts.forEach((text, i) => expect(text).toBe(pythonJson(lists[i])));
  });

  it('fails on a circular reference in a leading c7n mapping, and goes on right with the next file', async () => {
    const shared = { Key: 'Env', Value: 'prod' };
    const ok: Resource = { Id: 'i-1', Tags: [shared], 'c7n:InstanceAttribute': { Attribute: shared } };
    const attribute: Record<string, unknown> = { Value: 'x' };
    const cyclic: Resource = { ...ok, 'c7n:InstanceAttribute': { Attribute: attribute } };
    attribute['back'] = cyclic;
    const tag: Record<string, unknown> = { Key: 'self' };
    const inPlainKey: Resource = { ...ok, Tags: [tag] };
    tag['Value'] = inPlainKey['Tags'];
    const lists = [
      [ok],
      [ok, cyclic],
      [{ ...ok }, inPlainKey],
      [{ ...ok }, { ...cyclic, Id: 'i-2' }],
      [ok, { ...ok }],
    ];
    const { texts, errors, dir } = await write(lists, 'circular');
    const failed = (i: number): { path: string; message: string } => ({
      path: join(dir, ACCOUNT, REGION, `p${i}`, 'resources.json'),
      message: 'Circular reference detected',
    });
    expect(errors).toEqual([failed(1), failed(2), failed(3)]);
    expect(texts.slice(1, 4)).toEqual([undefined, undefined, undefined]);
    expect(texts[0]).toBe(pythonJson(lists[0]));
    expect(texts[4]).toBe(pythonJson(lists[4]));
    expect(() => pythonJson(lists[1])).toThrow('Circular reference detected');
    expect(() => pythonJson(lists[2])).toThrow('Circular reference detected');
  });
});

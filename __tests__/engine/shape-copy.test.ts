import { describe, expect, it } from '@jest/globals';
import { ShapeCopier } from '../../src/engine/shape-copy.js';
import { copyResource } from '../../src/filters/blocks.js';
import type { Resource } from '../../src/filters/types.js';

// The copies made by shape must be the copies copyResource makes: same keys in the same order, same
// values (shared, not cloned), same prototype, for every shape, the unusual ones included.

function same(copy: Resource, expected: Resource): void {
  expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(expected));
  expect(Object.keys(copy)).toEqual(Object.keys(expected));
  for (const k of Object.keys(expected)) expect(copy[k]).toBe(expected[k]);
}

describe('ShapeCopier', () => {
  it('copies as copyResource does, shape after shape', () => {
    const nested = { deep: [1, 2] };
    const inherited = Object.create({ inherited: 'yes' }) as Resource;
    inherited.own = 1;
    const resources: Resource[] = [
      { Id: 'a', Arn: 'x', Tags: nested },
      { Id: 'b', Arn: 'y', Tags: [] },
      { Arn: 'z', Id: 'c' }, // the same keys in another order: another shape
      { Id: 'd', Arn: 'w', Tags: null, Extra: undefined },
      JSON.parse('{"Id": "e", "__proto__": {"polluted": true}, "x": 1}') as Resource,
      { 2: 'two', Id: 'f', 1: 'one' },
      { 'a b': 1, 'c"d': 2, 'e\\u2028': 3, '': 4 },
      inherited,
      { Id: 'g', Arn: 'v', Tags: nested },
    ];
    const copier = new ShapeCopier();
    for (let round = 0; round < 3; round++)
      for (const r of resources) {
        const copy = copier.copy(r);
        expect(copy).not.toBe(r);
        same(copy, copyResource(r));
      }
  });

  it('keeps copying exactly past the shapes it learns', () => {
    const copier = new ShapeCopier();
    for (let n = 0; n < 40; n++) {
      const r: Resource = {};
      for (let k = 0; k <= n % 20; k++) r[`k${(k * 7 + n) % 23}`] = k;
      same(copier.copy(r), copyResource(r));
      same(copier.copy(r), copyResource(r));
    }
  });
});

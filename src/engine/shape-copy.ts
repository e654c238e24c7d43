/**
 * Shallow copies of listed resources by their shape (the sequence of their keys), for the output objects.
 *
 * Making a policy's output objects is mostly copying listed resources (tens of thousands per run), and
 * Object.assign copies key by key through the generic path. Resources of one listing have few shapes
 * (the same API fields in the same order), so each shape gets a function of its own that copies with one
 * object literal: V8 allocates it with the shape's hidden class at once. The copy is the one
 * copyResource makes (same keys, same order, same values); anything unusual (an own `__proto__` key,
 * integer-like keys, keys the prototype adds, many shapes, no code generation) is left to copyResource.
 */
import { copyResource } from '../filters/blocks.js';
import type { Resource } from '../filters/types.js';

/** Shapes learned per listing; past this many, further shapes are copied by copyResource. */
const MAX_SHAPES = 16;
/** Keys an object literal keeps in the order written (not integer-like, not `__proto__`). */
const ORDINARY_KEY = /^(?!__proto__$)(?!(0|[1-9][0-9]*)$)[\s\S]*$/;

interface Shape {
  readonly keys: readonly string[];
  readonly copy: (r: Resource) => Resource;
}

export class ShapeCopier {
  private readonly shapes: Shape[] = [];
  private full = false;

  /** A shallow copy of `r` (as copyResource makes it). */
  copy(r: Resource): Resource {
    const shapes = this.shapes;
    outer: for (let s = 0; s < shapes.length; s++) {
      const shape = shapes[s] as Shape;
      const keys = shape.keys;
      let j = 0;
      for (const k in r) {
        if (keys[j] !== k) continue outer;
        j++;
      }
      if (j === keys.length) return shape.copy(r);
    }
    if (!this.full) this.learn(r);
    return copyResource(r);
  }

  /** Makes the copier of r's shape, when it has an ordinary one. */
  private learn(r: Resource): void {
    const keys = Object.keys(r);
    let enumerated = 0;
    for (const k in r) if (keys[enumerated++] !== k) return; // (the prototype adds enumerable keys)
    if (enumerated !== keys.length || !keys.every((k) => ORDINARY_KEY.test(k))) return;
    let copy: (r: Resource) => Resource;
    try {
      // Only the keys enter the source, each as a JSON string literal.
      const body = keys.map((k) => `${JSON.stringify(k)}: r[${JSON.stringify(k)}]`).join(', ');
      copy = new Function('r', `return { ${body} };`) as (r: Resource) => Resource;
    } catch {
      this.full = true; // code generation turned off: copyResource from now on
      return;
    }
    this.shapes.push({ keys, copy });
    if (this.shapes.length >= MAX_SHAPES) this.full = true;
  }
}

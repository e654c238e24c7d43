/** makeDirectory (src/make-directory.ts): mkdir -p that ends, also where Node's recursive mkdir spins. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirectory } from '../src/make-directory.js';

const dir = mkdtempSync(join(tmpdir(), 'cpg-mkdir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirectory', () => {
  it('makes every missing level, and is content with a directory already there', () => {
    const deep = join(dir, 'a', 'b', 'c');
    makeDirectory(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDirectory(deep);
    makeDirectory(join(dir, 'a'));
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('refuses a file in the way, naming it', () => {
    const file = join(dir, 'file');
    writeFileSync(file, '');
    expect(() => makeDirectory(join(file, 'x', 'y'))).toThrow(
      `ENOTDIR: not a directory, mkdir '${join(file, 'x', 'y')}'`,
    );
    expect(() => makeDirectory(file)).toThrow(`ENOTDIR: ${file} exists and is not a directory`);
  });

  // Under /proc (where Node's recursive mkdir spins) it is tested through the CLI and the action, in child
  // processes with a timeout: here, a regression would hang the test worker itself.
});

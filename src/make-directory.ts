/**
 * `mkdir -p`, without Node's `{ recursive: true }`, which never returns for a path under /proc or /sys on Linux
 * (Node 18 to 22: the kernel answers ENOENT for a child that cannot exist there, Node's walk takes that for a
 * missing parent, finds the parent there, and tries again, forever at 100% CPU; a CI job would hang until its
 * timeout). Here each missing level is made once, deepest existing one first, and an ENOENT once the parent
 * exists is final. Synchronous: a few directories per run, and one version to get right.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const codeOf = (err: unknown): unknown => (err as NodeJS.ErrnoException | undefined)?.code;

/** What is in the way, said plainly (mkdir's EEXIST would say "file already exists"). */
function notADirectory(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: ${target} exists and is not a directory`), {
    code: 'ENOTDIR',
    syscall: 'mkdir',
    path: target,
  });
}

/** Creates `path` and its missing parents; a directory already there is fine, anything else there is not. */
export function makeDirectory(path: string): void {
  const target = resolve(path);
  try {
    mkdirSync(target);
    return;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'EEXIST') {
      if (statSync(target).isDirectory()) return;
      throw notADirectory(target);
    }
    const parent = dirname(target);
    if (code !== 'ENOENT' || parent === target) throw err;
    makeDirectory(parent);
  }
  // The parent exists now, so this answer is the last (EEXIST: made meanwhile by someone else).
  try {
    mkdirSync(target);
  } catch (err) {
    if (codeOf(err) !== 'EEXIST') throw err;
    if (!statSync(target).isDirectory()) throw notADirectory(target);
  }
}

// Builds the two committed bundles with @vercel/ncc: the action (dist/index.js) and the CLI (dist/cli.js).
// CI rebuilds them and fails when anything differs, so the output must be deterministic.
//
// Layout: the AWS SDK is loaded with dynamic import() only when a call is made, so ncc splits each bundle
// into an entry file plus chunks (`<id>.index.js`) that the entry loads from its own folder. The two
// bundles normally emit the very same chunks, so both entries go to one folder, dist/bundle/ (action.js,
// cli.js and the chunks once). Should a chunk of one name ever differ between them, each bundle gets a
// folder of its own instead (dist/action/, dist/cli/). dist/index.js and dist/cli.js are one-line entry
// files that import their bundle.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// tsc compiles once (fast, ESM as written); ncc then only bundles JavaScript.
const entries = [
  { source: 'build/index.js', folder: 'action', output: 'index.js' },
  { source: 'build/cli.js', folder: 'cli', output: 'cli.js', executable: true },
];
// What ncc may emit: the entry, its package.json ({type: module}) and numbered chunks; anything else
// (assets, native modules) would need placing too, so it stops the build.
const CHUNK = /^\d+\.index\.js$/;

rmSync(path.join(root, 'build'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const built = entries.map((entry) => {
  const out = mkdtempSync(path.join(tmpdir(), 'cpg-ncc-'));
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  const files = readdirSync(out).sort();
  const extra = files.filter((f) => !['index.js', 'package.json'].includes(f) && !CHUNK.test(f));
  if (extra.length) throw new Error(`ncc emitted unexpected files for ${entry.source}: ${extra.join(', ')}`);
  return { entry, out, chunks: files.filter((f) => CHUNK.test(f)) };
});
// One shared folder when no chunk name stands for two different contents.
const [first, second] = built;
const shared = first.chunks.every(
  (f) =>
    !second.chunks.includes(f) ||
    readFileSync(path.join(first.out, f)).equals(readFileSync(path.join(second.out, f))),
);
for (const { entry, out, chunks } of built) {
  // The entry loads its chunks as import("./<id>.index.js"): they stay next to it.
  const folder = path.join(root, 'dist', shared ? 'bundle' : entry.folder);
  const main = shared ? `${entry.folder}.js` : 'index.js';
  mkdirSync(folder, { recursive: true });
  for (const [from, to] of [['index.js', main], ...chunks.map((f) => [f, f])]) {
    copyFileSync(path.join(out, from), path.join(folder, to));
    chmodSync(path.join(folder, to), 0o644);
  }
  const target = path.join(root, 'dist', entry.output);
  const shebang = entry.executable ? '#!/usr/bin/env node\n' : '';
  writeFileSync(
    target,
    `${shebang}import './${path.relative(path.join(root, 'dist'), path.join(folder, main))}';\n`,
  );
  chmodSync(target, entry.executable ? 0o755 : 0o644);
  rmSync(out, { recursive: true, force: true });
}
// Bundles are ES modules: tell Node so regardless of where dist/ is copied.
writeFileSync(path.join(root, 'dist', 'package.json'), '{ "type": "module" }\n');

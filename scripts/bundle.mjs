// Builds the two committed bundles with @vercel/ncc: the action (dist/index.js) and the CLI (dist/cli.js).
// CI rebuilds them and fails when anything differs, so the output must be deterministic.
//
// Layout: the AWS SDK is loaded with dynamic import() only when a call is made, so ncc splits each bundle
// into an entry file plus chunks (`<id>.index.js`) that the entry loads from its own folder. Both entries
// would emit chunks of the same names, so each bundle lives in its own folder (dist/action/, dist/cli/) and
// dist/index.js and dist/cli.js are one-line entry files that import it.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
for (const entry of entries) {
  const out = mkdtempSync(path.join(tmpdir(), 'cpg-ncc-'));
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  const files = readdirSync(out).sort();
  const extra = files.filter((f) => !['index.js', 'package.json'].includes(f) && !CHUNK.test(f));
  if (extra.length) throw new Error(`ncc emitted unexpected files for ${entry.source}: ${extra.join(', ')}`);
  // The entry loads its chunks as import("./<id>.index.js"): they stay next to it.
  const folder = path.join(root, 'dist', entry.folder);
  mkdirSync(folder, { recursive: true });
  for (const f of files.filter((f) => f === 'index.js' || CHUNK.test(f))) {
    copyFileSync(path.join(out, f), path.join(folder, f));
    chmodSync(path.join(folder, f), 0o644);
  }
  const target = path.join(root, 'dist', entry.output);
  const shebang = entry.executable ? '#!/usr/bin/env node\n' : '';
  writeFileSync(target, `${shebang}import './${entry.folder}/index.js';\n`);
  chmodSync(target, entry.executable ? 0o755 : 0o644);
  rmSync(out, { recursive: true, force: true });
}
// Bundles are ES modules: tell Node so regardless of where dist/ is copied.
writeFileSync(path.join(root, 'dist', 'package.json'), '{ "type": "module" }\n');

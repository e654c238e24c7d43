// Builds the two committed bundles with @vercel/ncc: dist/index.js (the action) and dist/cli.js (the CLI).
// CI rebuilds them and fails when anything differs, so the output must be deterministic.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// tsc compiles once (fast, ESM as written); ncc then only bundles JavaScript.
const entries = [
  { source: 'build/index.js', output: 'index.js' },
  { source: 'build/cli.js', output: 'cli.js', executable: true },
];

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
  const files = readdirSync(out);
  const extra = files.filter((f) => !['index.js', 'package.json'].includes(f));
  if (extra.length) throw new Error(`ncc emitted unexpected files for ${entry.source}: ${extra.join(', ')}`);
  let code = readFileSync(path.join(out, 'index.js'), 'utf8');
  if (entry.executable && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
  const target = path.join(root, 'dist', entry.output);
  cpSync(path.join(out, 'index.js'), target);
  writeFileSync(target, code);
  if (entry.executable) chmodSync(target, 0o755);
  rmSync(out, { recursive: true, force: true });
}
// Bundles are ES modules: tell Node so regardless of where dist/ is copied.
writeFileSync(path.join(root, 'dist', 'package.json'), '{ "type": "module" }\n');

// `npm run generate`: writes src/policy/schema-validators.generated.ts, the policy schemas compiled ahead of
// time by ajv (see src/policy/schema-codegen.ts), from the tsc build of src/policy/schema.ts. Run it after
// changing a schema; a test fails while the committed file is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const { validatorsModuleSource } = await import(
  pathToFileURL(path.join(root, 'build', 'policy', 'schema-codegen.js')).href
);
const target = path.join(root, 'src', 'policy', 'schema-validators.generated.ts');
writeFileSync(target, validatorsModuleSource());
console.log(`wrote ${path.relative(root, target)}`);

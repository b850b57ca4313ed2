// Bundles the CLI and the action entry points into self-contained ESM files in dist/.
// Deterministic: same sources + same lockfile => same bytes (CI checks dist/ is fresh).
import { build } from 'esbuild';
import { chmodSync, writeFileSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
const entries = {
  cli: 'src/cli/main.ts',
  index: 'src/action/build.ts',
  push: 'src/action/push.ts',
  merge: 'src/action/merge.ts',
};
// CJS dependencies inside an ESM bundle need require/__dirname (var: some bundled modules declare them too).
const banner = [
  "import { createRequire as __ociCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ociFileURLToPath } from 'node:url';",
  "import { dirname as __ociDirname } from 'node:path';",
  'var require = __ociCreateRequire(import.meta.url);',
  'var __filename = __ociFileURLToPath(import.meta.url);',
  'var __dirname = __ociDirname(__filename);',
].join('\n');

const { existsSync } = await import('node:fs');
const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(src)));
await build({
  entryPoints: present,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  // Optional XML plug-ins of @cyclonedx/cyclonedx-library, required inside try/catch: we only write JSON.
  external: ['xmlbuilder2', 'libxmljs2'],
});
// dist/ stays ESM even when copied away from the repository's package.json.
writeFileSync(`${outdir}/package.json`, '{ "type": "module" }\n');
if (present.cli) {
  // esbuild keeps the shebang of the entry file; make the CLI runnable directly.
  chmodSync(`${outdir}/cli.js`, 0o755);
}

// Bundles the CLI and the action entry points into dist/: one ESM file per entry point and the
// code they share in dist/chunks/ (each dependency once), plus dist/licenses.txt with the
// licence notices of every package that ends up in the bundle, and dist/tar-worker.js and
// dist/walk-helper.js: the modules of the tar thread and of the walk's helper, started by file URL
// (src/layer/worker-script.ts), each bundled on its own so that starting the thread loads one small
// file and no shared chunk.
// Deterministic: same sources + same lockfile => same bytes (CI checks dist/ is fresh).
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaValidatorsSource } from './schema-validators.mjs';

const outdir = process.argv[2] ?? 'dist';
// dist/<name>.js <- source. An entry whose source is not there (yet) is skipped.
const entries = {
  cli: 'src/cli/main.ts',
  index: 'src/action/build.ts',
  push: 'src/action/push.ts',
  merge: 'src/action/merge.ts',
  copy: 'src/action/copy.ts',
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

// The schemas' validators compiled now, in place of the module that compiles them at run time.
const validatorsSource = await schemaValidatorsSource();
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]validate[\\/]schema-validators\.ts$/ }, () => ({ contents: validatorsSource, loader: 'js', resolveDir: process.cwd() }));
  },
};

const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(src)));

// Chunk names carry content hashes: drop the previous build's files so none goes stale.
rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
if (existsSync(outdir)) for (const n of readdirSync(outdir)) if (n.endsWith('.js')) rmSync(path.join(outdir, n));

const { metafile } = await build({
  entryPoints: present,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  legalComments: 'none', // the full notices are in licenses.txt
  logLevel: 'warning',
  banner: { js: banner },
  // Optional XML plug-ins of @cyclonedx/cyclonedx-library, required inside try/catch: we only write JSON.
  external: ['xmlbuilder2', 'libxmljs2'],
  plugins: [precompiledValidators],
});
// Node built-ins only: no banner, no chunks.
await build({
  entryPoints: { 'tar-worker': 'src/layer/tar-worker.ts', 'walk-helper': 'src/layer/walk-helper.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
// dist/ stays ESM even when copied away from the repository's package.json.
writeFileSync(`${outdir}/package.json`, '{ "type": "module" }\n');
if (present.cli) {
  // esbuild keeps the shebang of the entry file; make the CLI runnable directly.
  chmodSync(`${outdir}/cli.js`, 0o755);
}
writeFileSync(`${outdir}/licenses.txt`, licenses(metafile));

/** The packages whose code is in the output (not merely imported and shaken out), with their notices. */
function licenses(meta) {
  const dirs = new Set();
  for (const out of Object.values(meta.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
      const at = file.lastIndexOf('node_modules/');
      if (at < 0 || bytesInOutput === 0) continue;
      const rest = file.slice(at + 'node_modules/'.length).split('/');
      dirs.add(file.slice(0, at + 'node_modules/'.length) + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/'));
    }
  }
  const rule = '='.repeat(78);
  const sections = [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const declared = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
      const files = readdirSync(dir)
        .filter((n) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(n))
        .sort();
      const texts = files.map((n) => readFileSync(path.join(dir, n), 'utf8').replace(/\r\n/g, '\n').trimEnd());
      const body = texts.length ? texts.join('\n\n') : `(the package ships no licence file; its package.json declares ${declared})`;
      return { id: `${pkg.name}@${pkg.version}`, text: `${rule}\n${pkg.name} ${pkg.version} (${declared})\n${rule}\n${body}\n` };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = sections.filter((s, i) => i === 0 || s.id !== sections[i - 1].id);
  return `oci-bundle's dist/ contains code from the packages below; their licence notices follow.\n\n${unique.map((s) => s.text).join('\n')}`;
}

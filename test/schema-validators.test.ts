// The bundle's validators are compiled at bundle time (scripts/schema-validators.mjs), the sources'
// at run time (src/validate/schema-validators.ts): the same schemas and options, so on every
// document they must give the same verdict and the same errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';

const digest = 'sha256:' + 'a'.repeat(64);
const desc = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size: 10 };
const config = {
  created: '2024-01-01T00:00:00Z',
  architecture: 'amd64',
  os: 'linux',
  config: { Env: ['A=b'], ExposedPorts: { '80/tcp': {} }, Labels: { a: 'b' }, User: null },
  rootfs: { type: 'layers', diff_ids: [digest] },
  history: [{ created: '2024-01-01T00:00:00Z', created_by: 'x', empty_layer: false }],
};
const manifest = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { ...desc, mediaType: 'application/vnd.oci.image.config.v1+json' }, layers: [desc], annotations: { a: 'b' } };
const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ ...desc, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } }] };

/** [schema, document]: valid ones, and each kind of error once or more. */
const CASES: Array<[string, unknown]> = [
  ['ociLayout', { imageLayoutVersion: '1.0.0' }],
  ['ociLayout', { imageLayoutVersion: '2.0.0' }],
  ['ociLayout', []],
  ['imageConfig', config],
  ['imageConfig', { ...config, architecture: '', os: 7, created: 'yesterday' }],
  ['imageConfig', { ...config, config: { ExposedPorts: { eighty: {} }, Env: ['novalue'] } }],
  ['imageConfig', { ...config, rootfs: { type: 'tar', diff_ids: ['md5:x', digest.toUpperCase()] } }],
  ['imageConfig', { rootfs: null }],
  ['ociManifest', manifest],
  ['ociManifest', { ...manifest, schemaVersion: 1, layers: [{ ...desc, size: -1 }, { ...desc, size: 2 ** 60 }, { ...desc, digest: 'sha256:' + 'g'.repeat(64) }] }],
  ['ociManifest', { ...manifest, config: { ...desc, mediaType: 'not a type', urls: ['no scheme'], data: '***' }, annotations: { a: 1 } }],
  ['ociManifest', { ...manifest, mediaType: 'application/vnd.oci.image.index.v1+json', subject: { digest } }],
  ['ociIndex', index],
  ['ociIndex', { ...index, manifests: [{ ...desc, platform: { os: '', architecture: 3, 'os.features': [1] } }] }],
  ['ociIndex', { schemaVersion: '2', manifests: {} }],
  ['dockerManifest', { ...manifest, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' }],
  ['dockerManifest', { schemaVersion: 2, config: desc }],
  ['dockerManifestList', { schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', manifests: [desc] }], // no platform
  ['descriptor', { ...desc, artifactType: 'application/vnd.example+json' }],
  ['descriptor', { digest: 'sha512:' + 'b'.repeat(127), size: 1.5, mediaType: '' }],
  ['descriptor', null],
];

test('bundle-time and run-time validators agree on every document', () => {
  const work = mkdtempSync(path.join(ROOT, 'build', 'schema-validators-'));
  try {
    writeFileSync(path.join(work, 'cases.json'), JSON.stringify(CASES));
    // In a child process: the generator bundles TypeScript with esbuild and imports the result.
    const script = `
      import { build } from 'esbuild';
      import { readFileSync, writeFileSync } from 'node:fs';
      import { schemaValidatorsSource } from '${ROOT}/scripts/schema-validators.mjs';
      const dir = ${JSON.stringify(work)};
      writeFileSync(dir + '/pre.mjs', "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\\n" + await schemaValidatorsSource());
      await build({ entryPoints: ['${ROOT}/src/validate/schema-validators.ts'], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: dir + '/run.mjs', logLevel: 'warning' });
      const pre = await import(dir + '/pre.mjs');
      const run = await import(dir + '/run.mjs');
      const out = JSON.parse(readFileSync(dir + '/cases.json', 'utf8')).map(([name, doc]) => [pre, run].map((m) => {
        const v = m.validatorOf(name);
        return { valid: v(doc), errors: v.errors ?? null };
      }));
      process.stdout.write(JSON.stringify(out));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<[{ valid: boolean; errors: unknown }, { valid: boolean; errors: unknown }]>;
    expect(results).toHaveLength(CASES.length);
    for (const [i, [pre, run]] of results.entries()) expect({ case: i, ...pre }).toEqual({ case: i, ...run });
    // Not a vacuous agreement: the valid documents pass, the others fail with errors.
    const verdicts = results.map(([pre]) => pre.valid);
    expect(verdicts).toEqual([true, false, false, true, false, false, false, false, true, false, false, false, true, false, false, true, false, false, true, false, false]);
    for (const [pre] of results) if (!pre.valid) expect((pre.errors as unknown[]).length).toBeGreaterThan(0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

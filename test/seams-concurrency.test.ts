// Issue 12.2: many builds into one layout, sharing one cache, at the same time. Every ref is kept,
// every build validates its own image, and the peers accept the result.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, linkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCliAsync } from './helpers/cli-async.js';
import { tmpDir } from './helpers/fixtures.js';

const work = tmpDir();

function context(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
  // the same dependency layer for every build: they race to create the same blob
  writeFileSync(path.join(dir, 'node_modules', 'dep', 'index.js'), 'module.exports = 42;\n');
  writeFileSync(path.join(dir, 'index.html'), `<h1>${name}</h1>\n`);
  return dir;
}

test('8 builds with different tags and 2 with the same tag into one layout and one cache', async () => {
  const out = path.join(work, 'layout');
  const cache = path.join(work, 'cache');
  const jobs = [
    ...Array.from({ length: 8 }, (_, i) => ({ name: `app-${i}`, tag: `reg.example/app:t${i}` })),
    { name: 'shared-a', tag: 'reg.example/app:shared' },
    { name: 'shared-b', tag: 'reg.example/app:shared' },
  ];
  const results = await Promise.all(
    jobs.map((j) => runCliAsync(['build', context(j.name), '--output', out, '--cache-dir', cache, '--tag', j.tag, '--layer', 'node_modules/**', '--source-date-epoch', '1700000000', '--json'])),
  );
  for (const r of results) {
    if (r.status !== 0) throw new Error(`a build failed (${r.status}): ${r.stderr}`);
  }
  const digests = results.map((r) => (JSON.parse(r.stdout) as { digest: string }).digest);
  expect(new Set(digests).size).toBe(10);

  const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; annotations: Record<string, string> }> };
  const refs = new Map(index.manifests.map((m) => [m.annotations['org.opencontainers.image.ref.name'], m.digest]));
  expect(index.manifests).toHaveLength(9);
  for (let i = 0; i < 8; i++) expect(refs.get(`t${i}`)).toBe(digests[i]);
  expect([digests[8], digests[9]]).toContain(refs.get('shared'));

  // nothing of the sessions is left behind: no temp files, no lock
  expect(readdirSync(out).sort()).toEqual(['blobs', 'index.json', 'oci-layout']);
  // This oci-image-tool implements only `--type image` and finds an image only in an index.json
  // listing one platform once: each entry is checked through a view naming it alone.
  for (const m of index.manifests) {
    const view = path.join(work, `view-${m.annotations['org.opencontainers.image.ref.name']}`);
    mkdirSync(view);
    copyFileSync(path.join(out, 'oci-layout'), path.join(view, 'oci-layout'));
    writeFileSync(path.join(view, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [m] }));
    mkdirSync(path.join(view, 'blobs', 'sha256'), { recursive: true });
    for (const b of readdirSync(path.join(out, 'blobs', 'sha256'))) linkSync(path.join(out, 'blobs', 'sha256', b), path.join(view, 'blobs', 'sha256', b));
    execFileSync('oci-image-tool', ['validate', '--type', 'image', '--ref', `name=${m.annotations['org.opencontainers.image.ref.name']}`, view], { stdio: 'pipe' });
  }
  for (const ref of ['shared', 't0', 't7']) {
    const bundle = path.join(work, `bundle-${ref}`);
    execFileSync('umoci', ['unpack', '--image', `${out}:${ref}`, bundle], { stdio: 'pipe' });
    expect(existsSync(path.join(bundle, 'rootfs', 'app', 'node_modules', 'dep', 'index.js'))).toBe(true);
  }
  expect(readFileSync(path.join(work, 'bundle-t7', 'rootfs', 'app', 'index.html'), 'utf8')).toBe('<h1>app-7</h1>\n');
}, 180_000);

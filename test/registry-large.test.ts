// A 1 GiB layer goes up in chunks streamed from disk: the CLI's peak memory stays small.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TEST_CLI } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { startRegistry, type RunningRegistry } from './helpers/registry.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const GiB = 1024 * 1024 * 1024;
const work = tmpDir('oci-bundle-large-');
let registry: RunningRegistry;
let img: TestImage;
let layer: { digest: string; size: number };

beforeAll(async () => {
  registry = await startRegistry();
  // 1 GiB of incompressible-looking bytes: one random MiB, each copy with its index stamped in
  const file = path.join(work, 'layer.bin');
  const block = randomBytes(1024 * 1024);
  const hash = createHash('sha256');
  const fd = openSync(file, 'w');
  for (let i = 0; i < 1024; i++) {
    block.writeUInt32BE(i, 0);
    writeSync(fd, block);
    hash.update(block);
  }
  closeSync(fd);
  layer = { digest: 'sha256:' + hash.digest('hex'), size: GiB };
  img = await makeImage(path.join(work, 'img'), { refName: 'big', layers: [{ file, ...layer }] });
  rmSync(file); // the layout holds a hard link (or a copy) now
}, 120000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a 1 GiB layer pushes with bounded memory', async () => {
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB %M', process.execPath, TEST_CLI, 'push', img.dir, `${registry.host}/large/app:v1`, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_CONFIG: work, OCI_BUNDLE_DEBUG: '' },
  });
  const seconds = (Date.now() - started) / 1000;
  expect(r.stderr).not.toMatch(/error/);
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out).toMatchObject({ digest: img.digest, pushed: 2 });
  const rssMiB = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)![1]) / 1024;
  process.stderr.write(`1 GiB push: ${seconds.toFixed(1)} s, peak RSS ${rssMiB.toFixed(0)} MiB\n`);
  expect(rssMiB).toBeLessThan(200);
  // in 16 MiB chunks, with progress on stderr
  expect(r.stderr).toMatch(/256\.0 MiB of 1\.00 GiB/);
  const head = await fetch(`${registry.url}/v2/large/app/blobs/${layer.digest}`, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(Number(head.headers.get('content-length'))).toBe(GiB);
  const m = await fetch(`${registry.url}/v2/large/app/manifests/v1`, { method: 'HEAD', headers: { accept: img.mediaType } });
  expect(m.headers.get('docker-content-digest')).toBe(img.digest);
}, 120000);

// Validating a ~500 MB layout streams: the CLI's peak RSS (measured by /usr/bin/time) stays far
// below the layout size, and a byte flipped deep inside the layer is still found (the whole blob
// is hashed, not a prefix).
import { spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TEST_CLI } from './helpers/cli.js';
import { tmpDir } from './helpers/fixtures.js';
import { tarHeader, writeBlob, writeIndex, OCI } from './helpers/validate-layouts.js';

const SIZE = 500 * 1024 * 1024;
const MiB = 1024 * 1024;
const work = tmpDir('oci-bundle-validate-big-');
const layout = path.join(work, 'layout');
let layerFile = '';
let layerDigest = '';

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a plain-tar layer with one file of SIZE random bytes, hashing as it goes. */
function writeBigLayer(): { digest: string; size: number } {
  mkdirSync(path.join(layout, 'blobs', 'sha256'), { recursive: true });
  const tmp = path.join(layout, 'blobs', 'sha256', 'tmp');
  const fd = openSync(tmp, 'w');
  const h = createHash('sha256');
  const put = (b: Buffer) => {
    writeSync(fd, b);
    h.update(b);
  };
  put(tarHeader({ name: 'big.bin' }, SIZE));
  const chunk = Buffer.alloc(8 * MiB);
  for (let done = 0; done < SIZE; done += chunk.length) put(randomFillSync(chunk).subarray(0, Math.min(chunk.length, SIZE - done)));
  put(Buffer.alloc(1024));
  closeSync(fd);
  const digest = `sha256:${h.digest('hex')}`;
  renameSync(tmp, path.join(layout, 'blobs', 'sha256', digest.slice(7)));
  return { digest, size: statSync(path.join(layout, 'blobs', 'sha256', digest.slice(7))).size };
}

/** Runs the CLI under /usr/bin/time; returns exit status, peak RSS in KiB and wall seconds. */
function measuredValidate(): { status: number; rssKiB: number; seconds: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %M %e', process.execPath, TEST_CLI, 'validate', layout], { encoding: 'utf8', maxBuffer: 16 * MiB });
  const m = /TIME (\d+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`no measurement from /usr/bin/time: ${r.stderr}`);
  return { status: r.status ?? -1, rssKiB: Number(m[1]), seconds: Number(m[2]), stdout: r.stdout };
}

beforeAll(() => {
  expect(existsSync('/usr/bin/time')).toBe(true);
  const layer = writeBigLayer();
  layerFile = path.join(layout, 'blobs', 'sha256', layer.digest.slice(7));
  layerDigest = layer.digest;
  const config = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] } };
  const c = writeBlob(layout, JSON.stringify(config));
  const manifest = { schemaVersion: 2, mediaType: OCI.manifest, config: { mediaType: OCI.config, ...c }, layers: [{ mediaType: OCI.tar, ...layer }] };
  const m = writeBlob(layout, JSON.stringify(manifest));
  writeIndex(layout, [{ mediaType: OCI.manifest, ...m }]);
  writeFileSync(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  expect(statSync(layerFile).size).toBeGreaterThan(SIZE);
}, 60000);

test('a ~500 MB layout validates with a peak RSS far below its size', () => {
  const r = measuredValidate();
  expect(r.stdout).toMatch(/valid \(1 manifest, 1 config, 1 layer, 3 blobs hashed \(500\.\d MiB\)\)/);
  expect(r.status).toBe(0);
  process.stdout.write(`validate 500 MiB: peak RSS ${(r.rssKiB / 1024).toFixed(1)} MiB, ${r.seconds} s\n`);
  expect(r.rssKiB).toBeLessThan(200 * 1024);
}, 60000);

test('a byte flipped 400 MB into the layer is found (the whole stream is hashed)', () => {
  const at = 400 * MiB;
  const fd = openSync(layerFile, 'r+');
  const b = Buffer.alloc(1);
  readSync(fd, b, 0, 1, at);
  b[0] ^= 0xff;
  writeSync(fd, b, 0, 1, at);
  closeSync(fd);
  const r = measuredValidate();
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(`error: index.json → manifests[0] → layers[0]: the content of blob ${layerDigest} hashes to sha256:`);
  expect(r.stdout).toMatch(/error: index\.json → manifests\[0\] → config → rootfs → diff_ids\[0\]: diff_id is sha256:\w+ but layers\[0\] uncompressed hashes to sha256:\w+ \[config-diff-id\]/);
  expect(r.rssKiB).toBeLessThan(200 * 1024);
}, 60000);

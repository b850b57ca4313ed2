// Hostile layouts and archives for `validate` (issue 13): each crafts the input, runs the real
// CLI under /usr/bin/time, and asserts the outcome within a stated time and memory bound.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { tmpDir } from './helpers/fixtures.js';
import { END, fileEntry, header, measuredCli, report } from './helpers/hostile.js';
import { OCI, blobFile, rawTar, simpleLayout, writeBlob, writeIndex } from './helpers/validate-layouts.js';

const work = tmpDir('oci-bundle-validate-bounded-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function problemsOf(stdout: string): Array<{ severity: string; rule: string; message: string }> {
  return JSON.parse(stdout) as Array<{ severity: string; rule: string; message: string }>;
}

function layoutFile(dir: string): void {
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
}

describe('JSON documents: size and depth capped before any walk', () => {
  test('a 320 KB index.json nested 40,000 deep (with a duplicate key at every level): refused within 10 s and 256 MiB', () => {
    const dir = path.join(work, 'deep');
    layoutFile(dir);
    const depth = 40_000;
    // {"manifests":[],"x":{"a":1,"a":{"a":1,"a":{...}}}} and an array chain after it
    const doc = `{"schemaVersion":2,"manifests":[],"x":${'{"a":1,"a":'.repeat(depth)}1${'}'.repeat(depth)},"y":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(doc.length).toBeGreaterThan(320_000);
    writeFileSync(path.join(dir, 'index.json'), doc);
    const r = measuredCli(['validate', dir, '--json'], 60);
    report('validate, index.json nested 40,000 deep', r);
    expect(r.status).toBe(1);
    const p = problemsOf(r.stdout).find((x) => x.rule === 'layout-index');
    expect(p?.message).toMatch(/nests objects and arrays more than 64 levels deep/);
    expect(r.seconds).toBeLessThan(10);
    expect(r.rssMiB).toBeLessThan(256);
  }, 90000);

  test('README promise: a document over 8 MiB is refused unread (the one cap of every document read)', () => {
    const dir = path.join(work, 'big-index');
    layoutFile(dir);
    writeFileSync(path.join(dir, 'index.json'), '{"schemaVersion":2,"manifests":[]}' + ' '.repeat(8 * 1024 * 1024));
    const r = measuredCli(['validate', dir, '--json'], 60);
    expect(r.status).toBe(1);
    const p = problemsOf(r.stdout).find((x) => x.rule === 'layout-index');
    expect(p?.message).toMatch(/index\.json is more than 8(\.0+)? MiB/);
    expect(r.rssMiB).toBeLessThan(256);
  }, 90000);

  test('duplicate keys are reported at most 25 times per document, linearly', () => {
    const dir = path.join(work, 'dups');
    layoutFile(dir);
    const doc = `{"schemaVersion":2,"manifests":[],"x":{${Array.from({ length: 100_000 }, () => '"k":1').join(',')}}}`;
    writeFileSync(path.join(dir, 'index.json'), doc);
    const r = measuredCli(['validate', dir, '--json'], 60);
    report('validate, 100,000 duplicate keys', r);
    const dups = problemsOf(r.stdout).filter((x) => x.rule === 'json-duplicate-key');
    expect(dups).toHaveLength(25);
    expect(r.seconds).toBeLessThan(10);
    expect(r.rssMiB).toBeLessThan(256);
  }, 90000);
});

test('20,000 layers each with an unresolved hard link: linear in the stack, within 40 s and 320 MiB', () => {
  const dir = path.join(work, 'links');
  layoutFile(dir);
  const layers: Array<{ mediaType: string; digest: string; size: number }> = [];
  const diffIds: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const tar = Buffer.concat([header({ name: `f${i}` }), header({ name: `l${i}`, type: '1', linkname: `missing${i}` }), END]);
    const b = writeBlob(dir, tar);
    layers.push({ mediaType: OCI.tar, ...b });
    diffIds.push(b.digest);
  }
  const config = writeBlob(dir, JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } }));
  const manifest = writeBlob(dir, JSON.stringify({ schemaVersion: 2, mediaType: OCI.manifest, config: { mediaType: OCI.config, ...config }, layers }));
  writeIndex(dir, [{ mediaType: OCI.manifest, ...manifest }]);
  const r = measuredCli(['validate', dir, '--json'], 120);
  report('validate, 20,000 layers with unresolved hard links', r);
  expect(r.status).toBe(1);
  const missing = problemsOf(r.stdout).filter((x) => x.rule === 'layer-hardlink-target');
  // one per layer, capped by the report's per-rule limit
  expect(missing.length).toBeGreaterThan(0);
  // Quadratic before: these 20,000 layers took 85 s. Linear: ~13 s alone, up to ~20 s while the
  // rest of the suite runs beside it; 40 s leaves room for load and still fails the quadratic check.
  expect(r.seconds).toBeLessThan(40);
  // what each layer's check keeps (its paths, for the links of the layers above): ~5 KiB a layer here
  expect(r.rssMiB).toBeLessThan(320);
}, 300000);

test('a layer blob that is a symlink to /dev/zero is reported, never read', () => {
  const dir = path.join(work, 'devzero');
  const img = simpleLayout(dir, { layers: [{ tar: rawTar([{ name: 'f', content: 'x' }]) }] });
  const blob = blobFile(dir, img.layers[0]);
  unlinkSync(blob);
  symlinkSync('/dev/zero', blob);
  const r = measuredCli(['validate', dir, '--json'], 30);
  expect(r.timedOut).toBe(false);
  expect(r.status).toBe(1);
  const p = problemsOf(r.stdout).find((x) => x.rule === 'blob-missing');
  expect(p?.message).toMatch(/is a symbolic link/);
  expect(r.seconds).toBeLessThan(10);
}, 60000);

test('a 1 MB gzip\'d oci-archive expanding to 1 GiB is read in place: nothing written to the temp folder, within 60 s and 256 MiB', async () => {
  const archive = path.join(work, 'bomb.tar.gz');
  const gz = zlib.createGzip({ level: 9 });
  const out = createWriteStream(archive);
  gz.pipe(out);
  const put = async (b: Buffer) => {
    if (!gz.write(b)) await once(gz, 'drain');
  };
  // A real image, then a 1 GiB member of zeros nobody references.
  const img = path.join(work, 'bomb-src');
  const written = simpleLayout(img, { layers: [{ tar: rawTar([{ name: 'f', content: 'x' }]) }] });
  await put(fileEntry('oci-layout', '{"imageLayoutVersion":"1.0.0"}'));
  await put(fileEntry('index.json', readFileSync(path.join(img, 'index.json'))));
  for (const d of [written.manifest.digest, written.config, ...written.layers]) {
    await put(fileEntry(`blobs/sha256/${d.slice(7)}`, readFileSync(blobFile(img, d))));
  }
  const GiB = 1024 * 1024 * 1024;
  await put(header({ name: `blobs/sha256/${'0'.repeat(64)}`, size: GiB }));
  const zeros = Buffer.alloc(8 * 1024 * 1024);
  for (let done = 0; done < GiB; done += zeros.length) await put(zeros);
  await put(END);
  gz.end();
  await once(out, 'finish');
  const tmp = path.join(work, 'tmp');
  mkdirSync(tmp);
  const r = measuredCli(['validate', archive, '--json'], 120, { TMPDIR: tmp });
  report('validate, 1 GiB gzip bomb archive', r);
  expect(r.status).toBe(0);
  expect(readdirSync(tmp)).toEqual([]);
  expect(problemsOf(r.stdout).find((x) => x.rule === 'unreferenced-blobs')?.message).toMatch(/^1 blob is not referenced from index.json \(1\.00 GiB/);
  expect(r.seconds).toBeLessThan(60);
  expect(r.rssMiB).toBeLessThan(256);
}, 300000);

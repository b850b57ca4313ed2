// oci-archive sources against skopeo's archives: the extracting source and the in-place source
// over an ArchiveFiles reader both copy the image with its digest kept; member names that are
// not layout files (a path climbing out) are never written.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCappedFile, readVerifiedBlob, readVerifiedBytes } from '../src/layout/blob-read.js';
import { OciLayout } from '../src/layout/layout.js';
import { OciArchiveReader } from '../src/layout/archive-reader.js';
const ArchiveImageSource = class extends ArchiveFilesSource {
  constructor(file: string, ref?: string) {
    super(file, ref, (f) => OciArchiveReader.open(f));
  }
};
import { ArchiveFilesSource, type ArchiveFiles } from '../src/model/archive-files.js';
import { copyImage } from '../src/model/copy.js';
import { LayoutDestination } from '../src/model/layout-destination.js';
import { UserError } from '../src/util/errors.js';
import { tmpDir } from './helpers/fixtures.js';
import { makeImage, type TestImage } from './helpers/registry-layouts.js';

const work = tmpDir('oci-bundle-model-archive-');
let idx: TestImage;
let archive: string;

beforeAll(async () => {
  idx = await makeImage(path.join(work, 'idx'), { refName: 'multi', platforms: ['linux/amd64', 'linux/arm64'], seed: 3 });
  archive = path.join(work, 'skopeo.tar');
  execFileSync('skopeo', ['copy', '--all', '--quiet', `oci:${idx.dir}:multi`, `oci-archive:${archive}:multi`]);
});

function skopeoDigest(name: string): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', name]);
  return 'sha256:' + createHash('sha256').update(raw).digest('hex');
}

test("skopeo's oci-archive, read in place, copies with its digest", async () => {
  const src = new ArchiveImageSource(archive, 'multi');
  const out = path.join(work, 'out1');
  try {
    const r = await copyImage(src, new LayoutDestination(out), { tags: ['multi'] });
    expect(r.digest).toBe(idx.digest);
  } finally {
    await src.close();
  }
  expect(skopeoDigest(`oci:${out}:multi`)).toBe(idx.digest);
});

test('the in-place source over an ArchiveFiles reader copies the same image', async () => {
  // A reader over a layout folder stands in for the archive reader: the source only sees ArchiveFiles.
  const layout = new OciLayout(idx.dir);
  const files: ArchiveFiles = {
    readIndex: () => readCappedFile(path.join(idx.dir, 'index.json'), 'index.json'),
    readVerifiedBytes: (want, what, max) => readVerifiedBytes(layout.blobPath(want.digest), want, what, max),
    readVerifiedBlob: (want, what) => readVerifiedBlob(layout.blobPath(want.digest), want, what),
  };
  const src = new ArchiveFilesSource('image.tar', 'multi', async () => files);
  const out = path.join(work, 'out2');
  expect((await copyImage(src, new LayoutDestination(out), { tags: ['x'] })).digest).toBe(idx.digest);
  expect(skopeoDigest(`oci:${out}:x`)).toBe(idx.digest);
  const missing = await copyImage(new ArchiveFilesSource('image.tar', 'nope', async () => files), new LayoutDestination(path.join(work, 'out3'))).catch((e: unknown) => e);
  expect((missing as UserError).kind).toBe('not-found');
});

test('an archive member climbing out of the folder is not a layout file and is never written', async () => {
  const dir = path.join(work, 'evil');
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(path.join(dir, 'index.json'), '{"schemaVersion":2,"manifests":[]}');
  const marker = `oci-bundle-evil-${process.pid}`;
  writeFileSync(path.join(work, marker), 'x');
  const tar = path.join(work, 'evil.tar');
  // GNU tar keeps "../" in names only with -P; the member is blobs/sha256/../../../<marker>.
  execFileSync('tar', ['-cPf', tar, '-C', dir, 'oci-layout', 'index.json', `blobs/sha256/../../../${marker}`]);
  const src = new ArchiveImageSource(tar);
  const err = await src.resolve().catch((e: unknown) => e);
  await src.close();
  expect((err as UserError).kind).toBe('not-found'); // the member was skipped; nothing written outside
  expect(existsSync(path.join(path.dirname(work), marker))).toBe(false);
});

test('a base image from an oci-archive (bases are sources): its platforms resolved, read in place', async () => {
  const { openSource } = await import('../src/image/open-source.js');
  const { resolveBase } = await import('../src/image/base.js');
  const { BlobCache } = await import('../src/layout/blob-cache.js');
  const { silentLogger } = await import('../src/util/log.js');
  const source = openSource(`oci-archive:${archive}:multi`);
  try {
    const base = await resolveBase(source, [], new BlobCache(path.join(work, 'cache')), silentLogger);
    expect(base.digest).toBe(idx.digest);
    expect(base.images.map((i) => `${i.platform.os}/${i.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(base.images.map((i) => i.manifestDigest)).toEqual(idx.manifests);
  } finally {
    await source.close();
  }
});

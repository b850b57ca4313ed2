// The referrer checks read documents through the verified, size-capped reader: a referrer whose
// blob is /dev/zero behind a symlink, or a huge file, is left to the validator's blob checks
// instead of being read without end.
import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkReferrers } from '../src/validate/referrers-check.js';
import { Problems } from '../src/validate/problems.js';
import { validateLayout } from '../src/validate/validate.js';
import { tmpDir } from './helpers/fixtures.js';
import { blobFile, writeBlob, writeIndex } from './helpers/validate-layouts.js';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const SBOM = 'application/vnd.cyclonedx+json';

function layoutWithReferrers(dir: string, hugeBytes: number): void {
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const empty = writeBlob(dir, '{}');
  const subject = { mediaType: MANIFEST, digest: 'sha256:' + 'ab'.repeat(32), size: 10 };
  const referrer = (n: number) => writeBlob(dir, JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, artifactType: SBOM, config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: SBOM, ...empty }], subject, n }));
  const zero = referrer(1);
  const huge = referrer(2);
  // A referrer that reads fine, whose SBOM layer is /dev/zero.
  const sbom = writeBlob(dir, JSON.stringify({ bomFormat: 'CycloneDX' }));
  const doc = writeBlob(dir, JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, artifactType: SBOM, config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty }, layers: [{ mediaType: SBOM, ...sbom }], subject }));
  writeIndex(dir, [
    { mediaType: MANIFEST, ...zero, artifactType: SBOM },
    { mediaType: MANIFEST, ...huge, artifactType: SBOM },
    { mediaType: MANIFEST, ...doc, artifactType: SBOM },
  ]);
  unlinkSync(blobFile(dir, zero.digest));
  symlinkSync('/dev/zero', blobFile(dir, zero.digest));
  unlinkSync(blobFile(dir, huge.digest));
  const fd = openSync(blobFile(dir, huge.digest), 'w');
  ftruncateSync(fd, hugeBytes); // sparse: takes no disk
  closeSync(fd);
  unlinkSync(blobFile(dir, sbom.digest));
  symlinkSync('/dev/zero', blobFile(dir, sbom.digest));
}

test('a referrer blob that is /dev/zero or 64 GiB is not read; the one readable referrer is still checked', async () => {
  const dir = path.join(tmpDir(), 'layout');
  layoutWithReferrers(dir, 64 * 1024 * 1024 * 1024);
  const p = new Problems();
  await checkReferrers(dir, p);
  // Only the readable referrer gets referrer checks: its subject is not in the layout.
  expect(p.list.map((x) => [x.where, x.rule])).toEqual([['index.json → manifests[2] → subject', 'referrer-subject-missing']]);
});

test('validate reports those blobs as blob problems and finishes', async () => {
  const dir = path.join(tmpDir(), 'layout');
  // (the validator hashes every blob, so this one is only just over the 8 MiB document cap)
  layoutWithReferrers(dir, 8 * 1024 * 1024 + 1);
  const r = await validateLayout(dir);
  expect(r.valid).toBe(false);
  const rules = r.problems.filter((x) => x.severity === 'error').map((x) => x.rule);
  expect(rules).toContain('referrer-subject-missing');
  expect(rules.filter((x) => x === 'referrer-document')).toEqual([]);
});

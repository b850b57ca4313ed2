// The one document check and the compression table: what passes, what is refused and as which
// kind of error (front ends switch on kind/field, never on the text).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { sha256 } from '../src/oci/digest.js';
import { COMPRESSION, compressionFor, layerDecompressor } from '../src/oci/compression.js';
import { indexEntries, verifyDocument } from '../src/model/document.js';
import { parseImageName } from '../src/model/names.js';
import { UserError } from '../src/util/errors.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const cfg = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256('{}'), size: 2 };

function kindOf(fn: () => unknown): { kind?: string; field?: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return { kind: e.kind, field: e.field };
    throw e;
  }
  return {};
}

const doc = (o: object) => Buffer.from(JSON.stringify(o));
const desc = (b: Buffer, mediaType?: string) => ({ mediaType: mediaType as string, digest: sha256(b), size: b.length });

test('a manifest whose bytes match its descriptor passes, its media type settled once', () => {
  const b = doc({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: cfg, layers: [] });
  expect(verifyDocument(b, desc(b, OCI_MANIFEST), 't').descriptor.mediaType).toBe(OCI_MANIFEST);
  expect(verifyDocument(b, desc(b), 't').descriptor.mediaType).toBe(OCI_MANIFEST);
});

test('refusals carry kinds: digest, size, media type disagreement, bad JSON, a path as a digest', () => {
  const b = doc({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: cfg, layers: [] });
  expect(kindOf(() => verifyDocument(b, { ...desc(b), digest: sha256('other') }, 't'))).toEqual({ kind: 'corrupt' });
  expect(kindOf(() => verifyDocument(b, { ...desc(b), size: b.length + 1 }, 't'))).toEqual({ kind: 'corrupt' });
  expect(kindOf(() => verifyDocument(b, desc(b, OCI_INDEX), 't'))).toEqual({ kind: 'malformed', field: 'mediaType' });
  const notJson = Buffer.from('{nope');
  expect(kindOf(() => verifyDocument(notJson, desc(notJson), 't')).kind).toBe('malformed');
  expect(kindOf(() => verifyDocument(b, { ...desc(b), digest: 'sha256:/../../etc/z' }, 't'))).toEqual({ kind: 'malformed', field: 'digest' });
  const evil = doc({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { ...cfg, digest: 'sha256:/../x' }, layers: [] });
  expect(kindOf(() => verifyDocument(evil, desc(evil), 't'))).toEqual({ kind: 'malformed', field: 'digest' });
});

test('index entries: every digest gated and every platform checked', () => {
  const ok = doc({ schemaVersion: 2, manifests: [{ mediaType: OCI_MANIFEST, digest: sha256('a'), size: 1, platform: { os: 'linux', architecture: 'amd64' } }] });
  expect(indexEntries(verifyDocument(ok, desc(ok, OCI_INDEX), 't') as never, 't')[0].platform).toEqual({ os: 'linux', architecture: 'amd64' });
  const tag = doc({ schemaVersion: 2, manifests: [{ mediaType: OCI_MANIFEST, digest: 'latest', size: 1 }] });
  expect(kindOf(() => indexEntries(verifyDocument(tag, desc(tag, OCI_INDEX), 't') as never, 't'))).toEqual({ kind: 'malformed', field: 'digest' });
  const plat = doc({ schemaVersion: 2, manifests: [{ mediaType: OCI_MANIFEST, digest: sha256('a'), size: 1, platform: { os: '../x', architecture: 'amd64' } }] });
  expect(kindOf(() => indexEntries(verifyDocument(plat, desc(plat, OCI_INDEX), 't') as never, 't'))).toEqual({ kind: 'malformed', field: 'platform' });
});

test('transport names as skopeo spells them', () => {
  expect(parseImageName('oci:out:app', 'x')).toMatchObject({ transport: 'oci', dir: 'out', ref: 'app' });
  expect(parseImageName('oci:out', 'x')).toMatchObject({ transport: 'oci', dir: 'out', ref: undefined });
  expect(parseImageName('oci-archive:img.tar:v1', 'x')).toMatchObject({ transport: 'oci-archive', file: 'img.tar', ref: 'v1' });
  expect(parseImageName('docker-archive:img.tar:acme/app:1', 'x')).toMatchObject({ transport: 'docker-archive', file: 'img.tar', name: 'acme/app:1' });
  expect(parseImageName('docker://alpine:3.20', 'x')).toMatchObject({ transport: 'registry', ref: { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' } });
  expect(parseImageName('alpine:latest', 'x')).toMatchObject({ transport: 'registry' });
  expect(kindOf(() => parseImageName('containers-storage:x', 'source'))).toEqual({ kind: 'usage', field: 'source' });
});

test('the compression table: gzip round trip; layer types map to their entry; non-layers refused', async () => {
  const data = Buffer.alloc(300_000, 'abc');
  const parts: Buffer[] = [];
  await pipeline(Readable.from([data]), COMPRESSION.gzip.compressor(), layerDecompressor('application/vnd.oci.image.layer.v1.tar+gzip', 'layer 1'), new Writable({ write(c, _e, cb) { parts.push(c); cb(); } }));
  expect(Buffer.concat(parts).equals(data)).toBe(true);
  expect(compressionFor('application/vnd.docker.image.rootfs.diff.tar.gzip', 'l').algorithm).toBe('gzip');
  expect(compressionFor('application/vnd.oci.image.layer.v1.tar+zstd', 'l').algorithm).toBe('zstd');
  expect(kindOf(() => compressionFor('application/json', 'l'))).toEqual({ kind: 'unsupported', field: 'mediaType' });
  if (!COMPRESSION.zstd.available()) expect(kindOf(() => layerDecompressor('application/vnd.oci.image.layer.v1.tar+zstd', 'l')).kind).toBe('unsupported');
});

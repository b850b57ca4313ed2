// The one check of a JSON document read from any source: size cap, size and digest against its
// descriptor, JSON, and its mediaType field against the descriptor's. Sources call it; nothing
// else parses manifests or indexes from outside.
import { createHash } from 'node:crypto';
import { requireDigest, parseDigest } from '../oci/digest.js';
import { CONFIG_TYPES, MediaType, isIndex, isManifest } from '../oci/mediatypes.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import type { PlatformEntry, VerifiedDocument } from './types.js';
import { checkPlatform, isAttestationEntry } from '../oci/platform.js';

/** Largest manifest, index or config read whole (distribution caps manifests at 4 MiB). */
export { MAX_DOCUMENT_BYTES } from '../layout/blob-read.js';

function malformed(msg: string, field?: string): UserError {
  return new UserError(msg, 1, { kind: 'malformed', field });
}

/** The digest of `bytes` with the algorithm of `digest`. */
export function digestOf(bytes: Buffer, digest: string): string {
  const alg = parseDigest(digest)?.algorithm ?? 'sha256';
  return `${alg}:${createHash(alg).update(bytes).digest('hex')}`;
}

/**
 * Checks `bytes` against `desc` and parses them. A descriptor without a media type (a layout
 * entry that lacks one, a registry answer) takes the document's own; when both are there they
 * must agree. `where` names the source for messages.
 */
export function verifyDocument<T>(bytes: Buffer, desc: Descriptor, where: string): VerifiedDocument<T> {
  const digest = requireDigest(desc.digest, where);
  const what = `${where}: ${digest}`;
  if (desc.size !== undefined && bytes.length !== desc.size) {
    throw new UserError(`${what} is ${bytes.length} bytes, its descriptor says ${desc.size}`, 1, { kind: 'corrupt' });
  }
  const got = digestOf(bytes, digest);
  if (got !== digest) throw new UserError(`${what} hashes to ${got}; refusing it`, 1, { kind: 'corrupt' });
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw malformed(`${what} is not valid JSON`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw malformed(`${what} is not a JSON object`);
  const declared = (doc as { mediaType?: unknown }).mediaType;
  if (declared !== undefined && typeof declared !== 'string') throw malformed(`${what}: its mediaType is not a string`, 'mediaType');
  let mediaType = desc.mediaType;
  // Configs carry no mediaType field; manifests and indexes may (OCI) or must (Docker).
  if (declared && mediaType && declared !== mediaType) throw malformed(`${what}: the descriptor says ${mediaType} but the document says ${declared}`, 'mediaType');
  if (!mediaType) mediaType = declared || ((doc as { manifests?: unknown }).manifests ? MediaType.OciIndex : MediaType.OciManifest);
  if (isIndex(mediaType) && !Array.isArray((doc as ImageIndex).manifests)) throw malformed(`${what} is an index without a manifests list`);
  if (isManifest(mediaType)) {
    const m = doc as ImageManifest;
    if (m.schemaVersion !== 2 || typeof m.config !== 'object' || m.config === null || !Array.isArray(m.layers)) {
      throw malformed(`${what} is not a schema 2 image manifest (it needs config and layers)`);
    }
    checkDescriptor(m.config, `${what} config`);
    m.layers.forEach((l, i) => checkDescriptor(l, `${what} layers[${i}]`));
  }
  return { descriptor: { ...desc, mediaType, size: bytes.length }, bytes, doc: doc as T };
}

/** Is this a media type copy treats as a document (read whole) rather than a blob stream? */
export function isDocumentType(mediaType: string | undefined): boolean {
  return isIndex(mediaType) || isManifest(mediaType) || (mediaType !== undefined && CONFIG_TYPES.includes(mediaType));
}

/**
 * The one descriptor check, for every descriptor read from outside (index entries, a manifest's
 * config and layers): an object, its digest through requireDigest, its size a byte count, its
 * mediaType a string, its platform through checkPlatform, its annotations strings. `where`
 * names it in messages. Returns a copy with the checked platform.
 */
export function checkDescriptor(raw: unknown, where: string): Descriptor {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw malformed(`${where} is not a descriptor (an object)`);
  const r = raw as Record<string, unknown>;
  const digest = requireDigest(r.digest, where);
  if (typeof r.size !== 'number' || !Number.isSafeInteger(r.size) || r.size < 0) throw malformed(`${where}: the size ${JSON.stringify(r.size)} is not a byte count; the image is malformed`, 'size');
  if (r.mediaType !== undefined && typeof r.mediaType !== 'string') throw malformed(`${where}: mediaType is not a string; the image is malformed`, 'mediaType');
  const d: Descriptor = { ...(r as unknown as Descriptor), digest, size: r.size };
  if (r.platform !== undefined) d.platform = checkPlatform(r.platform, where);
  if (r.annotations !== undefined) {
    const a = r.annotations;
    if (typeof a !== 'object' || a === null || Array.isArray(a) || !Object.values(a).every((v) => typeof v === 'string')) {
      throw malformed(`${where}: annotations must map strings to strings; the image is malformed`);
    }
  }
  return d;
}

/**
 * The entries of an index, each through checkDescriptor. Entries without a platform (rare;
 * allowed by the spec) get none and are kept only by a copy of all platforms.
 */
export function indexEntries(index: VerifiedDocument<ImageIndex>, where: string): Array<PlatformEntry | { descriptor: Descriptor; platform?: undefined; attestation: boolean }> {
  return index.doc.manifests.map((m, i) => {
    // The entry itself is kept (its bytes go into subset indexes as they were); checked, it gives the platform.
    const { platform } = checkDescriptor(m, `${where}: entry ${i + 1} of the index`);
    return { descriptor: m, platform, attestation: isAttestationEntry({ platform, annotations: m.annotations }) } as PlatformEntry;
  });
}

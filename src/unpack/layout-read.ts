// What `unpack` reads from an OCI layout, each read bounded and checked before use: index.json
// with a size cap (never a FIFO or a symlink to /dev/zero), JSON documents verified against their
// descriptors (size, digest) and parsed with a depth cap, layer blobs as verified streams that
// stop at the descriptor's size + 1 byte, digests gated by requireDigest before they name a file,
// platforms checked against the spec's grammar. The image-graph readers stay behind these few
// functions so another source of the same graph can replace them.
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MAX_DOCUMENT_BYTES, readCappedFile, readVerifiedBlob, readVerifiedBytes } from '../layout/blob-read.js';
import { requireDigest } from '../oci/digest.js';
import { checkPlatform } from '../oci/platform.js';
import type { Descriptor } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import { parseJson } from '../validate/json.js';
import { REF_NAME } from '../oci/annotations.js';


function malformed(msg: string): UserError {
  return new UserError(msg, 1, { kind: 'malformed' });
}

/** The file of a blob, once its digest passed the gate. */
export function blobFile(layoutDir: string, digest: string, where: string): string {
  const d = requireDigest(digest, where);
  const i = d.indexOf(':');
  return path.join(layoutDir, 'blobs', d.slice(0, i), d.slice(i + 1));
}

/** A descriptor from a layout document, checked: digest, size, media type, platform. */
export function checkDescriptor(raw: unknown, where: string): Descriptor {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw malformed(`${where} is not a descriptor (an object)`);
  const r = raw as Record<string, unknown>;
  const digest = requireDigest(r.digest, where);
  if (typeof r.size !== 'number' || !Number.isSafeInteger(r.size) || r.size < 0) throw malformed(`${where}: the size ${JSON.stringify(r.size)} is not a byte count; the layout is malformed`);
  if (r.mediaType !== undefined && typeof r.mediaType !== 'string') throw malformed(`${where}: mediaType is not a string; the layout is malformed`);
  const d: Descriptor = { ...(r as unknown as Descriptor), digest, size: r.size };
  if (r.platform !== undefined) d.platform = checkPlatform(r.platform, where);
  if (r.annotations !== undefined) {
    const a = r.annotations;
    if (typeof a !== 'object' || a === null || Array.isArray(a) || !Object.values(a).every((v) => typeof v === 'string')) {
      throw malformed(`${where}: annotations must map strings to strings; the layout is malformed`);
    }
  }
  return d;
}

function parse(bytes: Buffer, what: string): unknown {
  const r = parseJson(bytes);
  if (!r.ok) throw malformed(`${what} cannot be read: ${r.error}`);
  return r.value;
}

/** index.json's descriptors (capped read, each descriptor checked). */
export async function readLayoutIndex(layoutDir: string): Promise<Descriptor[]> {
  const file = path.join(layoutDir, 'index.json');
  const v = parse(await readCappedFile(file, 'the layout index (index.json)', MAX_DOCUMENT_BYTES), file);
  const manifests = (v as { manifests?: unknown })?.manifests;
  if (!Array.isArray(manifests)) throw malformed(`${file} has no manifests list; it is not a valid OCI layout`);
  return manifests.map((m, i) => checkDescriptor(m, `${file} manifests[${i}]`));
}

/**
 * Picks the index.json entry named `ref` (its ref name, or its digest), or the only entry when
 * ref is undefined. Errors list what the layout has.
 */
export async function resolveLayoutRef(layoutDir: string, ref: string | undefined): Promise<Descriptor> {
  const manifests = await readLayoutIndex(layoutDir);
  if (manifests.length === 0) throw new UserError(`the OCI layout ${layoutDir} has no images (index.json lists none)`, 1, { kind: 'not-found' });
  const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n): n is string => !!n);
  if (ref === undefined) {
    if (manifests.length === 1) return manifests[0];
    throw new UserError(`the OCI layout ${layoutDir} holds ${manifests.length} images; choose one with --ref (${names.join(', ') || 'none named'})`, 1, { kind: 'input', field: 'ref' });
  }
  const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
  if (!found) throw new UserError(`no image named "${ref}" in the OCI layout ${layoutDir}; it has: ${names.join(', ') || 'no named images'}`, 1, { kind: 'not-found', field: 'ref' });
  return found;
}

/** A JSON document blob, verified against its descriptor and parsed (depth and size capped). */
export async function readLayoutDocument(layoutDir: string, desc: Descriptor, what: string): Promise<unknown> {
  const file = blobFile(layoutDir, desc.digest, `the ${what}'s descriptor`);
  const bytes = await readVerifiedBytes(file, { digest: desc.digest, size: desc.size }, `the ${what} ${desc.digest}`);
  return parse(bytes, `the ${what} ${desc.digest} in ${layoutDir}`);
}

/** A layer blob as a verified stream (fails at size + 1 byte, on a short file, on a digest mismatch). */
export function openLayoutBlob(layoutDir: string, desc: Descriptor, what: string): Readable {
  return readVerifiedBlob(blobFile(layoutDir, desc.digest, what), { digest: desc.digest, size: desc.size }, what);
}

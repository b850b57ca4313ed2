// OCI 1.1 artifact manifests that refer to an image (its SBOM, its provenance), and where they
// live in an OCI layout: extra index.json entries without a ref name, so the image's own entry,
// digest and tag stay exactly as they were and tools reading the image by tag see no change.
import { MediaType } from '../oci/mediatypes.js';
import { sha256 } from '../oci/digest.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import type { LayoutWriter, OciLayout } from '../layout/layout.js';
import { CREATED, REF_NAME, TITLE } from '../oci/annotations.js';

export const EMPTY_JSON = Buffer.from('{}');
export const EMPTY_DESCRIPTOR: Descriptor = { mediaType: MediaType.OciEmpty, digest: sha256(EMPTY_JSON), size: EMPTY_JSON.length };

/** Only what identifies the subject: a subject carries no platform or annotations. */
export function subjectOf(d: Descriptor): Descriptor {
  return { mediaType: d.mediaType, digest: d.digest, size: d.size };
}

export function artifactManifest(artifactType: string, document: Descriptor, subject: Descriptor, created: string): ImageManifest {
  return {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType,
    config: EMPTY_DESCRIPTOR,
    layers: [document],
    subject: subjectOf(subject),
    annotations: { [CREATED]: created },
  };
}

export interface Attached {
  /** The artifact manifest (with artifactType), as listed in index.json and by registries. */
  manifest: Descriptor;
  /** The document's blob. */
  document: Descriptor;
}

/** Writes the document, the empty config and the artifact manifest; lists it in index.json, unnamed. */
export async function attachToLayout(layout: LayoutWriter, artifactType: string, bytes: Buffer, title: string, subject: Descriptor, created: string): Promise<Attached> {
  await layout.writeBlob(MediaType.OciEmpty, EMPTY_JSON);
  const document = { ...(await layout.writeBlob(artifactType, bytes)), annotations: { [TITLE]: title } };
  const manifest = artifactManifest(artifactType, document, subject, created);
  const { descriptor } = await layout.writeJson(MediaType.OciManifest, manifest);
  const listed: Descriptor = { ...descriptor, artifactType, annotations: { [CREATED]: created } };
  layout.setRefs(listed, []);
  return { manifest: listed, document };
}

export interface LayoutReferrer {
  descriptor: Descriptor;
  manifest: ImageManifest;
}

/**
 * Artifact manifests listed in the layout's index.json (unnamed entries whose manifest has a
 * subject), optionally only those whose subject is one of `subjects`.
 */
export async function layoutReferrers(layout: OciLayout, subjects?: Set<string>): Promise<LayoutReferrer[]> {
  const index = await layout.readIndex();
  const out: LayoutReferrer[] = [];
  for (const d of index.manifests ?? []) {
    if (d.annotations?.[REF_NAME] !== undefined || d.mediaType !== MediaType.OciManifest || !d.artifactType) continue;
    if (!(await layout.hasBlob(d.digest))) continue;
    const manifest = await layout.readJsonBlob<ImageManifest>(d.digest);
    if (!manifest.subject || (subjects && !subjects.has(manifest.subject.digest))) continue;
    out.push({ descriptor: d, manifest });
  }
  return out;
}

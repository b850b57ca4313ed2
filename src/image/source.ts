// Where a base image comes from: any source of the image model (src/model/types.ts) — a
// registry, an OCI layout (`oci:DIR[:TAG]`) or an oci-archive — plus, for registries, where its
// blobs can be mounted from when the build pushes to the same registry.
import { MediaType } from '../oci/mediatypes.js';
import type { ImageSource as ModelSource, RegistryLocation } from '../model/types.js';

export interface ImageSource extends ModelSource {
  /** Where blobs can be mounted from when pushing to the same registry. */
  readonly mountFrom?: RegistryLocation;
}

/** A document's media type: the descriptor's, else its own mediaType field, else by shape. */
export function mediaTypeOf(bytes: Buffer, declared: string | undefined): string {
  if (declared) return declared;
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: unknown };
    if (doc.mediaType) return doc.mediaType;
    return doc.manifests ? MediaType.OciIndex : MediaType.OciManifest;
  } catch {
    return 'application/octet-stream';
  }
}

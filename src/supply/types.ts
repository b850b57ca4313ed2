// What attaching an SBOM and provenance gives back (kept apart so the build's types need no code).

export interface AttachedDocument {
  /** The image manifest (or index) the document is about. */
  subject: string;
  /** The artifact manifest: what registries list as a referrer of the subject. */
  digest: string;
  /** The document's own blob, and its file in the layout (for attest-sbom and the like). */
  document: string;
  path: string;
}

export interface SupplyChainResult {
  sbom: Array<AttachedDocument & { platform: string; packages: number }> | null;
  provenance: AttachedDocument | null;
}

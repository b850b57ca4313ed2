// The image model: every transport (OCI layout, oci-archive, registry, docker-archive) is an
// ImageSource to read from and/or an ImageDestination to write to, and `copy` (./copy.ts) moves
// an image between any two. Sources hand out only verified data: documents checked for size,
// digest and media type in one place (./document.ts), blob streams bounded by their descriptor.
import type { Readable } from 'node:stream';
import type { Descriptor, ImageIndex, ImageManifest, Platform } from '../oci/types.js';

/** Where an image lives in a registry: lets a destination on the same registry mount blobs. */
export interface RegistryLocation {
  /** Registry host as written in references ("ghcr.io", "127.0.0.1:5000"). */
  registry: string;
  repository: string;
}

/** A JSON document (index, manifest or config) whose bytes matched its descriptor. */
export interface VerifiedDocument<T = unknown> {
  /** The descriptor it was read by, with the media type settled (declared or served). */
  descriptor: Descriptor;
  /** The exact bytes: what is copied, never re-serialised. */
  bytes: Buffer;
  /** The parsed JSON. */
  doc: T;
}

export type VerifiedIndex = VerifiedDocument<ImageIndex>;
export type VerifiedManifest = VerifiedDocument<ImageManifest>;

/** One image entry of an index, its platform checked (checkPlatform) and digest gated (requireDigest). */
export interface PlatformEntry {
  descriptor: Descriptor;
  platform: Platform;
  /** BuildKit's attestation manifests (unknown/unknown), which describe a sibling. */
  attestation: boolean;
}

export interface ImageSource {
  /** For messages: "docker.io/library/alpine:3.20", "oci:out:app", "oci-archive:image.tar". */
  readonly name: string;
  /** Set when the source is a registry repository: blobs can be mounted from it. */
  readonly location?: RegistryLocation;
  /** The descriptor the source's reference names (its tag or digest; the layout's ref). */
  resolve(): Promise<Descriptor>;
  /**
   * The document `desc` names, verified: at most `MAX_DOCUMENT_BYTES`, digest and size as the
   * descriptor says, its mediaType field agreeing with the descriptor's. Errors are UserErrors of
   * kind 'corrupt', 'malformed', 'too-large' or 'not-found'.
   */
  readDocument<T = unknown>(desc: Descriptor): Promise<VerifiedDocument<T>>;
  /**
   * A stream of the blob's bytes that fails (rather than ends) on a short, long or mismatching
   * blob. May be called again (a retry): each call starts over.
   */
  openBlob(desc: Descriptor): Promise<Readable>;
  /**
   * Bytes [start, end) of a blob, for chunked uploads; not verified on its own (the registry
   * checks the whole blob's digest when the upload closes). Sources that cannot seek omit it.
   */
  openBlobRange?(desc: Descriptor, start: number, end: number): Promise<Readable>;
  /** Releases connections / temp files. Idempotent. */
  close(): Promise<void>;
}

export type BlobPutResult = 'exists' | 'mounted' | 'pushed';

export interface BlobPutOptions {
  /** A repository of the destination's registry that has the blob: try a cross-repository mount first. */
  mountFrom?: string;
  /** Ranged reads of the source (see ImageSource.openBlobRange): lets a registry upload in chunks. */
  openRange?: (start: number, end: number) => Promise<Readable>;
  onProgress?: (sent: number) => void;
}

/** Opens the blob's bytes from the start; called again when an upload is retried. */
export type BlobOpener = () => Promise<Readable>;

export interface ImageDestination {
  readonly name: string;
  readonly location?: RegistryLocation;
  /** True when the destination takes one image manifest only (docker-archive): copy picks one platform. */
  readonly singleImage?: boolean;
  /** Blobs uploaded at once that this destination copes with (registries: a few; files: 1). */
  readonly concurrency?: number;
  hasBlob(desc: Descriptor): Promise<boolean>;
  /**
   * True when the destination already holds this manifest or index by digest, with everything it
   * names (registries: the registry guarantees it). Lets copy skip the walk (a retag). Optional.
   */
  hasManifest?(desc: Descriptor): Promise<boolean>;
  /** Stores the blob from a stream (verified as it goes) unless it is there; mounts when told where from. */
  putBlob(desc: Descriptor, open: BlobOpener, o?: BlobPutOptions): Promise<BlobPutResult>;
  /**
   * Stores a manifest or index with these exact bytes: by digest (no tag), or under `tag`.
   * A destination that lists images (layout, archive) lists it under every tag given, or by
   * digest alone when `tags` is empty; children of an index are stored with `child: true`.
   */
  putManifest(doc: VerifiedDocument, o: { tags: string[]; child?: boolean }): Promise<void>;
  /** Makes the copy visible (layout: index.json last; archive: the tar file). Registries: nothing. */
  commit(): Promise<void>;
  /** Undoes what an unfinished copy wrote, where it can (layout/archive). */
  abort(): Promise<void>;
  close(): Promise<void>;
}

export interface CopyOptions {
  /** Platforms to copy out of an index (empty or undefined: all, keeping the digest). */
  platforms?: Platform[];
  /** Tags in the destination; empty: by digest (layouts: the source's name when it has one). */
  tags?: string[];
  /** Blobs known to be in another repository of the destination's registry: digest → repository. */
  mountFrom?: Map<string, string>;
  /** Blob uploads at once (default: the destination's, else 3). */
  concurrency?: number;
  logger?: { info(msg: string): void; debug(msg: string): void };
}

export interface CopyResult {
  /** The digest of what was stored at the top (the source's, unless a platform subset made a new index). */
  digest: string;
  mediaType: string;
  size: number;
  /** The tags given, as stored. */
  tags: string[];
  /** Blobs uploaded, found present, mounted. */
  pushed: number;
  skipped: number;
  mounted: number;
  /** The image manifests copied, with their platforms (when known). */
  manifests: Array<{ digest: string; platform?: string }>;
}

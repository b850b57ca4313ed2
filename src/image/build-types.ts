// The build's options and result: plain types, so modules the build calls (supply chain, cache)
// can name them without importing the build.
import type { Compression } from '../oci/mediatypes.js';
import type { Platform } from '../oci/types.js';
import type { RegistryClientOptions } from '../registry/client.js';
import type { PushResult } from '../registry/push.js';
import type { SupplyChainResult } from '../supply/types.js';

export interface BuildOptions {
  context: string;
  /** Base image reference, `oci:DIR[:TAG]`, or scratch (default). */
  base?: string;
  /** Blob cache folder (default: the user's cache dir). */
  cacheDir?: string;
  /** Reuse unchanged layers from the cache (default true). */
  reuseLayers?: boolean;
  /** How to reach registries (base pull and push): insecure hosts, explicit credentials. */
  registry?: RegistryClientOptions;
  /** Push to every tag once built and validated. */
  push?: boolean;
  /** Load the image (this machine's platform) into docker or podman once built and validated. */
  load?: boolean;
  dest: string;
  entrypoint?: string[];
  cmd?: string[];
  env: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  ports: string[];
  workdir?: string;
  user?: string;
  platforms: Platform[];
  layerGlobs: string[];
  ignoreFile?: string;
  uid: number;
  gid: number;
  sourceDateEpoch?: string;
  compression: Compression;
  compressionLevel?: number;
  output: string;
  archive?: string;
  tags: string[];
  /** Attach a CycloneDX SBOM per platform / SLSA provenance as OCI referrers (src/supply). */
  sbom?: boolean;
  provenance?: boolean;
}

export interface BuildResult {
  digest: string;
  mediaType: string;
  size: number;
  layout: string;
  archive: string | null;
  tags: string[];
  platforms: string[];
  config: string;
  configs: Array<{ platform: string; digest: string; manifest: string }>;
  layers: Array<{ digest: string; size: number; diffId: string; mediaType: string }>;
  sourceDateEpoch: number;
  base: { name: string; digest: string; downloaded: number; reused: number } | null;
  push: PushResult | null;
  /** The tags loaded into docker/podman (null without load). */
  loaded: string[] | null;
  sbom: SupplyChainResult['sbom'];
  provenance: SupplyChainResult['provenance'];
}

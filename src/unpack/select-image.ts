// Finds the image to unpack in an OCI layout: the ref, then (for an index) the platform, then
// its manifest and config, each checked against its descriptor.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { platformMatches } from '../image/base.js';
import { platformString } from '../image/options.js';
import { mediaTypeOf } from '../image/source.js';
import type { OciLayout } from '../layout/layout.js';
import { CONFIG_TYPES, isIndex, isManifest } from '../oci/mediatypes.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '../oci/types.js';
import { UserError } from '../util/errors.js';

export interface SelectedImage {
  /** The manifest's descriptor (its digest identifies what was unpacked). */
  descriptor: Descriptor;
  manifest: ImageManifest;
  config: ImageConfig;
  platform: Platform;
}

/** The Linux platform of this machine, in OCI terms. */
export function hostPlatform(): Platform {
  const arch: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: os.endianness() === 'LE' ? 'ppc64le' : 'ppc64',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
    mips: 'mips',
    mipsel: 'mipsle',
  };
  const p: Platform = { os: 'linux', architecture: arch[process.arch] ?? process.arch };
  if (p.architecture === 'arm') {
    const v = (process.config.variables as Record<string, unknown>).arm_version;
    if (v) p.variant = `v${v}`;
  }
  return p;
}

/** Reads a JSON blob and checks it against its descriptor (digest and size). */
async function readVerified<T>(layout: OciLayout, desc: Descriptor, what: string): Promise<T> {
  const bytes = await layout.readBlob(desc.digest);
  const alg = desc.digest.split(':')[0];
  const got = `${alg}:${createHash(alg).update(bytes).digest('hex')}`;
  if (got !== desc.digest) throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is corrupt: its content hashes to ${got}`);
  if (bytes.length !== desc.size) throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is ${bytes.length} bytes, but its descriptor says ${desc.size}`);
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch (e) {
    throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is not valid JSON: ${(e as Error).message}`);
  }
}

function isAttestation(d: Descriptor): boolean {
  return d.platform?.os === 'unknown' || d.platform?.architecture === 'unknown' || d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}

async function loadManifest(layout: OciLayout, desc: Descriptor): Promise<{ manifest: ImageManifest; config: ImageConfig }> {
  const manifest = await readVerified<ImageManifest>(layout, desc, 'manifest');
  if (manifest.schemaVersion !== 2 || !manifest.config || !Array.isArray(manifest.layers)) {
    throw new UserError(`${desc.digest} in ${layout.dir} is not an image manifest (schemaVersion 2 with config and layers)`);
  }
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`${desc.digest} is not a container image: its config has media type "${manifest.config.mediaType}"`);
  }
  const config = await readVerified<ImageConfig>(layout, manifest.config, 'image config');
  if (config.rootfs?.type !== 'layers' || !Array.isArray(config.rootfs.diff_ids)) {
    throw new UserError(`the image config ${manifest.config.digest} has no rootfs.diff_ids of type "layers"`);
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new UserError(`image ${desc.digest} is inconsistent: ${manifest.layers.length} layers in the manifest, ${config.rootfs.diff_ids.length} diff_ids in the config`);
  }
  return { manifest, config };
}

function configPlatform(c: ImageConfig): Platform {
  const p: Platform = { os: c.os, architecture: c.architecture };
  if (c.variant) p.variant = c.variant;
  return p;
}

/**
 * Picks the image named `ref` (default: the only one) and, when it is an index, the manifest
 * for `want` (default: this host's Linux platform, else the only one).
 */
export async function selectImage(layout: OciLayout, ref: string | undefined, want: Platform | undefined): Promise<SelectedImage> {
  let desc = await layout.resolveRef(ref);
  const name = ref ?? desc.annotations?.['org.opencontainers.image.ref.name'] ?? desc.digest;
  for (let depth = 0; ; depth++) {
    if (depth > 4) throw new UserError(`image "${name}" nests indexes too deeply`);
    if (!desc.mediaType) desc = { ...desc, mediaType: mediaTypeOf(await layout.readBlob(desc.digest), undefined) };
    if (isManifest(desc.mediaType)) break;
    if (!isIndex(desc.mediaType)) {
      throw new UserError(`image "${name}" (${desc.digest}) has media type "${desc.mediaType}", which is neither an image manifest nor an index`);
    }
    const index = await readVerified<ImageIndex>(layout, desc, 'index');
    const candidates = (index.manifests ?? []).filter((d) => !isAttestation(d) && (isManifest(d.mediaType) || isIndex(d.mediaType)));
    if (candidates.length === 0) throw new UserError(`the index of image "${name}" (${desc.digest}) lists no images`);
    // Entries without a platform field get theirs from their config.
    const platforms: Platform[] = [];
    for (const c of candidates) {
      if (c.platform) platforms.push(c.platform);
      else if (isManifest(c.mediaType)) platforms.push(configPlatform((await loadManifest(layout, c)).config));
      else platforms.push({ os: 'unknown', architecture: 'unknown' });
    }
    const listed = platforms.map(platformString).join(', ');
    let pick: number;
    if (want) {
      pick = platforms.findIndex((p) => platformMatches(want, p));
      if (pick < 0) throw new UserError(`image "${name}" has no ${platformString(want)} variant; it has: ${listed}`);
    } else {
      const host = hostPlatform();
      pick = platforms.findIndex((p) => platformMatches(host, p));
      if (pick < 0 && candidates.length === 1) pick = 0;
      if (pick < 0) throw new UserError(`image "${name}" is multi-platform and has nothing for this host (${platformString(host)}); choose one with --platform: ${listed}`);
    }
    desc = candidates[pick];
  }
  const { manifest, config } = await loadManifest(layout, desc);
  const platform = configPlatform(config);
  if (want && !platformMatches(want, platform)) {
    throw new UserError(`image "${name}" is ${platformString(platform)}, not ${platformString(want)}`);
  }
  if (config.os !== 'linux') throw new UserError(`image "${name}" is a ${config.os} image; only Linux images can be unpacked into a runtime bundle`);
  return { descriptor: desc, manifest, config, platform };
}

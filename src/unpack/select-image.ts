// Finds the image to unpack in an OCI layout: the ref, then (for an index) the platform, then
// its manifest and config, each checked against its descriptor (src/unpack/layout-read.ts), the
// config also against the image-spec schema, every platform against the spec's grammar.
import { mediaTypeOf } from '../image/source.js';
import type { OciLayout } from '../layout/layout.js';
import { CONFIG_TYPES, isIndex, isManifest } from '../oci/mediatypes.js';
import { configPlatform, hostLinuxPlatform, isAttestationEntry, platformMatches, platformString } from '../oci/platform.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import { checkSchema } from '../validate/schema-check.js';
import { checkDescriptor, readLayoutDocument, resolveLayoutRef } from './layout-read.js';
import { REF_NAME } from '../oci/annotations.js';

export interface SelectedImage {
  /** The manifest's descriptor (its digest identifies what was unpacked). */
  descriptor: Descriptor;
  manifest: ImageManifest;
  config: ImageConfig;
  platform: Platform;
}

function malformed(msg: string): UserError {
  return new UserError(msg, 1, { kind: 'malformed' });
}

/** An image config checked against the image-spec schema, so nothing downstream sees a string where args are. */
function checkConfig(v: unknown, digest: string): ImageConfig {
  const issues = checkSchema('imageConfig', v);
  if (issues.length > 0) {
    const i = issues[0];
    const at = i.path.length ? `${i.path.join('.')}: ` : '';
    throw malformed(`the image config ${digest} is not a valid image config (${at}${i.message}${issues.length > 1 ? `, and ${issues.length - 1} more problems` : ''}); run \`oci-bundle validate\` on the layout for the full list`);
  }
  return v as ImageConfig;
}

async function loadManifest(layout: OciLayout, desc: Descriptor): Promise<{ manifest: ImageManifest; config: ImageConfig }> {
  const manifest = (await readLayoutDocument(layout.dir, desc, 'manifest')) as ImageManifest;
  if (typeof manifest !== 'object' || manifest === null || manifest.schemaVersion !== 2 || !manifest.config || !Array.isArray(manifest.layers)) {
    throw malformed(`${desc.digest} in ${layout.dir} is not an image manifest (schemaVersion 2 with config and layers)`);
  }
  manifest.config = checkDescriptor(manifest.config, `manifest ${desc.digest} config`);
  manifest.layers = manifest.layers.map((l, i) => checkDescriptor(l, `manifest ${desc.digest} layers[${i}]`));
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`${desc.digest} is not a container image: its config has media type "${manifest.config.mediaType}"`);
  }
  const config = checkConfig(await readLayoutDocument(layout.dir, manifest.config, 'image config'), manifest.config.digest);
  if (config.rootfs?.type !== 'layers' || !Array.isArray(config.rootfs.diff_ids)) {
    throw new UserError(`the image config ${manifest.config.digest} has no rootfs.diff_ids of type "layers"`);
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new UserError(`image ${desc.digest} is inconsistent: ${manifest.layers.length} layers in the manifest, ${config.rootfs.diff_ids.length} diff_ids in the config`);
  }
  return { manifest, config };
}

/**
 * Picks the image named `ref` (default: the only one) and, when it is an index, the manifest
 * for `want` (default: this host's Linux platform, else the only one).
 */
export async function selectImage(layout: OciLayout, ref: string | undefined, want: Platform | undefined): Promise<SelectedImage> {
  let desc = await resolveLayoutRef(layout.dir, ref);
  const name = ref ?? desc.annotations?.[REF_NAME] ?? desc.digest;
  for (let depth = 0; ; depth++) {
    if (depth > 4) throw new UserError(`image "${name}" nests indexes too deeply`);
    if (!desc.mediaType) desc = { ...desc, mediaType: mediaTypeOf(Buffer.from(JSON.stringify(await readLayoutDocument(layout.dir, desc, 'image'))), undefined) };
    if (isManifest(desc.mediaType)) break;
    if (!isIndex(desc.mediaType)) {
      throw new UserError(`image "${name}" (${desc.digest}) has media type "${desc.mediaType}", which is neither an image manifest nor an index`);
    }
    const index = (await readLayoutDocument(layout.dir, desc, 'index')) as { manifests?: unknown };
    if (typeof index !== 'object' || index === null || (index.manifests !== undefined && !Array.isArray(index.manifests))) throw malformed(`the index ${desc.digest} in ${layout.dir} has no manifests list`);
    const children = ((index.manifests as unknown[] | undefined) ?? []).map((d, i) => checkDescriptor(d, `index ${desc.digest} manifests[${i}]`));
    const candidates = children.filter((d) => !isAttestationEntry(d) && (isManifest(d.mediaType) || isIndex(d.mediaType)));
    if (candidates.length === 0) throw new UserError(`the index of image "${name}" (${desc.digest}) lists no images`);
    // Entries without a platform field get theirs from their config.
    const platforms: Platform[] = [];
    for (const c of candidates) {
      if (c.platform) platforms.push(c.platform);
      else if (isManifest(c.mediaType)) platforms.push(configPlatform((await loadManifest(layout, c)).config, `the config of ${c.digest}`));
      else platforms.push({ os: 'unknown', architecture: 'unknown' });
    }
    const listed = platforms.map(platformString).join(', ');
    let pick: number;
    if (want) {
      pick = platforms.findIndex((p) => platformMatches(want, p));
      if (pick < 0) throw new UserError(`image "${name}" has no ${platformString(want)} variant; it has: ${listed}`);
    } else {
      const host = hostLinuxPlatform();
      pick = platforms.findIndex((p) => platformMatches(host, p));
      if (pick < 0 && candidates.length === 1) pick = 0;
      if (pick < 0) throw new UserError(`image "${name}" is multi-platform and has nothing for this host (${platformString(host)}); choose one with --platform: ${listed}`);
    }
    desc = candidates[pick];
  }
  const { manifest, config } = await loadManifest(layout, desc);
  const platform = configPlatform(config, `the config of ${desc.digest}`);
  if (want && !platformMatches(want, platform)) {
    throw new UserError(`image "${name}" is ${platformString(platform)}, not ${platformString(want)}`);
  }
  if (config.os !== 'linux') throw new UserError(`image "${name}" is a ${config.os} image; only Linux images can be unpacked into a runtime bundle`);
  return { descriptor: desc, manifest, config, platform };
}

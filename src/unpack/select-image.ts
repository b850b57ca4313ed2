// Finds the image to unpack in an OCI layout, read through the layout source (src/model): the
// ref, then (for an index) the platform (src/model/platforms.ts), then its manifest and config,
// each verified against its descriptor, every descriptor through checkDescriptor, the config also
// against the image-spec schema.
import { REF_NAME } from '../oci/annotations.js';
import { CONFIG_TYPES, isIndex, isManifest } from '../oci/mediatypes.js';
import { configPlatform, hostLinuxPlatform, platformMatches, platformString } from '../oci/platform.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import { checkSchema } from '../validate/schema-check.js';
import type { LayoutImageSource } from '../model/layout-source.js';
import { imageEntries, pickPlatform, platformList } from '../model/platforms.js';
import type { VerifiedDocument, VerifiedIndex } from '../model/types.js';

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

async function loadManifest(source: LayoutImageSource, doc: VerifiedDocument): Promise<{ manifest: ImageManifest; config: ImageConfig }> {
  const digest = doc.descriptor.digest;
  if (!isManifest(doc.descriptor.mediaType)) throw malformed(`${digest} in ${source.layout.dir} is not an image manifest (schemaVersion 2 with config and layers)`);
  const manifest = doc.doc as ImageManifest;
  // its config and layer descriptors passed checkDescriptor when the source verified it
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`${digest} is not a container image: its config has media type "${manifest.config.mediaType}"`);
  }
  const config = checkConfig((await source.readDocument(manifest.config)).doc, manifest.config.digest);
  if (config.rootfs?.type !== 'layers' || !Array.isArray(config.rootfs.diff_ids)) {
    throw new UserError(`the image config ${manifest.config.digest} has no rootfs.diff_ids of type "layers"`);
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new UserError(`image ${digest} is inconsistent: ${manifest.layers.length} layers in the manifest, ${config.rootfs.diff_ids.length} diff_ids in the config`);
  }
  return { manifest, config };
}

/**
 * Picks the image `source` names (its ref; default: the only one) and, when it is an index, the
 * manifest for `want` (default: this host's Linux platform, else the only one).
 */
export async function selectImage(source: LayoutImageSource, want: Platform | undefined): Promise<SelectedImage> {
  const top = await source.resolve();
  const name = source.ref ?? top.annotations?.[REF_NAME] ?? top.digest;
  let doc = await source.readDocument(top);
  for (let depth = 0; ; depth++) {
    if (depth > 4) throw new UserError(`image "${name}" nests indexes too deeply`);
    const { digest, mediaType } = doc.descriptor;
    if (isManifest(mediaType)) break;
    if (!isIndex(mediaType)) {
      throw new UserError(`image "${name}" (${digest}) has media type "${mediaType}", which is neither an image manifest nor an index`);
    }
    const candidates = imageEntries(doc as VerifiedIndex, `index ${digest}`, { nested: true });
    if (candidates.length === 0) throw new UserError(`the index of image "${name}" (${digest}) lists no images`);
    // Entries without a platform field get theirs from their config.
    const entries: Array<{ descriptor: Descriptor; platform?: Platform }> = [];
    for (const c of candidates) {
      let platform = c.platform;
      if (!platform && isManifest(c.descriptor.mediaType)) platform = configPlatform((await loadManifest(source, await source.readDocument(c.descriptor))).config, `the config of ${c.descriptor.digest}`);
      entries.push({ descriptor: c.descriptor, platform });
    }
    const host = hostLinuxPlatform();
    const pick = pickPlatform(entries, [want ?? host], { onlyOne: !want });
    if (!pick) {
      if (want) throw new UserError(`image "${name}" has no ${platformString(want)} variant; it has: ${platformList(entries)}`);
      throw new UserError(`image "${name}" is multi-platform and has nothing for this host (${platformString(host)}); choose one with --platform: ${platformList(entries)}`);
    }
    doc = await source.readDocument(pick.descriptor);
  }
  const { manifest, config } = await loadManifest(source, doc);
  const descriptor = doc.descriptor;
  const platform = configPlatform(config, `the config of ${descriptor.digest}`);
  if (want && !platformMatches(want, platform)) {
    throw new UserError(`image "${name}" is ${platformString(platform)}, not ${platformString(want)}`);
  }
  if (config.os !== 'linux') throw new UserError(`image "${name}" is a ${config.os} image; only Linux images can be unpacked into a runtime bundle`);
  return { descriptor, manifest, config, platform };
}

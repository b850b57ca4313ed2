// The build's supply-chain step: after the image's manifests (and index) are in the layout, and
// before it is validated, write the SBOM of each platform image and the provenance of the image
// as OCI 1.1 referrers in the same layout. The image itself is not touched.
import type { BuildOptions } from '../image/build-types.js';
import type { SupplyChainResult } from './types.js';
export type { AttachedDocument, SupplyChainResult } from './types.js';
import type { ResolvedBase } from '../image/base.js';
import { platformString } from '../image/options.js';
import type { LayoutWriter } from '../layout/layout.js';
import type { WalkEntry } from '../layer/walk.js';
import type { Descriptor } from '../oci/types.js';
import type { Logger } from '../util/log.js';
import { contextPackages, osPackages } from './context-packages.js';
import { imageName, type ImageName } from './image-purl.js';
import { makeProvenance, PROVENANCE_MEDIA_TYPE, resolveSource } from './provenance.js';
import { attachToLayout } from './referrer.js';
import { makeSbom, SBOM_MEDIA_TYPE } from './sbom.js';

export interface SupplyChainInput {
  /** The resolved context folder and its walked entries. */
  root: string;
  entries: WalkEntry[];
  /** The image's top descriptor (index, or the one manifest) and its platform manifests. */
  top: Descriptor;
  manifests: Descriptor[];
  base: ResolvedBase | undefined;
  created: string;
  refNames: string[];
}

function nameOf(opts: BuildOptions, refNames: string[]): ImageName {
  return opts.tags.length ? imageName(opts.tags[0]) : imageName(`oci:${opts.output}:${refNames[0]}`);
}

/** The build's inputs as recorded in the provenance: what shapes the image, never credentials. */
function buildParameters(opts: BuildOptions, created: string): Record<string, unknown> {
  return {
    context: opts.context,
    base: opts.base ?? 'scratch',
    dest: opts.dest,
    platforms: opts.platforms.map(platformString),
    ...(opts.entrypoint ? { entrypoint: opts.entrypoint } : {}),
    ...(opts.cmd ? { cmd: opts.cmd } : {}),
    // Values of --env may be secrets someone passed in; their names are enough to audit.
    env: opts.env.map((e) => e.slice(0, e.indexOf('='))),
    labels: opts.labels,
    annotations: opts.annotations,
    ports: opts.ports,
    workdir: opts.workdir ?? opts.dest,
    ...(opts.user ? { user: opts.user } : {}),
    layers: opts.layerGlobs,
    owner: `${opts.uid}:${opts.gid}`,
    created,
    compression: opts.compression,
    ...(opts.compressionLevel !== undefined ? { compressionLevel: opts.compressionLevel } : {}),
    tags: opts.tags,
  };
}

export async function attachSupplyChain(layout: LayoutWriter, opts: BuildOptions, input: SupplyChainInput, log: Logger): Promise<SupplyChainResult> {
  const result: SupplyChainResult = { sbom: null, provenance: null };
  if (!opts.sbom && !opts.provenance) return result;
  const image = nameOf(opts, input.refNames);
  const base = input.base ? imageName(input.base.name) : undefined;
  const file = (digest: string) => layout.blobPath(digest);
  if (opts.sbom) {
    const t0 = Date.now();
    result.sbom = [];
    const app = await contextPackages(input.root, input.entries, opts.dest);
    for (const [i, m] of input.manifests.entries()) {
      const baseImage = input.base?.images[i];
      const os = baseImage ? await osPackages(layout, baseImage.layers, baseImage.config.rootfs.diff_ids) : [];
      const packages = [...os, ...app];
      const bytes = makeSbom({
        image,
        digest: m.digest,
        platform: m.platform!,
        created: input.created,
        base: baseImage && base ? { image: base, digest: baseImage.manifestDigest } : undefined,
        packages,
      });
      const a = await attachToLayout(layout, SBOM_MEDIA_TYPE, bytes, 'sbom.cdx.json', m, input.created);
      const platform = platformString(m.platform!);
      result.sbom.push({ platform, subject: m.digest, digest: a.manifest.digest, document: a.document.digest, path: file(a.document.digest), packages: packages.length });
      log.info(`SBOM of ${platform}: ${packages.length} packages (${os.length} from the base, ${app.length} from the context), ${a.manifest.digest.slice(0, 19)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  if (opts.provenance) {
    const source = await resolveSource(input.root);
    const bytes = makeProvenance({
      image,
      digest: input.top.digest,
      parameters: buildParameters(opts, input.created),
      base: input.base && base ? { image: base, digest: input.base.digest } : undefined,
      source,
    });
    const a = await attachToLayout(layout, PROVENANCE_MEDIA_TYPE, bytes, 'provenance.intoto.json', input.top, input.created);
    result.provenance = { subject: input.top.digest, digest: a.manifest.digest, document: a.document.digest, path: file(a.document.digest) };
    log.info(`provenance ${a.manifest.digest.slice(0, 19)} (source ${source ? `${source.uri} ${source.commit.slice(0, 12)}` : 'unknown: not a git work tree'})`);
  }
  return result;
}


// Builds an image from a folder into an OCI layout: walk -> plan layers -> build each layer ->
// config per platform -> manifest(s) -> (index) -> refs in index.json -> (archive).
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { MediaType } from '../oci/mediatypes.js';
import type { Descriptor, HistoryEntry, ImageIndex, ImageManifest } from '../oci/types.js';
import { LayoutWriter } from '../layout/layout.js';
import { checkArchivePath, writeArchive } from '../layout/archive.js';
import { ContextWalk, loadIgnoreFile } from '../layer/walk.js';
import { SinglePlan, planLayers, type LayerPlan } from '../layer/plan.js';
import { buildLayer, type LayerResult } from '../layer/layer.js';
import { LayerCache } from '../layer/layer-cache.js';
import { coolTarThread, warmTarThread } from '../layer/tar-thread.js';
import { checkLevel } from '../layer/compress.js';
import { requireAvailable } from '../oci/compression.js';
import { resolveSourceDateEpoch } from '../util/source-date.js';
import { humanSize, type Logger } from '../util/log.js';
import { UsageError, UserError, fsError } from '../util/errors.js';
import { BlobCache, defaultCacheDir } from '../layout/blob-cache.js';
import { copyBaseBlobs, resolveBase, type ResolvedBase } from './base.js';
import { derivedConfig, rfc3339, scratchConfig, sortedRecord } from './config.js';
import type { openSource } from './open-source.js';
import type { RegistryClientOptions } from '../registry/client.js';
import type { PushResult } from '../registry/push.js';
import { destinationRegistries, formatReference, parseReference } from '../registry/reference.js';
import { platformString } from './options.js';
import { tagOf } from './tags.js';
import type { Engine } from '../model/load.js';
import { checkEntrypoint, resolveDestInBase } from './entrypoint-check.js';

import type { BuildOptions, BuildResult } from './build-types.js';
import type { SupplyChainResult } from '../supply/types.js';
import { BASE_DIGEST, BASE_NAME, CREATED } from '../oci/annotations.js';
export type { BuildOptions, BuildResult } from './build-types.js';

export async function buildImage(opts: BuildOptions, log: Logger): Promise<BuildResult> {
  const started = Date.now();
  const level = checkLevel(opts.compression, opts.compressionLevel);
  requireAvailable(opts.compression, `${opts.compression} compression`, 'use --compression gzip or a newer Node.js');
  const refNames = opts.tags.length ? [...new Set(opts.tags.map(tagOf))] : ['latest'];
  const context = path.resolve(opts.context);
  if (opts.workdir !== undefined && !opts.workdir.startsWith('/')) throw new UserError(`--workdir "${opts.workdir}" must be an absolute path in the image, like /app`);
  if (opts.user !== undefined && opts.user.trim() === '') throw new UsageError('--user is empty; give a user like 1000:1000 or nonroot, or leave it out to keep the base image\'s user', 'user');
  if (opts.archive) await checkArchivePath(opts.archive);
  if (opts.base) await checkBaseSpelling(opts.base);

  // Inputs first: nothing is written until the context is read and understood.
  let ignoreFile = opts.ignoreFile;
  if (ignoreFile === undefined) {
    const dflt = path.join(context, '.bundleignore');
    if (await fs.stat(dflt).then((s) => s.isFile(), () => false)) ignoreFile = dflt;
  }
  const ignore = ignoreFile ? await loadIgnoreFile(ignoreFile) : undefined;
  // Never package our own output, nor the ignore file (build metadata, not app content).
  const exclude = [path.resolve(opts.output)];
  if (ignoreFile) exclude.push(path.resolve(ignoreFile));
  if (opts.archive) exclude.push(path.resolve(opts.archive));
  const cache = new BlobCache(opts.cacheDir ?? defaultCacheDir());
  const layerCache = opts.reuseLayers === false ? undefined : new LayerCache(cache);
  // One layer is packed as the walk goes, unless this folder was built with this cache before
  // (then an unchanged tree is likely: walk first, and the cache answers before any packing).
  // With --layer globs the whole tree decides which layer each entry goes in: walk first.
  const streamed = opts.layerGlobs.length === 0 && !(layerCache && (await layerCache.builtBefore(context)));
  if (opts.push && opts.tags.length === 0) throw new UserError('--push needs at least one --tag to push to');
  const engine = opts.load ? (await import('../model/load.js')).findEngine() : undefined; // before the build, so a missing engine fails fast
  const registry: RegistryClientOptions = { logger: log, ...opts.registry };
  // Explicit credentials (flags, inputs, OCI_BUNDLE_USERNAME/PASSWORD) are for the registries we push to, never offered to a base's registry.
  registry.destinations ??= destinationRegistries(opts.tags);
  let source: ReturnType<typeof openSource> | undefined;
  try {
    // The tar thread for a layer packed while walking starts now, so its start overlaps the walk.
    if (streamed) warmTarThread();
    // Asking git for the commit time overlaps the walk.
    const [walk, { epoch, from }] = await Promise.all([
      ContextWalk.open(opts.context, { ignore, exclude }).then((w) => {
        if (streamed) return w;
        const t0 = Date.now();
        w.all();
        log.debug(`walked ${w.entries.length} entries in ${Date.now() - t0} ms before packing (${w.helped} folders listed by the helper thread)`);
        return w;
      }),
      resolveSourceDateEpoch(opts.sourceDateEpoch, context),
    ]);
    source = opts.base && opts.base !== 'scratch' ? (await import('./open-source.js')).openSource(opts.base, registry) : undefined;
    const base = source ? await resolveBase(source, opts.platforms, cache, log) : undefined;
    return await assemble(opts, { base, walk, epoch, from, refNames, level, cache, layerCache, registry, started, engine }, log);
  } finally {
    coolTarThread(); // unused if the build failed before its layer
    await source?.close?.();
  }
}

/**
 * `--base oci/some/path` (the colon forgotten) would be read as docker.io/oci/some/path: when the
 * text names a local folder and no registry host, the user meant a layout.
 */
async function checkBaseSpelling(base: string): Promise<void> {
  if (base === 'scratch' || base.startsWith('oci:')) return;
  const first = base.split('/')[0];
  const explicitHost = base.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (explicitHost) return;
  const isDir = await fs.stat(base).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (isDir) {
    throw new UsageError(`--base ${base} is a local folder, but without "oci:" it names the registry image docker.io/${base}; write --base oci:${base} for the OCI layout in that folder (or docker.io/${base} for the registry image)`, 'base');
  }
}

/**
 * The validator (its schemas are most of the code a build loads) and the registry client load
 * only when needed; the validator while the layer packs, once its walk is over, rather than
 * before the walk starts.
 */
const loadValidator = () => import('../validate/validate.js');

/**
 * The gate: nothing is reported or pushed unless the layout validates. Our layers (digest and
 * diff_id hashed while they were written) and base layers verified on an earlier build (marked in
 * the cache) are not read again; everything else is checked in full.
 */
async function validateOwnOutput(dir: string, index: Buffer, ref: string, layers: LayerResult[], base: ResolvedBase | undefined, cache: BlobCache, log: Logger): Promise<void> {
  const t0 = Date.now();
  const verified = new Map(layers.map((l) => [l.descriptor.digest, { size: l.descriptor.size, diffId: l.diffId }]));
  const baseLayers = new Map<string, { size: number; diffId: string }>();
  for (const img of base?.images ?? []) {
    img.manifest.layers.forEach((l, i) => baseLayers.set(l.digest, { size: l.size, diffId: img.config.rootfs.diff_ids[i] }));
  }
  for (const [digest, v] of baseLayers) if (await cache.isDiffIdVerified(digest, v.diffId)) verified.set(digest, v);
  const { formatProblem, validateLayout } = await loadValidator();
  const report = await validateLayout(dir, { ref, verified, index });
  if (!report.valid) {
    const errors = report.problems.filter((p) => p.severity === 'error');
    const baseProblem = errors.find((p) => p.digest !== undefined && baseLayers.has(p.digest));
    if (baseProblem) throw new UserError(`the base image ${base!.name} is broken: ${formatProblem(baseProblem)}`);
    throw new UserError(`the image failed validation, which is a bug in oci-bundle (please report it): ${errors.slice(0, 3).map(formatProblem).join('; ')}`);
  }
  for (const [digest, v] of baseLayers) await cache.markDiffIdVerified(digest, v.diffId);
  log.info(`validated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Seconds between progress lines on a long layer: OCI_BUNDLE_PROGRESS_SECONDS, default 10. */
function progressEvery(): number {
  const s = Number(process.env.OCI_BUNDLE_PROGRESS_SECONDS);
  return (Number.isFinite(s) && s > 0 ? s : 10) * 1000;
}

interface Prepared {
  base: ResolvedBase | undefined;
  /** The context's walk: done, or (one layer, packed as it walks) not started. */
  walk: ContextWalk;
  epoch: number;
  from: string;
  refNames: string[];
  level: number;
  cache: BlobCache;
  layerCache: LayerCache | undefined;
  registry: RegistryClientOptions;
  started: number;
}

/** Layers, configs, manifests and refs into the layout; then validation and the push. */
async function assemble(opts: BuildOptions, prep: Prepared & { engine?: Engine }, log: Logger): Promise<BuildResult> {
  const { base, walk, epoch, from, refNames, level, cache, layerCache, registry, started } = prep;
  const platforms = base ? base.images.map((i) => i.platform) : opts.platforms.length ? opts.platforms : [{ os: 'linux', architecture: 'amd64' }];
  const created = rfc3339(epoch);
  const layout = await LayoutWriter.open(opts.output);
  try {
    const baseBlobs = base ? await copyBaseBlobs(base, layout, cache, log) : undefined;
    // On a base, --dest is placed where the base really has it (through its symlinks).
    const dest = base ? await resolveDestInBase(opts.dest, base.images[0].layers, cache) : opts.dest;
    if (dest !== opts.dest) log.info(`--dest ${opts.dest} is ${dest} in the base image (through its symlinks)`);
    const planOpts = { root: walk.root, dest, layerGlobs: opts.layerGlobs, uid: opts.uid, gid: opts.gid, mtime: epoch, parents: !base };
    // Not walked yet: the folder's first build with this cache (or one without it); see buildImage.
    const firstBuild = !walk.done;
    const plans: LayerPlan[] = firstBuild ? [SinglePlan.streamFrom(walk, planOpts)] : planLayers(walk.entries, planOpts);
    for (const g of opts.layerGlobs) {
      if (!plans.some((p) => p.selector === g)) log.warn(`--layer ${g} matches no file in ${opts.context}; check the glob (it is matched against paths relative to the context, like node_modules/**)`);
    }
    // One total: every entry the layers hold, parent folders included (as each layer line counts).
    // A layer packed as the walk goes has no total yet: its line gives it when done.
    const total = plans.reduce((n, p) => n + p.entries.length, 0);
    const what = firstBuild ? '1 layer' : `${total} entries in ${plans.length} layer${plans.length > 1 ? 's' : ''}`;
    log.info(`building ${opts.context} into ${opts.dest} (${what}, timestamp ${created} from ${from})`);
    const layers: Array<LayerResult & { reused: boolean }> = [];
    let preloading: Promise<unknown> | undefined;
    for (const [i, plan] of plans.entries()) {
      const t0 = Date.now();
      // A line every so often on long layers, so a CI log shows the build is moving.
      let streamed = 0;
      const progress = setInterval(() => {
        // A plan still being walked has no total yet.
        const of = plan.pending ? '' : ` of ${humanSize(plan.bytes)}`;
        const pct = !plan.pending && plan.bytes > 0 ? ` (${Math.min(99, Math.floor((100 * streamed) / plan.bytes))}%)` : '';
        log.info(`layer ${i + 1}/${plans.length} (${plan.selector}): ${humanSize(streamed)}${of} packed${pct}`);
      }, progressEvery());
      progress.unref();
      let l: LayerResult & { reused: boolean };
      try {
        const onProgress = (n: number) => {
          streamed = n;
          // The walk is over and the tar flows: the main thread has time to load the validator.
          if (!plan.pending && !preloading) preloading = loadValidator().catch(() => undefined);
        };
        l = await buildLayer(plan, layout, opts.compression, level, { cache: layerCache, onProgress });
      } finally {
        clearInterval(progress);
      }
      layers.push(l);
      log.info(
        `layer ${i + 1}/${plans.length} (${plan.selector}): ${plan.entries.length} entries, ${humanSize(l.tarSize)} -> ${humanSize(l.descriptor.size)} ${opts.compression}, ${l.descriptor.digest.slice(0, 19)}` +
          (l.reused ? ' (unchanged: reused)' : '') +
          ` in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    if (!walk.done) throw new Error('the build context was not walked to its end'); // a bug: every layer is built by now
    if (layerCache && firstBuild) await layerCache.noteBuilt(walk.root);
    const history: HistoryEntry[] = layers.map((l) => ({
      created,
      created_by: `oci-bundle: COPY ${l.createdBy === '.' ? '.' : l.createdBy} ${opts.dest}`,
      comment: 'oci-bundle',
    }));
    const annotations = sortedRecord({ [CREATED]: created, ...opts.annotations });
    const manifests: Descriptor[] = [];
    const configs: BuildResult['configs'] = [];
    for (const [pi, platform] of platforms.entries()) {
      const baseImage = base?.images[pi];
      const inputs = {
        platform,
        created,
        entrypoint: opts.entrypoint,
        cmd: opts.cmd,
        env: opts.env,
        labels: opts.labels,
        ports: opts.ports,
        workdir: opts.workdir ?? opts.dest,
        user: opts.user,
        diffIds: layers.map((l) => l.diffId),
        history,
      };
      const config = baseImage ? derivedConfig(baseImage.config, inputs, baseImage.config.history ?? []) : scratchConfig(inputs);
      // Checked on the first platform: the other platforms' files have the same names.
      if (pi === 0) await checkEntrypoint({ plans, baseLayers: baseImage?.layers ?? [], config, cache }, log);
      const configDesc = (await layout.writeJson(MediaType.OciConfig, config)).descriptor;
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: configDesc,
        layers: [...(baseImage?.layers ?? []), ...layers.map((l) => l.descriptor)],
        annotations: baseImage
          ? sortedRecord({ ...annotations, ...baseNameAnnotation(opts.base!, base!.name), [BASE_DIGEST]: baseImage.manifestDigest, ...opts.annotations })
          : annotations,
      };
      const { descriptor } = await layout.writeJson(MediaType.OciManifest, manifest);
      manifests.push({ ...descriptor, platform });
      configs.push({ platform: platformString(platform), digest: configDesc.digest, manifest: descriptor.digest });
    }
    let top: Descriptor;
    if (manifests.length === 1) {
      top = manifests[0];
    } else {
      const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, annotations };
      top = (await layout.writeJson(MediaType.OciIndex, index)).descriptor;
    }
    // Each ref name (a tag) also carries its full reference for containerd's import.
    const imageNames: Record<string, string> = {};
    for (const t of opts.tags) {
      const r = parseReference(t.trim());
      imageNames[r.tag ?? 'latest'] = formatReference({ ...r, digest: undefined });
    }
    layout.setRefs(top, refNames, imageNames);
    // Referrers (SBOM, provenance) are written beside the image; its own digest does not change.
    // Loaded only when asked for: the SBOM and purl libraries are a large part of a build's start-up.
    const supply: SupplyChainResult = opts.sbom || opts.provenance
      ? await (await import('../supply/attach.js')).attachSupplyChain(layout, opts, { root: walk.root, entries: walk.entries, top, manifests, base, created, refNames }, log)
      : { sbom: null, provenance: null };
    // Validate this build's own image (whatever other builds commit meanwhile), then the archive,
    // then the commit of index.json: the last step that can fail, so a failed build moves no tag.
    await validateOwnOutput(layout.dir, layout.sessionIndex(), refNames[0], layers, base, cache, log).catch(async (e: unknown) => {
      await layout.checkBlobsPresent(); // a blob removed under us is a conflict, not a bug
      throw e;
    });
    let archiveSize: number | undefined;
    if (opts.archive) {
      const indexFile = layout.tempPath();
      try {
        await fs.writeFile(indexFile, await layout.prospectiveIndex());
        archiveSize = await writeArchive(layout.dir, opts.archive, epoch, indexFile);
      } finally {
        await fs.rm(indexFile, { force: true });
      }
    }
    await layout.commit();
    log.info(
      `image ${top.digest} (${manifests.length > 1 ? `index of ${manifests.length} platforms` : platformString(platforms[0])}) written to ${opts.output} as ${refNames.join(', ')}` +
        (opts.archive ? `; archive ${opts.archive} (${humanSize(archiveSize!)})` : '') +
        ` in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    let pushed: PushResult | null = null;
    if (opts.push) {
      // Base layers living in the same registry are mounted rather than uploaded.
      const mountFrom: Record<string, string> = {};
      if (base?.source.mountFrom) {
        const from = `${base.source.mountFrom.registry}/${base.source.mountFrom.repository}`;
        for (const img of base.images) for (const l of img.layers) mountFrom[l.digest] = from;
      }
      // By digest: another build may have moved the same tag in this layout since our commit.
      pushed = await (await import('../registry/push.js')).pushLayout(layout.dir, opts.tags, { ...registry, ref: top.digest, mountFrom });
    }

    const loaded = prep.engine ? await (await import('../model/load.js')).loadBuiltImage(layout.dir, top, opts.tags, log, prep.engine) : null;

    return {
      digest: top.digest,
      mediaType: top.mediaType,
      size: top.size,
      layout: layout.dir,
      archive: opts.archive ? path.resolve(opts.archive) : null,
      tags: opts.tags,
      platforms: platforms.map(platformString),
      config: configs[0].digest,
      configs,
      layers: layers.map((l) => ({ digest: l.descriptor.digest, size: l.descriptor.size, diffId: l.diffId, mediaType: l.descriptor.mediaType })),
      sourceDateEpoch: epoch,
      base: base ? { name: base.name, digest: base.digest, ...baseBlobs! } : null,
      push: pushed,
      loaded,
      ...supply,
    };
  } catch (e) {
    await layout.rollback();
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) throw fsError(e, opts.output, 'writing the OCI layout');
    throw e;
  }
}

/**
 * org.opencontainers.image.base.name for a registry base only: an `oci:` base is a folder on the
 * build machine, whose path would leak into the image and change its digest with the spelling.
 * base.digest still says exactly what the image was built on.
 */
function baseNameAnnotation(spec: string, name: string): Record<string, string> {
  return spec.startsWith('oci:') ? {} : { [BASE_NAME]: name };
}

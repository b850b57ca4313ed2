// `build --load` / `load: true`: the built image (the machine's platform when several were
// built) streamed as a docker-archive into `docker load`, else `podman load`, found on PATH.
// The engine is spawned directly with its arguments, never through a shell.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CONFIG_TYPES, isIndex, isManifest } from '../oci/mediatypes.js';
import { configPlatform, platformString } from '../oci/platform.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import { LayoutImageSource } from './layout-source.js';
import { enginePlatforms, imageEntries, pickPlatform, platformList } from './platforms.js';
import type { VerifiedIndex } from './types.js';
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { dockerArchiveChunks, dockerRepoTag, type ArchiveImage } from './docker-archive.js';
export { enginePlatforms } from './platforms.js';

export interface Engine {
  name: 'docker' | 'podman';
  /** Absolute path of the executable found on PATH. */
  path: string;
}

/** `docker`, else `podman`, from PATH; a one-line error naming both when neither is there. */
export function findEngine(pathEnv = process.env.PATH ?? ''): Engine {
  const suffix = process.platform === 'win32' ? '.exe' : '';
  for (const name of ['docker', 'podman'] as const) {
    for (const dir of pathEnv.split(path.delimiter)) {
      // Relative entries would resolve against the build's working directory: skipped.
      if (!dir || !path.isAbsolute(dir)) continue;
      const file = path.join(dir, name + suffix);
      try {
        if (!statSync(file).isFile()) continue;
        accessSync(file, constants.X_OK);
        return { name, path: file };
      } catch {
        /* not here */
      }
    }
  }
  throw new UserError('load needs docker or podman to load the image into, and neither is on PATH; install one, or build without load', 1, { kind: 'not-found', field: 'load' });
}

/**
 * One image of an OCI layout, by its top descriptor (a manifest, or an index from which the entry
 * for the first of `want` it has is chosen; an index of one image gives that image whatever its
 * platform). Read through the layout source: every document verified, every blob bounded.
 */
export async function openLayoutImage(dir: string, top: Descriptor, want: Platform[] = enginePlatforms()): Promise<ArchiveImage & { platform: Platform; descriptor: Descriptor }> {
  const source = new LayoutImageSource(dir, undefined, top);
  let doc = await source.readDocument(top);
  if (isIndex(doc.descriptor.mediaType)) {
    const images = imageEntries(doc as VerifiedIndex, `image index ${top.digest}`);
    const match = pickPlatform(images, want, { onlyOne: true });
    if (!match) {
      const mine = platformString(want[0]);
      throw new UserError(`none of the built platforms (${platformList(images)}) is this machine's ${mine}, so there is no image to load; add ${mine} to the platforms, or build without load`, 1, { kind: 'unsupported', field: 'platforms' });
    }
    doc = await source.readDocument(match.descriptor);
  }
  const desc = doc.descriptor;
  if (!isManifest(desc.mediaType)) throw new UserError(`${desc.digest} has media type "${desc.mediaType}", not an image manifest; cannot load it`, 1, { kind: 'unsupported' });
  const manifest = doc.doc as ImageManifest;
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`image manifest ${desc.digest} is not a container image (config and layers); cannot load it`, 1, { kind: 'unsupported' });
  }
  const config = (await source.readDocument<ImageConfig>(manifest.config)).doc;
  const platform = configPlatform(config, `image config ${manifest.config.digest}`);
  return { manifest, config, platform, descriptor: desc, openBlob: (d) => source.blobStream(d, `blob ${d.digest}`) };
}

/** The top descriptor of a layout by ref name (or its only image). */
export async function layoutTop(dir: string, ref?: string): Promise<Descriptor> {
  return new LayoutImageSource(dir, ref).resolve();
}

const STDERR_KEEP = 64 * 1024;

/**
 * Streams `image` into `<engine> load` with every tag. A failing engine is reported with the last
 * line it printed; a bad blob stops the stream (the engine then loads nothing).
 */
export async function loadImage(image: ArchiveImage, tags: string[], engine: Engine, log: Logger): Promise<void> {
  for (const t of tags) dockerRepoTag(t); // refuse a bad tag before the engine starts
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-load-'));
  const child = spawn(engine.path, ['load'], { stdio: ['pipe', 'pipe', 'pipe'], shell: false });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString('utf8')).slice(-STDERR_KEEP);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  let streamError: unknown;
  try {
    await pipeline(Readable.from(dockerArchiveChunks(image, tags, scratch)), child.stdin);
  } catch (e) {
    streamError = e;
    // Our error (a corrupt blob) must not leave a half-read archive for the engine to accept.
    if (e instanceof UserError) child.kill('SIGTERM');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  let code: number;
  try {
    code = await exited;
  } catch (e) {
    throw new UserError(`could not run ${engine.path}: ${(e as Error).message}`, 1, { kind: 'failed', field: 'load' });
  }
  if (streamError instanceof UserError) throw streamError;
  const lastLine = output.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new UserError(`${engine.name} load failed (exit ${code})${lastLine ? `: ${lastLine}` : ''}`, 1, { kind: 'failed', field: 'load' });
  if (streamError) throw new UserError(`${engine.name} load stopped reading the image: ${(streamError as Error).message}`, 1, { kind: 'failed', field: 'load' });
  for (const line of output.trim().split('\n')) if (line.trim()) log.info(`${engine.name}: ${line.trim()}`);
}

/**
 * After a build: picks the image for this machine from the layout, loads it into docker or
 * podman with every tag, and returns the tags loaded.
 */
export async function loadBuiltImage(layoutDir: string, top: Descriptor, tags: string[], log: Logger, engine = findEngine()): Promise<string[]> {
  const image = await openLayoutImage(layoutDir, top);
  const t0 = Date.now();
  await loadImage(image, tags, engine, log);
  log.info(`loaded ${platformString(image.platform)} image ${image.manifest.config.digest.slice(0, 19)} into ${engine.name}${tags.length ? ` as ${tags.join(', ')}` : ' (untagged)'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return tags;
}

// docker-archive: one single-platform image as the tar `docker load` and `podman load` read.
// manifest.json names the config and the layers in order; blobs sit under blobs/<alg>/<hex> as
// `docker save` (25+) lays them out. The tar is deterministic: fixed headers (mode 0644/0755,
// owner 0:0, mtime 0), entries sorted by name, each blob once.
// gzip and plain layers go in as they are (both engines detect the compression); zstd layers,
// which Docker before 25 cannot read, are decompressed to plain tar. A layer's diff_id is the
// digest of its uncompressed tar, so the config (and with it the image ID) does not change.
// There is no legacy `repositories` file: it names v1 layer IDs that only the pre-1.10 layout
// has, and every engine since reads manifest.json instead.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { requireDigest } from '../oci/digest.js';
import type { Descriptor, ImageConfig, ImageManifest } from '../oci/types.js';
import { MAX_DOCUMENT_BYTES } from '../layout/blob-read.js';
import { TRAILER, encodeHeader, padding } from '../layer/tar.js';
import { DEFAULT_TAG, DOCKER_HUB, parseReference } from '../registry/reference.js';
import { COMPRESSION, requireLayerReadable } from '../oci/compression.js';
import { UserError, UsageError, fsError } from '../util/errors.js';

/** What the writer needs of an image: its manifest, its parsed config, and verified blob streams. */
export interface ArchiveImage {
  manifest: ImageManifest;
  config: ImageConfig;
  /** A stream of the blob's bytes that errors when they do not match the descriptor. */
  openBlob(desc: Descriptor): Readable;
}

export interface DockerArchiveResult {
  /** Bytes of the archive. */
  size: number;
  /** The names written to manifest.json's RepoTags. */
  repoTags: string[];
  /** The config digest: the image ID both engines report. */
  imageId: string;
  /** Layers decompressed from zstd for Docker. */
  reencoded: number;
}

/** Largest uncompressed layer a plain ustar header can size (11 octal digits). */
const MAX_TAR_ENTRY = 0o77777777777;

/**
 * A reference as manifest.json's RepoTags spell it: name:tag, Docker Hub names in their short
 * form as `docker save` writes them. A digest-only reference cannot name a loaded image.
 */
export function dockerRepoTag(ref: string): string {
  const r = parseReference(ref);
  if (r.tag === undefined) throw new UsageError(`"${ref}" names a digest; an image loaded into docker or podman needs a tag, like app:1.0`, 'tags');
  let name = `${r.registry}/${r.repository}`;
  if (r.registry === DOCKER_HUB) name = r.repository.startsWith('library/') ? r.repository.slice('library/'.length) : r.repository;
  return `${name}:${r.tag ?? DEFAULT_TAG}`;
}

function blobName(digest: string, where: string): string {
  const [alg, hex] = requireDigest(digest, where).split(':');
  return `blobs/${alg}/${hex}`;
}

interface Entry {
  name: string;
  /** The entry's header, content and padding; throws when a blob does not match its descriptor. */
  chunks(): AsyncGenerator<Buffer>;
}

const FIXED = { uid: 0, gid: 0, mtime: 0 };

function dirEntry(name: string): Entry {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: 'dir', mode: 0o755, size: 0 });
    },
  };
}

function bytesEntry(name: string, bytes: Buffer): Entry {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: 'file', mode: 0o644, size: bytes.length });
      yield bytes;
      yield Buffer.alloc(padding(bytes.length));
    },
  };
}

async function* streamEntry(name: string, size: number, stream: AsyncIterable<Buffer>, what: string): AsyncGenerator<Buffer> {
  yield encodeHeader({ ...FIXED, name, type: 'file', mode: 0o644, size });
  let n = 0;
  for await (const chunk of stream) {
    n += chunk.length;
    if (n > size) throw new UserError(`${what} grew past its ${size} bytes while being archived`, 1, { kind: 'corrupt' });
    yield chunk;
  }
  if (n !== size) throw new UserError(`${what} is ${n} bytes, expected ${size}`, 1, { kind: 'corrupt' });
  yield Buffer.alloc(padding(size));
}

/** A layer as it is stored: the verified blob stream, size from its descriptor. */
function blobEntry(name: string, image: ArchiveImage, desc: Descriptor, what: string): Entry {
  return { name, chunks: () => streamEntry(name, desc.size, image.openBlob(desc), what) };
}

/**
 * A zstd layer as its plain tar. The tar's size must be in the header before its bytes, so it is
 * decompressed into a scratch file first, hashed on the way and checked against the diff_id.
 */
function zstdEntry(name: string, image: ArchiveImage, desc: Descriptor, diffId: string, scratchDir: string, what: string): Entry {
  return {
    name,
    async *chunks() {
      const tmp = path.join(scratchDir, `.oci-bundle-layer-${randomBytes(6).toString('hex')}.tar`);
      try {
        const alg = diffId.split(':')[0];
        const hash = createHash(alg);
        const decompress = COMPRESSION.zstd.decompressor();
        const fh = await fs.open(tmp, 'wx', 0o600);
        let size = 0;
        try {
          await pipeline(image.openBlob(desc), decompress, async (tar: AsyncIterable<Buffer | string>) => {
            for await (const c of tar) {
              const chunk = c as Buffer;
              hash.update(chunk);
              size += chunk.length;
              await fh.write(chunk);
            }
          });
        } finally {
          await fh.close();
        }
        const got = `${alg}:${hash.digest('hex')}`;
        if (got !== diffId) throw new UserError(`${what} does not match the image config: its uncompressed content is ${got}, rootfs.diff_ids says ${diffId}`, 1, { kind: 'corrupt' });
        if (size > MAX_TAR_ENTRY) throw new UserError(`${what} is ${size} bytes uncompressed, more than a docker-archive entry can hold`, 1, { kind: 'too-large' });
        yield* streamEntry(name, size, createReadStream(tmp), what);
      } catch (e) {
        if (e instanceof UserError) throw e;
        if ((e as NodeJS.ErrnoException).syscall) throw fsError(e, scratchDir, 're-encoding a zstd layer for docker');
        throw new UserError(`${what} is not valid zstd: ${(e as Error).message}`, 1, { kind: 'corrupt' });
      } finally {
        await fs.rm(tmp, { force: true });
      }
    },
  };
}

/** The config blob's exact bytes (its digest is the image ID), verified and size-capped. */
async function configBytes(image: ArchiveImage): Promise<Buffer> {
  const desc = image.manifest.config;
  if (!Number.isSafeInteger(desc.size) || desc.size < 0 || desc.size > MAX_DOCUMENT_BYTES) {
    throw new UserError(`the image config ${desc.digest} has size ${desc.size}, more than the ${MAX_DOCUMENT_BYTES} bytes a config may have`, 1, { kind: 'too-large' });
  }
  const parts: Buffer[] = [];
  for await (const c of image.openBlob(desc)) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/**
 * The archive as a stream of chunks. Everything that can be refused (digests, media types, the
 * layer count) is checked before the first byte. `scratchDir` holds zstd layers while they are
 * decompressed.
 */
export async function* dockerArchiveChunks(image: ArchiveImage, repoTags: string[], scratchDir: string, stats?: { reencoded: number }): AsyncGenerator<Buffer> {
  const { manifest, config } = image;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds) || diffIds.length !== manifest.layers.length) {
    throw new UserError(`the image has ${manifest.layers.length} layers but its config lists ${Array.isArray(diffIds) ? diffIds.length : 'no'} diff_ids; the image is malformed`, 1, { kind: 'malformed' });
  }
  const entries = new Map<string, Entry>();
  const configName = blobName(manifest.config.digest, 'the manifest\'s config');
  const layerNames: string[] = [];
  let reencoded = 0;
  for (const [i, desc] of manifest.layers.entries()) {
    const what = `layer ${i + 1} (${requireDigest(desc.digest, `layer ${i + 1} of the manifest`)})`;
    const diffId = requireDigest(diffIds[i], `diff_id ${i + 1} of the image config`);
    // zstd is re-encoded here, so it must be readable; gzip and plain go in as stored
    const compression = requireLayerReadable(desc.mediaType, what, ' docker can load');
    if (compression === 'zstd') {
      const name = blobName(diffId, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, zstdEntry(name, image, desc, diffId, scratchDir, what));
      reencoded++;
    } else {
      const name = blobName(desc.digest, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, blobEntry(name, image, desc, what));
    }
  }
  const tags = [...new Set(repoTags.map(dockerRepoTag))];
  const cfg = await configBytes(image);
  entries.set(configName, bytesEntry(configName, cfg));
  for (const name of [...entries.keys()]) {
    const dir = name.slice(0, name.lastIndexOf('/') + 1);
    if (!entries.has(dir)) entries.set(dir, dirEntry(dir));
  }
  entries.set('blobs/', dirEntry('blobs/'));
  const doc = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
  entries.set('manifest.json', bytesEntry('manifest.json', Buffer.from(JSON.stringify(doc) + '\n')));

  const names = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) yield* entries.get(name)!.chunks();
  yield TRAILER;
  if (stats) stats.reencoded = reencoded;
}

/**
 * Writes the image as a docker-archive at `file`: into a temporary file beside it, renamed into
 * place once complete, so a failure leaves an existing file as it was.
 */
export async function writeDockerArchive(image: ArchiveImage, file: string, repoTags: string[]): Promise<DockerArchiveResult> {
  const target = path.resolve(file);
  const st = await fs.stat(target).catch(() => undefined);
  if (st?.isDirectory()) throw new UserError(`${file} is a folder; give a file name for the docker-archive, such as image.tar`, 1, { kind: 'input' });
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
  const stats = { reencoded: 0 };
  let fh: fs.FileHandle | undefined;
  let size = 0;
  try {
    fh = await fs.open(tmp, 'wx', 0o644);
    for await (const chunk of dockerArchiveChunks(image, repoTags, dir, stats)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.close();
    fh = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    await fh?.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, file, 'writing the docker-archive');
  }
  return { size, repoTags: [...new Set(repoTags.map(dockerRepoTag))], imageId: image.manifest.config.digest, reencoded: stats.reencoded };
}

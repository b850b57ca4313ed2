// A layer blob as the tar stream inside it: read from the layout, decompressed as its media type
// says, with the blob's digest and size and the tar's diff_id checked once the stream is read.
import { createHash, type Hash } from 'node:crypto';
import { PassThrough, Transform, pipeline, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import type { OciLayout } from '../layout/layout.js';
import { layerCompression } from '../oci/mediatypes.js';
import type { Descriptor } from '../oci/types.js';
import { UserError } from '../util/errors.js';
import { openLayoutBlob } from './layout-read.js';

/** Hashes and counts what passes through. */
class Meter extends Transform {
  readonly hash: Hash;
  bytes = 0;
  constructor(algorithm: string) {
    super();
    this.hash = createHash(algorithm);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

function algorithmOf(digest: string): string {
  const alg = digest.split(':')[0];
  if (alg !== 'sha256' && alg !== 'sha512') throw new UserError(`unsupported digest algorithm in "${digest}"`);
  return alg;
}

export function zstdDecompressAvailable(): boolean {
  return typeof (zlib as unknown as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
}

/** Refuses, before anything is written, a layer we could not apply. */
export function checkLayerSupported(desc: Descriptor, index: number): void {
  const compression = layerCompression(desc.mediaType);
  if (compression === undefined) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) has media type "${desc.mediaType}", which is not a filesystem layer; cannot unpack it`);
  }
  if (compression === 'zstd' && !zstdDecompressAvailable()) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) is zstd-compressed, which needs Node.js 22.15 or newer (this is ${process.version})`);
  }
}

export interface LayerTar {
  tar: AsyncIterable<Buffer>;
  /** Call after `tar` was read to the end: throws when the digest, size or diff_id differ. */
  verify(): void;
  /** Stops reading (after a failure): closes the blob and the decompressor. */
  close(): void;
}

/** `label` names the layer in read errors, e.g. "layer 2/3 (sha256:...)". */
export function openLayerTar(layout: OciLayout, desc: Descriptor, diffId: string, label = `layer blob ${desc.digest}`): LayerTar {
  const compression = layerCompression(desc.mediaType);
  const blob = new Meter(algorithmOf(desc.digest));
  const tar = new Meter(algorithmOf(diffId));
  let decompress: NodeJS.ReadWriteStream;
  if (compression === 'gzip') decompress = zlib.createGunzip();
  else if (compression === 'zstd') decompress = (zlib as unknown as { createZstdDecompress(): NodeJS.ReadWriteStream }).createZstdDecompress();
  else decompress = new PassThrough();
  // Bounded by the descriptor: a blob that is a symlink, a device or longer than its size fails.
  const out = pipeline(openLayoutBlob(layout.dir, desc, label), blob, decompress, tar, () => {});
  return {
    tar: out as AsyncIterable<Buffer>,
    verify() {
      const got = `${algorithmOf(desc.digest)}:${blob.hash.digest('hex')}`;
      if (got !== desc.digest) throw new UserError(`layer blob ${desc.digest} is corrupt: its content hashes to ${got}`);
      if (blob.bytes !== desc.size) throw new UserError(`layer blob ${desc.digest} is ${blob.bytes} bytes, but the manifest says ${desc.size}`);
      const diff = `${algorithmOf(diffId)}:${tar.hash.digest('hex')}`;
      if (diff !== diffId) throw new UserError(`layer ${desc.digest} does not match the image config: its uncompressed content is ${diff}, rootfs.diff_ids says ${diffId}`);
    },
    close() {
      out.destroy();
    },
  };
}

// A layer blob as the tar stream inside it: read from the layout, decompressed as its media type
// says, with the blob's digest and size and the tar's diff_id checked once the stream is read.
import { createHash, type Hash } from 'node:crypto';
import { Transform, pipeline, type TransformCallback } from 'node:stream';
import type { LayoutImageSource } from '../model/layout-source.js';
import { layerDecompressor, requireLayerReadable } from '../oci/compression.js';
import type { Descriptor } from '../oci/types.js';
import { UserError } from '../util/errors.js';

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

/** Refuses, before anything is written, a layer we could not apply. */
export function checkLayerSupported(desc: Descriptor, index: number): void {
  requireLayerReadable(desc.mediaType, `layer ${index + 1} (${desc.digest})`, '; cannot unpack it');
}

export interface LayerTar {
  tar: AsyncIterable<Buffer>;
  /** Call after `tar` was read to the end: throws when the digest, size or diff_id differ. */
  verify(): void;
  /** Stops reading (after a failure): closes the blob and the decompressor. */
  close(): void;
}

/** `label` names the layer in read errors, e.g. "layer 2/3 (sha256:...)". */
export function openLayerTar(source: LayoutImageSource, desc: Descriptor, diffId: string, label = `layer blob ${desc.digest}`): LayerTar {
  const blob = new Meter(algorithmOf(desc.digest));
  const tar = new Meter(algorithmOf(diffId));
  const decompress = layerDecompressor(desc.mediaType, label);
  // Bounded by the descriptor: a blob that is a symlink, a device or longer than its size fails.
  const out = pipeline(source.blobStream(desc, label), blob, decompress, tar, () => {});
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

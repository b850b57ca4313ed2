// The one compression table, by algorithm and by layer media type: how to decompress, how to
// compress as a stream (for re-encoding, e.g. zstd layers for docker load), and whether this
// Node has it (zstd is in node:zlib from Node 22.15 / 23.8). The build's deterministic parallel
// compressors stay in src/layer/compress.ts; everything that reads layers asks here.
import type { Transform } from 'node:stream';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import { type Compression, layerCompression } from './mediatypes.js';
import { UserError } from '../util/errors.js';

export interface CompressionEntry {
  /** True when this Node can decompress and compress it. */
  available(): boolean;
  /** A fresh decompressing stream. */
  decompressor(): Transform;
  /** A fresh compressing stream at `level` (the algorithm's default when undefined). */
  compressor(level?: number): Transform;
}

type ZstdZlib = {
  createZstdDecompress?: (o?: object) => Transform;
  createZstdCompress?: (o?: object) => Transform;
  constants: Record<string, number>;
};
const z = zlib as unknown as ZstdZlib;

export const COMPRESSION: Record<Compression, CompressionEntry> = {
  gzip: {
    available: () => true,
    decompressor: () => zlib.createGunzip({ chunkSize: 256 * 1024 }),
    compressor: (level) => zlib.createGzip({ level: level ?? 5, chunkSize: 256 * 1024 }),
  },
  zstd: {
    available: () => typeof z.createZstdDecompress === 'function' && typeof z.createZstdCompress === 'function',
    decompressor: () => {
      requireAvailable('zstd', 'zstd decompression');
      return z.createZstdDecompress!();
    },
    compressor: (level) => {
      requireAvailable('zstd', 'zstd compression');
      return z.createZstdCompress!({ params: { [z.constants.ZSTD_c_compressionLevel]: level ?? 3, [z.constants.ZSTD_c_checksumFlag]: 1 } });
    },
  },
  none: {
    available: () => true,
    decompressor: () => new PassThrough(),
    compressor: () => new PassThrough(),
  },
};

/**
 * Fails with what to do when this Node lacks `algorithm`. `subject` is what needed it, e.g.
 * "zstd compression" or "layer 2 (sha256:...) is zstd-compressed, which"; `advice` is the way out.
 */
export function requireAvailable(algorithm: Compression, subject: string, advice?: string): void {
  if (COMPRESSION[algorithm].available()) return;
  throw new UserError(`${subject} needs Node.js 22.15 or newer (this is ${process.version})${advice ? `; ${advice}` : ''}`, 1, { kind: 'unsupported' });
}

/** The table's entry for a layer media type, or a UserError for a type that is not a layer. */
export function compressionFor(mediaType: string, what: string, purpose = ''): { algorithm: Compression; entry: CompressionEntry } {
  const algorithm = layerCompression(mediaType);
  if (!algorithm) throw new UserError(`${what} has media type "${mediaType}", which is not a filesystem layer${purpose}`, 1, { kind: 'unsupported', field: 'mediaType' });
  return { algorithm, entry: COMPRESSION[algorithm] };
}

/**
 * Refuses, before anything is read or written, a layer this Node cannot decompress: a media type
 * that is not a layer, or zstd without node:zlib's zstd. `purpose` ends the not-a-layer message
 * (e.g. "; cannot unpack it"). Returns the layer's compression.
 */
export function requireLayerReadable(mediaType: string, what: string, purpose = ''): Compression {
  const { algorithm } = compressionFor(mediaType, what, purpose);
  requireAvailable(algorithm, `${what} is ${algorithm}-compressed, which`);
  return algorithm;
}

/** True when a layer of `mediaType` can be decompressed on this Node. */
export function layerReadable(mediaType: string): boolean {
  const algorithm = layerCompression(mediaType);
  return algorithm !== undefined && COMPRESSION[algorithm].available();
}

/** A decompressor for a layer of `mediaType`, checked to be available here. */
export function layerDecompressor(mediaType: string, what: string): Transform {
  requireLayerReadable(mediaType, what);
  return COMPRESSION[layerCompression(mediaType)!].decompressor();
}

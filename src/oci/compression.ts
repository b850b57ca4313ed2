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
      requireAvailable('zstd', 'decompress a zstd layer');
      return z.createZstdDecompress!();
    },
    compressor: (level) => {
      requireAvailable('zstd', 'compress with zstd');
      return z.createZstdCompress!({ params: { [z.constants.ZSTD_c_compressionLevel]: level ?? 3, [z.constants.ZSTD_c_checksumFlag]: 1 } });
    },
  },
  none: {
    available: () => true,
    decompressor: () => new PassThrough(),
    compressor: () => new PassThrough(),
  },
};

/** Fails with what to do when this Node lacks `algorithm`. `doing` says what needed it. */
export function requireAvailable(algorithm: Compression, doing: string): void {
  if (COMPRESSION[algorithm].available()) return;
  throw new UserError(`to ${doing}, Node.js 22.15 or newer is needed (node:zlib has zstd from there; this is ${process.version})`, 1, { kind: 'unsupported' });
}

/** The table's entry for a layer media type, or a UserError for a type that is not a layer. */
export function compressionFor(mediaType: string, what: string): { algorithm: Compression; entry: CompressionEntry } {
  const algorithm = layerCompression(mediaType);
  if (!algorithm) throw new UserError(`${what} has media type "${mediaType}", which is not a filesystem layer`, 1, { kind: 'unsupported', field: 'mediaType' });
  return { algorithm, entry: COMPRESSION[algorithm] };
}

/** A decompressor for a layer of `mediaType`, checked to be available here. */
export function layerDecompressor(mediaType: string, what: string): Transform {
  const { algorithm, entry } = compressionFor(mediaType, what);
  requireAvailable(algorithm, `read ${what}`);
  return entry.decompressor();
}

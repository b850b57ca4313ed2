import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  layerCompression
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/oci/compression.ts
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
var z = zlib;
var COMPRESSION = {
  gzip: {
    available: () => true,
    decompressor: () => zlib.createGunzip({ chunkSize: 256 * 1024 }),
    compressor: (level) => zlib.createGzip({ level: level ?? 5, chunkSize: 256 * 1024 })
  },
  zstd: {
    available: () => typeof z.createZstdDecompress === "function" && typeof z.createZstdCompress === "function",
    decompressor: () => {
      requireAvailable("zstd", "zstd decompression");
      return z.createZstdDecompress();
    },
    compressor: (level) => {
      requireAvailable("zstd", "zstd compression");
      return z.createZstdCompress({ params: { [z.constants.ZSTD_c_compressionLevel]: level ?? 3, [z.constants.ZSTD_c_checksumFlag]: 1 } });
    }
  },
  none: {
    available: () => true,
    decompressor: () => new PassThrough(),
    compressor: () => new PassThrough()
  }
};
function requireAvailable(algorithm, subject, advice) {
  if (COMPRESSION[algorithm].available()) return;
  throw new UserError(`${subject} needs Node.js 22.15 or newer (this is ${process.version})${advice ? `; ${advice}` : ""}`, 1, { kind: "unsupported" });
}
function compressionFor(mediaType, what, purpose = "") {
  const algorithm = layerCompression(mediaType);
  if (!algorithm) throw new UserError(`${what} has media type "${mediaType}", which is not a filesystem layer${purpose}`, 1, { kind: "unsupported", field: "mediaType" });
  return { algorithm, entry: COMPRESSION[algorithm] };
}
function requireLayerReadable(mediaType, what, purpose = "") {
  const { algorithm } = compressionFor(mediaType, what, purpose);
  requireAvailable(algorithm, `${what} is ${algorithm}-compressed, which`);
  return algorithm;
}
function layerReadable(mediaType) {
  const algorithm = layerCompression(mediaType);
  return algorithm !== void 0 && COMPRESSION[algorithm].available();
}
function layerDecompressor(mediaType, what) {
  requireLayerReadable(mediaType, what);
  return COMPRESSION[layerCompression(mediaType)].decompressor();
}

export {
  COMPRESSION,
  requireAvailable,
  requireLayerReadable,
  layerReadable,
  layerDecompressor
};

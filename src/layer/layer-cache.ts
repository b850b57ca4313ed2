// Layer reuse: an unchanged tree is not compressed again. A layer's key hashes everything that
// decides its bytes — each entry's normalised header, and each file's identity on disk (device,
// inode, size, mtime and ctime, which any write changes) — plus the compression settings. A hit
// names the diff_id and the compressed blob, which is kept in the blob cache and verified by
// digest when stored; it is hashed again before use only when its file is not the one stored
// (another inode, size or mtime: any write, copy or replacement changes one of them), so an
// unchanged rebuild costs the walk and a stat, not a read of the blob.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BlobCache } from '../layout/blob-cache.js';
import { hashFile } from '../layout/blob-cache.js';
import type { Compression } from '../oci/mediatypes.js';
import type { Descriptor } from '../oci/types.js';
import type { LayerPlan } from './plan.js';

/** Bump when the layer format changes (tar or gzip bytes), so old entries are never reused. */
const FORMAT = 'oci-bundle-layer-v2'; // v2: 256 KiB gzip chunks, single-pass zstd frames

export interface CachedLayer {
  diffId: string;
  descriptor: Descriptor;
  tarSize: number;
}

/** The cache entry on disk: the layer and what its blob's file was when stored. */
interface StoredLayer extends CachedLayer {
  blobFile?: { ino: number; size: number; mtimeMs: number };
}

/**
 * An entry that writes its own line of the key, the very bytes `layerKey` makes from its header
 * and source, without making them (plan.ts: the single-pass plan's entries).
 */
export interface KeyLineWriter {
  /** Bytes the line may take at most. */
  keyLineBound(): number;
  writeKeyLine(buf: Buffer, off: number): number;
}

const writesOwnLine = (e: object): e is KeyLineWriter => typeof (e as Partial<KeyLineWriter>).writeKeyLine === 'function';

export function layerKey(plan: LayerPlan, compression: Compression, level: number): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\0${compression}\0${level}\0${plan.root}\0`);
  // The lines are gathered in a buffer and hashed 64 KiB at a time: a hash call per string costs
  // more than the hashing on a tree of 100k entries.
  const buf = Buffer.allocUnsafe(64 * 1024);
  let off = 0;
  for (const e of plan.entries) {
    if (writesOwnLine(e)) {
      const bound = e.keyLineBound();
      if (off + bound > buf.length) {
        h.update(buf.subarray(0, off));
        off = 0;
      }
      if (bound <= buf.length) {
        off = e.writeKeyLine(buf, off);
        continue;
      }
      const big = Buffer.allocUnsafe(bound);
      h.update(big.subarray(0, e.writeKeyLine(big, 0)));
      continue;
    }
    const x = e.header;
    const src = e.source;
    const line = `${x.name}\0${x.type}\0${x.mode}\0${x.uid}\0${x.gid}\0${x.size}\0${x.mtime}\0${x.linkname ?? ''}\0${src ? (src.raw ?? src.rel) : ''}\0`;
    // at most 3 UTF-8 bytes per UTF-16 unit, then the stamp's 32 bytes and the newline
    if (off + 3 * line.length + 33 > buf.length) {
      h.update(buf.subarray(0, off));
      off = 0;
      if (3 * line.length + 33 > buf.length) {
        h.update(line);
        if (src?.stamp) h.update(src.stamp, 'latin1');
        h.update('\n');
        continue;
      }
    }
    off += buf.write(line, off, 'utf8');
    // The stamp's 32 bytes as they are (fixed length, so the line stays unambiguous).
    if (src?.stamp) off += buf.write(src.stamp, off, 'latin1');
    buf[off++] = 0x0a;
  }
  h.update(buf.subarray(0, off));
  return h.digest('hex');
}

export class LayerCache {
  constructor(private readonly blobs: BlobCache) {}

  private entryPath(key: string): string {
    return path.join(this.blobs.dir, 'layers', key + '.json');
  }

  private contextPath(root: string): string {
    return path.join(this.blobs.dir, 'layers', 'contexts', createHash('sha256').update(root).digest('hex'));
  }

  /**
   * Whether the folder `root` was built with this cache before. Then an unchanged tree is likely
   * enough that the walk goes before the packing (whose work a hit would throw away); on a first
   * build the packing starts as the walk goes. A guess for speed, never for bytes.
   */
  async builtBefore(root: string): Promise<boolean> {
    return fs.stat(this.contextPath(root)).then(
      () => true,
      () => false,
    );
  }

  async noteBuilt(root: string): Promise<void> {
    const file = this.contextPath(root);
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, '');
    } catch {
      // only a guess for the next build's speed
    }
  }

  /** The cached layer for `key` with the path of its verified blob, or undefined. */
  async lookup(key: string): Promise<{ layer: CachedLayer; blob: string } | undefined> {
    let stored: StoredLayer;
    try {
      stored = JSON.parse(await fs.readFile(this.entryPath(key), 'utf8')) as StoredLayer;
    } catch {
      return undefined;
    }
    const { blobFile, ...layer } = stored;
    const blob = this.blobs.path(layer.descriptor.digest);
    const st = await fs.stat(blob).catch(() => undefined);
    if (!st || st.size !== layer.descriptor.size) return undefined;
    if (blobFile && st.ino === blobFile.ino && st.size === blobFile.size && st.mtimeMs === blobFile.mtimeMs) return { layer, blob };
    const h = await hashFile(blob).catch(() => undefined);
    if (!h || h.digest !== layer.descriptor.digest || h.size !== layer.descriptor.size) return undefined;
    return { layer, blob };
  }

  /**
   * Remembers a layer just built; its blob is hard-linked (or copied) into the cache. `written` is
   * the identity of the file whose bytes were hashed as they were written: only that file (or a
   * copy made of it here) is trusted later without hashing it again. A blob the layout already had
   * is linked only where the cache has none, and is hashed when used, as before.
   */
  async store(key: string, layer: CachedLayer, blobFile: string, written?: { dev: number; ino: number }): Promise<void> {
    try {
      const dest = this.blobs.path(layer.descriptor.digest);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      const source = await fs.stat(blobFile);
      const ours = written !== undefined && source.dev === written.dev && source.ino === written.ino;
      const there = await fs.stat(dest).catch(() => undefined);
      const same = there !== undefined && there.dev === source.dev && there.ino === source.ino;
      if (!there || (ours && !same)) {
        const tmp = `${dest}.tmp-${process.pid}`;
        await fs.link(blobFile, tmp).catch(() => fs.copyFile(blobFile, tmp));
        await fs.rename(tmp, dest);
      }
      const st = await fs.stat(dest);
      const stored: StoredLayer = ours ? { ...layer, blobFile: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } } : layer;
      const entry = this.entryPath(key);
      await fs.mkdir(path.dirname(entry), { recursive: true });
      await fs.writeFile(`${entry}.tmp-${process.pid}`, JSON.stringify(stored));
      await fs.rename(`${entry}.tmp-${process.pid}`, entry);
    } catch {
      // The cache only saves time: a read-only or full cache folder must not fail the build.
    }
  }
}

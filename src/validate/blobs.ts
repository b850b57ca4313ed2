// The blob store of a layout, as the validator sees it: where a blob is, whether it is there and
// how big, and its real digest — computed by streaming, at most once per blob however many
// descriptors point at it.
import { createReadStream, promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Algorithm } from '../oci/digest.js';

export interface HashResult {
  /** The digest the content really has (same algorithm as the name). */
  digest: string;
  size: number;
}

export type BlobStat = { present: true; size: number } | { present: false; reason: string };

/** Read buffers: large enough to keep syscalls cheap, small enough to keep memory flat. */
export const READ_CHUNK = 1024 * 1024;

export class BlobStore {
  private readonly stats = new Map<string, Promise<BlobStat>>();
  private readonly digests = new Map<string, Promise<HashResult>>();
  /** Distinct blobs hashed, and their bytes. */
  hashedCount = 0;
  bytesHashed = 0;

  constructor(
    readonly dir: string,
    private readonly onHash?: (digest: string, size: number) => void,
  ) {}

  path(algorithm: string, hex: string): string {
    return path.join(this.dir, 'blobs', algorithm, hex);
  }

  pathOf(digest: string): string {
    const i = digest.indexOf(':');
    return this.path(digest.slice(0, i), digest.slice(i + 1));
  }

  stat(digest: string): Promise<BlobStat> {
    let p = this.stats.get(digest);
    if (!p) {
      p = fs.stat(this.pathOf(digest)).then(
        (st): BlobStat => (st.isFile() ? { present: true, size: st.size } : { present: false, reason: `blobs/${digest.replace(':', '/')} is not a regular file` }),
        (e: NodeJS.ErrnoException): BlobStat => ({
          present: false,
          reason: e.code === 'ENOENT' || e.code === 'ENOTDIR' ? `blobs/${digest.replace(':', '/')} does not exist` : `blobs/${digest.replace(':', '/')} cannot be read: ${e.code ?? e.message}`,
        }),
      );
      this.stats.set(digest, p);
    }
    return p;
  }

  open(digest: string): Readable {
    return createReadStream(this.pathOf(digest), { highWaterMark: READ_CHUNK });
  }

  /** Reads a small blob whole (JSON documents; the caller checked the size first). */
  read(digest: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(digest));
  }

  /** Has this blob's content been hashed already (by any route)? */
  wasHashed(digest: string): boolean {
    return this.digests.has(digest);
  }

  /** Records a digest computed by someone reading the blob anyway (document read, layer check). */
  record(digest: string, result: HashResult): void {
    if (this.digests.has(digest)) return;
    this.digests.set(digest, Promise.resolve(result));
    this.count(digest, result.size);
  }

  /** The digest of what is stored under `digest`, computed once by streaming. Rejects on read errors. */
  hash(digest: string, algorithm: Algorithm): Promise<HashResult> {
    let p = this.digests.get(digest);
    if (!p) {
      p = (async () => {
        const h = createHash(algorithm);
        let size = 0;
        for await (const chunk of this.open(digest)) {
          h.update(chunk as Buffer);
          size += (chunk as Buffer).length;
        }
        this.count(digest, size);
        return { digest: `${algorithm}:${h.digest('hex')}`, size };
      })();
      this.digests.set(digest, p);
    }
    return p;
  }

  private count(digest: string, size: number): void {
    this.hashedCount++;
    this.bytesHashed += size;
    this.onHash?.(digest, size);
  }
}

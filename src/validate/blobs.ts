// The blob store of a layout, as the validator sees it: whether a blob is there and how big, and
// its real digest — computed by streaming, at most once per blob however many descriptors point
// at it. Reads go through LayoutFiles (a folder, or an oci-archive read in place), bounded by the
// size the blob was found with.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Algorithm } from '../oci/digest.js';
import type { BlobStat, LayoutFiles } from './layout-files.js';

export type { BlobStat } from './layout-files.js';

export interface HashResult {
  /** The digest the content really has (same algorithm as the name). */
  digest: string;
  size: number;
}

/** Read buffers: large enough to keep syscalls cheap, small enough to keep memory flat. */
export const READ_CHUNK = 1024 * 1024;

function split(digest: string): [string, string] {
  const i = digest.indexOf(':');
  return [digest.slice(0, i), digest.slice(i + 1)];
}

export class BlobStore {
  private readonly stats = new Map<string, Promise<BlobStat>>();
  private readonly digests = new Map<string, Promise<HashResult>>();
  /** Distinct blobs hashed, and their bytes. */
  hashedCount = 0;
  bytesHashed = 0;

  constructor(
    readonly files: LayoutFiles,
    private readonly onHash?: (digest: string, size: number) => void,
  ) {}

  /** Callers pass digests that classifyDigest accepted (algorithm and hex checked). */
  stat(digest: string): Promise<BlobStat> {
    let p = this.stats.get(digest);
    if (!p) {
      p = this.files.statBlob(...split(digest));
      this.stats.set(digest, p);
    }
    return p;
  }

  /** The blob's bytes, never more than the size stat() found (call stat() first). */
  async open(digest: string): Promise<Readable> {
    const st = await this.stat(digest);
    if (!st.present) throw new Error(st.reason);
    const [alg, hex] = split(digest);
    return this.files.openBlob(alg, hex, st.size);
  }

  /** Reads a small blob whole (JSON documents; the caller checked the size first). */
  async read(digest: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of await this.open(digest)) parts.push(c as Buffer);
    return Buffer.concat(parts);
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
        for await (const chunk of await this.open(digest)) {
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

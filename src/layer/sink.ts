// Where compressed layer bytes go: the small interfaces the compressors share, and the sink that
// writes a blob to a file while hashing it. A module of its own, below compress.ts, gzip.ts and
// chunks.ts, so none of them imports another in a circle.
import { createHash, type Hash } from 'node:crypto';
import { promises as fs } from 'node:fs';

export interface Sink {
  write(data: Buffer): Promise<void>;
}

export interface Compressor {
  push(data: Buffer): Promise<void>;
  finish(): Promise<void>;
}

/**
 * Writes a blob to a file while hashing it and counting its bytes. Writes are gathered into two
 * 256 KiB buffers used in turn: one is on its way to the disk while the other fills, so the
 * producer rarely waits and the thread pool sees few, large writes (bigger buffers only cost memory). The caller's buffer is never
 * kept after `write` returns (it may be a reused ring slot).
 */
export class BlobFileSink implements Sink {
  private static readonly BUFFER = 256 * 1024;
  private readonly hash: Hash = createHash('sha256');
  size = 0;
  private buf = Buffer.allocUnsafeSlow(BlobFileSink.BUFFER);
  private spare = Buffer.allocUnsafeSlow(BlobFileSink.BUFFER);
  private fill = 0;
  private inflight: Promise<void> = Promise.resolve();
  private constructor(private readonly fh: fs.FileHandle) {}

  static async create(path: string): Promise<BlobFileSink> {
    return new BlobFileSink(await fs.open(path, 'w'));
  }

  async write(data: Buffer): Promise<void> {
    this.hash.update(data);
    this.size += data.length;
    let off = 0;
    while (off < data.length) {
      const n = Math.min(BlobFileSink.BUFFER - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
      if (this.fill === BlobFileSink.BUFFER) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    if (this.fill === 0) return;
    // The spare buffer is free once the write in flight (which used it) is done.
    await this.inflight;
    const out = this.buf.subarray(0, this.fill);
    [this.buf, this.spare] = [this.spare, this.buf];
    this.fill = 0;
    const fh = this.fh;
    this.inflight = (async () => {
      let off = 0;
      while (off < out.length) off += (await fh.write(out, off, out.length - off)).bytesWritten;
    })();
    this.inflight.catch(() => {});
  }

  async close(): Promise<string> {
    await this.flush();
    await this.inflight;
    await this.fh.close();
    return 'sha256:' + this.hash.digest('hex');
  }

  async abort(): Promise<void> {
    await this.inflight.catch(() => {});
    await this.fh.close().catch(() => {});
  }
}

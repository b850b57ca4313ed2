// The tar thread (started by tar-producer.ts): reads file contents with plain synchronous calls
// (open, read, close: no event-loop round trip per file), writes them after the headers the main
// thread encoded, hashes the whole tar into the diff_id, and hands it over in 1 MiB pieces of a
// shared ring buffer. A shared counter bounds how far it may run ahead of the compressor.
//
// In dist/ this module is a bundle entry of its own (dist/tar-worker.js) that the producer starts
// by file URL. Run from the TypeScript sources (the tests), where there is no .js beside it, the
// producer starts `tarWorkerMain`'s own text instead; so the function uses nothing from outside
// itself but what it is passed: no imports, no module-level bindings.
import * as workerThreads from 'node:worker_threads';
import * as nodeFs from 'node:fs';
import * as nodeCrypto from 'node:crypto';

/** What the producer passes in workerData. */
export interface TarWorkerData {
  kind: 'oci-bundle-tar';
  /** Int32Array over it: [0] pieces posted and not yet consumed. */
  shared: SharedArrayBuffer;
  /** maxAhead slots of outBytes each. */
  ring: SharedArrayBuffer;
  outBytes: number;
  maxAhead: number;
  /** Bytes per entry in a batch's meta (header length, content size, the walk's 32-byte stamp). */
  metaBytes: number;
}

/** Producer -> tar thread. */
export type ToTarWorker =
  /** First: the folder, ending in a separator, that file paths in batches are relative to. */
  | { t: 'root'; root: string }
  | { t: 'batch'; headers: ArrayBufferLike; meta: ArrayBufferLike; n: number; paths: string }
  | { t: 'end'; trailer: Uint8Array };

/** Tar thread -> producer. */
export type FromTarWorker =
  | { t: 'data'; s: number; n: number }
  | { t: 'batch' }
  | { t: 'end'; diffId: string; size: number }
  | { t: 'error'; code?: string; message: string; path?: string };

/**
 * The thread's body. Everything it needs comes in as arguments (see the top of the file).
 * Errors reach the producer as messages: OCI_CHANGED (a file's size is not the walk's),
 * OCI_REPLACED (not the file the walk saw), else the file system's code.
 */
export function tarWorkerMain(wt: typeof workerThreads, fs: typeof nodeFs, crypto: typeof nodeCrypto): void {
  const port = wt.parentPort!;
  const data = wt.workerData as TarWorkerData;
  const OUT = data.outBytes;
  const MAX_AHEAD = data.maxAhead;
  const META = data.metaBytes / 8;
  const ahead = new Int32Array(data.shared);
  const hash = crypto.createHash('sha256');
  const post = (m: FromTarWorker) => port.postMessage(m);
  // Pieces are written into the ring's slots in turn; a slot is free again once the main thread
  // has consumed the piece in it (the counter is below the ring's size). Every byte of the tar
  // passes through a slot, so a piece is hashed whole as it is handed over: one hash call per
  // MiB, not two per file.
  let slot = 0;
  let out = Buffer.from(data.ring, 0, OUT);
  let fill = 0;
  let total = 0;
  const flush = (): void => {
    if (fill === 0) return;
    hash.update(out.subarray(0, fill));
    Atomics.add(ahead, 0, 1);
    post({ t: 'data', s: slot, n: fill });
    slot = (slot + 1) % MAX_AHEAD;
    fill = 0;
    while (Atomics.load(ahead, 0) >= MAX_AHEAD) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1000);
    out = Buffer.from(data.ring, slot * OUT, OUT);
  };
  const put = (src: Buffer, start: number, end: number): void => {
    total += end - start;
    while (start < end) {
      const n = Math.min(OUT - fill, end - start);
      src.copy(out, fill, start, start + n);
      fill += n;
      start += n;
      if (fill === OUT) flush();
    }
  };
  const ZERO = Buffer.alloc(512);
  const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
  const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
  const fail = (code: string, p: string) => Object.assign(new Error(code), { code, path: p });
  // Opens the file the walk saw, or fails: a symlink is not followed (ELOOP), a FIFO does not
  // block the open and a socket cannot be opened (ENXIO), and anything else in its place
  // (another file swapped in, through a renamed folder too) has another device or inode.
  // dev is NaN when the entry carries no stamp (then only the type is checked).
  const openWalked = (p: string, dev: number, ino: number): number => {
    let fd: number;
    try {
      fd = fs.openSync(p, OPEN_FLAGS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR') throw fail('OCI_REPLACED', p);
      throw e;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || (dev === dev && (st.dev !== dev || st.ino !== ino))) throw fail('OCI_REPLACED', p);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
    return fd;
  };
  // File content is read straight into the ring slot: no intermediate copy. A short read that
  // completes the size the walk saw is taken as the end of the file (no further read for the 0
  // that would confirm it), so a small file takes one open, one fstat, one read and one close;
  // a file that grew shows as more bytes than its size, one that shrank as fewer.
  const copyFile = (p: string, size: number, dev: number, ino: number): void => {
    const fd = openWalked(p, dev, ino);
    try {
      let got = 0;
      for (;;) {
        const want = OUT - fill;
        const n = fs.readSync(fd, out, fill, want, null);
        if (n === 0) break;
        if (got + n > size) throw fail('OCI_CHANGED', p);
        total += n;
        fill += n;
        got += n;
        if (fill === OUT) flush();
        if (n < want && got === size) break;
      }
      if (got !== size) throw fail('OCI_CHANGED', p);
    } finally {
      fs.closeSync(fd);
    }
  };
  let root = '';
  port.on('message', (m: ToTarWorker) => {
    try {
      if (m.t === 'root') {
        root = m.root;
        return;
      }
      if (m.t === 'end') {
        const trailer = Buffer.from(m.trailer.buffer, m.trailer.byteOffset, m.trailer.byteLength);
        put(trailer, 0, trailer.length);
        flush();
        post({ t: 'end', diffId: 'sha256:' + hash.digest('hex'), size: total });
        return;
      }
      const headers = Buffer.from(m.headers);
      const meta = new Float64Array(m.meta, 0, m.n * META);
      const paths = m.paths.split('\0');
      let ho = 0;
      let pi = 0;
      for (let i = 0; i < meta.length; i += META) {
        const hl = meta[i];
        const size = meta[i + 1];
        put(headers, ho, ho + hl);
        ho += hl;
        if (size < 0) continue;
        copyFile(root + paths[pi++], size, meta[i + 2], meta[i + 3]);
        const pad = (512 - (size % 512)) % 512;
        if (pad) put(ZERO, 0, pad);
      }
      post({ t: 'batch' });
    } catch (err) {
      const e = err as { code?: string; message?: string; path?: string };
      post({ t: 'error', code: e.code, message: String(e.message), path: e.path });
    }
  });
}

// Started as a thread by the producer (dist/tar-worker.js): run.
if (!workerThreads.isMainThread && (workerThreads.workerData as TarWorkerData | undefined)?.kind === 'oci-bundle-tar') {
  tarWorkerMain(workerThreads, nodeFs, nodeCrypto);
}

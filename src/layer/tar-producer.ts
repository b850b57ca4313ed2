// The layer's tar stream, produced on a worker thread: file contents are read there with plain
// synchronous calls (open, read, close: no event-loop round trip per file), written after the
// headers the main thread encoded, hashed into the diff_id, and handed over in 1 MiB pieces of a
// shared ring buffer. A shared counter bounds how far the reader may run ahead of the compressor,
// and nothing is allocated per piece: the tar's bytes pass through the same 8 MiB all along.
// Each file is opened without following a symlink and without blocking (a FIFO), and must be the
// very file the walk saw (device and inode): what is read is what was walked, or the build stops.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodeHeader, writePlainHeader, TRAILER, BLOCK } from './tar.js';
import type { LayerEntry } from './plan.js';
import { UserError, fsError } from '../util/errors.js';

const BATCH_ENTRIES = 2048;
/** Per entry in a batch: header length, content size (-1: none), then the walk's 32-byte stamp. */
const META_BYTES = 48;
const OUT_BYTES = 1024 * 1024;
const MAX_AHEAD = 8; // ring slots: pieces of output (8 MiB) not yet consumed

// Plain CommonJS run with eval, so it works from the single-file bundle and from sources alike.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const OUT = ${OUT_BYTES}, MAX_AHEAD = ${MAX_AHEAD};
const ahead = new Int32Array(workerData.shared); // [0] pieces posted - consumed
const hash = crypto.createHash('sha256');
// Pieces are written into the ring's slots in turn; a slot is free again once the main thread
// has consumed the piece in it (the counter is below the ring's size). Every byte of the tar
// passes through a slot, so a piece is hashed whole as it is handed over: one hash call per MiB,
// not two per file.
const ring = workerData.ring;
let slot = 0, out = Buffer.from(ring, 0, OUT), fill = 0, total = 0;
function flush() {
  if (fill === 0) return;
  hash.update(out.subarray(0, fill));
  Atomics.add(ahead, 0, 1);
  parentPort.postMessage({ t: 'data', s: slot, n: fill });
  slot = (slot + 1) % MAX_AHEAD; fill = 0;
  while (Atomics.load(ahead, 0) >= MAX_AHEAD) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1000);
  out = Buffer.from(ring, slot * OUT, OUT);
}
function put(src, start, end) {
  total += end - start;
  while (start < end) {
    const n = Math.min(OUT - fill, end - start);
    src.copy(out, fill, start, start + n);
    fill += n; start += n;
    if (fill === OUT) flush();
  }
}
const ZERO = Buffer.alloc(512);
const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
const fail = (code, p) => Object.assign(new Error(code), { code, path: p });
// Opens the file the walk saw, or fails: a symlink is not followed (ELOOP), a FIFO does not block
// the open and a socket cannot be opened (ENXIO), and anything else in its place (another file
// swapped in, through a renamed folder too) has another device or inode.
function openWalked(p, dev, ino) {
  let fd;
  try { fd = fs.openSync(p, OPEN_FLAGS); } catch (e) {
    if (e.code === 'ELOOP' || e.code === 'ENXIO' || e.code === 'EISDIR') throw fail('OCI_REPLACED', p);
    throw e;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || (dev === dev && (st.dev !== dev || st.ino !== ino))) throw fail('OCI_REPLACED', p);
  } catch (e) { fs.closeSync(fd); throw e; }
  return fd;
}
// File content is read straight into the ring slot: no intermediate copy.
// A short read that completes the size the walk saw is taken as the end of the file (no further
// read for the 0 that would confirm it), so most small files take one open, one fstat, one read
// and one close; a file that grew shows as more bytes than its size, one that shrank as fewer.
function copyFile(p, size, dev, ino) {
  const fd = openWalked(p, dev, ino);
  try {
    let got = 0;
    for (;;) {
      const want = OUT - fill;
      const n = fs.readSync(fd, out, fill, want, null);
      if (n === 0) break;
      if (got + n > size) throw fail('OCI_CHANGED', p);
      total += n; fill += n; got += n;
      if (fill === OUT) flush();
      if (n < want && got === size) break;
    }
    if (got !== size) throw fail('OCI_CHANGED', p);
  } finally { fs.closeSync(fd); }
}
const root = workerData.root;
parentPort.on('message', (m) => {
  try {
    if (m.t === 'end') {
      const trailer = Buffer.from(m.trailer.buffer, m.trailer.byteOffset, m.trailer.byteLength);
      put(trailer, 0, trailer.length);
      flush();
      parentPort.postMessage({ t: 'end', diffId: 'sha256:' + hash.digest('hex'), size: total });
      return;
    }
    const headers = Buffer.from(m.headers);
    const meta = new Float64Array(m.meta, 0, m.n * ${META_BYTES / 8});
    const paths = m.paths.split('\0');
    let ho = 0, pi = 0;
    for (let i = 0; i < meta.length; i += ${META_BYTES / 8}) {
      const hl = meta[i], size = meta[i + 1];
      put(headers, ho, ho + hl);
      ho += hl;
      if (size < 0) continue;
      // dev is NaN when the entry carries no stamp (then only the type is checked)
      copyFile(root + paths[pi++], size, meta[i + 2], meta[i + 3]);
      const pad = (512 - (size % 512)) % 512;
      if (pad) put(ZERO, 0, pad);
    }
    parentPort.postMessage({ t: 'batch' });
  } catch (err) {
    parentPort.postMessage({ t: 'error', code: err.code, message: String(err.message), path: err.path });
  }
});
`;

export interface TarProduction {
  /** The tar's bytes. Each piece is valid only until the next is requested: consume or copy it. */
  chunks: AsyncIterable<Buffer>;
  /** Resolves after the last chunk: the diff_id and the tar's size. */
  result: Promise<{ diffId: string; size: number }>;
}

/**
 * Starts producing the tar of `entries`, whose content is read from below `root`; consume
 * `chunks` fully, then await `result`.
 */
export function produceTar(entries: LayerEntry[], root: string): TarProduction {
  const shared = new SharedArrayBuffer(4);
  const ahead = new Int32Array(shared);
  const ring = new SharedArrayBuffer(MAX_AHEAD * OUT_BYTES);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared, ring, root: root + path.sep }, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
  const queue: Buffer[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let done = false;
  let next = 0;
  let resolveResult!: (r: { diffId: string; size: number }) => void;
  let rejectResult!: (e: Error) => void;
  const result = new Promise<{ diffId: string; size: number }>((res, rej) => {
    resolveResult = res;
    rejectResult = rej;
  });
  result.catch(() => {});

  const slots = [0, 1].map(() => {
    const meta = Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * META_BYTES));
    return { headers: Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * BLOCK)), meta, nums: new Float64Array(meta.buffer) };
  });
  let batches = 0;
  const sendBatch = () => {
    if (next > entries.length) return;
    if (next === entries.length) {
      worker.postMessage({ t: 'end', trailer: TRAILER });
      next++;
      return;
    }
    const end = Math.min(entries.length, next + BATCH_ENTRIES);
    // Headers are written straight into the batch's slot (no buffer per entry); the rest goes as
    // numbers in a shared slot and one string of paths. Two slots, used in turn: at most two
    // batches are outstanding, so a slot is free again by the time its turn comes. Nothing is
    // allocated per batch either (a transferred buffer would stay alive in the tar thread until
    // its next full collection: 50 MiB on a tree of 100k files).
    const slot = slots[batches++ % 2];
    let headers: Buffer = slot.headers;
    headers.fill(0);
    const meta = slot.meta;
    const nums = slot.nums; // native order, like the stamp's bytes
    const paths: string[] = [];
    let ho = 0;
    for (let i = next, mo = 0; i < end; i++, mo += META_BYTES) {
      const e = entries[i];
      let hl = writePlainHeader(headers, ho, e.header);
      if (hl === 0) {
        const h = encodeHeader(e.header);
        hl = h.length;
        if (ho + hl + (end - i - 1) * BLOCK > headers.length) {
          // Long PAX records: this batch's headers go in a buffer of their own.
          const bigger = Buffer.from(new ArrayBuffer(ho + hl + (end - i - 1) * BLOCK));
          headers.copy(bigger, 0, 0, ho);
          headers = bigger;
        }
        h.copy(headers, ho);
      }
      ho += hl;
      const content = e.header.type === 'file' && e.header.size > 0 && e.source !== undefined;
      nums[mo / 8] = hl;
      nums[mo / 8 + 1] = content ? e.header.size : -1;
      if (content && e.source!.stamp) meta.write(e.source!.stamp, mo + 16, 32, 'latin1');
      else nums[mo / 8 + 2] = NaN;
      if (content) paths.push(e.source!.raw ?? e.source!.rel);
    }
    worker.postMessage({ t: 'batch', headers: headers.buffer, meta: meta.buffer, n: end - next, paths: paths.join('\0') });
    next = end;
  };
  const fail = (e: Error) => {
    failure ??= e;
    wake?.();
    rejectResult(failure);
    void worker.terminate();
  };
  worker.on('message', (m: { t: string; s?: number; n?: number; diffId?: string; size?: number; code?: string; message?: string; path?: string }) => {
    if (m.t === 'data') {
      queue.push(Buffer.from(ring, m.s! * OUT_BYTES, m.n));
      wake?.();
    } else if (m.t === 'batch') {
      sendBatch();
    } else if (m.t === 'end') {
      done = true;
      wake?.();
      resolveResult({ diffId: m.diffId!, size: m.size! });
      void worker.terminate();
    } else if (m.t === 'error') {
      const file = m.path ?? 'a file of the build context';
      if (!m.code) fail(new Error(`tar producer: ${m.message}`));
      else if (m.code === 'OCI_CHANGED') fail(new UserError(`${file} changed size while it was being packaged; rebuild once the build output is complete`));
      else if (m.code === 'OCI_REPLACED') fail(new UserError(`${file} was replaced (by a symlink, a special file or another file) since the build context was read; it is not packaged: rebuild once the build output is complete`));
      else fail(fsError(Object.assign(new Error(m.message), { code: m.code }), file, 'reading a file of the build context'));
    }
  });
  worker.on('error', (e) => fail(e));
  sendBatch();
  // Two batches outstanding keep the worker busy while the next headers are encoded.
  sendBatch();

  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        if (failure) throw failure;
        const b = queue.shift();
        if (b) {
          yield b;
          // The consumer asked for more, so it is done with b: its slot may be refilled.
          Atomics.sub(ahead, 0, 1);
          Atomics.notify(ahead, 0);
          continue;
        }
        if (done) return;
        await new Promise<void>((r) => (wake = r));
        wake = undefined;
      }
    } finally {
      if (!done) fail(failure ?? new Error('tar production stopped'));
    }
  }
  return { chunks: chunks(), result };
}

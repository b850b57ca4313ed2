// The layer's tar stream, produced on a worker thread: file contents are read there with plain
// synchronous calls (open, read, close: no event-loop round trip per file), written after the
// headers the main thread encoded, hashed into the diff_id, and handed over in 1 MiB pieces of a
// shared ring buffer. A shared counter bounds how far the reader may run ahead of the compressor,
// and nothing is allocated per piece: the tar's bytes pass through the same 4 MiB all along.
// Each file is opened without following a symlink and without blocking (a FIFO), and must be the
// very file the walk saw (device and inode): what is read is what was walked, or the build stops.
import path from 'node:path';
import { encodeHeader, writePlainHeader, TRAILER, BLOCK } from './tar.js';
import type { EntryFeed, LayerEntry } from './plan.js';
import { UserError, fsError } from '../util/errors.js';
import type { FromTarWorker, ToTarWorker } from './tar-worker.js';
import { tarThread, META_BYTES, OUT_BYTES } from './tar-thread.js';

const BATCH_ENTRIES = 2048;

function arrayFeed(entries: LayerEntry[]): EntryFeed {
  let next = 0;
  return (max) => {
    const out = entries.slice(next, next + max);
    next += out.length;
    return out;
  };
}

export interface TarProduction {
  /** The tar's bytes. Each piece is valid only until the next is requested: consume or copy it. */
  chunks: AsyncIterable<Buffer>;
  /** Resolves after the last chunk: the diff_id and the tar's size. */
  result: Promise<{ diffId: string; size: number }>;
  /** Ends the thread when `chunks` will not be consumed. */
  stop(): void;
}

/**
 * Starts producing the tar of `entries`, whose content is read from below `root`; consume
 * `chunks` fully, then await `result`. `entries` may be a feed (a plan still being walked): it is
 * asked for the next entries as the tar thread needs them, and an error it throws fails the tar.
 * It runs on the thread started ahead (tar-thread.ts) if there is one.
 */
export function produceTar(entries: LayerEntry[] | EntryFeed, root: string): TarProduction {
  const feed = Array.isArray(entries) ? arrayFeed(entries) : entries;
  const tar = tarThread();
  const { worker, ahead, ring } = tar;
  const queue: Buffer[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let done = false;
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
  let ended = false;
  const sendBatch = () => {
    if (ended || failure) return;
    let batch: LayerEntry[];
    try {
      batch = feed(BATCH_ENTRIES);
    } catch (e) {
      fail(e as Error);
      return;
    }
    if (batch.length === 0) {
      send({ t: 'end', trailer: TRAILER });
      ended = true;
      return;
    }
    const n = batch.length;
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
    for (let i = 0, mo = 0; i < n; i++, mo += META_BYTES) {
      const e = batch[i];
      // Read once: a plan may make its headers on demand (plan.ts), not keep them.
      const eh = e.header;
      const src = e.source;
      let hl = writePlainHeader(headers, ho, eh);
      if (hl === 0) {
        const h = encodeHeader(eh);
        hl = h.length;
        if (ho + hl + (n - i - 1) * BLOCK > headers.length) {
          // Long PAX records: this batch's headers go in a buffer of their own.
          const bigger = Buffer.from(new ArrayBuffer(ho + hl + (n - i - 1) * BLOCK));
          headers.copy(bigger, 0, 0, ho);
          headers = bigger;
        }
        h.copy(headers, ho);
      }
      ho += hl;
      const content = eh.type === 'file' && eh.size > 0 && src !== undefined;
      nums[mo / 8] = hl;
      nums[mo / 8 + 1] = content ? eh.size : -1;
      if (content && src!.stamp) meta.write(src!.stamp, mo + 16, 32, 'latin1');
      else nums[mo / 8 + 2] = NaN;
      if (content) paths.push(src!.raw ?? src!.rel);
    }
    send({ t: 'batch', headers: headers.buffer, meta: meta.buffer, n, paths: paths.join('\0') });
  };
  const fail = (e: Error) => {
    failure ??= e;
    wake?.();
    rejectResult(failure);
    void worker.terminate();
  };
  const send = (m: ToTarWorker) => worker.postMessage(m);
  worker.on('message', (m: FromTarWorker) => {
    if (m.t === 'data') {
      queue.push(Buffer.from(ring, m.s * OUT_BYTES, m.n));
      wake?.();
    } else if (m.t === 'batch') {
      sendBatch();
    } else if (m.t === 'end') {
      done = true;
      wake?.();
      resolveResult({ diffId: m.diffId, size: m.size });
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
  if (tar.failure) fail(tar.failure);
  send({ t: 'root', root: root + path.sep });
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
  return { chunks: chunks(), result, stop: () => done || fail(new Error('tar production stopped')) };
}

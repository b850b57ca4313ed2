// The chunk pipeline both compressors share: results in order whatever order jobs finish in, a
// slow chunk does not idle the pool, bounded jobs and waiting results, and the chunk before
// each job intact while it is read (buffers are reused as soon as a job settles).
import { ChunkPipeline } from '../src/layer/chunks.js';
import type { Sink } from '../src/layer/sink.js';

const CHUNK = 16;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class MemorySink implements Sink {
  parts: Buffer[] = [];
  async write(d: Buffer) {
    this.parts.push(Buffer.from(d));
  }
}

/** A stream of `n` chunks whose bytes say which chunk they are in. */
function input(n: number): Buffer {
  const b = Buffer.alloc(n * CHUNK);
  for (let i = 0; i < n; i++) b.fill(i, i * CHUNK, (i + 1) * CHUNK);
  return b;
}

interface Trace {
  started: number[];
  settled: number[];
  maxRunning: number;
  maxWaiting: number;
  /** Jobs started by the time the first one settled. */
  startedWhenFirstSettled: number;
  previousSeen: Array<number | undefined>;
}

/**
 * Runs the pipeline over `n` chunks; job i takes delay(i) ms and returns its chunk reversed.
 * The trace records when jobs start and settle, and what `previous` held at each call.
 */
async function run(n: number, delay: (i: number) => number, o: { concurrency: number; waiting?: number; fail?: number }) {
  const sink = new MemorySink();
  const t: Trace = { started: [], settled: [], maxRunning: 0, maxWaiting: 0, startedWhenFirstSettled: 0, previousSeen: [] };
  let running = 0;
  let written = 0;
  const countingSink: Sink = {
    write: async (d) => {
      written++;
      await sink.write(d);
    },
  };
  const p = new ChunkPipeline(
    countingSink,
    async (chunk, _last, previous) => {
      const i = chunk[0];
      t.previousSeen.push(previous && previous.length ? previous[previous.length - 1] : undefined);
      t.started.push(i);
      running++;
      t.maxRunning = Math.max(t.maxRunning, running);
      await sleep(delay(i));
      // The chunk is still this job's: nothing reused its buffer meanwhile.
      if (!chunk.every((b) => b === i)) throw new Error(`chunk ${i} was overwritten while its job ran`);
      running--;
      if (i === 0) t.startedWhenFirstSettled = t.started.length;
      t.maxWaiting = Math.max(t.maxWaiting, t.settled.length - written); // done before this one, not yet written
      t.settled.push(i);
      if (i === o.fail) throw new Error(`job ${i} failed`);
      return Buffer.from(chunk).reverse();
    },
    { chunkSize: CHUNK, concurrency: o.concurrency, waiting: o.waiting },
  );
  const data = input(n);
  for (let off = 0; off < data.length; off += 7) await p.push(data.subarray(off, off + 7));
  await p.finish();
  return { out: Buffer.concat(sink.parts), t };
}

test('results are written in order when jobs finish out of order', async () => {
  const n = 12;
  const { out, t } = await run(n, (i) => ((i * 7) % 5) * 3, { concurrency: 3 });
  expect(out).toEqual(input(n)); // each chunk reversed is itself: order is all that can differ
  expect(t.settled).not.toEqual([...t.settled].sort((a, b) => a - b)); // they did finish out of order
});

test('a slow first chunk does not idle the pool: later jobs start and finish meanwhile', async () => {
  const { out, t } = await run(10, (i) => (i === 0 ? 300 : 5), { concurrency: 2, waiting: 4 });
  expect(out).toEqual(input(10));
  // Before chunk 0 settled, each slot freed by a fast job was used again, until four results
  // waited behind it: five jobs started, not just the two that fit at once.
  expect(t.startedWhenFirstSettled).toBe(5);
  expect(t.maxRunning).toBe(2);
  expect(t.maxWaiting).toBe(4);
});

test('each job sees the chunk before it as `previous`, even as buffers are reused', async () => {
  const { t } = await run(20, (i) => (i % 3 === 0 ? 12 : 1), { concurrency: 4 });
  expect(t.previousSeen).toEqual([undefined, ...Array.from({ length: 19 }, (_, i) => i)]);
});

test("a job's failure is the pipeline's", async () => {
  await expect(run(8, () => 2, { concurrency: 3, fail: 5 })).rejects.toThrow('job 5 failed');
});

// The one verified read of a blob file: only a regular file (never a symlink, FIFO or device),
// never more than the descriptor's size (an overrun stops at size + 1 byte), and the digest
// checked as the bytes pass. Layout readers (validate, unpack, push, copy, bases) go through it.
import { constants, promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseDigest } from '../oci/digest.js';
import { UserError } from '../util/errors.js';

export interface BlobExpectation {
  digest: string;
  /** Descriptor size: reading stops with an error at size + 1 bytes. */
  size: number;
}

/** Largest JSON document (manifest, index, config) read whole. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

const CHUNK = 1024 * 1024;

function corrupt(what: string, msg: string): UserError {
  return new UserError(`${what} ${msg}; the layout is corrupt`, 1, { kind: 'corrupt' });
}

/** Opens `file` read-only without following a symlink or blocking on a FIFO; refuses non-regular files. */
export async function openRegularFile(file: string, what: string): Promise<fs.FileHandle> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw corrupt(what, `at ${file} is a symlink, not a file`);
    if (code === 'ENOENT') throw new UserError(`${what} is missing (${file}); the layout is incomplete`, 1, { kind: 'not-found' });
    throw new UserError(`${what}: cannot open ${file}: ${(e as Error).message}`, 1, { kind: 'io' });
  }
  const st = await fh.stat();
  if (!st.isFile()) {
    await fh.close();
    throw corrupt(what, `at ${file} is not a regular file`);
  }
  return fh;
}

/**
 * The bytes of the regular file `file`, never more than `size`: reading asks for one byte past
 * it, so a file longer than `size` fails at size + 1 bytes without being read on. A shorter file
 * simply ends (callers that need the exact size check it).
 */
export async function* readBounded(file: string, size: number, what: string): AsyncGenerator<Buffer> {
  const fh = await openRegularFile(file, what);
  let total = 0;
  try {
    for (;;) {
      const want = Math.min(CHUNK, size - total + 1);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await fh.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > size) throw corrupt(what, `is larger than its descriptor's ${size} bytes`);
      yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/**
 * A stream of the blob's bytes that fails (instead of ending) when the file is longer or shorter
 * than `want.size` or its digest differs. `what` names the blob in messages.
 */
export function readVerifiedBlob(file: string, want: BlobExpectation, what = `blob ${want.digest}`): Readable {
  const d = parseDigest(want.digest);
  if (!d) throw new UserError(`${what}: "${want.digest}" is not a valid digest`, 1, { kind: 'malformed', field: 'digest' });
  async function* read(): AsyncGenerator<Buffer> {
    const hash = createHash(d!.algorithm);
    let total = 0;
    for await (const chunk of readBounded(file, want.size, what)) {
      total += chunk.length;
      hash.update(chunk);
      yield chunk;
    }
    if (total !== want.size) throw corrupt(what, `is ${total} bytes, its descriptor says ${want.size}`);
    if (`${d!.algorithm}:${hash.digest('hex')}` !== want.digest) throw corrupt(what, 'does not match its digest');
  }
  return Readable.from(read(), { objectMode: false });
}

/** Reads a whole small blob (a JSON document), verified; refuses sizes over `max`. */
export async function readVerifiedBytes(file: string, want: BlobExpectation, what = `blob ${want.digest}`, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  if (!Number.isSafeInteger(want.size) || want.size < 0) throw new UserError(`${what}: its descriptor's size ${want.size} is not a valid size`, 1, { kind: 'malformed' });
  if (want.size > max) throw new UserError(`${what} is ${want.size} bytes, more than the ${max} a document may have`, 1, { kind: 'too-large' });
  const parts: Buffer[] = [];
  for await (const c of readVerifiedBlob(file, want, what)) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/**
 * Reads a whole document blob when no descriptor gives its size (a referrer's subject): a regular
 * file of at most `max` bytes, read no further than its size + 1 byte, its digest checked.
 */
export async function readVerifiedFile(file: string, digest: string, what = `blob ${digest}`, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const fh = await openRegularFile(file, what);
  let size: number;
  try {
    size = (await fh.stat()).size;
  } finally {
    await fh.close();
  }
  return readVerifiedBytes(file, { digest, size }, what, max);
}

/** Reads a small file we know nothing about (index.json) with a size cap, refusing non-regular files. */
export async function readCappedFile(file: string, what: string, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const fh = await openRegularFile(file, what);
  try {
    const st = await fh.stat();
    if (st.size > max) throw new UserError(`${what} (${file}) is ${st.size} bytes, more than the ${max} allowed`, 1, { kind: 'too-large' });
    const buf = Buffer.alloc(Math.min(max + 1, st.size + 1));
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > max) throw new UserError(`${what} (${file}) grew past the ${max} bytes allowed`, 1, { kind: 'too-large' });
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

// Reading a layer's tar stream for unpacking: a pull adapter over the project's tar parser
// (src/tar/reader.ts). Entries come one at a time with their content as a stream of chunks, so a
// layer is never held in memory: the adapter keeps the parser's events for the current input
// chunk only, content as views of that chunk. What the parser reports as damage is a
// TarFormatError here, except what readers accept: a missing end-of-archive marker, junk after
// it, and a size field on types that carry no content. Whatever follows the end-of-archive
// blocks is read and discarded (it counts in the layer's diff_id).
import { MAX_EXTENSION, MAX_PAX_RECORDS, TarReader, type TarEntry as ParsedEntry, type TarIssue } from '../tar/reader.js';

export type EntryKind = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'unknown';

/** An entry as unpacking sees it: the parser's fields under the names apply-layer uses. */
export interface TarEntry extends Pick<ParsedEntry, 'typeflag' | 'mode' | 'uid' | 'gid' | 'size' | 'mtime' | 'devmajor' | 'devminor' | 'xattrs' | 'sparse'> {
  name: string;
  kind: EntryKind;
  linkname: string;
}

export class TarFormatError extends Error {}

export interface TarItem {
  entry: TarEntry;
  /** The entry's content; consume it or leave it (the reader skips what is left). */
  body(): AsyncGenerator<Buffer>;
}

/** Issues passed over, as Go's archive/tar (umoci, containerd) does; a stream cut inside the last entry's padding stays an error. */
const ACCEPTED = new Set<TarIssue['kind']>(['no-end-marker', 'trailing-data', 'ignored-size']);

type Event = { entry: ParsedEntry } | { data: Buffer } | { end: true };

/** The parser's events, pulled from the source one input chunk at a time. */
class Events {
  private readonly parser: TarReader;
  private queue: Event[] = [];
  private head = 0;
  private failure?: TarFormatError;
  private done = false;
  /** Bytes taken from the source so far. */
  private bytes = 0;

  constructor(private readonly source: AsyncIterator<Buffer>) {
    this.parser = new TarReader({
      onEntry: (entry) => this.push({ entry }),
      onData: (data) => this.push({ data }),
      onEntryEnd: () => this.push({ end: true }),
      onIssue: (issue) => {
        if (!ACCEPTED.has(issue.kind)) this.failure ??= new TarFormatError(this.describe(issue));
      },
    });
  }

  private push(e: Event): void {
    // Nothing after a fatal issue is delivered (the parser may read on past some of them).
    if (!this.failure) this.queue.push(e);
  }

  /** The next event, or undefined at the end of a readable stream; throws what the parser found wrong. */
  async next(): Promise<Event | undefined> {
    while (this.head === this.queue.length) {
      if (this.failure) throw this.failure;
      if (this.done) return undefined;
      this.queue = [];
      this.head = 0;
      const r = await this.source.next();
      if (r.done) {
        this.done = true;
        this.parser.end();
      } else {
        this.bytes += r.value.length;
        this.parser.write(r.value);
      }
    }
    return this.queue[this.head++];
  }

  private describe(i: TarIssue): string {
    switch (i.kind) {
      case 'checksum':
        return `invalid tar header at byte ${i.offset} (bad checksum)`;
      case 'bad-header':
        return `invalid tar header at byte ${i.offset} (unreadable size)`;
      case 'truncated-header':
      case 'truncated-data':
      case 'truncated-padding':
        return `the tar stream is truncated at byte ${this.bytes}`;
      case 'lone-zero-block':
        // as Go's reader (umoci, containerd): an entry after a single zero block is an error
        return `invalid tar stream: an entry follows a zero block at byte ${i.offset}`;
      case 'oversized-extension':
        return `a tar meta header at byte ${i.offset} is too large (over ${MAX_EXTENSION} bytes)`;
      case 'pax-records':
        return `pax extended headers before byte ${i.offset} hold more than ${MAX_PAX_RECORDS} records`;
      default:
        return `invalid tar stream: ${i.message}`;
    }
  }
}

function unpackEntry(e: ParsedEntry): TarEntry {
  return {
    name: e.path,
    kind: e.type === 'sparse' || e.type === 'other' ? 'unknown' : e.type,
    typeflag: e.typeflag,
    mode: e.mode,
    uid: e.uid,
    gid: e.gid,
    size: e.size,
    mtime: e.mtime,
    linkname: e.linkpath,
    devmajor: e.devmajor,
    devminor: e.devminor,
    xattrs: e.xattrs,
    sparse: e.sparse,
  };
}

/**
 * Reads a tar stream entry by entry. Each item must be finished with (its body read or not)
 * before asking for the next. After the end-of-archive marker the rest of the stream is read
 * and discarded, so a hash over the source sees every byte.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarItem> {
  const events = new Events(source[Symbol.asyncIterator]());
  for (;;) {
    const ev = await events.next();
    if (!ev) return;
    // Only entries start here: content and ends of entries are taken by the entry's item.
    if (!('entry' in ev)) throw new Error('tar reader out of step');
    if (ev.entry.invalid) throw new TarFormatError(ev.entry.invalid);
    let finished = false;
    let bodyStarted = false;
    /** The rest of the entry's content. */
    const content = async function* () {
      while (!finished) {
        const e = await events.next();
        if (!e || 'entry' in e) throw new Error('tar reader out of step');
        if ('end' in e) finished = true;
        else yield e.data;
      }
    };
    yield {
      entry: unpackEntry(ev.entry),
      body: async function* () {
        if (bodyStarted) throw new Error('tar entry body read twice (or after the next entry)');
        bodyStarted = true;
        yield* content();
      },
    };
    // Skip what the consumer left of the content.
    bodyStarted = true;
    for await (const _ of content()); // eslint-disable-line @typescript-eslint/no-unused-vars
  }
}

// One pass over a layer blob: hash what is stored (the descriptor digest), decompress, hash the
// tar (the diff_id), and parse the tar to check its entries. Streams with backpressure, so memory
// stays flat whatever the layer size; a decompression failure does not stop the stored-digest hash.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Readable, Transform } from 'node:stream';
import type { Algorithm } from '../oci/digest.js';
import type { Compression } from '../oci/mediatypes.js';
import { COMPRESSION } from '../oci/compression.js';
import { errorMessage } from '../util/errors.js';
import { LayerEntryRules, type EntryIssue, type UnresolvedLink } from './layer-entries.js';
import { TarReader, type TarIssue, type TarEntryType } from '../tar/reader.js';

export interface LayerCheckResult {
  /** Digest of the stored bytes, with the descriptor's algorithm. */
  digest: string;
  size: number;
  /** Digest of the uncompressed tar (undefined when it could not be computed). */
  diffId?: string;
  /** Why the tar could not be read (decompression failure, unsupported compression). */
  unreadable?: string;
  /** Set when the content was not checked for a reason that is not the layer's fault. */
  skipped?: string;
  tarIssues: TarIssue[];
  entryIssues: EntryIssue[];
  suppressed: Array<{ rule: string; count: number }>;
  entries: number;
  paths: Map<string, TarEntryType>;
  unresolvedLinks: UnresolvedLink[];
}

export interface LayerCheckOptions {
  compression: Compression;
  digestAlgorithm: Algorithm;
  /** Algorithm of the diff_id (from the config; sha256 when unknown). */
  diffIdAlgorithm: Algorithm;
}

export async function checkLayer(open: () => Readable | Promise<Readable>, opts: LayerCheckOptions): Promise<LayerCheckResult> {
  const rules = new LayerEntryRules();
  const tarIssues: TarIssue[] = [];
  const tar = new TarReader({ onEntry: (e) => rules.onEntry(e), onIssue: (i) => tarIssues.push(i) });
  const stored = createHash(opts.digestAlgorithm);
  let size = 0;
  let unreadable: string | undefined;
  let skipped: string | undefined;
  const diffHash = createHash(opts.diffIdAlgorithm);
  let decompressor: Transform | undefined;

  if (opts.compression !== 'none') {
    const entry = COMPRESSION[opts.compression];
    if (entry.available()) decompressor = entry.decompressor();
    else skipped = `${opts.compression} layers cannot be decompressed on Node ${process.versions.node} (node:zlib has zstd from Node 22.15); its diff_id and tar entries were not checked`;
  }

  let failed: Error | undefined;
  if (decompressor) {
    decompressor.on('data', (chunk: Buffer) => {
      diffHash.update(chunk);
      tar.write(chunk);
    });
    decompressor.on('error', (e) => {
      failed ??= e;
    });
  }

  for await (const c of await open()) {
    const chunk = c as Buffer;
    stored.update(chunk);
    size += chunk.length;
    if (opts.compression === 'none') {
      if (opts.diffIdAlgorithm !== opts.digestAlgorithm) diffHash.update(chunk);
      tar.write(chunk);
    } else if (decompressor && !failed) {
      if (!decompressor.write(chunk) && !failed) {
        try {
          await once(decompressor, 'drain');
        } catch {
          /* the 'error' listener recorded it */
        }
      }
    }
  }
  if (decompressor && !failed) {
    decompressor.end();
    try {
      await once(decompressor, 'end');
    } catch {
      /* recorded */
    }
  }
  const digest = `${opts.digestAlgorithm}:${stored.digest('hex')}`;
  let diffId: string | undefined;
  if (failed) {
    unreadable = `the layer is not a readable ${opts.compression} stream: ${describeZlibError(failed)}`;
  } else if (!skipped) {
    if (opts.compression === 'none' && opts.diffIdAlgorithm === opts.digestAlgorithm) diffId = digest;
    else diffId = `${opts.diffIdAlgorithm}:${diffHash.digest('hex')}`;
  }
  const summary = failed || skipped ? { entries: tar.entries } : tar.end();
  return {
    digest,
    size,
    diffId,
    unreadable,
    skipped,
    tarIssues: failed || skipped ? [] : tarIssues,
    entryIssues: skipped ? [] : rules.issues,
    suppressed: rules.suppressed(),
    entries: summary.entries,
    paths: rules.paths,
    unresolvedLinks: failed || skipped ? [] : rules.unresolvedLinks,
  };
}

function describeZlibError(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  // (e.message rather than instanceof: zlib errors may come from another realm under test runners)
  const msg = typeof e?.message === 'string' ? e.message : errorMessage(e);
  return code && !msg.includes(code) ? `${msg} (${code})` : msg;
}

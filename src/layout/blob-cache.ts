// A local content-addressed blob cache shared by builds (base image layers and configs), so a
// second build does not download the base again. Entries are verified by digest when used.
import { createReadStream, promises as fs } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseDigest } from '../oci/digest.js';
import { UserError } from '../util/errors.js';

/** $OCI_BUNDLE_CACHE, else $RUNNER_TOOL_CACHE/oci-bundle in Actions, else the user's cache dir. */
export function defaultCacheDir(): string {
  const env = process.env;
  if (env.OCI_BUNDLE_CACHE) return env.OCI_BUNDLE_CACHE;
  if (env.RUNNER_TOOL_CACHE) return path.join(env.RUNNER_TOOL_CACHE, 'oci-bundle');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'oci-bundle', 'cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'oci-bundle');
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'oci-bundle');
}

export async function hashFile(p: string): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const c of createReadStream(p) as AsyncIterable<Buffer>) {
    h.update(c);
    size += c.length;
  }
  return { digest: 'sha256:' + h.digest('hex'), size };
}

export class BlobCache {
  constructor(readonly dir: string) {}

  path(digest: string): string {
    const d = parseDigest(digest);
    if (!d) throw new UserError(`invalid digest "${digest}"`);
    return path.join(this.dir, 'blobs', d.algorithm, d.hex);
  }

  /**
   * Returns a verified cache entry for `digest`, fetching it with `fetch(tmpPath)` when it is
   * missing or corrupt. `downloaded` says whether a fetch happened.
   */
  async get(digest: string, size: number, fetch: (dest: string) => Promise<unknown>): Promise<{ path: string; downloaded: boolean }> {
    const p = this.path(digest);
    const st = await fs.stat(p).catch(() => undefined);
    if (st && st.size === size) {
      const h = await hashFile(p);
      if (h.digest === digest) return { path: p, downloaded: false };
    }
    // A bad entry is not removed first: the fetched copy replaces it atomically (rename), so a
    // concurrent build hashing or linking it never sees it vanish.
    await fs.mkdir(path.dirname(p), { recursive: true });
    const tmp = path.join(this.dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      await fetch(tmp);
      await fs.rename(tmp, p);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    return { path: p, downloaded: true };
  }

  /** Whether a full validation has already seen this layer decompress to `diffId`. */
  async isDiffIdVerified(digest: string, diffId: string): Promise<boolean> {
    const marker = await fs.readFile(this.path(digest) + '.diff_id', 'utf8').catch(() => undefined);
    if (marker !== diffId) return false;
    // the marker speaks for the bytes it was written for: the entry must still be there
    return (await fs.stat(this.path(digest)).catch(() => undefined)) !== undefined;
  }

  async markDiffIdVerified(digest: string, diffId: string): Promise<void> {
    // Temp file + rename: a concurrent build reads the old marker or the new one, never half.
    const marker = this.path(digest) + '.diff_id';
    const tmp = `${marker}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await fs
      .writeFile(tmp, diffId)
      .then(() => fs.rename(tmp, marker))
      .catch(() => fs.rm(tmp, { force: true }).catch(() => {}));
  }
}

// oci-archive input: a tar of a layout folder, extracted to a private temp folder so the layout
// checks can read blobs in any order. Extraction is safe by construction: only regular files and
// folders are written, every path is normalised and must stay inside the folder, and nothing is
// ever written through a link (none are created). Gzip'd archives are accepted too.
import { closeSync, mkdirSync, openSync, writeSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import type { Transform } from 'node:stream';
import { errorMessage } from '../util/errors.js';
import { READ_CHUNK } from './blobs.js';
import { normalizePath } from './layer-entries.js';
import { where, type Problems } from './problems.js';
import { TarReader } from '../tar/reader.js';

export interface Extracted {
  dir: string;
  cleanup(): Promise<void>;
}

export async function extractArchive(file: string, problems: Problems, onProgress?: (msg: string) => void): Promise<Extracted | undefined> {
  const label = 'archive';
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oci-bundle-validate-'));
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  onProgress?.(`extracting ${file}`);
  let fd: number | undefined;
  const written = new Set<string>();
  const madeDirs = new Set<string>(['']);
  const ensureDir = (rel: string) => {
    if (madeDirs.has(rel)) return;
    mkdirSync(path.join(dir, rel), { recursive: true });
    madeDirs.add(rel);
  };
  let extractError: string | undefined;
  let badEntries = 0;

  const reader = new TarReader({
    onEntry(e) {
      const n = normalizePath(e.path);
      const at = where(label, `entry "${e.path}"`);
      if (n.escapes || n.absolute) {
        problems.error(at, 'archive-entry-path', `the archive entry "${e.path}" ${n.escapes ? 'escapes the layout folder' : 'is an absolute path'}; not extracted`, label);
        badEntries++;
        return;
      }
      const rel = n.parts.join('/');
      if (rel === '') return;
      if (e.type === 'dir') {
        ensureDir(rel);
        return;
      }
      if (e.type !== 'file') {
        problems.warn(at, 'archive-entry-type', `the archive entry "${e.path}" is a ${e.type}; an oci-archive holds only files and folders, so it was not extracted`, label);
        return;
      }
      if (written.has(rel)) problems.warn(at, 'archive-duplicate', `"${rel}" appears more than once in the archive; the last copy is used`, label);
      if (madeDirs.has(rel)) {
        problems.error(at, 'archive-entry-path', `"${rel}" is both a folder and a file in the archive`, label);
        return;
      }
      try {
        ensureDir(n.parts.slice(0, -1).join('/'));
        fd = openSync(path.join(dir, rel), 'w');
        written.add(rel);
      } catch (err) {
        extractError ??= `cannot extract "${rel}": ${errorMessage(err)}`;
        fd = undefined;
      }
    },
    onData(chunk) {
      if (fd !== undefined) writeSync(fd, chunk);
    },
    onEntryEnd() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
    onIssue(i) {
      const severe = i.kind === 'checksum' || i.kind === 'truncated-data' || i.kind === 'truncated-header' || i.kind === 'bad-header' || i.kind === 'oversized-extension';
      problems.add(severe ? 'error' : i.kind === 'trailing-data' ? 'info' : 'warning', label, 'archive-tar', `${path.basename(file)}: ${i.message}`);
    },
  });

  try {
    const fh = await fs.open(file, 'r');
    try {
      const head = Buffer.alloc(2);
      await fh.read(head, 0, 2, 0);
      const gz = head[0] === 0x1f && head[1] === 0x8b;
      const stream = fh.createReadStream({ highWaterMark: READ_CHUNK, autoClose: false, start: 0 });
      if (gz) {
        const gunzip: Transform = zlib.createGunzip();
        gunzip.on('data', (c: Buffer) => reader.write(c));
        const done = once(gunzip, 'end');
        for await (const c of stream) if (!gunzip.write(c)) await once(gunzip, 'drain');
        gunzip.end();
        await done;
      } else {
        for await (const c of stream) reader.write(c as Buffer);
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
      await fh.close();
    }
    reader.end();
  } catch (e) {
    problems.error(label, 'archive-read', `cannot read the archive ${file}: ${errorMessage(e)}`);
    await cleanup();
    return undefined;
  }
  if (extractError) {
    problems.error(label, 'archive-read', extractError);
    await cleanup();
    return undefined;
  }
  if (written.size === 0) {
    if (badEntries === 0) problems.error(label, 'archive-read', `${path.basename(file)} holds no files: it is not an oci-archive (a tar of an OCI image layout)`);
    await cleanup();
    return undefined;
  }
  return { dir, cleanup };
}

// oci-archive: the layout folder as one deterministic tar file (as skopeo's oci-archive: reads it).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { produceTar } from '../layer/tar-producer.js';
import type { LayerEntry } from '../layer/plan.js';
import type { WalkEntry } from '../layer/walk.js';
import { compareBytes } from '../layer/walk.js';
import { UsageError, UserError, fsError } from '../util/errors.js';
import type { OciLayoutHeader } from '../oci/types.js';
import { LAYOUT_VERSION } from './layout.js';

/** Refuses, before any work, an archive path that names a folder. */
export async function checkArchivePath(archivePath: string): Promise<void> {
  const st = await fs.stat(archivePath).catch(() => undefined);
  if (st?.isDirectory()) throw new UsageError(`--archive ${archivePath} is a folder; give a file name such as image.tar`, 'archive');
}

/**
 * Writes the layout as one tar (to a temp file renamed into place). `indexFile`, a file inside
 * the layout, stands in for index.json: the build archives the index it is about to commit.
 */
export async function writeArchive(layoutDir: string, archivePath: string, mtime: number, indexFile?: string): Promise<number> {
  await checkArchivePath(archivePath);
  const entries: LayerEntry[] = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel: string, from = rel) => {
    const abs = path.join(layoutDir, from);
    const s = await fs.stat(abs);
    const source: WalkEntry = { rel: from, type: 'file', executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: 'file', mode: 0o644, size: s.size }, source });
  };
  const header: OciLayoutHeader = { imageLayoutVersion: LAYOUT_VERSION };
  const layoutFile = path.join(layoutDir, 'oci-layout');
  if (!(await fs.stat(layoutFile).catch(() => undefined))) await fs.writeFile(layoutFile, JSON.stringify(header)); // same bytes commit() writes
  await addFile('oci-layout');
  await addFile('index.json', indexFile ? path.relative(layoutDir, indexFile) : 'index.json');
  entries.push({ header: { ...base, name: 'blobs/', type: 'dir', mode: 0o755, size: 0 } });
  const algs = (await fs.readdir(path.join(layoutDir, 'blobs'))).sort(compareBytes);
  for (const alg of algs) {
    entries.push({ header: { ...base, name: `blobs/${alg}/`, type: 'dir', mode: 0o755, size: 0 } });
    for (const hex of (await fs.readdir(path.join(layoutDir, 'blobs', alg))).sort(compareBytes)) await addFile(`blobs/${alg}/${hex}`);
  }
  const tmp = path.join(path.dirname(path.resolve(archivePath)), `.${path.basename(archivePath)}.tmp-${randomBytes(6).toString('hex')}`);
  let fh: fs.FileHandle | undefined;
  let size = 0;
  try {
    fh = await fs.open(tmp, 'w');
    const tar = produceTar(entries, layoutDir);
    for await (const chunk of tar.chunks) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await tar.result;
    await fh.close();
    fh = undefined;
    await fs.rename(tmp, archivePath);
  } catch (e) {
    await fh?.close().catch(() => {});
    await fs.rm(tmp, { force: true }).catch(() => {});
    if (e instanceof UserError) throw e;
    throw fsError(e, archivePath, 'writing the archive', 'archive');
  }
  return size;
}

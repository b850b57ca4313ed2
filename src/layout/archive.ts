// oci-archive: the layout folder as one deterministic tar file (as skopeo's oci-archive: reads it).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { produceTar } from '../layer/tar-producer.js';
import type { LayerEntry } from '../layer/plan.js';
import type { WalkEntry } from '../layer/walk.js';
import { compareBytes } from '../layer/walk.js';
import { UserError, fsError } from '../util/errors.js';

export async function writeArchive(layoutDir: string, archivePath: string, mtime: number): Promise<number> {
  const st = await fs.stat(archivePath).catch(() => undefined);
  if (st?.isDirectory()) throw new UserError(`--archive ${archivePath} is a folder; give a file name such as image.tar`);
  const entries: LayerEntry[] = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel: string) => {
    const abs = path.join(layoutDir, rel);
    const s = await fs.stat(abs);
    const source: WalkEntry = { rel, type: 'file', executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: 'file', mode: 0o644, size: s.size }, source });
  };
  await addFile('oci-layout');
  await addFile('index.json');
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
    await fs.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, archivePath, 'writing the archive');
  }
  return size;
}

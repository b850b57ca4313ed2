// oci-archive input: a tar of a layout folder (gzip'd too), read in place through
// OciArchiveReader (src/layout/archive-reader.ts): nothing is extracted, blobs are byte ranges
// of the archive. What the indexing pass found wrong becomes problems here.
import path from 'node:path';
import { OciArchiveReader } from '../layout/archive-reader.js';
import { errorMessage } from '../util/errors.js';
import { ArchiveFiles } from './layout-files.js';
import { where, type Problems } from './problems.js';

const SEVERE_TAR = new Set(['checksum', 'truncated-data', 'truncated-header', 'bad-header', 'oversized-extension', 'pax-records']);

/** The layout inside `file`, or undefined (with a problem) when it cannot be read as an oci-archive. */
export async function openArchive(file: string, problems: Problems, onProgress?: (msg: string) => void): Promise<ArchiveFiles | undefined> {
  const label = 'archive';
  onProgress?.(`indexing ${file}`);
  let archive: OciArchiveReader;
  try {
    archive = await OciArchiveReader.open(file);
  } catch (e) {
    problems.error(label, 'archive-read', `cannot read the archive ${file}: ${errorMessage(e)}`);
    return undefined;
  }
  let badEntries = 0;
  for (const i of archive.issues) {
    const at = i.entry !== undefined ? where(label, `entry "${i.entry}"`) : label;
    switch (i.kind) {
      case 'tar': {
        const k = i.tar!.kind;
        problems.add(SEVERE_TAR.has(k) ? 'error' : k === 'trailing-data' ? 'info' : 'warning', label, 'archive-tar', `${path.basename(file)}: ${i.message}`);
        break;
      }
      case 'entry-path':
        badEntries++;
        problems.error(at, 'archive-entry-path', i.message, label);
        break;
      case 'file-and-folder':
        problems.error(at, 'archive-entry-path', i.message, label);
        break;
      case 'entry-type':
        problems.warn(at, 'archive-entry-type', i.message, label);
        break;
      case 'duplicate':
        problems.warn(at, 'archive-duplicate', i.message, label);
        break;
      case 'too-many-members':
        problems.error(label, 'archive-read', i.message);
        break;
    }
  }
  if (archive.list().length === 0) {
    if (badEntries === 0) problems.error(label, 'archive-read', `${path.basename(file)} holds no files: it is not an oci-archive (a tar of an OCI image layout)`);
    return undefined;
  }
  return new ArchiveFiles(archive);
}

// Reads the few files the SBOM needs out of an image's layers (package databases, os-release),
// applying the layers in order with their whiteouts, so a file deleted by an upper layer is gone.
// Layers are streamed; only the wanted files are kept, each capped in size.
import type { OciLayout } from '../layout/layout.js';
import type { Descriptor } from '../oci/types.js';
import { isForeignLayer } from '../oci/mediatypes.js';
import { openLayerTar } from '../unpack/layer-stream.js';
import { LayoutImageSource } from '../model/layout-source.js';
import { readTar } from '../unpack/tar-reader.js';
import { UserError } from '../util/errors.js';

/** Package databases larger than this are not real (a full Debian status is a few MiB). */
export const MAX_DB_FILE = 64 * 1024 * 1024;

/** '/'-rooted, without '.' segments: how a tar entry name maps to a path in the image. */
export function imagePath(name: string): string {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  return '/' + parts.join('/');
}

/** Files of the image's filesystem for which `want(path)` holds, with their content. */
export async function readImageFiles(layout: OciLayout, layers: Descriptor[], diffIds: string[], want: (path: string) => boolean): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const source = new LayoutImageSource(layout.dir);
  for (const [i, desc] of layers.entries()) {
    if (isForeignLayer(desc.mediaType)) continue;
    const tar = openLayerTar(source, desc, diffIds[i]);
    try {
      for await (const item of readTar(tar.tar)) {
        const p = imagePath(item.entry.name);
        const base = p.slice(p.lastIndexOf('/') + 1);
        const dir = p.slice(0, p.lastIndexOf('/'));
        if (base === '.wh..wh..opq') {
          for (const k of [...files.keys()]) if (k.startsWith(dir + '/')) files.delete(k);
          continue;
        }
        if (base.startsWith('.wh.')) {
          const gone = `${dir}/${base.slice(4)}`;
          for (const k of [...files.keys()]) if (k === gone || k.startsWith(gone + '/')) files.delete(k);
          continue;
        }
        if (!want(p)) continue;
        // A later entry of any kind replaces the file; only regular files are read.
        files.delete(p);
        if (item.entry.kind !== 'file') continue;
        if (item.entry.size > MAX_DB_FILE) throw new UserError(`${p} in layer ${desc.digest} is ${item.entry.size} bytes, too large for a package database`);
        const chunks: Buffer[] = [];
        for await (const c of item.body()) chunks.push(Buffer.from(c));
        files.set(p, Buffer.concat(chunks));
      }
      tar.verify();
    } catch (e) {
      tar.close();
      throw e;
    }
  }
  return files;
}

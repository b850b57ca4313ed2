// An OCI image layout as an ImageDestination, built on LayoutWriter: blobs land through temp
// files and are renamed in under their verified digest; index.json is written last, in commit(),
// so an interrupted copy leaves the layout as it was (abort() removes what it added).
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LayoutWriter } from '../layout/layout.js';
import { parseDigest, requireDigest } from '../oci/digest.js';
import { isForeignLayer } from '../oci/mediatypes.js';
import type { Descriptor } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';
import type { BlobOpener, BlobPutResult, ImageDestination, VerifiedDocument } from './types.js';

export class LayoutDestination implements ImageDestination {
  readonly name: string;
  readonly concurrency = 2;
  private writer?: Promise<LayoutWriter>;
  private readonly roots: Array<{ desc: Descriptor; tags: string[] }> = [];

  constructor(
    readonly dir: string,
    name = `oci:${dir}`,
  ) {
    this.name = name;
  }

  /** One writer for the whole copy (puts run concurrently: the promise, not its result, is shared). */
  private open(): Promise<LayoutWriter> {
    this.writer ??= LayoutWriter.open(this.dir);
    return this.writer;
  }

  async hasBlob(desc: Descriptor): Promise<boolean> {
    if (isForeignLayer(desc.mediaType)) return true;
    const w = await this.open();
    return (await w.blobSize(requireDigest(desc.digest, this.name))) === desc.size;
  }

  async putBlob(desc: Descriptor, open: BlobOpener): Promise<BlobPutResult> {
    if (await this.hasBlob(desc)) return 'exists';
    const w = await this.open();
    const digest = requireDigest(desc.digest, this.name);
    const hash = createHash(parseDigest(digest)!.algorithm);
    let n = 0;
    const tmp = w.tempPath();
    const count = new Transform({
      transform(chunk: Buffer, _e, cb) {
        hash.update(chunk);
        n += chunk.length;
        cb(null, chunk);
      },
    });
    try {
      await pipeline(await open(), count, createWriteStream(tmp));
    } catch (e) {
      await fs.rm(tmp, { force: true });
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).syscall) throw fsError(e, tmp, `writing blob ${digest} into ${this.dir}`);
      throw e;
    }
    const got = `${parseDigest(digest)!.algorithm}:${hash.digest('hex')}`;
    if (n !== desc.size || got !== digest) {
      await fs.rm(tmp, { force: true });
      throw new UserError(`blob ${digest} arrived as ${n} bytes hashing to ${got}; refusing it`, 1, { kind: 'corrupt' });
    }
    await w.commitTempBlob(tmp, digest);
    return 'pushed';
  }

  async putManifest(doc: VerifiedDocument, o: { tags: string[]; child?: boolean }): Promise<void> {
    const w = await this.open();
    const { digest, mediaType, size } = doc.descriptor;
    if (!(await w.hasBlob(digest))) {
      const tmp = w.tempPath();
      await fs.writeFile(tmp, doc.bytes);
      await w.commitTempBlob(tmp, digest);
    }
    if (!o.child) this.roots.push({ desc: { mediaType, digest, size }, tags: o.tags });
  }

  async commit(): Promise<void> {
    const w = await this.open();
    for (const r of this.roots) w.setRefs(r.desc, r.tags);
    await w.commit();
    w.finish();
  }

  async abort(): Promise<void> {
    const w = await this.writer?.catch(() => undefined);
    await w?.rollback();
  }

  async close(): Promise<void> {}
}

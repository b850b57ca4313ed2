// docker-archive as an image destination for copy(): blobs are staged in a folder beside the
// target as they arrive (copy puts every blob before the manifest), and commit() writes the
// archive from them with writeDockerArchive. Structurally an ImageDestination (src/model/types.ts
// on the model branch); it takes one image manifest only.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readVerifiedBlob, readVerifiedBytes } from '../layout/blob-read.js';
import { requireDigest } from '../oci/digest.js';
import { isForeignLayer, isManifest } from '../oci/mediatypes.js';
import type { Descriptor, ImageConfig, ImageManifest } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';
import { parseReference } from '../registry/reference.js';
import { dockerRepoTag, writeDockerArchive, type DockerArchiveResult } from './docker-archive.js';

/** The parts of the model's VerifiedDocument this destination reads. */
interface ManifestDocument {
  descriptor: Descriptor;
  bytes: Buffer;
  doc: unknown;
}

export class DockerArchiveDestination {
  readonly name: string;
  readonly singleImage = true;
  readonly concurrency = 1;
  private readonly stage: string;
  private staged = new Set<string>();
  private manifest?: ImageManifest;
  private tags: string[] = [];
  private created = false;
  result?: DockerArchiveResult;

  /**
   * `file` is the archive to write; `name` (NAME:TAG, from `docker-archive:FILE:NAME:TAG`) names
   * the image, and plain tags copy passes are tags of its repository.
   */
  constructor(
    readonly file: string,
    private readonly imageName?: string,
  ) {
    this.name = `docker-archive:${file}`;
    const target = path.resolve(file);
    this.stage = path.join(path.dirname(target), `.${path.basename(target)}.blobs-${randomBytes(6).toString('hex')}`);
    if (imageName !== undefined) dockerRepoTag(imageName);
  }

  /** A full reference as it is; a plain tag (no "/" or ":") in the repository of the image's name. */
  private reference(tag: string): string {
    if (this.imageName === undefined || /[/:@]/.test(tag)) return tag;
    const r = parseReference(this.imageName);
    return `${r.registry}/${r.repository}:${tag}`;
  }

  private blobPath(desc: Descriptor): string {
    const [alg, hex] = requireDigest(desc.digest, `${this.name}: a blob`).split(':');
    return path.join(this.stage, `${alg}-${hex}`);
  }

  hasBlob(desc: Descriptor): Promise<boolean> {
    return Promise.resolve(this.staged.has(desc.digest));
  }

  /** Stages the blob; copy's source stream is verified, and it is read back verified on commit. */
  async putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<'exists' | 'pushed'> {
    if (this.staged.has(desc.digest)) return 'exists';
    const file = this.blobPath(desc);
    try {
      if (!this.created) {
        await fs.mkdir(this.stage, { mode: 0o700 });
        this.created = true;
      }
      const tmp = `${file}.part`;
      await pipeline(await open(), (await fs.open(tmp, 'w', 0o600)).createWriteStream());
      await fs.rename(tmp, file);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, this.file, 'staging a blob for the docker-archive');
    }
    this.staged.add(desc.digest);
    return 'pushed';
  }

  putManifest(doc: ManifestDocument, o: { tags: string[]; child?: boolean }): Promise<void> {
    if (o.child || !isManifest(doc.descriptor.mediaType)) {
      return Promise.reject(new UserError(`${this.name} takes one image manifest, not an index; choose one platform`, 1, { kind: 'unsupported', field: 'platforms' }));
    }
    if (this.manifest) return Promise.reject(new UserError(`${this.name} takes one image; it was given a second`, 1, { kind: 'unsupported' }));
    this.manifest = doc.doc as ImageManifest;
    this.tags = [...(this.imageName !== undefined ? [this.imageName] : []), ...o.tags.map((t) => this.reference(t))];
    for (const t of this.tags) dockerRepoTag(t);
    return Promise.resolve();
  }

  async commit(): Promise<void> {
    const manifest = this.manifest;
    if (!manifest) throw new UserError(`${this.name}: no image manifest was given to write`, 1, { kind: 'failed' });
    const foreign = manifest.layers.find((l) => isForeignLayer(l.mediaType) && !this.staged.has(l.digest));
    if (foreign) throw new UserError(`${this.name}: layer ${foreign.digest} is non-distributable and not at hand, so it cannot go into a docker-archive`, 1, { kind: 'unsupported' });
    const configBytes = await readVerifiedBytes(this.blobPath(manifest.config), manifest.config, `image config ${manifest.config.digest}`);
    let config: ImageConfig;
    try {
      config = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
    } catch {
      throw new UserError(`image config ${manifest.config.digest} is not valid JSON`, 1, { kind: 'malformed' });
    }
    this.result = await writeDockerArchive({ manifest, config, openBlob: (d) => readVerifiedBlob(this.blobPath(d), d, `blob ${d.digest}`) }, this.file, this.tags);
    await this.close();
  }

  /** The target is only ever renamed into place, so undoing means dropping the staged blobs. */
  abort(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    if (this.created) await fs.rm(this.stage, { recursive: true, force: true });
    this.created = false;
    this.staged.clear();
  }
}

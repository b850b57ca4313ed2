// Where a base image comes from: a registry (pulled) or a local OCI layout (`oci:DIR[:TAG]`).
// Both answer the same two questions: the bytes of a manifest, and a blob written to a file.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { OciLayout } from '../layout/layout.js';
import { sha256 } from '../oci/digest.js';
import { UserError } from '../util/errors.js';

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface ImageSource {
  /** Fully qualified name for the base.name annotation, e.g. docker.io/library/alpine:3.20 */
  readonly name: string;
  /** Where blobs can be mounted from when pushing to the same registry: "host/repo", if a registry. */
  readonly mountFrom?: { registry: string; repository: string };
  /** The manifest the reference points at (no argument) or the one with this digest. */
  manifest(digest?: string): Promise<FetchedManifest>;
  /** Writes a blob to `dest`, verifying its digest and size. Returns the bytes written. */
  fetchBlob(digest: string, size: number, dest: string): Promise<number>;
}

export function mediaTypeOf(bytes: Buffer, declared: string | undefined): string {
  if (declared) return declared;
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: unknown };
    if (doc.mediaType) return doc.mediaType;
    return doc.manifests ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json';
  } catch {
    return 'application/octet-stream';
  }
}

/** `oci:DIR[:TAG]`: a base image from a local OCI layout. */
export class LayoutSource implements ImageSource {
  readonly name: string;
  private readonly layout: OciLayout;
  constructor(
    dir: string,
    private readonly ref: string | undefined,
  ) {
    this.layout = new OciLayout(dir);
    this.name = `oci:${dir}${ref ? ':' + ref : ''}`;
  }

  static parse(spec: string): LayoutSource {
    const body = spec.slice('oci:'.length);
    // DIR may contain ':' on Windows (C:\...): the tag is after the last ':' that follows a separator-free tail.
    const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(body)!;
    return new LayoutSource(m[1], m[2]);
  }

  async manifest(digest?: string): Promise<FetchedManifest> {
    if (!(await OciLayout.isLayout(this.layout.dir))) throw new UserError(`base ${this.name}: ${this.layout.dir} is not an OCI image layout`);
    const desc = digest ? { digest, mediaType: undefined } : await this.layout.resolveRef(this.ref);
    const bytes = await this.layout.readBlob(desc.digest);
    if (sha256(bytes) !== desc.digest) throw new UserError(`base ${this.name}: blob ${desc.digest} does not match its digest`);
    return { bytes, digest: desc.digest, mediaType: mediaTypeOf(bytes, desc.mediaType) };
  }

  async fetchBlob(digest: string, size: number, dest: string): Promise<number> {
    const src = this.layout.blobPath(digest);
    const hash = createHash('sha256');
    let n = 0;
    try {
      await pipeline(
        this.layout.openBlob(digest),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const c of source) {
            hash.update(c);
            n += c.length;
            yield c;
          }
        },
        createWriteStream(dest),
      );
    } catch (e) {
      await fs.rm(dest, { force: true });
      throw new UserError(`base ${this.name}: cannot read blob ${src}: ${(e as Error).message}`);
    }
    if ('sha256:' + hash.digest('hex') !== digest || n !== size) {
      await fs.rm(dest, { force: true });
      throw new UserError(`base ${this.name}: blob ${digest} is corrupt (digest or size does not match)`);
    }
    return n;
  }
}

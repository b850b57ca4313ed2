// What is attached to an image: its referrers (and their documents), read from an OCI layout
// (oci:DIR[:TAG]) or from a registry (through the referrers API or the fallback tag).
import { OciLayout } from '../layout/layout.js';
import { isIndex } from '../oci/mediatypes.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../oci/types.js';
import { platformString } from '../image/options.js';
import { RegistryClient, type RegistryClientOptions } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { fetchDocument, listReferrers } from '../registry/referrers.js';
import { UserError } from '../util/errors.js';
import { layoutReferrers } from './referrer.js';

export interface AttachedEntry {
  /** The manifest (or index) it refers to, and that manifest's platform when it is one of an index. */
  subject: string;
  platform?: string;
  digest: string;
  artifactType: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface Attachments {
  image: string;
  digest: string;
  /** Where the list came from: the layout, the registry's referrers API, or the fallback tag. */
  via: 'layout' | 'api' | 'tag';
  referrers: AttachedEntry[];
  /** The document of one of them (its first layer's bytes). */
  document(entry: AttachedEntry): Promise<Buffer>;
  close(): void;
}

interface Subject {
  digest: string;
  platform?: string;
}

function subjectsOf(top: { digest: string; mediaType: string; bytes: Buffer }): Subject[] {
  const out: Subject[] = [{ digest: top.digest }];
  if (isIndex(top.mediaType)) {
    const index = JSON.parse(top.bytes.toString('utf8')) as ImageIndex;
    for (const m of index.manifests ?? []) out.push({ digest: m.digest, platform: m.platform ? platformString(m.platform) : undefined });
  }
  return out;
}

function entry(s: Subject, d: Descriptor): AttachedEntry {
  return { subject: s.digest, platform: s.platform, digest: d.digest, artifactType: d.artifactType ?? 'unknown', size: d.size, ...(d.annotations ? { annotations: d.annotations } : {}) };
}

async function fromLayout(spec: string): Promise<Attachments> {
  const m = /^oci:(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(spec)!;
  const layout = new OciLayout(m[1]);
  if (!(await OciLayout.isLayout(layout.dir))) throw new UserError(`${layout.dir} is not an OCI image layout (it has no oci-layout file)`);
  const top = await layout.resolveRef(m[2]);
  const bytes = await layout.readBlob(top.digest);
  const subjects = subjectsOf({ digest: top.digest, mediaType: top.mediaType, bytes });
  const bySubject = new Map(subjects.map((s) => [s.digest, s]));
  const found = await layoutReferrers(layout, new Set(bySubject.keys()));
  const referrers = found.map((r) => entry(bySubject.get(r.manifest.subject!.digest)!, { ...r.descriptor, artifactType: r.manifest.artifactType ?? r.descriptor.artifactType }));
  return {
    image: spec,
    digest: top.digest,
    via: 'layout',
    referrers,
    async document(e) {
      const manifest = await layout.readJsonBlob<ImageManifest>(e.digest);
      const layer = manifest.layers?.[0];
      if (!layer) throw new UserError(`artifact ${e.digest} in ${layout.dir} holds no document (no layers)`);
      return layout.readBlob(layer.digest);
    },
    close() {},
  };
}

async function fromRegistry(spec: string, opts: RegistryClientOptions): Promise<Attachments> {
  const ref = parseReference(spec);
  const client = await RegistryClient.open(ref.registry, opts);
  try {
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest', [`repository:${ref.repository}:pull`]);
    const referrers: AttachedEntry[] = [];
    let via: 'api' | 'tag' = 'tag';
    for (const s of subjectsOf(top)) {
      const got = await listReferrers(client, ref.repository, s.digest);
      via = got.via;
      for (const d of got.manifests) referrers.push(entry(s, d));
    }
    return {
      image: spec,
      digest: top.digest,
      via,
      referrers,
      async document(e) {
        return (await fetchDocument(client, ref.repository, e.digest)).bytes;
      },
      close: () => client.close(),
    };
  } catch (e) {
    client.close();
    throw e;
  }
}

export function attachments(spec: string, opts: RegistryClientOptions = {}): Promise<Attachments> {
  return spec.startsWith('oci:') ? fromLayout(spec) : fromRegistry(spec, opts);
}

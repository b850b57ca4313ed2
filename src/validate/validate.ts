// The validator: walks an OCI image layout (or an oci-archive of one) from index.json through
// every reachable index, manifest, config and layer, and reports every problem it finds with
// where it is and which rule it breaks. It never throws for a bad layout: unreadable parts are
// problems too. Blobs are hashed once each, layers are streamed, so memory stays flat.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Algorithm } from '../oci/digest.js';
import { CONFIG_TYPES, MediaType, isDocker, isForeignLayer, isIndex, isManifest, layerCompression, type Compression } from '../oci/mediatypes.js';
import { UserError, errorMessage } from '../util/errors.js';
import { humanSize } from '../util/log.js';
import { openArchive } from './archive.js';
import { BlobStore } from './blobs.js';
import { FolderFiles, type LayoutFiles } from './layout-files.js';
import { classifyDigest } from './digests.js';
import { isObject, parseJson, type Json } from './json.js';
import { shortDigest } from '../oci/digest.js';
import { checkLayer, type LayerCheckResult } from './layer-check.js';
import { Problems, where, type ProblemSink, type ValidationReport, type ValidationStats } from './problems.js';
import { checkSchema, type SchemaIssue } from './schema-check.js';
import type { SchemaName } from './schemas.js';
import type { TarEntryType, TarIssue } from '../tar/reader.js';
import { checkReferrers } from './referrers-check.js';
import { REF_NAME } from '../oci/annotations.js';
import { MAX_DOCUMENT_BYTES } from '../layout/blob-read.js';

export { formatProblem } from './problems.js';
export type { Problem, Severity, ValidationReport, ValidationStats } from './problems.js';

export interface ValidateOptions {
  /** Check only the index.json entries with this org.opencontainers.image.ref.name (or digest). */
  ref?: string;
  /** Progress for humans ("checking layer sha256:… (12 MiB)"). */
  onProgress?: (msg: string) => void;
  /**
   * Layers whose content the caller has already verified while writing them (digest of the
   * stored bytes, and the decompressed stream hashed to the diff_id): not read again. The build
   * uses it for the layers it just compressed and checked in-stream.
   */
  verified?: Map<string, { size: number; diffId: string }>;
  /**
   * index.json as it will be (a build checks its own image before it commits the index, whatever
   * other builds commit meanwhile): used instead of the file. Only for layout folders.
   */
  index?: Buffer;
}

const MAX_DEPTH = 8;
const REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
const DOCKER_SCHEMA1 = ['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws'];

/** A layer at its place in a manifest's stack. */
type StackedLayer = { r: LayerCheckResult; at: string; digest: string };
type PlatformLike = { os?: unknown; architecture?: unknown; variant?: unknown; 'os.version'?: unknown };

interface Desc {
  mediaType: string | undefined;
  digest: string;
  algorithm: Algorithm;
  size: number | undefined;
  raw: Json;
}

export async function validateLayout(target: string, opts: ValidateOptions = {}): Promise<ValidationReport> {
  const problems = new Problems();
  const stats: ValidationStats = { indexes: 0, manifests: 0, configs: 0, layers: 0, blobsHashed: 0, bytesHashed: 0 };
  try {
    let st;
    try {
      st = await fs.stat(target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.error('', 'layout-path', code === 'ENOENT' ? `${target} does not exist` : `cannot read ${target}: ${code ?? errorMessage(e)}`);
    }
    let files: LayoutFiles | undefined;
    if (st?.isDirectory()) files = new FolderFiles(target, opts.index);
    else if (st?.isFile()) files = await openArchive(target, problems, opts.onProgress);
    else if (st) problems.error('', 'layout-path', `${target} is neither a folder (an OCI layout) nor a file (an oci-archive)`);
    if (files !== undefined) {
      const v = new Validator(files, problems, opts, stats);
      await v.run();
      // Referrers are checked in layout folders (an archive is checked for its images).
      if (st?.isDirectory()) await checkReferrers(target, problems);
      stats.blobsHashed = v.blobs.hashedCount;
      stats.bytesHashed = v.blobs.bytesHashed;
    }
  } catch (e) {
    // A bug or an I/O failure we did not foresee: still a report, never a crash.
    problems.error('', 'validator', `validation stopped early: ${errorMessage(e)}`);
  }
  problems.flushSuppressed();
  return { valid: !problems.hasErrors(), problems: problems.list, stats };
}

const short = shortDigest;

/** What a JSON document looks like, whatever its descriptor says. */
function kindOf(v: unknown): 'index' | 'manifest' | 'config' | 'unknown' {
  if (!isObject(v)) return 'unknown';
  if (typeof v.mediaType === 'string') {
    if (isIndex(v.mediaType)) return 'index';
    if (isManifest(v.mediaType)) return 'manifest';
  }
  if (Array.isArray(v.manifests)) return 'index';
  if ('config' in v && 'layers' in v) return 'manifest';
  if ('rootfs' in v || ('architecture' in v && 'os' in v)) return 'config';
  return 'unknown';
}

const KIND_NAME = { index: 'an image index', manifest: 'an image manifest', config: 'an image config', unknown: 'not an OCI document' } as const;

class Validator {
  readonly blobs: BlobStore;
  private readonly docs = new Map<string, Promise<unknown>>();
  private readonly visited = new Set<string>();
  private readonly manifestConfigs = new Map<string, Promise<Json | undefined>>();
  private readonly layers = new Map<string, Promise<LayerCheckResult | undefined>>();
  private readonly badDigestReported = new Set<string>();
  private readonly linkReported = new Set<string>();
  private readonly reached = new Set<string>();

  constructor(
    readonly files: LayoutFiles,
    private readonly p: Problems,
    private readonly opts: ValidateOptions,
    private readonly stats: ValidationStats,
  ) {
    this.blobs = new BlobStore(files, (digest, size) => opts.onProgress?.(`hashed ${digest} (${humanSize(size)})`));
  }

  async run(): Promise<void> {
    await this.checkLayoutFile();
    const blobs = await this.files.blobsFolder();
    if (blobs === 'not-a-folder') this.p.error('blobs', 'layout-blobs', 'blobs is not a folder');
    else if (blobs === 'missing') this.p.error('blobs', 'layout-blobs', 'the blobs folder is missing (a layout MUST have one, even if empty)');
    const index = await this.readTopJson('index.json', 'layout-index');
    if (index === undefined) return;
    this.stats.indexes++;
    this.schema('ociIndex', index, 'index.json', 'index-schema');
    if (!isObject(index)) return;
    if (index.mediaType === undefined) this.p.warn('index.json', 'media-type-missing', `no mediaType field (it SHOULD be ${MediaType.OciIndex})`);
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    this.checkRefNames(manifests);
    let selected = manifests.map((d, i) => ({ d, i }));
    if (this.opts.ref !== undefined) {
      const ref = this.opts.ref;
      selected = selected.filter(({ d }) => isObject(d) && ((isObject(d.annotations) && d.annotations[REF_NAME] === ref) || d.digest === ref));
      if (selected.length === 0) {
        const names = manifests.map((d) => (isObject(d) && isObject(d.annotations) ? d.annotations[REF_NAME] : undefined)).filter((n) => typeof n === 'string');
        this.p.error('index.json', 'ref-not-found', `no image named "${ref}" in index.json; it has: ${names.join(', ') || 'no named images'}`);
      }
    } else if (manifests.length === 0) {
      this.p.warn('index.json', 'index-empty', 'index.json lists no images');
    }
    for (const { d, i } of selected) await this.indexEntry(d, where('index.json', `manifests[${i}]`), 1);
    if (this.opts.ref === undefined) await this.countUnreferenced();
  }

  // ---- layout files -------------------------------------------------------------------------

  private async checkLayoutFile(): Promise<void> {
    const v = await this.readTopJson('oci-layout', 'layout-oci-layout');
    if (v === undefined) return;
    if (isObject(v) && typeof v.imageLayoutVersion === 'string' && v.imageLayoutVersion !== '1.0.0') {
      this.p.error('oci-layout', 'layout-version', `imageLayoutVersion "${v.imageLayoutVersion}" is not supported (this validator knows 1.0.0)`);
      return;
    }
    this.schema('ociLayout', v, 'oci-layout', 'layout-oci-layout');
  }

  /** Reads oci-layout / index.json: a problem (and undefined) when missing or not JSON. */
  private async readTopJson(name: 'oci-layout' | 'index.json', rule: string): Promise<unknown> {
    let bytes: Buffer;
    try {
      // Capped, and never through a symlink or from a FIFO or device.
      bytes = await this.files.readTop(name, MAX_DOCUMENT_BYTES);
    } catch (e) {
      const kind = e instanceof UserError ? e.kind : undefined;
      const what = name === 'oci-layout' ? 'oci-layout is missing: this is not an OCI image layout' : `${name} is missing: the layout lists no images`;
      if (kind === 'not-found') this.p.error(name, rule, what);
      else if (kind === 'too-large') this.p.error(name, rule, `${name} is more than ${humanSize(MAX_DOCUMENT_BYTES)}, too large to be a real ${name}`);
      else if (kind === 'corrupt') this.p.error(name, rule, `${name} is not a regular file`);
      else this.p.error(name, rule, `cannot read ${name}: ${errorMessage(e)}`);
      return undefined;
    }
    const r = parseJson(bytes);
    if (!r.ok) {
      this.p.error(name, rule, `${name} cannot be parsed: ${r.error}`);
      return undefined;
    }
    for (const k of r.duplicateKeys) this.p.error(name, 'json-duplicate-key', `key "${k}" appears twice; readers disagree on which one counts`);
    return r.value;
  }

  private checkRefNames(manifests: unknown[]): void {
    const seen = new Map<string, number>();
    manifests.forEach((d, i) => {
      if (!isObject(d) || !isObject(d.annotations)) return;
      const name = d.annotations[REF_NAME];
      if (typeof name !== 'string') return;
      const at = where('index.json', `manifests[${i}]`, 'annotations');
      if (!REF_NAME_RE.test(name)) this.p.warn(at, 'ref-name', `ref name "${name}" does not follow the ref.name grammar (components of [A-Za-z0-9] joined by - . _ : @ + or --, separated by /)`);
      const first = seen.get(name);
      if (first !== undefined) this.p.warn(at, 'ref-name-duplicate', `ref name "${name}" is also on manifests[${first}]; tools pick the first`);
      else seen.set(name, i);
    });
  }

  // ---- descriptors and blobs ----------------------------------------------------------------

  /** The checkable parts of a descriptor; undefined when its digest cannot be used (already reported by the schema, or an algorithm we cannot compute). */
  private desc(raw: unknown, at: string): Desc | undefined {
    if (!isObject(raw)) return undefined;
    const c = classifyDigest(raw.digest);
    if (c.kind === 'invalid') return undefined;
    if (c.kind === 'unknown-algorithm') {
      this.p.warn(at, 'digest-algorithm', `digest algorithm "${c.algorithm}" is not one this validator can compute (sha256, sha512); the blob was not verified`);
      return undefined;
    }
    const d: Desc = {
      mediaType: typeof raw.mediaType === 'string' ? raw.mediaType : undefined,
      digest: raw.digest as string,
      algorithm: c.algorithm,
      size: typeof raw.size === 'number' && Number.isSafeInteger(raw.size) && raw.size >= 0 ? raw.size : undefined,
      raw,
    };
    this.reached.add(d.digest);
    if (typeof raw.data === 'string') this.checkData(d, raw.data, at);
    return d;
  }

  private checkData(d: Desc, data: string, at: string): void {
    const bytes = Buffer.from(data, 'base64');
    const digest = `${d.algorithm}:${createHash(d.algorithm).update(bytes).digest('hex')}`;
    if (digest !== d.digest) this.p.about(d.digest).error(where(at, 'data'), 'descriptor-data', `the embedded data hashes to ${digest}, not to the descriptor's digest`);
    else if (d.size !== undefined && bytes.length !== d.size) this.p.about(d.digest).error(where(at, 'data'), 'descriptor-data', `the embedded data is ${bytes.length} bytes, the descriptor says ${d.size}`);
  }

  /** Is the blob there and as big as the descriptor says? Returns its real size. */
  private async present(d: Desc, at: string, missingIsWarning = false): Promise<number | undefined> {
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      if (missingIsWarning) this.p.about(d.digest).warn(at, 'blob-missing-foreign', `the non-distributable layer ${d.digest} is not in the layout (${st.reason}); it is fetched from its urls`);
      else this.p.about(d.digest).error(at, 'blob-missing', `blob ${d.digest} is missing: ${st.reason}`);
      return undefined;
    }
    if (d.size !== undefined && d.size !== st.size) {
      this.p.about(d.digest).error(where(at, 'size'), 'descriptor-size', `size is ${d.size} but blob ${short(d.digest)} has ${st.size} bytes`);
    }
    return st.size;
  }

  private digestMatches(d: Desc, computed: string, at: string): void {
    if (computed === d.digest || this.badDigestReported.has(d.digest)) return;
    this.badDigestReported.add(d.digest);
    this.p.about(d.digest).error(at, 'blob-digest', `the content of blob ${d.digest} hashes to ${computed}: the blob is corrupt or was changed`);
  }

  /** Verifies an opaque blob (unknown media type, artifact content): present, size, digest. */
  private async opaque(d: Desc, at: string): Promise<void> {
    if ((await this.present(d, at)) === undefined) return;
    try {
      const r = await this.blobs.hash(d.digest, d.algorithm);
      this.digestMatches(d, r.digest, at);
    } catch (e) {
      this.p.about(d.digest).error(at, 'blob-read', `cannot read blob ${d.digest}: ${errorMessage(e)}`);
    }
  }

  /** Reads a JSON document blob once: size, digest, UTF-8, JSON syntax, duplicate keys. */
  private async document(d: Desc, at: string, what: string): Promise<unknown> {
    const size = await this.present(d, at);
    if (size === undefined) return undefined;
    let p = this.docs.get(d.digest);
    if (!p) {
      p = (async () => {
        if (size > MAX_DOCUMENT_BYTES) {
          this.p.about(d.digest).error(at, 'document-too-large', `the ${what} blob is ${humanSize(size)}; a JSON document this large is not credible, so it was not parsed`);
          await this.opaque(d, at);
          return undefined;
        }
        let bytes: Buffer;
        try {
          bytes = await this.blobs.read(d.digest);
        } catch (e) {
          this.p.about(d.digest).error(at, 'blob-read', `cannot read blob ${d.digest}: ${errorMessage(e)}`);
          return undefined;
        }
        const computed = `${d.algorithm}:${createHash(d.algorithm).update(bytes).digest('hex')}`;
        this.blobs.record(d.digest, { digest: computed, size: bytes.length });
        this.digestMatches(d, computed, at);
        const r = parseJson(bytes);
        if (!r.ok) {
          this.p.about(d.digest).error(at, 'json-invalid', `the ${what} (${short(d.digest)}) cannot be parsed: ${r.error}`);
          return undefined;
        }
        for (const k of r.duplicateKeys) this.p.about(d.digest).error(at, 'json-duplicate-key', `in the ${what}, key "${k}" appears twice; readers disagree on which one counts`);
        return r.value;
      })();
      this.docs.set(d.digest, p);
    }
    return p;
  }

  private schema(name: SchemaName, doc: unknown, at: string, rule: string): SchemaIssue[] {
    const issues = checkSchema(name, doc);
    for (const i of issues) this.p.error(where(at, ...i.path), rule, i.message);
    return issues;
  }

  // ---- indexes and manifests ----------------------------------------------------------------

  /** An entry of an index: a manifest, a nested index, or something we only verify. */
  private async indexEntry(raw: unknown, at: string, depth: number): Promise<void> {
    const d = this.desc(raw, at);
    if (!d) return;
    const mt = d.mediaType;
    if (isIndex(mt)) await this.index(d, at, depth);
    else if (isManifest(mt)) await this.manifest(d, at, depth);
    else if (mt !== undefined && DOCKER_SCHEMA1.includes(mt)) {
      this.p.warn(at, 'docker-schema1', 'Docker image manifest v2 schema 1 (deprecated): only its digest and size were checked');
      await this.opaque(d, at);
    } else {
      if (mt !== undefined) this.p.info(at, 'unknown-media-type', `media type ${mt} is not an image index or manifest; only its digest and size were checked`);
      await this.opaque(d, at);
    }
  }

  private async index(d: Desc, at: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) {
      this.p.error(at, 'index-depth', `indexes are nested more than ${MAX_DEPTH} deep; not followed further`);
      return;
    }
    const v = await this.document(d, at, 'index');
    if (v === undefined) return;
    const kind = kindOf(v);
    if (kind !== 'index') {
      this.p.about(d.digest).error(at, 'media-type-mismatch', `the descriptor says ${d.mediaType} (an index) but the blob is ${KIND_NAME[kind]}`);
      if (kind === 'manifest') await this.manifest({ ...d, mediaType: (v as Json).mediaType === MediaType.DockerManifest ? MediaType.DockerManifest : MediaType.OciManifest }, at, depth);
      return;
    }
    if (this.visited.has(d.digest)) return;
    this.visited.add(d.digest);
    this.stats.indexes++;
    const docker = d.mediaType === MediaType.DockerManifestList;
    if (docker) this.p.info(at, 'docker-manifest-list', 'Docker manifest list (v2 schema 2)');
    this.schema(docker ? 'dockerManifestList' : 'ociIndex', v, at, 'index-schema');
    const idx = v as Json;
    if (!docker && idx.mediaType === undefined) this.p.warn(at, 'media-type-missing', 'the index has no mediaType (it SHOULD be set)');
    const entries = Array.isArray(idx.manifests) ? idx.manifests : [];
    for (const [j, child] of entries.entries()) await this.indexEntry(child, where(at, `manifests[${j}]`), depth + 1);
    if (isObject(idx.subject)) await this.subject(idx.subject, where(at, 'subject'));
  }

  private async manifest(d: Desc, at: string, depth: number): Promise<void> {
    const v = await this.document(d, at, 'manifest');
    if (v === undefined) return;
    const kind = kindOf(v);
    if (kind !== 'manifest') {
      this.p.about(d.digest).error(at, 'media-type-mismatch', `the descriptor says ${d.mediaType} (a manifest) but the blob is ${KIND_NAME[kind]}`);
      if (kind === 'index') await this.index({ ...d, mediaType: (v as Json).mediaType === MediaType.DockerManifestList ? MediaType.DockerManifestList : MediaType.OciIndex }, at, depth + 1);
      return;
    }
    let cfg = this.manifestConfigs.get(d.digest);
    if (!cfg) {
      cfg = this.manifestBody(d, v as Json, at);
      this.manifestConfigs.set(d.digest, cfg);
    }
    const config = await cfg;
    if (isObject(d.raw.platform) && config) this.comparePlatform(d.raw.platform, config, where(at, 'platform'));
  }

  /** Checks a manifest's content once; returns its config (for platform checks). */
  private async manifestBody(d: Desc, m: Json, at: string): Promise<Json | undefined> {
    this.stats.manifests++;
    const docker = d.mediaType === MediaType.DockerManifest;
    if (docker) this.p.info(at, 'docker-manifest', 'Docker v2 schema 2 manifest');
    this.schema(docker ? 'dockerManifest' : 'ociManifest', m, at, 'manifest-schema');
    if (!docker && m.mediaType === undefined) this.p.warn(at, 'media-type-missing', 'the manifest has no mediaType (it SHOULD be set; some clients need it)');
    const mixed = new Set<string>();
    const noteMixed = (mt: string | undefined) => {
      if (mt === undefined || mt === MediaType.OciEmpty) return;
      if (isDocker(mt) !== docker) mixed.add(mt);
    };

    // config
    let config: Json | undefined;
    let image = false;
    const cAt = where(at, 'config');
    const c = this.desc(m.config, cAt);
    if (c) {
      noteMixed(c.mediaType);
      if (c.mediaType !== undefined && CONFIG_TYPES.includes(c.mediaType)) {
        image = true;
        config = await this.config(c, cAt);
      } else if (c.mediaType === MediaType.OciEmpty) {
        await this.empty(c, cAt);
      } else {
        this.p.info(cAt, 'artifact', `config media type ${c.mediaType}: an artifact, not an image; its config and layers were checked as opaque blobs`);
        await this.opaque(c, cAt);
      }
      if (c.mediaType === MediaType.OciEmpty && typeof m.artifactType !== 'string') {
        this.p.error(at, 'manifest-artifact-type', 'artifactType MUST be set when the config is the empty descriptor');
      }
    }

    // layers
    const layers = Array.isArray(m.layers) ? m.layers : [];
    if (Array.isArray(m.layers) && layers.length === 0) this.p.warn(where(at, 'layers'), 'manifest-no-layers', 'the manifest has no layers (it SHOULD have at least one)');
    const rootfs = config && isObject(config.rootfs) ? config.rootfs : undefined;
    const diffIds = rootfs && Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids : undefined;
    if (image && config && diffIds && diffIds.length !== layers.length) {
      this.p.error(where(cAt, 'rootfs', 'diff_ids'), 'config-diff-ids-count', `the config lists ${diffIds.length} diff_ids for ${layers.length} layers (one per layer, in order)`);
    }
    if (image && config && Array.isArray(config.history)) {
      const nonEmpty = config.history.filter((h) => !(isObject(h) && h.empty_layer === true)).length;
      if (nonEmpty !== layers.length) {
        this.p.warn(where(cAt, 'history'), 'config-history-count', `the config history has ${nonEmpty} entries that are not empty_layer for ${layers.length} layers`);
      }
    }
    const stack: StackedLayer[] = [];
    for (const [j, raw] of layers.entries()) {
      const lAt = where(at, `layers[${j}]`);
      const l = this.desc(raw, lAt);
      if (!l) continue;
      noteMixed(l.mediaType);
      const comp = l.mediaType !== undefined ? layerCompression(l.mediaType) : undefined;
      if (l.mediaType === MediaType.OciEmpty) {
        await this.empty(l, lAt);
        continue;
      }
      if (!image) {
        await this.opaque(l, lAt);
        continue;
      }
      if (comp === undefined) {
        this.p.warn(lAt, 'layer-media-type', `media type ${l.mediaType} is not a layer type this validator knows; only its digest and size were checked`);
        await this.opaque(l, lAt);
        continue;
      }
      if (l.mediaType?.includes('nondistributable')) this.p.info(lAt, 'layer-nondistributable', 'non-distributable layer media types are deprecated (image-spec 1.1)');
      const expected = diffIds?.[j];
      const exp = classifyDigest(expected);
      const r = await this.layer(l, lAt, comp, exp.kind === 'supported' ? exp.algorithm : 'sha256');
      if (!r) continue;
      if (r.diffId !== undefined && exp.kind === 'supported' && r.diffId !== expected) {
        this.p.about(l.digest).error(where(cAt, 'rootfs', `diff_ids[${j}]`), 'config-diff-id', `diff_id is ${expected} but layers[${j}] uncompressed hashes to ${r.diffId}`);
      }
      stack.push({ r, at: lAt, digest: l.digest });
    }
    this.checkLinks(stack);
    if (mixed.size) this.p.warn(at, 'mixed-media-types', `a ${docker ? 'Docker' : 'OCI'} manifest refers to ${docker ? 'OCI' : 'Docker'} media types (${[...mixed].join(', ')}); some registries and runtimes refuse mixed manifests`);
    if (isObject(m.subject)) await this.subject(m.subject, where(at, 'subject'));
    return config;
  }

  private async config(c: Desc, at: string): Promise<Json | undefined> {
    const v = await this.document(c, at, 'config');
    if (v === undefined) return undefined;
    const kind = kindOf(v);
    if (kind === 'index' || kind === 'manifest') {
      this.p.about(c.digest).error(at, 'media-type-mismatch', `the descriptor says ${c.mediaType} (a config) but the blob is ${KIND_NAME[kind]}`);
      return undefined;
    }
    if (!this.visited.has(c.digest)) {
      this.visited.add(c.digest);
      this.stats.configs++;
      this.schema('imageConfig', v, at, 'config-schema');
    }
    return isObject(v) ? v : undefined;
  }

  private async empty(d: Desc, at: string): Promise<void> {
    const v = await this.document(d, at, 'empty descriptor');
    if (v !== undefined && !(isObject(v) && Object.keys(v).length === 0)) {
      this.p.warn(at, 'empty-descriptor', `media type ${MediaType.OciEmpty} promises the content {}, but the blob holds something else`);
    }
  }

  /** A subject points at another image (referrers); it usually is not in the layout. */
  private async subject(raw: Json, at: string): Promise<void> {
    const d = this.desc(raw, at);
    if (!d) return;
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      this.p.info(at, 'subject-missing', `the subject ${short(d.digest)} is not in the layout (it may live in the registry)`);
      return;
    }
    await this.opaque(d, at);
  }

  private comparePlatform(p: PlatformLike, cfg: Json, at: string): void {
    const fields = ['os', 'architecture', 'variant', 'os.version'] as const;
    const diffs: string[] = [];
    for (const f of fields) {
      const a = p[f];
      const b = cfg[f];
      if (typeof a === 'string' && typeof b === 'string' && a !== b) diffs.push(`${f} "${a}" but the config says "${b}"`);
    }
    if (diffs.length) this.p.error(at, 'platform-mismatch', `the platform says ${diffs.join(', and ')}`);
  }

  // ---- layers -------------------------------------------------------------------------------

  private async layer(l: Desc, at: string, comp: Compression, diffAlg: Algorithm): Promise<LayerCheckResult | undefined> {
    const foreign = l.mediaType !== undefined && isForeignLayer(l.mediaType) && Array.isArray(l.raw.urls) && l.raw.urls.length > 0;
    const size = await this.present(l, at, foreign);
    if (size === undefined) return undefined;
    const key = `${l.digest}|${comp}|${diffAlg}`;
    let p = this.layers.get(key);
    if (p) return p;
    p = (async () => {
      this.stats.layers++;
      this.opts.onProgress?.(`checking layer ${short(l.digest)} (${humanSize(size)})`);
      let r: LayerCheckResult;
      const known = this.opts.verified?.get(l.digest);
      if (known && known.size === size) {
        return { digest: l.digest, size, diffId: known.diffId, tarIssues: [], entryIssues: [], suppressed: [], entries: 0, paths: new Map(), unresolvedLinks: [] };
      }
      try {
        r = await checkLayer(() => this.blobs.open(l.digest), { compression: comp, digestAlgorithm: l.algorithm, diffIdAlgorithm: diffAlg });
      } catch (e) {
        this.p.about(l.digest).error(at, 'blob-read', `cannot read blob ${l.digest}: ${errorMessage(e)}`);
        return undefined;
      }
      this.blobs.record(l.digest, { digest: r.digest, size: r.size });
      this.digestMatches(l, r.digest, at);
      const about = this.p.about(l.digest);
      if (r.unreadable) about.error(at, 'layer-unreadable', r.unreadable);
      if (r.skipped) about.warn(at, 'layer-zstd-unchecked', r.skipped);
      for (const i of r.tarIssues) this.tarIssue(i, at, about);
      for (const i of r.entryIssues) about.add(i.severity, where(at, `entry "${i.entry}"`), i.rule, i.message);
      for (const s of r.suppressed) about.info(at, s.rule, `${s.count} more entries break this rule; not listed`);
      return r;
    })();
    this.layers.set(key, p);
    return p;
  }

  private tarIssue(i: TarIssue, at: string, about: ProblemSink): void {
    const severity = ['truncated-padding', 'no-end-marker', 'ignored-size'].includes(i.kind) ? 'warning' : i.kind === 'trailing-data' ? 'info' : 'error';
    const rule = severity === 'error' ? 'layer-tar' : 'layer-tar-end';
    about.add(severity, i.path ? where(at, `entry "${i.path}"`) : at, i.kind === 'ignored-size' ? 'layer-tar' : rule, `tar: ${i.message}`);
  }

  /**
   * Hard links whose target is not earlier in their layer must find it in a lower layer: the
   * nearest lower layer that has the path decides what it is. Linear: only paths some link
   * targets are looked at, each distinct layer is matched against them once (from its smaller
   * side), and the stack is walked once keeping the nearest type of each target.
   */
  private checkLinks(stack: StackedLayer[]): void {
    const targets = new Set<string>();
    for (const { r } of stack) for (const link of r.unresolvedLinks) targets.add(link.target);
    if (targets.size === 0) return;
    const hitsOf = new Map<LayerCheckResult, Array<[string, TarEntryType]>>();
    const hits = (r: LayerCheckResult) => {
      let h = hitsOf.get(r);
      if (!h) {
        h = [];
        if (r.paths.size <= targets.size) {
          for (const [p, t] of r.paths) if (targets.has(p)) h.push([p, t]);
        } else {
          for (const p of targets) {
            const t = r.paths.get(p);
            if (t !== undefined) h.push([p, t]);
          }
        }
        hitsOf.set(r, h);
      }
      return h;
    };
    const nearest = new Map<string, TarEntryType>();
    for (const { r, at, digest } of stack) {
      for (const link of r.unresolvedLinks) {
        const type = nearest.get(link.target);
        if (type !== undefined && type !== 'dir') continue;
        const key = `${digest}\0${link.entry}`;
        if (this.linkReported.has(key)) continue;
        this.linkReported.add(key);
        if (type === 'dir') this.p.about(digest).error(where(at, `entry "${link.entry}"`), 'layer-hardlink-dir', `hard link "${link.entry}" points at "${link.target}", a directory of a lower layer (hard links to directories are not allowed)`, at);
        else this.p.about(digest).error(where(at, `entry "${link.entry}"`), 'layer-hardlink-target', `hard link target "${link.target}" is neither earlier in this layer nor in a lower layer`, at);
      }
      for (const [p, t] of hits(r)) nearest.set(p, t);
    }
  }

  // ---- garbage ------------------------------------------------------------------------------

  private async countUnreferenced(): Promise<void> {
    let n = 0;
    let bytes = 0;
    for (const b of await this.files.listBlobs()) {
      if (this.reached.has(b.digest)) continue;
      n++;
      bytes += b.size;
    }
    if (n) this.p.info('blobs', 'unreferenced-blobs', `${n} blob${n === 1 ? ' is' : 's are'} not referenced from index.json (${humanSize(bytes)}; allowed, but garbage)`);
  }
}

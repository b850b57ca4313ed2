// Small OCI layouts for the registry tests, written with LayoutWriter: real tar layers (one file
// each, gzip'd), a config, a manifest — or an index over two platforms — and a ref name.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import { LayoutWriter } from '../../src/layout/layout.js';
import { MediaType } from '../../src/oci/mediatypes.js';
import type { Descriptor } from '../../src/oci/types.js';
import { fixedBytes } from './fixtures.js';

export interface TestImage {
  dir: string;
  digest: string;
  mediaType: string;
  /** every blob and manifest of the image: digest → bytes size */
  blobs: Map<string, number>;
  manifests: string[];
  layers: Descriptor[];
}

function sha(b: Buffer): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

/** A gzip'd tar holding one file `name` with `content`. */
export function tarLayer(work: string, name: string, content: Buffer): { gz: Buffer; diffId: string } {
  const src = path.join(work, `src-${name}`);
  mkdirSync(src, { recursive: true });
  writeFileSync(path.join(src, name), content);
  const tarFile = path.join(work, `${name}.tar`);
  tar.c({ cwd: src, file: tarFile, sync: true, portable: true, mtime: new Date(1700000000000) }, [name]);
  const raw = readFileSync(tarFile);
  return { gz: gzipSync(raw), diffId: sha(raw) };
}

interface LayerSpec {
  /** file content; the layer is a tar.gz of one file */
  content?: Buffer;
  /** or an existing file used as the blob as is (need not be a tar: pure push tests) */
  file?: string;
  digest?: string;
  size?: number;
}

/**
 * Writes an image into the layout at `dir` under `refName`. With `platforms`, an index over one
 * manifest per platform (layers shared). Returns digests for checks.
 */
export async function makeImage(dir: string, opts: { refName?: string; layers?: LayerSpec[]; platforms?: string[]; seed?: number } = {}): Promise<TestImage> {
  const work = path.join(dir, '..', `work-${path.basename(dir)}-${opts.seed ?? 1}`);
  mkdirSync(work, { recursive: true });
  const w = await LayoutWriter.open(dir);
  const blobs = new Map<string, number>();
  const specs = opts.layers ?? [{ content: fixedBytes(200 * 1024, opts.seed ?? 1) }, { content: Buffer.from(`hello ${opts.seed ?? 1}\n`) }];
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const [i, spec] of specs.entries()) {
    if (spec.file) {
      await w.addBlobFile(spec.file, spec.digest!);
      layers.push({ mediaType: MediaType.OciLayer, digest: spec.digest!, size: spec.size! });
      diffIds.push(spec.digest!);
      blobs.set(spec.digest!, spec.size!);
      continue;
    }
    const { gz, diffId } = tarLayer(work, `file${i}-${opts.seed ?? 1}`, spec.content ?? Buffer.alloc(0));
    const d = await w.writeBlob(MediaType.OciLayerGzip, gz);
    layers.push(d);
    diffIds.push(diffId);
    blobs.set(d.digest, d.size);
  }
  const manifests: string[] = [];
  const platforms = opts.platforms ?? ['linux/amd64'];
  const manifestDescs: Descriptor[] = [];
  for (const p of platforms) {
    const [os, architecture] = p.split('/');
    const config = { architecture, os, created: '2023-11-14T22:13:20Z', config: { Env: [`SEED=${opts.seed ?? 1}`] }, rootfs: { type: 'layers', diff_ids: diffIds } };
    const { descriptor: cfg } = await w.writeJson(MediaType.OciConfig, config);
    blobs.set(cfg.digest, cfg.size);
    const manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: cfg, layers };
    const { descriptor } = await w.writeJson(MediaType.OciManifest, manifest);
    blobs.set(descriptor.digest, descriptor.size);
    manifests.push(descriptor.digest);
    manifestDescs.push({ ...descriptor, platform: { os, architecture } });
  }
  let root: Descriptor;
  if (opts.platforms) {
    const { descriptor } = await w.writeJson(MediaType.OciIndex, { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: manifestDescs });
    blobs.set(descriptor.digest, descriptor.size);
    root = descriptor;
  } else {
    root = { mediaType: MediaType.OciManifest, digest: manifests[0], size: blobs.get(manifests[0])! };
  }
  w.setRefs(root, [opts.refName ?? 'latest']);
  await w.commit();
  return { dir, digest: root.digest, mediaType: root.mediaType, blobs, manifests, layers };
}

// Images composed by hand for the unpack tests: a busybox base built by our own `build`, layers
// written as raw tar (whiteouts, opaque dirs, devices, hostile names), and a manifest + config
// put together in an OCI layout with LayoutWriter. Also a tree snapshot that sees owners,
// modes, mtimes and hard links, to compare what we unpack with what umoci unpacks.
import { createHash } from 'node:crypto';
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { LayoutWriter } from '../../src/layout/layout.js';
import { MediaType } from '../../src/oci/mediatypes.js';
import type { ContainerConfig, Descriptor, ImageConfig, ImageManifest, Platform } from '../../src/oci/types.js';
import { TRAILER, encodeHeader, padding } from '../../src/layer/tar.js';
import { runCli } from './cli.js';

export function sha256(b: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

/** This machine's architecture in OCI terms (the busybox we copy runs here). */
export const HOST_ARCH = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[process.arch] ?? process.arch;

// ---------------------------------------------------------------------------------------------
// Raw tar layers

export interface TarSpec {
  name: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
  content?: string | Buffer;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
}

const DEVICE_FLAG = { char: '3', block: '4', fifo: '6' } as const;

function octal(b: Buffer, off: number, len: number, n: number): void {
  b.write(n.toString(8).padStart(len - 1, '0') + '\0', off, len, 'ascii');
}

/** A tar stream of exactly these entries, in this order, names as given (nothing cleaned). */
export function makeTar(entries: TarSpec[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const type = e.type ?? 'file';
    const content = Buffer.from(e.content ?? '');
    const special = type === 'char' || type === 'block' || type === 'fifo';
    const header = encodeHeader({
      name: e.name,
      type: special ? 'file' : type,
      mode: e.mode ?? (type === 'dir' ? 0o755 : 0o644),
      uid: e.uid ?? 0,
      gid: e.gid ?? 0,
      size: type === 'file' ? content.length : 0,
      mtime: e.mtime ?? 1700000000,
      linkname: e.linkname,
    });
    if (special) {
      // encodeHeader knows four types: patch the typeflag and device numbers of the last block.
      const b = header.subarray(header.length - 512);
      b.write(DEVICE_FLAG[type], 156, 1, 'ascii');
      octal(b, 329, 8, e.devmajor ?? 0);
      octal(b, 337, 8, e.devminor ?? 0);
      b.fill(0x20, 148, 156);
      let sum = 0;
      for (let i = 0; i < 512; i++) sum += b[i];
      b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    }
    parts.push(header);
    if (type === 'file') parts.push(content, Buffer.alloc(padding(content.length)));
  }
  parts.push(TRAILER);
  return Buffer.concat(parts);
}

/** A layer blob ready to be put in a layout. */
export interface LayerBlob {
  mediaType: string;
  digest: string;
  size: number;
  diffId: string;
  /** The blob's bytes, or the file holding them. */
  bytes?: Buffer;
  file?: string;
}

export function tarLayer(entries: TarSpec[], compression: 'gzip' | 'none' = 'gzip'): LayerBlob {
  return rawLayer(makeTar(entries), compression);
}

/** A layer from a tar stream made elsewhere (e.g. by GNU tar). */
export function rawLayer(tar: Buffer, compression: 'gzip' | 'none' = 'gzip'): LayerBlob {
  const bytes = compression === 'gzip' ? zlib.gzipSync(tar) : tar;
  return { mediaType: compression === 'gzip' ? MediaType.OciLayerGzip : MediaType.OciLayer, digest: sha256(bytes), size: bytes.length, diffId: sha256(tar), bytes };
}

// ---------------------------------------------------------------------------------------------
// Layers built by `oci-bundle build`

interface BuildJson {
  digest: string;
  layers: Array<{ digest: string; diffId: string; size: number; mediaType: string }>;
}

/** Builds `context` into its own layout at `dest` in the image; returns its layers. */
export function buildLayers(context: string, layout: string, dest: string, extra: string[] = []): LayerBlob[] {
  const r = runCli(['build', context, '--output', layout, '--dest', dest, '--source-date-epoch', '1700000000', '--json', ...extra]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as BuildJson;
  return out.layers.map((l) => ({ ...l, file: path.join(layout, 'blobs', 'sha256', l.digest.slice(7)) }));
}

/**
 * A busybox userland: bin/busybox (the static one of this machine) with applet symlinks, and
 * /etc/passwd and /etc/group with a user "app" (1000:1000) who is also in "staff" (50).
 */
export function makeBusyboxContext(dir: string): string {
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  mkdirSync(path.join(dir, 'home', 'app'), { recursive: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  copyFileSync('/bin/busybox', path.join(dir, 'bin', 'busybox'));
  for (const applet of ['sh', 'echo', 'id', 'pwd', 'cat', 'ls', 'env']) symlinkSync('busybox', path.join(dir, 'bin', applet));
  writeFileSync(path.join(dir, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:App:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
  writeFileSync(path.join(dir, 'etc', 'group'), 'root:x:0:\nstaff:x:50:app\napp:x:1000:\nnogroup:x:65534:\n');
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Composing images

export interface ComposeOptions {
  layers: LayerBlob[];
  config?: ContainerConfig;
  /** Extra top-level config fields (author, created, variant...). */
  image?: Partial<ImageConfig>;
  platform?: Platform;
  ref?: string;
  annotations?: Record<string, string>;
}

async function addLayers(w: LayoutWriter, layers: LayerBlob[]): Promise<void> {
  for (const l of layers) {
    if (l.file) await w.addBlobFile(l.file, l.digest);
    else await w.writeBlob(l.mediaType, l.bytes!);
  }
}

async function writeImage(w: LayoutWriter, o: ComposeOptions): Promise<Descriptor> {
  await addLayers(w, o.layers);
  const platform = o.platform ?? { os: 'linux', architecture: HOST_ARCH };
  const config: ImageConfig = {
    created: '2023-11-14T22:13:20Z',
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    ...(o.image ?? {}),
    config: o.config ?? {},
    rootfs: { type: 'layers', diff_ids: o.layers.map((l) => l.diffId) },
  };
  const c = await w.writeJson(MediaType.OciConfig, config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: c.descriptor,
    layers: o.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    ...(o.annotations ? { annotations: o.annotations } : {}),
  };
  const m = await w.writeJson(MediaType.OciManifest, manifest);
  return { ...m.descriptor, platform };
}

/** Adds an image (manifest + config + layers) to the layout `dir` under `ref`; returns the manifest digest. */
export async function composeImage(dir: string, o: ComposeOptions): Promise<string> {
  const w = await LayoutWriter.open(dir);
  const desc = await writeImage(w, o);
  w.setRefs({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size }, [o.ref ?? 'latest']);
  await w.commit();
  w.finish();
  return desc.digest;
}

/** Adds a multi-platform image: an index over one image per entry. Returns the index and manifest digests. */
export async function composeIndex(dir: string, ref: string, images: ComposeOptions[]): Promise<{ index: string; manifests: string[] }> {
  const w = await LayoutWriter.open(dir);
  const descs: Descriptor[] = [];
  for (const o of images) descs.push(await writeImage(w, o));
  const idx = await w.writeJson(MediaType.OciIndex, { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: descs });
  w.setRefs(idx.descriptor, [ref]);
  await w.commit();
  w.finish();
  return { index: idx.descriptor.digest, manifests: descs.map((d) => d.digest) };
}

// ---------------------------------------------------------------------------------------------
// Looking at unpacked trees

export interface TreeEntry {
  type: 'dir' | 'file' | 'symlink' | 'char' | 'block' | 'fifo' | 'other';
  mode: number;
  uid: number;
  gid: number;
  mtime?: number;
  target?: string;
  sha256?: string;
  rdev?: number;
  /** The other paths sharing this file's inode (hard links), sorted. */
  links?: string[];
}

/** Everything under root, by path relative to root: type, mode, owner, mtime, content, links. */
export function tree(root: string, opts: { dirMtimes?: boolean } = {}): Record<string, TreeEntry> {
  const out: Record<string, TreeEntry> = {};
  const byInode = new Map<number, string[]>();
  const walk = (dir: string) => {
    for (const n of readdirSync(dir).sort()) {
      const abs = path.join(dir, n);
      const rel = path.relative(root, abs);
      const st = lstatSync(abs);
      const e: TreeEntry = { type: 'other', mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
      if (st.isDirectory()) e.type = 'dir';
      else if (st.isSymbolicLink()) {
        e.type = 'symlink';
        e.target = readlinkSync(abs);
        delete (e as Partial<TreeEntry>).mode; // symlink modes are meaningless
      } else if (st.isFile()) {
        e.type = 'file';
        e.sha256 = createHash('sha256').update(readFileSync(abs)).digest('hex');
        if (st.nlink > 1) byInode.set(st.ino, [...(byInode.get(st.ino) ?? []), rel]);
      } else if (st.isCharacterDevice() || st.isBlockDevice()) {
        e.type = st.isCharacterDevice() ? 'char' : 'block';
        e.rdev = st.rdev;
      } else if (st.isFIFO()) e.type = 'fifo';
      if (e.type !== 'dir' || opts.dirMtimes) e.mtime = Math.floor(st.mtimeMs / 1000);
      out[rel] = e;
      if (e.type === 'dir') walk(abs);
    }
  };
  walk(root);
  for (const names of byInode.values()) for (const n of names) out[n].links = [...names].sort();
  return out;
}

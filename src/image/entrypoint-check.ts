// Will the image start? Resolves the command a runtime would exec (Entrypoint[0], else Cmd[0];
// a bare name through the config's PATH) in the final filesystem: our planned layers first, then
// the base's layers top-down with whiteouts honoured, following symlinks inside the image. A
// missing program, or a script whose #! interpreter is missing, gets one warning; the build goes
// on. Base layers are read only when the upper layers do not decide, and each layer's listing is
// remembered in the cache folder by its digest.
import { createReadStream, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { BlobCache } from '../layout/blob-cache.js';
import { layerCompression } from '../oci/mediatypes.js';
import { COMPRESSION, layerReadable } from '../oci/compression.js';
import type { Descriptor, ImageConfig } from '../oci/types.js';
import { TarReader } from '../tar/reader.js';
import type { LayerPlan } from '../layer/plan.js';
import { sourcePath } from '../layer/walk.js';
import type { Logger } from '../util/log.js';
import { UserError } from '../util/errors.js';

const LISTING_FORMAT = 1;
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MAX_LINKS = 40;
const SHEBANG_BYTES = 256;

/** One entry of a layer as far as starting a program is concerned. */
interface Node {
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  /** Symlink or hard link target. */
  link?: string;
  /** The #! line of an executable file, when it has one. */
  shebang?: string;
  /** A folder the layer does not list but holds entries under: a lower layer may say more. */
  implicit?: boolean;
}

/** What one layer says about a path: there, hidden (whiteout), or nothing (look lower). */
interface LayerView {
  get(p: string): Node | undefined;
  /** True when the layer hides `p` from the layers below (a whiteout of it or an ancestor, or an opaque ancestor). */
  hides(p: string): boolean;
  /** Reads the #! line of a file of this layer (our layers read it from the context lazily). */
  shebang(p: string, n: Node): Promise<string | undefined>;
}

/** A listing of a layer, as stored in the cache. */
interface Listing {
  format: number;
  entries: Record<string, Node>;
  whiteouts: string[];
  opaque: string[];
}

function norm(p: string): string {
  return path.posix.normalize('/' + p).replace(/\/+$/, '') || '/';
}

function hiddenBy(p: string, whiteouts: Set<string>, opaque: Set<string>): boolean {
  for (let q = p; q !== '/'; q = path.posix.dirname(q)) {
    if (whiteouts.has(q)) return true;
    if (q !== p && opaque.has(q)) return true;
  }
  return false;
}

function listingView(l: Listing): LayerView {
  const whiteouts = new Set(l.whiteouts);
  const opaque = new Set(l.opaque);
  return {
    get: (p) => l.entries[p],
    hides: (p) => hiddenBy(p, whiteouts, opaque),
    shebang: async (_p, n) => n.shebang,
  };
}

/**
 * One of our planned layers. Looked up by scanning its entries (a handful of lookups per build):
 * no index is built, so a tree of 100k files costs no extra memory here.
 */
function planView(plan: LayerPlan): LayerView {
  const find = (p: string) => {
    const name = p.slice(1);
    const dir = name + '/';
    return plan.entries.find((e) => e.header.name === name || e.header.name === dir);
  };
  return {
    get: (p) => {
      const e = find(p);
      if (!e) return undefined;
      const h = e.header;
      const type = h.type === 'file' || h.type === 'dir' || h.type === 'symlink' || h.type === 'hardlink' ? h.type : 'other';
      return { type, mode: h.mode, link: h.type === 'hardlink' ? norm(h.linkname ?? '') : h.linkname };
    },
    hides: () => false,
    shebang: async (p) => {
      const source = find(p)?.source;
      if (!source) return undefined;
      const fh = await fs.open(sourcePath(plan.root, source), 'r').catch(() => undefined);
      if (!fh) return undefined;
      try {
        const buf = Buffer.alloc(SHEBANG_BYTES);
        const { bytesRead } = await fh.read(buf, 0, SHEBANG_BYTES, 0);
        return shebangOf(buf.subarray(0, bytesRead));
      } finally {
        await fh.close();
      }
    },
  };
}

function shebangOf(head: Buffer): string | undefined {
  if (head[0] !== 0x23 || head[1] !== 0x21) return undefined;
  const end = head.indexOf(0x0a);
  return head.subarray(2, end < 0 ? head.length : end).toString('utf8').trim();
}

/** Reads a base layer (from the blob cache) into a listing; undefined when it cannot be read. */
async function readListing(file: string, desc: Descriptor): Promise<Listing | undefined> {
  if (!layerReadable(desc.mediaType)) return undefined;
  const decompress = COMPRESSION[layerCompression(desc.mediaType)!].decompressor();
  const listing: Listing = { format: LISTING_FORMAT, entries: {}, whiteouts: [], opaque: [] };
  let head: Buffer[] = [];
  let headLen = 0;
  let current: { path: string; node: Node } | undefined;
  const reader = new TarReader({
    onEntry: (e) => {
      const p = norm(e.path);
      const base = path.posix.basename(p);
      current = undefined;
      if (base === '.wh..wh..opq') listing.opaque.push(path.posix.dirname(p));
      else if (base.startsWith('.wh.')) listing.whiteouts.push(path.posix.join(path.posix.dirname(p), base.slice(4)));
      else {
        const type = e.type === 'file' || e.type === 'dir' || e.type === 'symlink' || e.type === 'hardlink' ? e.type : 'other';
        const node: Node = { type, mode: e.mode };
        if (type === 'symlink') node.link = e.linkpath;
        if (type === 'hardlink') node.link = norm(e.linkpath);
        listing.entries[p] = node;
        if (type === 'file' && e.mode & 0o111) current = { path: p, node };
      }
      head = [];
      headLen = 0;
    },
    onData: (chunk) => {
      if (!current || headLen >= SHEBANG_BYTES) return;
      head.push(chunk.subarray(0, SHEBANG_BYTES - headLen));
      headLen += Math.min(chunk.length, SHEBANG_BYTES - headLen);
    },
    onEntryEnd: () => {
      if (current) {
        const sb = shebangOf(Buffer.concat(head));
        if (sb !== undefined) current.node.shebang = sb;
      }
      current = undefined;
    },
    onIssue: () => {},
  });
  try {
    const input = createReadStream(file);
    input.on('error', () => {});
    const stream = input.pipe(decompress) as unknown as AsyncIterable<Buffer>;
    input.on('error', (e) => decompress.emit('error', e));
    for await (const chunk of stream) reader.write(chunk);
    reader.end();
  } catch {
    return undefined;
  }
  for (const p of Object.keys(listing.entries)) {
    for (let q = path.posix.dirname(p); q !== '/' && !listing.entries[q]; q = path.posix.dirname(q)) listing.entries[q] = { type: 'dir', mode: 0o755, implicit: true };
  }
  return listing;
}

/** A base layer's listing: from the cache folder when an earlier build read it, else read now and kept. */
async function baseLayerView(desc: Descriptor, cache: BlobCache): Promise<LayerView | undefined> {
  const hex = desc.digest.replace(':', '-');
  const file = path.join(cache.dir, 'listings', `${hex}.json`);
  try {
    const l = JSON.parse(await fs.readFile(file, 'utf8')) as Listing;
    if (l.format === LISTING_FORMAT) return listingView(l);
  } catch {
    /* not remembered yet */
  }
  const blob = cache.path(desc.digest);
  if (!(await fs.stat(blob).catch(() => undefined))) return undefined;
  const listing = await readListing(blob, desc);
  if (!listing) return undefined;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await fs.writeFile(tmp, JSON.stringify(listing));
    await fs.rename(tmp, file);
  } catch {
    // the cache only saves time
  }
  return listingView(listing);
}

/** The final filesystem, layer by layer from the top, base layers loaded on first need. */
class ImageFs {
  private readonly views: Array<LayerView | (() => Promise<LayerView | undefined>)>;
  /** Set when a base layer could not be read: then nothing can be said for sure. */
  unknown = false;

  constructor(plans: LayerPlan[], baseLayers: Descriptor[], cache: BlobCache) {
    this.views = [...plans.map(planView).reverse(), ...[...baseLayers].reverse().map((d) => () => baseLayerView(d, cache))];
  }

  private async view(i: number): Promise<LayerView | undefined> {
    const v = this.views[i];
    if (typeof v !== 'function') return v;
    const loaded = await v();
    if (!loaded) this.unknown = true;
    else this.views[i] = loaded;
    return loaded;
  }

  /** The entry at exactly `p` (no symlink following) and the layer it comes from. */
  async lookup(p: string): Promise<{ node: Node; layer: LayerView } | undefined> {
    if (p === '/') return { node: { type: 'dir', mode: 0o755 }, layer: planView({ root: '', selector: '', entries: [], files: 0, bytes: 0 }) };
    let implicit: { node: Node; layer: LayerView } | undefined;
    for (let i = 0; i < this.views.length; i++) {
      const v = await this.view(i);
      if (!v) return undefined;
      const n = v.get(p);
      if (n && !n.implicit) return { node: n, layer: v };
      if (n) implicit ??= { node: n, layer: v };
      if (v.hides(p)) return implicit;
    }
    return implicit;
  }

  /** Resolves `p` following symlinks (in every component) inside the image; undefined when missing. */
  async resolve(p: string, depth = 0): Promise<{ path: string; node: Node; layer: LayerView } | undefined> {
    if (depth > MAX_LINKS) return undefined;
    const parts = norm(p).split('/').filter(Boolean);
    let cur = '/';
    for (let i = 0; i < parts.length; i++) {
      const next = path.posix.join(cur, parts[i]);
      const hit = await this.lookup(next);
      if (!hit) return undefined;
      if (hit.node.type === 'symlink') {
        const target = hit.node.link ?? '';
        const rest = parts.slice(i + 1).join('/');
        const to = target.startsWith('/') ? target : path.posix.join(cur, target);
        return this.resolve(rest ? `${to}/${rest}` : to, depth + 1);
      }
      if (hit.node.type === 'hardlink') {
        const rest = parts.slice(i + 1).join('/');
        return this.resolve(rest ? `${hit.node.link}/${rest}` : hit.node.link!, depth + 1);
      }
      if (i === parts.length - 1) return { path: next, node: hit.node, layer: hit.layer };
      if (hit.node.type !== 'dir') return undefined;
      cur = next;
    }
    return undefined;
  }
}

export interface EntrypointCheckInput {
  plans: LayerPlan[];
  /** The base image's layers (bottom first) of the platform checked; none on scratch. */
  baseLayers: Descriptor[];
  config: ImageConfig;
  cache: BlobCache;
}

function envPath(config: ImageConfig): string {
  const e = (config.config?.Env ?? []).find((x) => x.startsWith('PATH='));
  return e ? e.slice(5) : DEFAULT_PATH;
}

/** Finds `name` as a runtime would: absolute as is, relative to the workdir with a slash, else through PATH. */
async function findProgram(fsys: ImageFs, name: string, config: ImageConfig): Promise<{ path: string; node: Node; layer: LayerView } | undefined> {
  if (name.startsWith('/')) return fsys.resolve(name);
  if (name.includes('/')) return fsys.resolve(path.posix.join(config.config?.WorkingDir || '/', name));
  for (const dir of envPath(config).split(':')) {
    if (!dir.startsWith('/')) continue;
    const hit = await fsys.resolve(path.posix.join(dir, name));
    if (hit && hit.node.type === 'file') return hit;
  }
  return undefined;
}

/**
 * Why the image's command cannot start, or undefined when it can (or when it cannot be told:
 * no command, or a base layer that could not be read).
 */
export interface EntrypointProblem {
  problem: string;
  /** What fixes it: a base (or context) that has the program, or the execute bit. */
  fix: 'provide' | 'chmod';
}

export async function entrypointProblem(input: EntrypointCheckInput): Promise<EntrypointProblem | undefined> {
  const c = input.config.config ?? {};
  const command = c.Entrypoint?.[0] ?? c.Cmd?.[0];
  if (!command) return undefined;
  const fsys = new ImageFs(input.plans, input.baseLayers, input.cache);
  const where = command.includes('/') ? command : `${command} (looked up in PATH=${envPath(input.config)})`;
  const prog = await findProgram(fsys, command, input.config);
  if (fsys.unknown) return undefined;
  if (!prog || prog.node.type !== 'file') return { problem: `the image's command ${where} is not in the image`, fix: 'provide' };
  if ((prog.node.mode & 0o111) === 0) return { problem: `the image's command ${prog.path} is not executable (mode ${prog.node.mode.toString(8)})`, fix: 'chmod' };
  const sb = await prog.layer.shebang(prog.path, prog.node);
  if (sb === undefined) return undefined;
  const [interp, arg] = sb.split(/\s+/);
  if (!interp) return undefined;
  const ip = await findProgram(fsys, interp.startsWith('/') ? interp : '/' + interp, input.config);
  if (fsys.unknown) return undefined;
  if (!ip || ip.node.type !== 'file') return { problem: `the image's command ${prog.path} is a script for ${interp} (its #! line), which is not in the image`, fix: 'provide' };
  // #!/usr/bin/env NAME runs NAME from PATH.
  if (path.posix.basename(interp) === 'env' && arg && !arg.startsWith('-')) {
    const target = await findProgram(fsys, arg, input.config);
    if (fsys.unknown) return undefined;
    if (!target || target.node.type !== 'file') return { problem: `the image's command ${prog.path} is a script for "${interp} ${arg}", and ${arg} is not in the image's PATH (${envPath(input.config)})`, fix: 'provide' };
  }
  return undefined;
}

/** One warning when the image cannot start; the build goes on either way. */
export async function checkEntrypoint(input: EntrypointCheckInput, log: Logger): Promise<void> {
  let problem: EntrypointProblem | undefined;
  const t0 = Date.now();
  try {
    problem = await entrypointProblem(input);
    log.debug(`entrypoint check in ${Date.now() - t0} ms`);
  } catch (e) {
    log.debug(`entrypoint check skipped: ${(e as Error).message}`);
    return;
  }
  if (problem?.fix === 'chmod') {
    log.warn(`${problem.problem}: a runtime will fail to start it ("permission denied"). Mark it executable in the context (chmod +x, or git update-index --chmod=+x on Windows) and build again`);
  } else if (problem) {
    log.warn(`${problem.problem}: a runtime will fail to start it ("no such file or directory"). Build on a base that has it (e.g. --base docker.io/library/busybox for a shell, gcr.io/distroless/static or a language image for binaries), or add it to the context`);
  }
}

/**
 * Where `dest` really is in the base image: folders above it that are symlinks in the base
 * (/lib -> usr/lib on merged-/usr bases) are followed, so our layer adds to the folder the link
 * points at instead of replacing the link with a folder (which overlay snapshotters would do).
 * Components the base lacks are kept as given. A component that is a file is an error.
 */
export async function resolveDestInBase(dest: string, baseLayers: Descriptor[], cache: BlobCache): Promise<string> {
  const fsys = new ImageFs([], baseLayers, cache);
  let parts = norm(dest).split('/').filter(Boolean);
  let cur = '/';
  for (let hops = 0, i = 0; i < parts.length; i++) {
    const next = path.posix.join(cur, parts[i]);
    const hit = await fsys.lookup(next);
    if (!hit) return path.posix.join(next, ...parts.slice(i + 1));
    if (hit.node.type === 'symlink') {
      if (++hops > MAX_LINKS) throw new UserError(`--dest ${dest} passes through more than ${MAX_LINKS} symlinks in the base image`, 2, { kind: 'input', field: 'dest' });
      const target = hit.node.link ?? '';
      const to = target.startsWith('/') ? target : path.posix.join(cur, target);
      parts = [...norm(to).split('/').filter(Boolean), ...parts.slice(i + 1)];
      cur = '/';
      i = -1;
      continue;
    }
    if (hit.node.type !== 'dir') throw new UserError(`--dest ${dest}: ${next} is a file in the base image, not a folder; choose another --dest`, 2, { kind: 'input', field: 'dest' });
    cur = next;
  }
  return cur;
}

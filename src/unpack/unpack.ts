// `unpack`: an image from an OCI layout into an OCI runtime bundle (DIR/rootfs + DIR/config.json)
// that runc runs. Everything that can be checked is checked before DIR is touched; a failure
// afterwards removes what was created.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { platformString } from '../image/options.js';
import { OciLayout } from '../layout/layout.js';
import { LayoutImageSource } from '../model/layout-source.js';
import type { Platform } from '../oci/types.js';
import { UserError, fsError } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/log.js';
import { Sample, UnpackNotes, applyLayer } from './apply-layer.js';
import { checkLayerSupported, openLayerTar } from './layer-stream.js';
import { resolveImageUser } from './passwd.js';
import { processArgs, runtimeSpec } from './runtime-config.js';
import { RootResolver } from './secure-path.js';
import { selectImage } from './select-image.js';

export interface UnpackOptions {
  /** The image's ref name in the layout (org.opencontainers.image.ref.name) or its digest; default: the only image. */
  ref?: string;
  /** For an index: which platform (default: this host's Linux platform, else the only one). */
  platform?: Platform;
  /** Do not apply owners or create devices; config.json gets a user namespace. Implied when not root. */
  rootless?: boolean;
  /** config.json hostname (default "oci-bundle"). */
  hostname?: string;
  log?: Logger;
}

export interface UnpackResult {
  /** Absolute path of the bundle. */
  bundle: string;
  /** Digest of the image manifest that was unpacked. */
  digest: string;
  /** os/arch[/variant] of that image. */
  platform: string;
  layers: number;
  rootless: boolean;
  user: { uid: number; gid: number };
}

function isRoot(): boolean {
  return process.geteuid?.() === 0;
}

/** Refuses a DIR that exists and is not an empty folder; else creates it. Returns what to remove on failure. */
async function prepareBundleDir(dest: string, shown: string): Promise<{ remove?: string; empty: boolean }> {
  let st;
  try {
    st = await fs.stat(dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(e, shown, 'checking the bundle folder');
  }
  if (st) {
    if (!st.isDirectory()) throw new UserError(`${shown} exists and is not a folder; choose a new or empty folder for the bundle`);
    const entries = await fs.readdir(dest).catch((e) => {
      throw fsError(e, shown, 'reading the bundle folder');
    });
    if (entries.length > 0) throw new UserError(`${shown} exists and is not empty; refusing to unpack into it (choose a new or empty folder)`);
    // As umoci: only the owner may enter the bundle, whose rootfs holds the image's setuid
    // files and device nodes (an existing folder keeps its mode otherwise, often 0755).
    await fs.chmod(dest, 0o700).catch((e) => {
      throw fsError(e, shown, 'making the bundle folder private (mode 0700)');
    });
    return { empty: true };
  }
  try {
    const firstParent = await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.mkdir(dest, { mode: 0o700 });
    await fs.chmod(dest, 0o700);
    return { remove: firstParent ?? dest, empty: false };
  } catch (e) {
    throw fsError(e, shown, 'creating the bundle folder');
  }
}

/** Removes p, even when an unprivileged unpack left directories without write permission. */
async function removeTree(p: string): Promise<void> {
  try {
    await fs.rm(p, { recursive: true, force: true });
    return;
  } catch {
    // fall through: open up directories and try again
  }
  const open = async (d: string): Promise<void> => {
    const st = await fs.lstat(d).catch(() => undefined);
    if (!st?.isDirectory()) return;
    await fs.chmod(d, 0o700).catch(() => {});
    for (const n of await fs.readdir(d).catch(() => [] as string[])) await open(path.join(d, n));
  };
  await open(p);
  await fs.rm(p, { recursive: true, force: true }).catch(() => {});
}

async function cleanup(dest: string, made: { remove?: string; empty: boolean }): Promise<void> {
  if (made.remove) return removeTree(made.remove);
  for (const n of await fs.readdir(dest).catch(() => [] as string[])) await removeTree(path.join(dest, n));
}

function short(digest: string): string {
  return digest.slice(0, 19);
}

/**
 * Unpacks an image of the OCI layout `layoutDir` into the runtime bundle `destDir`, which must
 * be absent or an empty folder.
 */
export async function unpackImage(layoutDir: string, destDir: string, opts: UnpackOptions = {}): Promise<UnpackResult> {
  const log = opts.log ?? silentLogger;
  if (!(await OciLayout.isLayout(layoutDir))) throw new UserError(`${layoutDir} is not an OCI image layout (it has no oci-layout file)`);
  const source = new LayoutImageSource(path.resolve(layoutDir), opts.ref);
  const layout = source.layout;
  const image = await selectImage(source, opts.platform);
  processArgs(image.config); // nothing to run: say so before writing anything
  const layers = image.manifest.layers;
  const diffIds = image.config.rootfs.diff_ids;
  for (const [i, d] of layers.entries()) {
    checkLayerSupported(d, i);
    if (!(await layout.hasBlob(d.digest))) throw new UserError(`layer ${i + 1} (${d.digest}) is not in ${layoutDir}; the layout is incomplete`);
  }

  const rootless = !!opts.rootless || !isRoot();
  if (rootless && !opts.rootless) {
    log.warn('not running as root: unpacking rootless (owners from the image are not applied, device nodes are skipped, config.json gets a user namespace)');
  }
  const dest = path.resolve(destDir);
  const made = await prepareBundleDir(dest, destDir);
  try {
    const rootfs = path.join(dest, 'rootfs');
    await fs.mkdir(rootfs, { mode: 0o755 });
    await fs.chmod(rootfs, 0o755);
    const resolver = new RootResolver(rootfs);
    const notes = new UnpackNotes();
    const ctx = { root: rootfs, resolver, owners: !rootless, devices: !rootless, privileged: isRoot(), notes };
    for (const [i, d] of layers.entries()) {
      const label = `layer ${i + 1}/${layers.length} (${d.digest})`;
      const started = Date.now();
      const lt = openLayerTar(source, d, diffIds[i], label);
      try {
        const stats = await applyLayer(lt.tar, label, ctx);
        lt.verify();
        log.info(`layer ${i + 1}/${layers.length} ${short(d.digest)}: ${stats.entries} entries${stats.whiteouts ? ` (${stats.whiteouts} whiteouts)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        lt.close();
      }
    }
    reportNotes(notes, rootless, log);

    const user = await resolveImageUser(resolver, image.config.config?.User);
    if (rootless && (user.uid !== 0 || user.gid !== 0)) {
      log.warn(`the image runs as ${user.uid}:${user.gid}, but the rootless user namespace maps only root (to you); add uidMappings/gidMappings to config.json for that user, or runc will refuse to start it`);
    }
    const spec = runtimeSpec(image.config, user, { rootless, hostUid: process.geteuid?.() ?? 0, hostGid: process.getegid?.() ?? 0, hostname: opts.hostname });
    await fs.writeFile(path.join(dest, 'config.json'), JSON.stringify(spec, null, 2) + '\n', { mode: 0o644 });
    return { bundle: dest, digest: image.descriptor.digest, platform: platformString(image.platform), layers: layers.length, rootless, user: { uid: user.uid, gid: user.gid } };
  } catch (e) {
    await cleanup(dest, made);
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw fsError(e, (e as NodeJS.ErrnoException).path ?? destDir, 'writing the bundle');
    throw e;
  }
}

function reportNotes(notes: UnpackNotes, rootless: boolean, log: Logger): void {
  const list = (xs: Sample) => xs.first.join(', ') + (xs.count > xs.first.length ? `, and ${xs.count - xs.first.length} more` : '');
  if (rootless && notes.ownersNotApplied > 0) log.info(`rootless: ${notes.ownersNotApplied} entries owned by other users than root are owned by you instead`);
  if (notes.setidDropped.count) log.warn(`rootless: dropped the setuid/setgid bit of ${notes.setidDropped.count} file(s) whose owner was not applied: ${list(notes.setidDropped)}`);
  if (notes.skippedDevices.count) log.warn(`skipped ${notes.skippedDevices.count} device node(s), which need root (and no --rootless): ${list(notes.skippedDevices)}`);
  if (notes.xattrEntries) log.warn(`extended attributes (e.g. file capabilities) of ${notes.xattrEntries} entries were not applied`);
  if (notes.unknown.count) log.warn(`skipped ${notes.unknown.count} tar entries of unknown type: ${list(notes.unknown)}`);
}

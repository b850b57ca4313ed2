// Language packages in the build context (npm, PyPI) and OS packages of the base image's layers.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OciLayout } from '../layout/layout.js';
import { sourcePath, type WalkEntry } from '../layer/walk.js';
import type { Descriptor } from '../oci/types.js';
import { fsError } from '../util/errors.js';
import { readImageFiles } from './image-files.js';
import { looksExecutable, scanGoBinary } from './packages/go.js';
import { scanJar } from './packages/java.js';
import { isNpmManifest, scanNpm } from './packages/npm.js';
import { APK_INSTALLED, isOsPackageDb, OS_RELEASE, parseOsRelease, scanApk, scanDpkg } from './packages/os.js';
import { isPythonMetadata, scanPypi } from './packages/pypi.js';
import type { FoundPackage } from './packages/types.js';

/** Package manifests larger than this are skipped: they are not package metadata. */
const MAX_MANIFEST = 4 * 1024 * 1024;
/** Jars and binaries are read whole; larger ones are skipped. */
const MAX_ARCHIVE = 256 * 1024 * 1024;
const JAR = /\.(?:jar|war|ear)$/i;

async function readSource(src: string): Promise<Buffer> {
  try {
    return await fs.readFile(src);
  } catch (err) {
    throw fsError(err, src, 'reading package metadata for the SBOM');
  }
}

/** The first bytes of a file: enough to tell an executable format. */
async function head(src: string): Promise<Buffer> {
  const f = await fs.open(src, 'r').catch((err) => {
    throw fsError(err, src, 'reading package metadata for the SBOM');
  });
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await f.read(b, 0, 4, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await f.close();
  }
}

/** npm, Python, Maven (jars) and Go (binaries) packages among the context's files, located where they land in the image. */
export async function contextPackages(root: string, entries: WalkEntry[], dest: string): Promise<FoundPackage[]> {
  const out: FoundPackage[] = [];
  for (const e of entries) {
    if (e.type !== 'file') continue;
    if (e.size <= MAX_ARCHIVE && (JAR.test(e.rel) || e.executable)) {
      const src = sourcePath(root, e);
      const where = path.posix.join(dest, e.rel);
      if (JAR.test(e.rel)) out.push(...scanJar(where, await readSource(src)));
      else if (e.size > 4096 && looksExecutable(await head(src))) out.push(...scanGoBinary(where, await readSource(src)));
      continue;
    }
    if (e.size > MAX_MANIFEST) continue;
    const npm = isNpmManifest(e.rel);
    if (!npm && !isPythonMetadata(e.rel)) continue;
    const content = await readSource(sourcePath(root, e));
    const where = path.posix.join(dest, e.rel);
    const found = npm ? scanNpm(where, content) : scanPypi(where, content);
    if (found) out.push(found);
  }
  return out;
}

/** Debian/Alpine packages installed in an image (its layers in the layout). */
export async function osPackages(layout: OciLayout, layers: Descriptor[], diffIds: string[]): Promise<FoundPackage[]> {
  const files = await readImageFiles(layout, layers, diffIds, (p) => isOsPackageDb(p) || OS_RELEASE.includes(p));
  const rel = OS_RELEASE.map((p) => files.get(p)).find((b) => b !== undefined);
  const os = rel ? parseOsRelease(rel.toString('utf8')) : undefined;
  const out: FoundPackage[] = [];
  for (const [p, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isOsPackageDb(p)) continue;
    out.push(...(p === APK_INSTALLED ? scanApk(p, content, os) : scanDpkg(p, content, os)));
  }
  return out;
}

// The engine of `oci-bundle copy` and the copy step: SOURCE and DEST by transport name, extra
// tags (plain tags in DEST's repository, or full references elsewhere on registries), platform
// choice, credentials per side. Front ends only parse input and print.
import type { Platform } from '../oci/types.js';
import { Secrets } from '../registry/auth.js';
import type { RegistryClientOptions } from '../registry/client.js';
import { type Reference, formatReference, parseReference } from '../registry/reference.js';
import { HttpTransport, resolveTransportOptions } from '../registry/transport.js';
import { UserError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { copyImage } from './copy.js';
import { parseImageName } from './names.js';
import { openImageDestination, openImageSource } from './open.js';
import { RegistryDestination } from './registry-destination.js';
import type { CopyResult } from './types.js';

const TAG = /^[\w][\w.-]{0,127}$/;

export interface CopyByNameOptions {
  platforms?: Platform[];
  /** Extra tags: a tag of DEST's repository, or a full reference (registry destinations only). */
  tags?: string[];
  /** Registry options for the source (its own credentials) and the destination. */
  sourceRegistry?: RegistryClientOptions;
  destinationRegistry?: RegistryClientOptions;
  logger: Logger;
}

export interface CopyByNameResult extends CopyResult {
  source: string;
  /** Every name the image was stored under, fully qualified for registries. */
  images: string[];
}

export async function copyByName(sourceText: string, destText: string, o: CopyByNameOptions): Promise<CopyByNameResult> {
  const srcName = parseImageName(sourceText, 'source');
  const destName = parseImageName(destText, 'destination');
  const secrets = new Secrets();
  const log = secrets.logger(o.logger);
  const insecureRegistries = [...(o.sourceRegistry?.insecureRegistries ?? []), ...(o.destinationRegistry?.insecureRegistries ?? [])];
  const transport = new HttpTransport(resolveTransportOptions({ ...(o.destinationRegistry ?? {}), insecureRegistries, logger: log }));
  const shared = { secrets, transport, logger: log };
  const source = openImageSource(srcName, { ...(o.sourceRegistry ?? {}), ...shared });
  const extra = o.tags ?? [];
  try {
    if (destName.transport !== 'registry') {
      const bad = extra.find((t) => !TAG.test(t));
      if (bad) throw new UserError(`--tag ${bad}: ${destName.transport} destinations take plain names (ref.name), not references`, 2, { kind: 'usage', field: 'tags' });
      const { destination, tags } = openImageDestination(destName, shared);
      try {
        const r = await copyImage(source, destination, { platforms: o.platforms, tags: [...new Set([...tags, ...extra])], logger: log });
        log.info(`copied ${source.name} to ${destination.name} as ${r.digest}`);
        const where = destName.transport === 'oci' ? `oci:${destName.dir}` : `${destName.transport}:${destName.file}`;
        return { ...r, source: source.name, images: r.tags.length ? r.tags.map((t) => `${where}:${t}`) : [where] };
      } finally {
        await destination.close();
      }
    }
    // Registry: DEST plus every --tag, one copy per repository (later ones find the blobs there or mount them).
    const refs: Reference[] = [destName.ref];
    for (const t of extra) refs.push(TAG.test(t) ? parseReference(`${destName.ref.registry}/${destName.ref.repository}:${t}`) : parseReference(t));
    const byRepo = new Map<string, Reference[]>();
    for (const r of refs) {
      const key = `${r.registry}/${r.repository}`;
      byRepo.set(key, [...(byRepo.get(key) ?? []), r]);
    }
    let total: CopyByNameResult | undefined;
    for (const group of byRepo.values()) {
      const dest = new RegistryDestination(group[0], { ...(o.destinationRegistry ?? {}), ...shared });
      try {
        const tags = group.map((r) => r.tag).filter((t): t is string => t !== undefined);
        const r = await copyImage(source, dest, { platforms: o.platforms, tags: [...new Set(tags)], logger: log });
        for (const ref of group) {
          if (ref.digest && ref.digest !== r.digest) throw new UserError(`${formatReference(ref)} pins ${ref.digest}, but the image copied is ${r.digest}`, 1, { kind: 'conflict', field: 'destination' });
        }
        const images = group.map((ref) => (ref.tag ? `${ref.registry}/${ref.repository}:${ref.tag}` : `${ref.registry}/${ref.repository}@${r.digest}`));
        for (const i of images) log.info(`copied ${source.name} to ${i}`);
        if (!total) total = { ...r, source: source.name, images };
        else {
          total.images.push(...images);
          total.tags.push(...r.tags);
          total.pushed += r.pushed;
          total.skipped += r.skipped;
          total.mounted += r.mounted;
        }
      } finally {
        await dest.close();
      }
    }
    return total!;
  } catch (e) {
    throw secrets.redactError(e);
  } finally {
    await source.close();
    transport.close();
  }
}

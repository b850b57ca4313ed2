// Choosing by platform, one way for every reader of an index: which entries are images, which
// one is for a platform, what to list when none is, and what the local engine runs.
import { isIndex, isManifest } from '../oci/mediatypes.js';
import { hostLinuxPlatform, hostPlatform, platformMatches, platformString } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { indexEntries } from './document.js';
import type { VerifiedIndex } from './types.js';

type Entry = ReturnType<typeof indexEntries>[number];

/**
 * The image entries of an index (checked by indexEntries): manifests, and with `nested` also
 * indexes; attestations and other artifacts left out.
 */
export function imageEntries(index: VerifiedIndex, where: string, o: { nested?: boolean } = {}): Entry[] {
  return indexEntries(index, where).filter((e) => !e.attestation && (isManifest(e.descriptor.mediaType) || (!!o.nested && isIndex(e.descriptor.mediaType))));
}

/**
 * The entry for the first of `want` that one has (arm64 = arm64/v8, arm = arm/v7); else, with
 * `onlyOne`, the single entry when there is exactly one, whatever its platform.
 */
export function pickPlatform<E extends { platform?: Platform }>(entries: E[], want: Platform[], o: { onlyOne?: boolean } = {}): E | undefined {
  for (const w of want) {
    const found = entries.find((e) => e.platform && platformMatches(w, e.platform));
    if (found) return found;
  }
  return o.onlyOne && entries.length === 1 ? entries[0] : undefined;
}

/** Every entry for `w`. */
export function entriesFor<E extends { platform?: Platform }>(entries: E[], w: Platform): E[] {
  return entries.filter((e) => e.platform && platformMatches(w, e.platform));
}

/** "linux/amd64, linux/arm64/v8" for messages; an entry without a platform is "unknown". */
export function platformList(entries: Array<{ platform?: Platform }>): string {
  return entries.map((e) => (e.platform ? platformString(e.platform) : 'unknown')).join(', ');
}

/**
 * The platforms the local engine runs, best first: Linux on this CPU (Docker Desktop and podman
 * machine run a Linux VM on macOS and Windows), and on Windows its own containers too.
 */
export function enginePlatforms(): Platform[] {
  const host = hostPlatform();
  const linux = hostLinuxPlatform();
  return host.os === 'windows' ? [host, linux] : [linux];
}

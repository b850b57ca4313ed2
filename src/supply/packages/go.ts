// Go binaries: the module versions the Go toolchain (1.18+) embeds in every binary it builds, in
// the ".go.buildinfo" blob: a 32-byte header starting with "\xff Go buildinf:", then (when flag
// bit 2 says the strings are inline) the Go version and the module info as length-prefixed
// strings. Module info lines: "mod" (the main module), "dep" (a dependency), "=>" (a replacement
// of the line before).
import { PackageURL } from 'packageurl-js';
import type { FoundPackage } from './types.js';

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

/** Executable formats Go writes: ELF, PE, Mach-O (both byte orders, 32/64 bit). */
export function looksExecutable(head: Buffer): boolean {
  if (head.length < 4) return false;
  const m = head.readUInt32BE(0);
  return m === 0x7f454c46 || head.readUInt16BE(0) === 0x4d5a || [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(m);
}

function uvarint(b: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let shift = 0;
  for (let i = at; i < b.length && shift < 35; i++) {
    value += (b[i] & 0x7f) * 2 ** shift;
    if (b[i] < 0x80) return { value, next: i + 1 };
    shift += 7;
  }
  return undefined;
}

/** The module info text of a Go binary, or undefined (not Go, or a Go before 1.18). */
export function goModInfo(binary: Buffer): string | undefined {
  for (let at = binary.indexOf(MAGIC); at >= 0; at = binary.indexOf(MAGIC, at + 1)) {
    if (at % 16 !== 0 || at + 32 > binary.length) continue;
    if ((binary[at + 15] & 0x2) === 0) continue; // pointer form of old toolchains
    const v = uvarint(binary, at + 32);
    if (!v) continue;
    const m = uvarint(binary, v.next + v.value);
    if (!m || m.next + m.value > binary.length) continue;
    let info = binary.subarray(m.next, m.next + m.value).toString('utf8');
    // Framed by 16-byte sentinels.
    if (info.length >= 33 && info[info.length - 17] === '\n') info = info.slice(16, -16);
    return info;
  }
  return undefined;
}

function purlOf(path: string, version: string): string | undefined {
  const slash = path.lastIndexOf('/');
  try {
    return new PackageURL('golang', slash > 0 ? path.slice(0, slash) : undefined, slash > 0 ? path.slice(slash + 1) : path, version).toString();
  } catch {
    return undefined; // a version the purl library refuses
  }
}

/** The main module and the dependencies of a Go binary found at `location`. */
export function scanGoBinary(location: string, binary: Buffer): FoundPackage[] {
  const info = goModInfo(binary);
  if (!info) return [];
  const mods: Array<{ path: string; version: string }> = [];
  for (const line of info.split('\n')) {
    const f = line.split('\t');
    if ((f[0] === 'mod' || f[0] === 'dep') && f[1] && f[2]) mods.push({ path: f[1], version: f[2] });
    else if (f[0] === '=>' && f[1] && f[2] && mods.length) mods[mods.length - 1] = { path: f[1], version: f[2] };
  }
  const out: FoundPackage[] = [];
  for (const m of mods) {
    if (m.version === '(devel)') continue; // built from a work tree: no module version
    const purl = purlOf(m.path, m.version);
    if (purl) out.push({ ecosystem: 'golang', name: m.path, version: m.version, purl, location });
  }
  return out;
}

// The one platform module: parsing what users type (--platform linux/arm64/v8), checking what
// registries and layouts send (hostile until validated), printing and matching platforms.
import { endianness } from 'node:os';
import type { Platform } from './types.js';
import { UserError } from '../util/errors.js';
import { DOCKER_REFERENCE_TYPE } from './annotations.js';

const KNOWN_OS = ['linux', 'windows', 'freebsd', 'darwin', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'plan9', 'dragonfly', 'js', 'wasip1'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm'];
const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', aarch64: 'arm64', i386: '386', armhf: 'arm', armel: 'arm' };

// What a registry may put in a platform: the spec's values are GOOS/GOARCH-like tokens. Anything
// else (newlines, "::", markup, slashes) is refused before it reaches a log, summary or path.
const TOKEN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const OS_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const OS_FEATURE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** A user's --platform value: os/arch[/variant], with common arch aliases. */
export function parsePlatform(s: string): Platform {
  const parts = s.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) {
    throw new UserError(`platform "${s}" must look like os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8`);
  }
  const os = parts[0].toLowerCase();
  const arch = ARCH_ALIASES[parts[1].toLowerCase()] ?? parts[1].toLowerCase();
  if (!KNOWN_OS.includes(os)) throw new UserError(`unknown platform "${s}": "${parts[0]}" is not a known OS (linux, windows, ...)`);
  if (!KNOWN_ARCH.includes(arch)) throw new UserError(`unknown platform "${s}": "${parts[1]}" is not a known architecture (${KNOWN_ARCH.slice(0, 7).join(', ')}, ...)`);
  const p: Platform = { architecture: arch, os };
  if (parts[2]) {
    if (!/^v\d+$/.test(parts[2])) throw new UserError(`unknown platform "${s}": variant "${parts[2]}" should look like v7 or v8`);
    p.variant = parts[2];
  }
  return p;
}

export function parsePlatforms(list: string[]): Platform[] {
  const out: Platform[] = [];
  for (const item of list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const p = parsePlatform(item);
    if (out.some((q) => platformString(q) === platformString(p))) throw new UserError(`platform ${item} is listed twice`);
    out.push(p);
  }
  return out;
}

/**
 * A platform read from a registry, layout or config: every field checked against the spec's
 * grammar and copied into a fresh object (unknown fields dropped). `where` names the document.
 */
export function checkPlatform(value: unknown, where: string): Platform {
  const bad = (field: string) => new UserError(`${where}: the platform's ${field} is not a valid value; the image is malformed`, 1, { kind: 'malformed', field: 'platform' });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('object');
  const v = value as Record<string, unknown>;
  if (typeof v.os !== 'string' || !TOKEN.test(v.os)) throw bad('os');
  if (typeof v.architecture !== 'string' || !TOKEN.test(v.architecture)) throw bad('architecture');
  const p: Platform = { architecture: v.architecture, os: v.os };
  if (v.variant !== undefined && v.variant !== '') {
    if (typeof v.variant !== 'string' || !TOKEN.test(v.variant)) throw bad('variant');
    p.variant = v.variant;
  }
  if (v['os.version'] !== undefined && v['os.version'] !== '') {
    if (typeof v['os.version'] !== 'string' || !OS_VERSION.test(v['os.version'])) throw bad('os.version');
    p['os.version'] = v['os.version'];
  }
  if (v['os.features'] !== undefined) {
    const f = v['os.features'];
    if (!Array.isArray(f) || !f.every((x) => typeof x === 'string' && OS_FEATURE.test(x))) throw bad('os.features');
    if (f.length) p['os.features'] = [...(f as string[])];
  }
  return p;
}

/** The platform an image config declares (os, architecture, variant, os.version), checked. */
export function configPlatform(config: { os?: unknown; architecture?: unknown; variant?: unknown; 'os.version'?: unknown }, where: string): Platform {
  return checkPlatform({ os: config.os, architecture: config.architecture, variant: config.variant, 'os.version': config['os.version'] }, where);
}

export function platformString(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** arm64 without a variant is arm64/v8; arm without one is arm/v7 (as containerd normalises). */
export function normalisedPlatform(p: Platform): string {
  let variant = p.variant;
  if (p.architecture === 'arm64' && !variant) variant = 'v8';
  if (p.architecture === 'arm' && !variant) variant = 'v7';
  return `${p.os}/${p.architecture}${variant ? '/' + variant : ''}`;
}

export function platformMatches(want: Platform, have: Platform): boolean {
  return normalisedPlatform(want) === normalisedPlatform(have);
}

/** Attestation and other non-image entries of an index (BuildKit's unknown/unknown). */
export function isAttestationEntry(d: { platform?: Platform; annotations?: Record<string, string> }): boolean {
  return d.platform?.os === 'unknown' || d.platform?.architecture === 'unknown' || d.annotations?.[DOCKER_REFERENCE_TYPE] === 'attestation-manifest';
}

// Node's process.arch as GOARCH; ppc64 is ppc64le on a little-endian machine.
const GOARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  ppc64: endianness() === 'LE' ? 'ppc64le' : 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips: 'mips',
  mipsel: 'mipsle',
};

/** The platform of the machine we run on, as an OCI platform (arm with its variant). */
export function hostPlatform(): Platform {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const p: Platform = { os, architecture: GOARCH[process.arch] ?? process.arch };
  if (p.architecture === 'arm') {
    const v = (process.config.variables as Record<string, unknown>).arm_version;
    if (v) p.variant = `v${v}`;
  }
  return p;
}

/** This machine's architecture as a Linux platform: what a container here runs. */
export function hostLinuxPlatform(): Platform {
  return { ...hostPlatform(), os: 'linux' };
}

// Java archives: the Maven coordinates jars carry in META-INF/maven/<group>/<artifact>/
// pom.properties, read from the zip's central directory; jars nested in a jar (Spring Boot's
// BOOT-INF/lib, WAR's WEB-INF/lib) are read too, one level down.
import { inflateRawSync } from 'node:zlib';
import { PackageURL } from 'packageurl-js';
import type { FoundPackage } from './types.js';

const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
/** Entries inflated larger than this are skipped (a zip bomb is not metadata). */
const MAX_ENTRY = 64 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function centralDirectory(zip: Buffer): ZipEntry[] {
  // End of central directory: at the end, before a comment of up to 64 KiB.
  const from = Math.max(0, zip.length - 22 - 65535);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; n++) {
    const nameLen = zip.readUInt16LE(at + 28);
    out.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.subarray(at + 46, at + 46 + nameLen).toString('utf8'),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

function entryData(zip: Buffer, e: ZipEntry): Buffer | undefined {
  if (e.size > MAX_ENTRY || e.offset + 30 > zip.length || zip.readUInt32LE(e.offset) !== 0x04034b50) return undefined;
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY });
  } catch {
    /* a damaged entry: not metadata we can read */
  }
  return undefined;
}

function properties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Maven packages described inside the jar at `location` (and in jars it holds). */
export function scanJar(location: string, zip: Buffer, depth = 0): FoundPackage[] {
  const out: FoundPackage[] = [];
  for (const e of centralDirectory(zip)) {
    if (POM_PROPERTIES.test(e.name)) {
      const data = entryData(zip, e);
      const p = data && properties(data.toString('utf8'));
      if (!p?.groupId || !p.artifactId || !p.version) continue;
      const purl = new PackageURL('maven', p.groupId, p.artifactId, p.version).toString();
      out.push({ ecosystem: 'maven', name: `${p.groupId}:${p.artifactId}`, version: p.version, purl, location: `${location}!/${e.name}` });
    } else if (depth === 0 && /\.jar$/i.test(e.name)) {
      const inner = entryData(zip, e);
      if (inner) out.push(...scanJar(`${location}!/${e.name}`, inner, depth + 1));
    }
  }
  return out;
}

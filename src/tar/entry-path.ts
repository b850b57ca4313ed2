// The one reading of a tar entry name as a path (unpack, the oci-archive reader).

/**
 * Splits a tar entry name into clean components: a leading "/" or "./" is dropped, "." and
 * empty parts vanish, ".." takes back the previous part. Returns undefined when a ".." would
 * climb above the root (such a name is never written by an honest tool) or the name holds a NUL.
 */
export function cleanEntryPath(name: string): string[] | undefined {
  if (name.includes('\0')) return undefined;
  const out: string[] = [];
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(p);
  }
  return out;
}

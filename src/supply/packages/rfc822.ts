// The "Key: value" paragraphs of dpkg status, Python METADATA and the like (RFC 822 style):
// continuation lines start with white space; paragraphs are separated by blank lines.

export type Fields = Map<string, string[]>;

/** Parses paragraphs; keys are lower-cased; a key may repeat (Classifier). */
export function parseParagraphs(text: string, stopAtBody = false): Fields[] {
  const out: Fields[] = [];
  let cur: Fields = new Map();
  let last: { key: string; i: number } | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.size) out.push(cur);
      if (stopAtBody && out.length) return out;
      cur = new Map();
      last = undefined;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      if (last) {
        const vals = cur.get(last.key)!;
        vals[last.i] += '\n' + line.trim();
      }
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const vals = cur.get(key) ?? [];
    vals.push(line.slice(colon + 1).trim());
    cur.set(key, vals);
    last = { key, i: vals.length - 1 };
  }
  if (cur.size) out.push(cur);
  return out;
}

export function field(f: Fields, key: string): string | undefined {
  return f.get(key)?.[0];
}

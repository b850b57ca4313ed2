// Strict JSON reading for the documents of a layout: UTF-8 (no BOM), valid syntax, and no
// duplicate keys (image-spec "JSON content SHOULD/MUST be serialized with unique keys"; JSON.parse
// silently keeps the last one, so two readers can see two different documents).

export type JsonResult = { ok: true; value: unknown; duplicateKeys: string[] } | { ok: false; error: string };

export function parseJson(bytes: Buffer): JsonResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: false, error: 'it starts with a byte order mark (JSON documents must be plain UTF-8)' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'it is not valid UTF-8' };
  }
  if (text.trim() === '') return { ok: false, error: 'it is empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${(e as Error).message})` };
  }
  return { ok: true, value, duplicateKeys: findDuplicateKeys(text) };
}

/** Paths of repeated keys in already-valid JSON text, e.g. `config.Env` or `layers[0].size`. */
export function findDuplicateKeys(text: string): string[] {
  type Frame = { obj: true; keys: Set<string>; expectKey: boolean; key?: string } | { obj: false; index: number };
  const stack: Frame[] = [];
  const out: string[] = [];
  const pathOf = () =>
    stack
      .map((_f, i) => {
        if (i === 0) return '';
        const parent = stack[i - 1];
        return parent.obj ? `.${parent.key}` : `[${parent.index}]`;
      })
      .join('')
      .replace(/^\./, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push({ obj: true, keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ obj: false, index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
      else if (top) top.index++;
    } else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) {
          const p = pathOf();
          out.push(p ? `${p}.${key}` : key);
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    }
  }
  return out;
}

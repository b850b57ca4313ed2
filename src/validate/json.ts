// Strict JSON reading for the documents of a layout: UTF-8 (no BOM), valid syntax, and no
// duplicate keys (image-spec "JSON content SHOULD/MUST be serialized with unique keys"; JSON.parse
// silently keeps the last one, so two readers can see two different documents).
// Bounded before any walk: the size is capped and the nesting depth is measured by one linear
// scan; the duplicate-key check is one more linear scan that reports at most MAX_DUPLICATES.
import { MAX_DOCUMENT_BYTES } from '../layout/blob-read.js';

export type JsonResult = { ok: true; value: unknown; duplicateKeys: string[] } | { ok: false; error: string };

/** Deeper than any OCI document (an index nests 4 levels, a config 5); beyond is hostile. */
export const MAX_JSON_DEPTH = 64;
/** Duplicate keys listed per document; one is already an error. */
export const MAX_DUPLICATES = 25;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseJson(bytes: Buffer): JsonResult {
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: `it is ${bytes.length} bytes, more than the ${MAX_DOCUMENT_BYTES} a document may have` };
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
  const depth = nestingDepth(text);
  if (depth > MAX_JSON_DEPTH) return { ok: false, error: `it nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${(e as Error).message})` };
  }
  return { ok: true, value, duplicateKeys: findDuplicateKeys(text) };
}

/** Deepest nesting of objects/arrays outside strings (one pass; stops counting past the cap). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip the string
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > MAX_JSON_DEPTH) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

const shownKey = (k: string) => (k.length > 64 ? `${k.slice(0, 61)}...` : k);

/**
 * Paths of repeated keys in already-valid JSON text, e.g. `config.Env` or `layers[0].size`: one
 * pass, a path is built only for a key reported, and at most `max` are reported.
 */
export function findDuplicateKeys(text: string, max = MAX_DUPLICATES): string[] {
  type Frame = { obj: true; keys: Set<string>; expectKey: boolean; key?: string } | { obj: false; index: number };
  const stack: Frame[] = [];
  const out: string[] = [];
  const pathOf = () =>
    stack
      .map((_f, i) => {
        if (i === 0) return '';
        const parent = stack[i - 1];
        return parent.obj ? `.${shownKey(parent.key ?? '')}` : `[${parent.index}]`;
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
          if (out.length >= max) return out;
          const p = pathOf();
          out.push(p ? `${p}.${shownKey(key)}` : shownKey(key));
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

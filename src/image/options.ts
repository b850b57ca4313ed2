// Parsing and checking of build inputs, shared by the CLI and the Action front ends.
// Platforms live in the one platform module; re-exported for the front ends.
export { parsePlatform, parsePlatforms, platformString } from '../oci/platform.js';
import { UserError } from '../util/errors.js';

/** Splits a command line like a POSIX shell splits words (quotes and backslashes, no expansion). */
export function shellSplit(s: string, what: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\') {
      if (i + 1 < s.length) cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`${what} has an unterminated ${quote} quote: ${s}`);
  if (inWord) out.push(cur);
  return out;
}

/** A JSON array of strings (`["/app/run","--fast"]`) or a plain command line split into words. */
export function parseCommand(s: string, what: string): string[] {
  const t = s.trim();
  if (t.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      throw new UserError(`${what} looks like a JSON array but is not valid JSON (${(e as Error).message}); write it like '["/app/run","--fast"]'`);
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new UserError(`${what} must be a JSON array of strings, like '["/app/run","--fast"]'`);
    return v as string[];
  }
  return shellSplit(t, what);
}

export function parseKeyValue(s: string, what: string): [string, string] {
  const i = s.indexOf('=');
  if (i <= 0) throw new UserError(`${what} "${s}" must look like KEY=VALUE`);
  return [s.slice(0, i), s.slice(i + 1)];
}

export function parseKeyValues(list: string[], what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of list) {
    const [k, v] = parseKeyValue(s, what);
    out[k] = v;
  }
  return out;
}

/** Env entries in the order given, one per key (the last value wins). */
export function parseEnv(list: string[]): string[] {
  const map = new Map<string, string>();
  for (const s of list) {
    const [k, v] = parseKeyValue(s, '--env');
    map.delete(k);
    map.set(k, v);
  }
  return [...map].map(([k, v]) => `${k}=${v}`);
}

export function parsePort(s: string): string {
  const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(s.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < 1 || n > 65535) throw new UserError(`--port "${s}" must be a port number 1-65535 with an optional /tcp or /udp, like 8080/tcp`);
  return `${n}/${(m[2] ?? 'tcp').toLowerCase()}`;
}

export function parseOwner(s: string): { uid: number; gid: number } {
  const m = /^(\d+):(\d+)$/.exec(s.trim());
  if (!m) throw new UserError(`--owner "${s}" must be numeric UID:GID, like 1000:1000`);
  const uid = Number(m[1]);
  const gid = Number(m[2]);
  if (uid > 0x7fffffff || gid > 0x7fffffff) throw new UserError(`--owner "${s}" is out of range`);
  return { uid, gid };
}

export function parseEpoch(s: string, what: string): number {
  const t = s.trim();
  if (!/^\d+$/.test(t)) throw new UserError(`${what} "${s}" must be a whole number of seconds since 1970 (e.g. $(git log -1 --format=%ct))`);
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n > 253402300799) throw new UserError(`${what} "${s}" is too large`);
  return n;
}

export function parseLevel(s: string): number {
  if (!/^\d+$/.test(s.trim())) throw new UserError(`--compression-level "${s}" must be a whole number`);
  return Number(s);
}

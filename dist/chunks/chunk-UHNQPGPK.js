import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/image/options.ts
function shellSplit(s, what) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = void 0;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = void 0;
      else if (c === "\\" && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\") {
      if (i + 1 < s.length) cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
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
function parseCommand(s, what) {
  const t = s.trim();
  if (t.startsWith("[")) {
    let v;
    try {
      v = JSON.parse(t);
    } catch (e) {
      throw new UserError(`${what} looks like a JSON array but is not valid JSON (${e.message}); write it like '["/app/run","--fast"]'`);
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw new UserError(`${what} must be a JSON array of strings, like '["/app/run","--fast"]'`);
    return v;
  }
  return shellSplit(t, what);
}
function parseKeyValue(s, what) {
  const i = s.indexOf("=");
  if (i <= 0) throw new UserError(`${what} "${s}" must look like KEY=VALUE`);
  return [s.slice(0, i), s.slice(i + 1)];
}
function parseKeyValues(list, what) {
  const out = {};
  for (const s of list) {
    const [k, v] = parseKeyValue(s, what);
    out[k] = v;
  }
  return out;
}
function parseEnv(list) {
  const map = /* @__PURE__ */ new Map();
  for (const s of list) {
    const [k, v] = parseKeyValue(s, "--env");
    map.delete(k);
    map.set(k, v);
  }
  return [...map].map(([k, v]) => `${k}=${v}`);
}
function parsePort(s) {
  const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(s.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < 1 || n > 65535) throw new UserError(`--port "${s}" must be a port number 1-65535 with an optional /tcp or /udp, like 8080/tcp`);
  return `${n}/${(m[2] ?? "tcp").toLowerCase()}`;
}
function parseOwner(s) {
  const m = /^(\d+):(\d+)$/.exec(s.trim());
  if (!m) throw new UserError(`--owner "${s}" must be numeric UID:GID, like 1000:1000`);
  const uid = Number(m[1]);
  const gid = Number(m[2]);
  if (uid > 2147483647 || gid > 2147483647) throw new UserError(`--owner "${s}" is out of range`);
  return { uid, gid };
}
function parseEpoch(s, what) {
  const t = s.trim();
  if (!/^\d+$/.test(t)) throw new UserError(`${what} "${s}" must be a whole number of seconds since 1970 (e.g. $(git log -1 --format=%ct))`);
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n > 253402300799) throw new UserError(`${what} "${s}" is too large`);
  return n;
}
function parseLevel(s) {
  if (!/^\d+$/.test(s.trim())) throw new UserError(`--compression-level "${s}" must be a whole number`);
  return Number(s);
}

export {
  parseCommand,
  parseKeyValues,
  parseEnv,
  parsePort,
  parseOwner,
  parseEpoch,
  parseLevel
};

import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/util/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 1, details = {}) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
    this.kind = details.kind ?? (exitCode === 2 ? "usage" : "failed");
    this.field = details.field;
  }
  exitCode;
  kind;
  field;
};
var UsageError = class extends UserError {
  constructor(message, field) {
    super(message, 2, { kind: "usage", field });
    this.name = "UsageError";
  }
};
function errorMessage(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function fsError(e, path, doing, field) {
  const code = e?.code;
  const io = (m, kind = "io") => new UserError(`${doing}: ${m}`, 1, { kind, field });
  switch (code) {
    case "ENOENT":
      return io(`${path} does not exist`, "not-found");
    case "EACCES":
    case "EPERM":
      return io(`permission denied on ${path}; check its permissions or choose another path`);
    case "EROFS":
      return io(`${path} is on a read-only file system; choose a writable path`);
    case "ENOTDIR":
      return io(`a part of ${path} is not a directory`);
    case "EISDIR":
      return io(`${path} is a folder; give a file path`);
    case "ENOSPC":
      return io(`no space left on device while writing ${path}; free some space`);
    case "EDQUOT":
      return io(`disk quota exceeded while writing ${path}`);
    default:
      return io(`${path}: ${errorMessage(e)}`);
  }
}

// src/util/log.ts
function escapeLogLine(message) {
  let s = message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  s = s.replace(/[\u0085\u2028\u2029]/g, (c) => encodeURIComponent(c)).replace(/##\[/g, "#%23[");
  const lead = /^\s*/.exec(s)[0].length;
  if (s.startsWith("::", lead)) s = s.slice(0, lead) + "%3A" + s.slice(lead + 1);
  return s;
}
function line(m) {
  return process.env.GITHUB_ACTIONS === "true" ? escapeLogLine(m) : m;
}
function errorLine(m) {
  return process.env.GITHUB_ACTIONS === "true" ? escapeLogLine(m) : m.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}
var stderrLogger = {
  info: (m) => process.stderr.write(line(m) + "\n"),
  warn: (m) => process.stderr.write(line("warning: " + m) + "\n"),
  debug: (m) => {
    if (debugEnabled()) process.stderr.write(line("debug: " + m) + "\n");
  }
};
var silentLogger = { info: () => {
}, warn: () => {
}, debug: () => {
} };
function humanSize(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = -1;
  do {
    v /= 1024;
    i++;
  } while (v >= 1024 && i < units.length - 1);
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function debugEnabled(env = process.env) {
  const v = (env.OCI_BUNDLE_DEBUG ?? "").trim().toLowerCase();
  return v !== "" && v !== "0" && v !== "false";
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  UserError,
  UsageError,
  errorMessage,
  fsError,
  escapeLogLine,
  errorLine,
  stderrLogger,
  silentLogger,
  humanSize,
  debugEnabled
};

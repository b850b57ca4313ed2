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

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  UserError,
  UsageError,
  errorMessage,
  fsError
};

import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  DOCKER_REFERENCE_TYPE
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/oci/platform.ts
import { endianness } from "node:os";
var KNOWN_OS = ["linux", "windows", "freebsd", "darwin", "netbsd", "openbsd", "solaris", "illumos", "aix", "android", "ios", "plan9", "dragonfly", "js", "wasip1"];
var KNOWN_ARCH = ["amd64", "arm64", "arm", "386", "ppc64le", "ppc64", "s390x", "riscv64", "mips64le", "mips64", "mipsle", "mips", "loong64", "wasm"];
var ARCH_ALIASES = { x86_64: "amd64", aarch64: "arm64", i386: "386", armhf: "arm", armel: "arm" };
var TOKEN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
var OS_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
var OS_FEATURE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
function parsePlatform(s) {
  const parts = s.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p2) => !p2)) {
    throw new UserError(`platform "${s}" must look like os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8`);
  }
  const os = parts[0].toLowerCase();
  const arch = ARCH_ALIASES[parts[1].toLowerCase()] ?? parts[1].toLowerCase();
  if (!KNOWN_OS.includes(os)) throw new UserError(`unknown platform "${s}": "${parts[0]}" is not a known OS (linux, windows, ...)`);
  if (!KNOWN_ARCH.includes(arch)) throw new UserError(`unknown platform "${s}": "${parts[1]}" is not a known architecture (${KNOWN_ARCH.slice(0, 7).join(", ")}, ...)`);
  const p = { architecture: arch, os };
  if (parts[2]) {
    if (!/^v\d+$/.test(parts[2])) throw new UserError(`unknown platform "${s}": variant "${parts[2]}" should look like v7 or v8`);
    p.variant = parts[2];
  }
  return p;
}
function parsePlatforms(list) {
  const out = [];
  for (const item of list.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) {
    const p = parsePlatform(item);
    if (out.some((q) => platformString(q) === platformString(p))) throw new UserError(`platform ${item} is listed twice`);
    out.push(p);
  }
  return out;
}
function checkPlatform(value, where) {
  const bad = (field) => new UserError(`${where}: the platform's ${field} is not a valid value; the image is malformed`, 1, { kind: "malformed", field: "platform" });
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("object");
  const v = value;
  if (typeof v.os !== "string" || !TOKEN.test(v.os)) throw bad("os");
  if (typeof v.architecture !== "string" || !TOKEN.test(v.architecture)) throw bad("architecture");
  const p = { architecture: v.architecture, os: v.os };
  if (v.variant !== void 0 && v.variant !== "") {
    if (typeof v.variant !== "string" || !TOKEN.test(v.variant)) throw bad("variant");
    p.variant = v.variant;
  }
  if (v["os.version"] !== void 0 && v["os.version"] !== "") {
    if (typeof v["os.version"] !== "string" || !OS_VERSION.test(v["os.version"])) throw bad("os.version");
    p["os.version"] = v["os.version"];
  }
  if (v["os.features"] !== void 0) {
    const f = v["os.features"];
    if (!Array.isArray(f) || !f.every((x) => typeof x === "string" && OS_FEATURE.test(x))) throw bad("os.features");
    if (f.length) p["os.features"] = [...f];
  }
  return p;
}
function configPlatform(config, where) {
  return checkPlatform({ os: config.os, architecture: config.architecture, variant: config.variant, "os.version": config["os.version"] }, where);
}
function platformString(p) {
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}
function normalisedPlatform(p) {
  let variant = p.variant;
  if (p.architecture === "arm64" && !variant) variant = "v8";
  if (p.architecture === "arm" && !variant) variant = "v7";
  return `${p.os}/${p.architecture}${variant ? "/" + variant : ""}`;
}
function platformMatches(want, have) {
  return normalisedPlatform(want) === normalisedPlatform(have);
}
function isAttestationEntry(d) {
  return d.platform?.os === "unknown" || d.platform?.architecture === "unknown" || d.annotations?.[DOCKER_REFERENCE_TYPE] === "attestation-manifest";
}
var GOARCH = {
  x64: "amd64",
  arm64: "arm64",
  arm: "arm",
  ia32: "386",
  ppc64: endianness() === "LE" ? "ppc64le" : "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loong64",
  mips: "mips",
  mipsel: "mipsle"
};
function hostPlatform() {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const p = { os, architecture: GOARCH[process.arch] ?? process.arch };
  if (p.architecture === "arm") {
    const v = process.config.variables.arm_version;
    if (v) p.variant = `v${v}`;
  }
  return p;
}
function hostLinuxPlatform() {
  return { ...hostPlatform(), os: "linux" };
}

export {
  parsePlatform,
  parsePlatforms,
  checkPlatform,
  configPlatform,
  platformString,
  platformMatches,
  isAttestationEntry,
  hostPlatform,
  hostLinuxPlatform
};

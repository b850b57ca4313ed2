import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  PROVENANCE_MEDIA_TYPE,
  SBOM_MEDIA_TYPE,
  imageName,
  makeProvenance,
  makeSbom,
  require_packageurl_js,
  resolveSource
} from "./chunk-BM5HTUWE.js";
import {
  openLayerTar,
  readTar
} from "./chunk-JSIRYO3X.js";
import "./chunk-X2G43WL6.js";
import "./chunk-UHNQPGPK.js";
import {
  attachToLayout
} from "./chunk-2FV4Z5XU.js";
import "./chunk-HC4RTRIB.js";
import {
  sourcePath
} from "./chunk-VXXBAIRV.js";
import {
  LayoutImageSource
} from "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import {
  platformString
} from "./chunk-ESWPBDHS.js";
import "./chunk-G2QEMWTQ.js";
import "./chunk-CCQRFRUT.js";
import {
  isForeignLayer
} from "./chunk-ODBDDFK3.js";
import {
  UserError,
  __toESM,
  fsError
} from "./chunk-S5NN2QBC.js";

// src/supply/context-packages.ts
import { promises as fs } from "node:fs";
import path from "node:path";

// src/supply/image-files.ts
var MAX_DB_FILE = 64 * 1024 * 1024;
function imagePath(name) {
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  return "/" + parts.join("/");
}
async function readImageFiles(layout, layers, diffIds, want) {
  const files = /* @__PURE__ */ new Map();
  const source = new LayoutImageSource(layout.dir);
  for (const [i, desc] of layers.entries()) {
    if (isForeignLayer(desc.mediaType)) continue;
    const tar = openLayerTar(source, desc, diffIds[i]);
    try {
      for await (const item of readTar(tar.tar)) {
        const p = imagePath(item.entry.name);
        const base = p.slice(p.lastIndexOf("/") + 1);
        const dir = p.slice(0, p.lastIndexOf("/"));
        if (base === ".wh..wh..opq") {
          for (const k of [...files.keys()]) if (k.startsWith(dir + "/")) files.delete(k);
          continue;
        }
        if (base.startsWith(".wh.")) {
          const gone = `${dir}/${base.slice(4)}`;
          for (const k of [...files.keys()]) if (k === gone || k.startsWith(gone + "/")) files.delete(k);
          continue;
        }
        if (!want(p)) continue;
        files.delete(p);
        if (item.entry.kind !== "file") continue;
        if (item.entry.size > MAX_DB_FILE) throw new UserError(`${p} in layer ${desc.digest} is ${item.entry.size} bytes, too large for a package database`);
        const chunks = [];
        for await (const c of item.body()) chunks.push(Buffer.from(c));
        files.set(p, Buffer.concat(chunks));
      }
      tar.verify();
    } catch (e) {
      tar.close();
      throw e;
    }
  }
  return files;
}

// src/supply/packages/go.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
function looksExecutable(head2) {
  if (head2.length < 4) return false;
  const m = head2.readUInt32BE(0);
  return m === 2135247942 || head2.readUInt16BE(0) === 19802 || [4277009102, 4277009103, 3472551422, 3489328638].includes(m);
}
function uvarint(b, at) {
  let value = 0;
  let shift = 0;
  for (let i = at; i < b.length && shift < 35; i++) {
    value += (b[i] & 127) * 2 ** shift;
    if (b[i] < 128) return { value, next: i + 1 };
    shift += 7;
  }
  return void 0;
}
function goModInfo(binary) {
  for (let at = binary.indexOf(MAGIC); at >= 0; at = binary.indexOf(MAGIC, at + 1)) {
    if (at % 16 !== 0 || at + 32 > binary.length) continue;
    if ((binary[at + 15] & 2) === 0) continue;
    const v = uvarint(binary, at + 32);
    if (!v) continue;
    const m = uvarint(binary, v.next + v.value);
    if (!m || m.next + m.value > binary.length) continue;
    let info = binary.subarray(m.next, m.next + m.value).toString("utf8");
    if (info.length >= 33 && info[info.length - 17] === "\n") info = info.slice(16, -16);
    return info;
  }
  return void 0;
}
function purlOf(path2, version) {
  const slash = path2.lastIndexOf("/");
  try {
    return new import_packageurl_js.PackageURL("golang", slash > 0 ? path2.slice(0, slash) : void 0, slash > 0 ? path2.slice(slash + 1) : path2, version).toString();
  } catch {
    return void 0;
  }
}
function scanGoBinary(location, binary) {
  const info = goModInfo(binary);
  if (!info) return [];
  const mods = [];
  for (const line of info.split("\n")) {
    const f = line.split("	");
    if ((f[0] === "mod" || f[0] === "dep") && f[1] && f[2]) mods.push({ path: f[1], version: f[2] });
    else if (f[0] === "=>" && f[1] && f[2] && mods.length) mods[mods.length - 1] = { path: f[1], version: f[2] };
  }
  const out = [];
  for (const m of mods) {
    if (m.version === "(devel)") continue;
    const purl = purlOf(m.path, m.version);
    if (purl) out.push({ ecosystem: "golang", name: m.path, version: m.version, purl, location });
  }
  return out;
}

// src/supply/packages/java.ts
var import_packageurl_js2 = __toESM(require_packageurl_js(), 1);
import { inflateRawSync } from "node:zlib";
var POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
var MAX_ENTRY = 64 * 1024 * 1024;
function centralDirectory(zip) {
  const from = Math.max(0, zip.length - 22 - 65535);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 33639248; n++) {
    const nameLen = zip.readUInt16LE(at + 28);
    out.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.subarray(at + 46, at + 46 + nameLen).toString("utf8"),
      offset: zip.readUInt32LE(at + 42)
    });
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}
function entryData(zip, e) {
  if (e.size > MAX_ENTRY || e.offset + 30 > zip.length || zip.readUInt32LE(e.offset) !== 67324752) return void 0;
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY });
  } catch {
  }
  return void 0;
}
function properties(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
function scanJar(location, zip, depth = 0) {
  const out = [];
  for (const e of centralDirectory(zip)) {
    if (POM_PROPERTIES.test(e.name)) {
      const data = entryData(zip, e);
      const p = data && properties(data.toString("utf8"));
      if (!p?.groupId || !p.artifactId || !p.version) continue;
      const purl = new import_packageurl_js2.PackageURL("maven", p.groupId, p.artifactId, p.version).toString();
      out.push({ ecosystem: "maven", name: `${p.groupId}:${p.artifactId}`, version: p.version, purl, location: `${location}!/${e.name}` });
    } else if (depth === 0 && /\.jar$/i.test(e.name)) {
      const inner = entryData(zip, e);
      if (inner) out.push(...scanJar(`${location}!/${e.name}`, inner, depth + 1));
    }
  }
  return out;
}

// src/supply/packages/npm.ts
var import_packageurl_js3 = __toESM(require_packageurl_js(), 1);
var NPM_MANIFEST = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;
function isNpmManifest(path2) {
  return NPM_MANIFEST.test(path2);
}
function declaredLicence(doc) {
  const one = (l2) => typeof l2 === "string" ? l2 : l2 && typeof l2.type === "string" ? l2.type : void 0;
  const l = one(doc.license);
  if (l) return l.trim() || void 0;
  const many = Array.isArray(doc.licenses) ? doc.licenses.map(one).filter((x) => !!x) : [];
  if (many.length === 1) return many[0];
  if (many.length > 1) return `(${many.join(" OR ")})`;
  return void 0;
}
function scanNpm(path2, content) {
  const m = NPM_MANIFEST.exec(path2);
  if (!m) return void 0;
  let doc;
  try {
    doc = JSON.parse(content.toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof doc !== "object" || doc === null || typeof doc.name !== "string" || typeof doc.version !== "string" || !doc.name || !doc.version) return void 0;
  const name = doc.name;
  const slash = name.startsWith("@") ? name.indexOf("/") : -1;
  const purl = slash > 0 ? new import_packageurl_js3.PackageURL("npm", name.slice(0, slash), name.slice(slash + 1), doc.version) : new import_packageurl_js3.PackageURL("npm", void 0, name, doc.version);
  return { ecosystem: "npm", name, version: doc.version, licence: declaredLicence(doc), purl: purl.toString(), location: path2 };
}

// src/supply/packages/os.ts
var import_packageurl_js4 = __toESM(require_packageurl_js(), 1);

// src/supply/packages/rfc822.ts
function parseParagraphs(text, stopAtBody = false) {
  const out = [];
  let cur = /* @__PURE__ */ new Map();
  let last;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") {
      if (cur.size) out.push(cur);
      if (stopAtBody && out.length) return out;
      cur = /* @__PURE__ */ new Map();
      last = void 0;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      if (last) {
        const vals2 = cur.get(last.key);
        vals2[last.i] += "\n" + line.trim();
      }
      continue;
    }
    const colon = line.indexOf(":");
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
function field(f, key) {
  return f.get(key)?.[0];
}

// src/supply/packages/os.ts
var DPKG_STATUS = "/var/lib/dpkg/status";
var DPKG_STATUS_D = "/var/lib/dpkg/status.d/";
var APK_INSTALLED = "/lib/apk/db/installed";
var OS_RELEASE = ["/etc/os-release", "/usr/lib/os-release"];
function isOsPackageDb(path2) {
  return path2 === DPKG_STATUS || path2 === APK_INSTALLED || path2.startsWith(DPKG_STATUS_D) && !path2.slice(DPKG_STATUS_D.length).includes("/") && !path2.endsWith(".md5sums");
}
function parseOsRelease(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return { id: out.ID?.toLowerCase(), versionId: out.VERSION_ID };
}
function distroQualifier(os) {
  return os?.id && os.versionId ? { distro: `${os.id}-${os.versionId}` } : {};
}
function scanDpkg(path2, content, os) {
  const out = [];
  const namespace = os?.id && os.id !== "alpine" ? os.id : "debian";
  for (const p of parseParagraphs(content.toString("utf8"))) {
    const name = field(p, "package");
    const version = field(p, "version");
    const status = field(p, "status");
    if (!name || !version || status !== void 0 && !/\binstalled$/.test(status)) continue;
    const arch = field(p, "architecture");
    const purl = new import_packageurl_js4.PackageURL("deb", namespace, name, version, { ...arch ? { arch } : {}, ...distroQualifier(os) }).toString();
    out.push({ ecosystem: "deb", name, version, purl, location: path2 });
  }
  return out;
}
function scanApk(path2, content, os) {
  const out = [];
  for (const block of content.toString("utf8").split(/\n\s*\n/)) {
    const f = {};
    for (const line of block.split("\n")) {
      if (line.length > 2 && line[1] === ":" && f[line[0]] === void 0) f[line[0]] = line.slice(2);
    }
    if (!f.P || !f.V) continue;
    const purl = new import_packageurl_js4.PackageURL("apk", os?.id && os.id !== "debian" ? os.id : "alpine", f.P, f.V, { ...f.A ? { arch: f.A } : {}, ...distroQualifier(os) }).toString();
    out.push({ ecosystem: "apk", name: f.P, version: f.V, licence: f.L || void 0, purl, location: path2 });
  }
  return out;
}

// src/supply/packages/pypi.ts
var import_packageurl_js5 = __toESM(require_packageurl_js(), 1);
var PY_METADATA = /(?:^|\/)[^/]+\.(?:dist-info\/METADATA|egg-info\/PKG-INFO)$/;
function isPythonMetadata(path2) {
  return PY_METADATA.test(path2);
}
function declaredLicence2(f) {
  const expr = field(f, "license-expression");
  if (expr) return expr;
  const lic = field(f, "license");
  if (lic && lic !== "UNKNOWN" && !lic.includes("\n") && lic.length <= 100) return lic;
  const classifiers = (f.get("classifier") ?? []).filter((c) => c.startsWith("License ::")).map((c) => c.split("::").pop().trim());
  if (classifiers.length === 1) return classifiers[0];
  return void 0;
}
function scanPypi(path2, content) {
  if (!isPythonMetadata(path2)) return void 0;
  const [f] = parseParagraphs(content.toString("utf8"), true);
  const name = f && field(f, "name");
  const version = f && field(f, "version");
  if (!f || !name || !version) return void 0;
  const purl = new import_packageurl_js5.PackageURL("pypi", void 0, name, version).toString();
  return { ecosystem: "pypi", name, version, licence: declaredLicence2(f), purl, location: path2 };
}

// src/supply/context-packages.ts
var MAX_MANIFEST = 4 * 1024 * 1024;
var MAX_ARCHIVE = 256 * 1024 * 1024;
var JAR = /\.(?:jar|war|ear)$/i;
async function readSource(src) {
  try {
    return await fs.readFile(src);
  } catch (err) {
    throw fsError(err, src, "reading package metadata for the SBOM");
  }
}
async function head(src) {
  const f = await fs.open(src, "r").catch((err) => {
    throw fsError(err, src, "reading package metadata for the SBOM");
  });
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await f.read(b, 0, 4, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await f.close();
  }
}
async function contextPackages(root, entries, dest) {
  const out = [];
  for (const e of entries) {
    if (e.type !== "file") continue;
    if (e.size <= MAX_ARCHIVE && (JAR.test(e.rel) || e.executable)) {
      const src = sourcePath(root, e);
      const where2 = path.posix.join(dest, e.rel);
      if (JAR.test(e.rel)) out.push(...scanJar(where2, await readSource(src)));
      else if (e.size > 4096 && looksExecutable(await head(src))) out.push(...scanGoBinary(where2, await readSource(src)));
      continue;
    }
    if (e.size > MAX_MANIFEST) continue;
    const npm = isNpmManifest(e.rel);
    if (!npm && !isPythonMetadata(e.rel)) continue;
    const content = await readSource(sourcePath(root, e));
    const where = path.posix.join(dest, e.rel);
    const found = npm ? scanNpm(where, content) : scanPypi(where, content);
    if (found) out.push(found);
  }
  return out;
}
async function osPackages(layout, layers, diffIds) {
  const files = await readImageFiles(layout, layers, diffIds, (p) => isOsPackageDb(p) || OS_RELEASE.includes(p));
  const rel = OS_RELEASE.map((p) => files.get(p)).find((b) => b !== void 0);
  const os = rel ? parseOsRelease(rel.toString("utf8")) : void 0;
  const out = [];
  for (const [p, content] of [...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!isOsPackageDb(p)) continue;
    out.push(...p === APK_INSTALLED ? scanApk(p, content, os) : scanDpkg(p, content, os));
  }
  return out;
}

// src/supply/attach.ts
function nameOf(opts, refNames) {
  return opts.tags.length ? imageName(opts.tags[0]) : imageName(`oci:${opts.output}:${refNames[0]}`);
}
function buildParameters(opts, created) {
  return {
    context: opts.context,
    base: opts.base ?? "scratch",
    dest: opts.dest,
    platforms: opts.platforms.map(platformString),
    ...opts.entrypoint ? { entrypoint: opts.entrypoint } : {},
    ...opts.cmd ? { cmd: opts.cmd } : {},
    // Values of --env may be secrets someone passed in; their names are enough to audit.
    env: opts.env.map((e) => e.slice(0, e.indexOf("="))),
    labels: opts.labels,
    annotations: opts.annotations,
    ports: opts.ports,
    workdir: opts.workdir ?? opts.dest,
    ...opts.user ? { user: opts.user } : {},
    layers: opts.layerGlobs,
    owner: `${opts.uid}:${opts.gid}`,
    created,
    compression: opts.compression,
    ...opts.compressionLevel !== void 0 ? { compressionLevel: opts.compressionLevel } : {},
    tags: opts.tags
  };
}
async function attachSupplyChain(layout, opts, input, log) {
  const result = { sbom: null, provenance: null };
  if (!opts.sbom && !opts.provenance) return result;
  const image = nameOf(opts, input.refNames);
  const base = input.base ? imageName(input.base.name) : void 0;
  const file = (digest) => layout.blobPath(digest);
  if (opts.sbom) {
    const t0 = Date.now();
    result.sbom = [];
    const app = await contextPackages(input.root, input.entries, opts.dest);
    for (const [i, m] of input.manifests.entries()) {
      const baseImage = input.base?.images[i];
      const os = baseImage ? await osPackages(layout, baseImage.layers, baseImage.config.rootfs.diff_ids) : [];
      const packages = [...os, ...app];
      const bytes = makeSbom({
        image,
        digest: m.digest,
        platform: m.platform,
        created: input.created,
        base: baseImage && base ? { image: base, digest: baseImage.manifestDigest } : void 0,
        packages
      });
      const a = await attachToLayout(layout, SBOM_MEDIA_TYPE, bytes, "sbom.cdx.json", m, input.created);
      const platform = platformString(m.platform);
      result.sbom.push({ platform, subject: m.digest, digest: a.manifest.digest, document: a.document.digest, path: file(a.document.digest), packages: packages.length });
      log.info(`SBOM of ${platform}: ${packages.length} packages (${os.length} from the base, ${app.length} from the context), ${a.manifest.digest.slice(0, 19)} in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
    }
  }
  if (opts.provenance) {
    const source = await resolveSource(input.root);
    const bytes = makeProvenance({
      image,
      digest: input.top.digest,
      parameters: buildParameters(opts, input.created),
      base: input.base && base ? { image: base, digest: input.base.digest } : void 0,
      source
    });
    const a = await attachToLayout(layout, PROVENANCE_MEDIA_TYPE, bytes, "provenance.intoto.json", input.top, input.created);
    result.provenance = { subject: input.top.digest, digest: a.manifest.digest, document: a.document.digest, path: file(a.document.digest) };
    log.info(`provenance ${a.manifest.digest.slice(0, 19)} (source ${source ? `${source.uri} ${source.commit.slice(0, 12)}` : "unknown: not a git work tree"})`);
  }
  return result;
}
export {
  attachSupplyChain
};

import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  enginePlatforms,
  imageEntries,
  pickPlatform,
  platformList
} from "./chunk-SAE2HFOO.js";
import {
  dockerArchiveChunks,
  dockerRepoTag
} from "./chunk-4EH3YF2U.js";
import "./chunk-6XK72JNS.js";
import {
  LayoutImageSource
} from "./chunk-BW2MMCKN.js";
import "./chunk-WCOFHWLI.js";
import "./chunk-GDDSSVQK.js";
import "./chunk-ZTXNH7V2.js";
import {
  configPlatform,
  platformString
} from "./chunk-ESWPBDHS.js";
import "./chunk-CCQRFRUT.js";
import {
  CONFIG_TYPES,
  isIndex,
  isManifest
} from "./chunk-ODBDDFK3.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/load.ts
import { spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
function findEngine(pathEnv = process.env.PATH ?? "") {
  const suffix = process.platform === "win32" ? ".exe" : "";
  for (const name of ["docker", "podman"]) {
    for (const dir of pathEnv.split(path.delimiter)) {
      if (!dir || !path.isAbsolute(dir)) continue;
      const file = path.join(dir, name + suffix);
      try {
        if (!statSync(file).isFile()) continue;
        accessSync(file, constants.X_OK);
        return { name, path: file };
      } catch {
      }
    }
  }
  throw new UserError("load needs docker or podman to load the image into, and neither is on PATH; install one, or build without load", 1, { kind: "not-found", field: "load" });
}
async function openLayoutImage(dir, top, want = enginePlatforms()) {
  const source = new LayoutImageSource(dir, void 0, top);
  let doc = await source.readDocument(top);
  if (isIndex(doc.descriptor.mediaType)) {
    const images = imageEntries(doc, `image index ${top.digest}`);
    const match = pickPlatform(images, want, { onlyOne: true });
    if (!match) {
      const mine = platformString(want[0]);
      throw new UserError(`none of the built platforms (${platformList(images)}) is this machine's ${mine}, so there is no image to load; add ${mine} to the platforms, or build without load`, 1, { kind: "unsupported", field: "platforms" });
    }
    doc = await source.readDocument(match.descriptor);
  }
  const desc = doc.descriptor;
  if (!isManifest(desc.mediaType)) throw new UserError(`${desc.digest} has media type "${desc.mediaType}", not an image manifest; cannot load it`, 1, { kind: "unsupported" });
  const manifest = doc.doc;
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`image manifest ${desc.digest} is not a container image (config and layers); cannot load it`, 1, { kind: "unsupported" });
  }
  const config = (await source.readDocument(manifest.config)).doc;
  const platform = configPlatform(config, `image config ${manifest.config.digest}`);
  return { manifest, config, platform, descriptor: desc, openBlob: (d) => source.blobStream(d, `blob ${d.digest}`) };
}
async function layoutTop(dir, ref) {
  return new LayoutImageSource(dir, ref).resolve();
}
var STDERR_KEEP = 64 * 1024;
async function loadImage(image, tags, engine, log) {
  for (const t of tags) dockerRepoTag(t);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "oci-bundle-load-"));
  const child = spawn(engine.path, ["load"], { stdio: ["pipe", "pipe", "pipe"], shell: false });
  let output = "";
  const keep = (b) => {
    output = (output + b.toString("utf8")).slice(-STDERR_KEEP);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code2, signal) => resolve(code2 ?? (signal ? 128 : 1)));
  });
  let streamError;
  try {
    await pipeline(Readable.from(dockerArchiveChunks(image, tags, scratch)), child.stdin);
  } catch (e) {
    streamError = e;
    if (e instanceof UserError) child.kill("SIGTERM");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  let code;
  try {
    code = await exited;
  } catch (e) {
    throw new UserError(`could not run ${engine.path}: ${e.message}`, 1, { kind: "failed", field: "load" });
  }
  if (streamError instanceof UserError) throw streamError;
  const lastLine = output.trim().split("\n").pop() ?? "";
  if (code !== 0) throw new UserError(`${engine.name} load failed (exit ${code})${lastLine ? `: ${lastLine}` : ""}`, 1, { kind: "failed", field: "load" });
  if (streamError) throw new UserError(`${engine.name} load stopped reading the image: ${streamError.message}`, 1, { kind: "failed", field: "load" });
  for (const line of output.trim().split("\n")) if (line.trim()) log.info(`${engine.name}: ${line.trim()}`);
}
async function loadBuiltImage(layoutDir, top, tags, log, engine = findEngine()) {
  const image = await openLayoutImage(layoutDir, top);
  const t0 = Date.now();
  await loadImage(image, tags, engine, log);
  log.info(`loaded ${platformString(image.platform)} image ${image.manifest.config.digest.slice(0, 19)} into ${engine.name}${tags.length ? ` as ${tags.join(", ")}` : " (untagged)"} in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
  return tags;
}
export {
  enginePlatforms,
  findEngine,
  layoutTop,
  loadBuiltImage,
  loadImage,
  openLayoutImage
};

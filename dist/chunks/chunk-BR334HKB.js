import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  copyImage
} from "./chunk-QFKBXV4K.js";
import {
  openImageDestination,
  openImageSource,
  parseImageName
} from "./chunk-G26UQIDC.js";
import {
  RegistryDestination
} from "./chunk-N376CUEI.js";
import {
  HttpTransport,
  Secrets,
  resolveTransportOptions
} from "./chunk-SP237IYY.js";
import {
  formatReference,
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  UserError
} from "./chunk-S5NN2QBC.js";

// src/model/copy-by-name.ts
var TAG = /^[\w][\w.-]{0,127}$/;
async function copyByName(sourceText, destText, o) {
  const srcName = parseImageName(sourceText, "source");
  const destName = parseImageName(destText, "destination");
  const secrets = new Secrets();
  const log = secrets.logger(o.logger);
  const insecureRegistries = [...o.sourceRegistry?.insecureRegistries ?? [], ...o.destinationRegistry?.insecureRegistries ?? []];
  const transport = new HttpTransport(resolveTransportOptions({ ...o.destinationRegistry ?? {}, insecureRegistries, logger: log }));
  const shared = { secrets, transport, logger: log };
  const source = openImageSource(srcName, { ...o.sourceRegistry ?? {}, ...shared });
  const extra = o.tags ?? [];
  try {
    if (destName.transport !== "registry") {
      const bad = extra.find((t) => !TAG.test(t));
      if (bad) throw new UserError(`--tag ${bad}: ${destName.transport} destinations take plain names (ref.name), not references`, 2, { kind: "usage", field: "tags" });
      const { destination, tags } = openImageDestination(destName, shared);
      try {
        const r = await copyImage(source, destination, { platforms: o.platforms, tags: [.../* @__PURE__ */ new Set([...tags, ...extra])], logger: log });
        log.info(`copied ${source.name} to ${destination.name} as ${r.digest}`);
        const where = destName.transport === "oci" ? `oci:${destName.dir}` : `${destName.transport}:${destName.file}`;
        return { ...r, source: source.name, images: r.tags.length ? r.tags.map((t) => `${where}:${t}`) : [where] };
      } finally {
        await destination.close();
      }
    }
    const refs = [destName.ref];
    for (const t of extra) refs.push(TAG.test(t) ? parseReference(`${destName.ref.registry}/${destName.ref.repository}:${t}`) : parseReference(t));
    const byRepo = /* @__PURE__ */ new Map();
    for (const r of refs) {
      const key = `${r.registry}/${r.repository}`;
      byRepo.set(key, [...byRepo.get(key) ?? [], r]);
    }
    let total;
    for (const group of byRepo.values()) {
      const dest = new RegistryDestination(group[0], { ...o.destinationRegistry ?? {}, ...shared });
      try {
        const tags = group.map((r2) => r2.tag).filter((t) => t !== void 0);
        const r = await copyImage(source, dest, { platforms: o.platforms, tags: [...new Set(tags)], logger: log });
        for (const ref of group) {
          if (ref.digest && ref.digest !== r.digest) throw new UserError(`${formatReference(ref)} pins ${ref.digest}, but the image copied is ${r.digest}`, 1, { kind: "conflict", field: "destination" });
        }
        const images = group.map((ref) => ref.tag ? `${ref.registry}/${ref.repository}:${ref.tag}` : `${ref.registry}/${ref.repository}@${r.digest}`);
        for (const i of images) log.info(`copied ${source.name} to ${i}`);
        if (!total) total = { ...r, source: source.name, images };
        else {
          total.images.push(...images);
          total.tags.push(...r.tags);
          total.pushed += r.pushed;
          total.skipped += r.skipped;
          total.mounted += r.mounted;
        }
      } finally {
        await dest.close();
      }
    }
    return total;
  } catch (e) {
    throw secrets.redactError(e);
  } finally {
    await source.close();
    transport.close();
  }
}

export {
  copyByName
};

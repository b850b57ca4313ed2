// Referrers stored in a layout (unnamed index.json entries whose manifest has a subject: an SBOM,
// provenance, a signature): each must be a well-formed OCI 1.1 artifact manifest whose subject is
// in the same layout, described exactly (media type and size), since push carries a referrer only
// with its subject. The general checks (schemas, blobs, digests) are the validator's; these are
// what a referrer adds.
import path from 'node:path';
import { MAX_DOCUMENT_BYTES, readCappedFile, readVerifiedFile } from '../layout/blob-read.js';
import { MediaType } from '../oci/mediatypes.js';
import { parseDigest } from '../oci/digest.js';
import { where, type Problems } from './problems.js';
import { REF_NAME } from '../oci/annotations.js';
import { isObject, type Json } from './json.js';

const IN_TOTO = 'application/vnd.in-toto+json';
const CYCLONEDX = 'application/vnd.cyclonedx+json';


/** A JSON document blob, read bounded and verified; undefined when it cannot be (the validator reports the blob). */
async function readJson(dir: string, digest: unknown): Promise<{ bytes: Buffer; doc: unknown } | undefined> {
  if (typeof digest !== 'string') return undefined;
  const d = parseDigest(digest);
  if (!d) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readVerifiedFile(path.join(dir, 'blobs', d.algorithm, d.hex), digest, `blob ${digest}`, MAX_DOCUMENT_BYTES);
  } catch {
    return undefined;
  }
  try {
    return { bytes, doc: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { bytes, doc: undefined };
  }
}

async function checkDocument(dir: string, m: Json, subject: string, at: string, p: Problems): Promise<void> {
  const layer = Array.isArray(m.layers) && isObject(m.layers[0]) ? m.layers[0] : undefined;
  if (!layer || (m.artifactType !== IN_TOTO && m.artifactType !== CYCLONEDX)) return;
  const got = await readJson(dir, layer.digest);
  if (!got) return; // missing or unreadable: the validator reports the blob
  const doc = got.doc;
  if (!isObject(doc)) {
    p.error(where(at, 'layers[0]'), 'referrer-document', `the ${m.artifactType} document is not a JSON object`);
    return;
  }
  if (m.artifactType === CYCLONEDX && doc.bomFormat !== 'CycloneDX') {
    p.error(where(at, 'layers[0]'), 'referrer-document', 'the SBOM is not a CycloneDX document (bomFormat is not "CycloneDX")');
  }
  if (m.artifactType === IN_TOTO) {
    const hex = subject.slice(subject.indexOf(':') + 1);
    const subjects = Array.isArray(doc.subject) ? doc.subject : [];
    if (typeof doc._type !== 'string' || !doc._type.startsWith('https://in-toto.io/Statement/')) {
      p.error(where(at, 'layers[0]'), 'referrer-document', 'the provenance is not an in-toto statement (no https://in-toto.io/Statement/ _type)');
    } else if (!subjects.some((s) => isObject(s) && isObject(s.digest) && Object.values(s.digest).includes(hex))) {
      p.error(where(at, 'layers[0]'), 'referrer-document', `the in-toto statement's subjects do not include ${subject}, the manifest it is attached to`);
    }
  }
}

/** Adds a problem for every malformed referrer listed in the layout's index.json. */
export async function checkReferrers(dir: string, p: Problems): Promise<void> {
  let index: unknown;
  try {
    index = JSON.parse((await readCappedFile(path.join(dir, 'index.json'), 'index.json', MAX_DOCUMENT_BYTES)).toString('utf8'));
  } catch {
    return; // the validator reports index.json
  }
  const entries = isObject(index) && Array.isArray(index.manifests) ? index.manifests : [];
  for (const [i, d] of entries.entries()) {
    if (!isObject(d) || (isObject(d.annotations) && d.annotations[REF_NAME] !== undefined) || d.mediaType !== MediaType.OciManifest) continue;
    const got = await readJson(dir, d.digest);
    if (!got || !isObject(got.doc) || !isObject(got.doc.subject)) continue;
    const m = got.doc;
    const subj = m.subject as Json;
    const at = where('index.json', `manifests[${i}]`);
    const config = isObject(m.config) ? m.config : undefined;
    const artifactType = typeof m.artifactType === 'string' ? m.artifactType : config?.mediaType !== MediaType.OciEmpty ? config?.mediaType : undefined;
    if (typeof artifactType !== 'string') p.error(at, 'referrer-artifact-type', 'a referrer must say what it is: artifactType (or a config media type) is missing');
    if (typeof d.artifactType === 'string' && typeof m.artifactType === 'string' && d.artifactType !== m.artifactType) {
      p.error(where(at, 'artifactType'), 'referrer-artifact-type', `index.json says ${d.artifactType} but the manifest's artifactType is ${m.artifactType}`);
    }
    if (!Array.isArray(m.layers) || m.layers.length === 0) p.warn(where(at, 'layers'), 'referrer-no-layers', 'the referrer has no layers: it carries no document');
    const subject = typeof subj.digest === 'string' ? subj.digest : '';
    const target = await readJson(dir, subject);
    if (!target) {
      p.error(where(at, 'subject'), 'referrer-subject-missing', `the referrer's subject ${subject || '(no digest)'} is not in the layout; push cannot carry the referrer without it`);
      continue;
    }
    if (typeof subj.size === 'number' && subj.size !== target.bytes.length) {
      p.error(where(at, 'subject', 'size'), 'referrer-subject', `the subject is ${target.bytes.length} bytes, the descriptor says ${subj.size}`);
    }
    const declared = isObject(target.doc) && typeof target.doc.mediaType === 'string' ? target.doc.mediaType : undefined;
    if (declared && subj.mediaType !== declared) p.error(where(at, 'subject', 'mediaType'), 'referrer-subject', `the subject is a ${declared}, the descriptor says ${String(subj.mediaType)}`);
    await checkDocument(dir, m, subject, at, p);
  }
}

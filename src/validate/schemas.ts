// JSON Schemas (draft-07, for ajv) of the documents in an OCI layout, written from the prose of
// image-spec v1.1 (descriptor.md, manifest.md, image-index.md, config.md, image-layout.md) and
// of Docker's manifest v2 schema 2. Unknown fields are allowed everywhere (the spec says
// processors SHOULD ignore them); rules that are SHOULDs or need context live in validate.ts.
import { MediaType } from '../oci/mediatypes.js';

/** RFC 6838 media type, as the spec's schema writes it. */
export const MEDIA_TYPE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$';

/**
 * A digest: the registered algorithms with their exact encodings (sha256: 64, sha512: 128
 * lowercase hex), any other algorithm by the general grammar `algorithm ":" encoded`.
 */
export const DIGEST_PATTERN =
  '^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$';

/** RFC 3339 date-time (ajv's own formats are a separate package; this is all we need). */
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$';

type Schema = Record<string, unknown>;

const mediaType: Schema = { type: 'string', pattern: MEDIA_TYPE_PATTERN };
const digest: Schema = { type: 'string', pattern: DIGEST_PATTERN };
const int64: Schema = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const stringArray: Schema = { type: 'array', items: { type: 'string' } };
export const annotations: Schema = { type: 'object', additionalProperties: { type: 'string' } };

export const platform: Schema = {
  type: 'object',
  required: ['architecture', 'os'],
  properties: {
    architecture: { type: 'string', minLength: 1 },
    os: { type: 'string', minLength: 1 },
    'os.version': { type: 'string' },
    'os.features': stringArray,
    variant: { type: 'string' },
    features: stringArray,
  },
};

export const descriptor: Schema = {
  type: 'object',
  required: ['mediaType', 'digest', 'size'],
  properties: {
    mediaType,
    digest,
    size: int64,
    urls: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$' } },
    annotations,
    data: { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' },
    artifactType: mediaType,
    platform,
  },
};

/** `mediaType` set to exactly `value` when present (OCI: SHOULD be set, MUST match when set). */
const mediaTypeConst = (value: string): Schema => ({ type: 'string', const: value });

export const ociIndex: Schema = {
  type: 'object',
  required: ['schemaVersion', 'manifests'],
  properties: {
    schemaVersion: { type: 'integer', const: 2 },
    mediaType: mediaTypeConst(MediaType.OciIndex),
    artifactType: mediaType,
    manifests: { type: 'array', items: descriptor },
    subject: descriptor,
    annotations,
  },
};

export const ociManifest: Schema = {
  type: 'object',
  required: ['schemaVersion', 'config', 'layers'],
  properties: {
    schemaVersion: { type: 'integer', const: 2 },
    mediaType: mediaTypeConst(MediaType.OciManifest),
    artifactType: mediaType,
    config: descriptor,
    // The prose says layers SHOULD have one entry; the published schema says minItems 1. We check
    // the count in code as a warning (lenient, as the checklist advises).
    layers: { type: 'array', items: descriptor },
    subject: descriptor,
    annotations,
  },
};

/** Docker manifest v2 schema 2: mediaType is required; no annotations, subject or artifactType. */
export const dockerManifest: Schema = {
  type: 'object',
  required: ['schemaVersion', 'mediaType', 'config', 'layers'],
  properties: {
    schemaVersion: { type: 'integer', const: 2 },
    mediaType: mediaTypeConst(MediaType.DockerManifest),
    config: descriptor,
    layers: { type: 'array', items: descriptor },
  },
};

/** Docker manifest list: platform is required on every entry. */
export const dockerManifestList: Schema = {
  type: 'object',
  required: ['schemaVersion', 'mediaType', 'manifests'],
  properties: {
    schemaVersion: { type: 'integer', const: 2 },
    mediaType: mediaTypeConst(MediaType.DockerManifestList),
    manifests: { type: 'array', items: { ...descriptor, required: ['mediaType', 'digest', 'size', 'platform'] } },
  },
};

// Optional config fields MAY be null (= absent), and Docker writes many of them as null.
const nullable = (t: string): string[] => [t, 'null'];
const emptyObjectMap: Schema = { type: nullable('object'), additionalProperties: { type: 'object' } };

export const imageConfig: Schema = {
  type: 'object',
  required: ['architecture', 'os', 'rootfs'],
  properties: {
    created: { type: nullable('string'), pattern: DATE_TIME_PATTERN },
    author: { type: nullable('string') },
    architecture: { type: 'string', minLength: 1 },
    os: { type: 'string', minLength: 1 },
    'os.version': { type: nullable('string') },
    'os.features': { type: nullable('array'), items: { type: 'string' } },
    variant: { type: nullable('string') },
    config: {
      type: nullable('object'),
      properties: {
        User: { type: nullable('string') },
        ExposedPorts: { ...emptyObjectMap, propertyNames: { pattern: '^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$' } },
        Env: { type: nullable('array'), items: { type: 'string', pattern: '^[^=]+=' } },
        Entrypoint: { type: nullable('array'), items: { type: 'string' } },
        Cmd: { type: nullable('array'), items: { type: 'string' } },
        Volumes: emptyObjectMap,
        WorkingDir: { type: nullable('string') },
        Labels: { type: nullable('object'), additionalProperties: { type: 'string' } },
        StopSignal: { type: nullable('string') },
        ArgsEscaped: { type: nullable('boolean') },
      },
    },
    rootfs: {
      type: 'object',
      required: ['type', 'diff_ids'],
      properties: {
        type: { type: 'string', const: 'layers' },
        diff_ids: { type: 'array', items: digest },
      },
    },
    history: {
      type: nullable('array'),
      items: {
        type: 'object',
        properties: {
          created: { type: nullable('string'), pattern: DATE_TIME_PATTERN },
          author: { type: nullable('string') },
          created_by: { type: nullable('string') },
          comment: { type: nullable('string') },
          empty_layer: { type: nullable('boolean') },
        },
      },
    },
  },
};

export const ociLayout: Schema = {
  type: 'object',
  required: ['imageLayoutVersion'],
  properties: { imageLayoutVersion: { type: 'string', enum: ['1.0.0'] } },
};

/** Every schema by name, for the checker. */
export const SCHEMAS = {
  ociLayout,
  ociIndex,
  ociManifest,
  dockerManifest,
  dockerManifestList,
  imageConfig,
  descriptor,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/**
 * How the schemas are compiled (at run time or at bundle time: schema-validators.ts).
 * allErrors: report every problem, not just the first. strict off: `type: [..., 'null']` with
 * keywords for one of the types is intended. The schemas are ours and fixed, so they are not
 * checked against the meta-schema each run (a test does that), and ajv's code optimisation pass
 * is skipped: it only costs compile time.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false, code: { optimize: false } } as const;

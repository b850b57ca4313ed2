// Runs the schemas of schemas.ts with ajv and turns its errors into readable problems: the
// location becomes `→ layers[0] → digest`, the message says what was expected and what is there.
import type { ErrorObject } from 'ajv';
import { describeDigestProblem } from './digests.js';
import type { SchemaName } from './schemas.js';
import { validatorOf } from './schema-validators.js';

export interface SchemaIssue {
  /** Location steps inside the document, e.g. ['layers[0]', 'digest']. */
  path: string[];
  message: string;
}

/** Validates `doc` against the named schema; returns [] when it conforms. */
export function checkSchema(name: SchemaName, doc: unknown): SchemaIssue[] {
  const validate = validatorOf(name);
  if (validate(doc)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const issue = toIssue(e, doc);
    const key = issue.path.join('\0') + '\0' + issue.message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** `/layers/0/digest` → ['layers[0]', 'digest']. */
export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: string[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p) && out.length > 0) out[out.length - 1] += `[${p}]`;
    else out.push(/^[A-Za-z_][\w.-]*$/.test(p) ? p : JSON.stringify(p));
  }
  return out;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let v: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number' && Number.isInteger(v)) return `the integer ${v}`;
  return `the ${typeof v} ${show(v)}`;
}

function toIssue(e: ErrorObject, doc: unknown): SchemaIssue {
  const path = pointerToPath(e.instancePath);
  const field = path.length ? path[path.length - 1] : 'the document';
  const value = valueAt(doc, e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, message: `required field "${String(p.missingProperty)}" is missing` };
    case 'type': {
      const want = String(p.type)
        .split(',')
        .filter((t) => t !== 'null')
        .join(' or ');
      return { path, message: `${field} must be ${/^[aeiou]/.test(want) ? 'an' : 'a'} ${want}, not ${typeName(value)}` };
    }
    case 'const':
      return { path, message: `${field} must be ${show(p.allowedValue)}, not ${show(value)}` };
    case 'enum':
      return { path, message: `${field} must be one of ${(p.allowedValues as unknown[]).map(show).join(', ')}, not ${show(value)}` };
    case 'minimum':
      return { path, message: `${field} must not be negative (${show(value)})` };
    case 'maximum':
      return { path, message: `${field} is too large to be a byte count (${show(value)})` };
    case 'minLength':
      return { path, message: `${field} must not be empty` };
    case 'propertyNames':
      return { path, message: `${field} has a key that is not of the form PORT[/tcp|/udp|/sctp]` };
    case 'pattern':
      return { path, message: patternMessage(field, e.schemaPath, String(value)) };
    default:
      return { path, message: `${field} ${e.message ?? 'is invalid'}` };
  }
}

function patternMessage(field: string, schemaPath: string, value: string): string {
  if (field === 'digest' || /diff_ids/.test(field) || /diff_ids/.test(schemaPath)) {
    return `${show(value)} is not a valid digest: ${describeDigestProblem(value)}`;
  }
  if (field === 'mediaType' || field === 'artifactType') return `${field} ${show(value)} is not a valid media type (type/subtype, RFC 6838)`;
  if (field === 'created') return `${field} ${show(value)} is not an RFC 3339 date-time`;
  if (/^Env/.test(field)) return `${field} ${show(value)} is not of the form KEY=VALUE`;
  if (/^urls/.test(field)) return `${field} ${show(value)} is not a URL`;
  if (field === 'data') return `data is not base64`;
  return `${field} ${show(value)} does not have the expected form`;
}

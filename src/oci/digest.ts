import { createHash } from 'node:crypto';
import { UserError } from '../util/errors.js';

export const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
export const SHA512_RE = /^sha512:[a-f0-9]{128}$/;
// The image-spec's general grammar: algorithm ":" encoded.
export const DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

export type Algorithm = 'sha256' | 'sha512';

/** sha256:abcdef123456… for logs and messages. */
export function shortDigest(d: string): string {
  const colon = d.indexOf(':');
  return d.length > colon + 13 ? d.slice(0, colon + 13) + '…' : d;
}

export function sha256(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/** Splits a digest into algorithm and hex, or returns undefined when it is not a supported digest. */
export function parseDigest(digest: string): { algorithm: Algorithm; hex: string } | undefined {
  if (SHA256_RE.test(digest)) return { algorithm: 'sha256', hex: digest.slice(7) };
  if (SHA512_RE.test(digest)) return { algorithm: 'sha512', hex: digest.slice(7) };
  return undefined;
}

export function isDigest(s: string): boolean {
  return parseDigest(s) !== undefined;
}

/**
 * The one gate for digests from outside (registries, layouts, archives, user input): a supported
 * algorithm with hex of the right length, or a UserError naming where it came from. Call it before
 * a digest touches a path, URL, log line or summary.
 */
export function requireDigest(value: unknown, where: string): string {
  if (typeof value === 'string' && parseDigest(value)) return value;
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value) : typeof value;
  throw new UserError(`${where}: ${shown} is not a valid digest (sha256:<64 hex> or sha512:<128 hex>); the data is malformed`, 1, { kind: 'malformed', field: 'digest' });
}

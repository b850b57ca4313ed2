import { createHash } from 'node:crypto';

export const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
export const SHA512_RE = /^sha512:[a-f0-9]{128}$/;
// The image-spec's general grammar: algorithm ":" encoded.
export const DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

export type Algorithm = 'sha256' | 'sha512';

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

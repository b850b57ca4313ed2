// Digest grammar for the validator: which digests we can check, and why a bad one is bad.
import { DIGEST_GRAMMAR, parseDigest, type Algorithm } from '../oci/digest.js';

export type DigestCheck =
  | { kind: 'supported'; algorithm: Algorithm; hex: string }
  /** Fits the general grammar but names an algorithm we cannot compute: SHOULD pass. */
  | { kind: 'unknown-algorithm'; algorithm: string }
  | { kind: 'invalid'; reason: string };

const HEX_LENGTH: Record<Algorithm, number> = { sha256: 64, sha512: 128 };

export function classifyDigest(digest: unknown): DigestCheck {
  if (typeof digest !== 'string') return { kind: 'invalid', reason: 'it is not a string' };
  const d = parseDigest(digest);
  if (d) return { kind: 'supported', ...d };
  const reason = describeDigestProblem(digest);
  if (reason === '') return { kind: 'unknown-algorithm', algorithm: digest.slice(0, digest.indexOf(':')) };
  return { kind: 'invalid', reason };
}

/** Why `digest` is not a valid digest ('' when it is, or when only its algorithm is unknown). */
export function describeDigestProblem(digest: string): string {
  const colon = digest.indexOf(':');
  if (colon < 0) return 'expected ALGORITHM:ENCODED, e.g. sha256:<64 hex digits>';
  const alg = digest.slice(0, colon);
  const enc = digest.slice(colon + 1);
  if (alg === 'sha256' || alg === 'sha512') {
    const want = HEX_LENGTH[alg];
    if (/[A-F]/.test(enc) && /^[a-fA-F0-9]+$/.test(enc)) return `${alg} must be lowercase hex`;
    if (!/^[a-f0-9]*$/.test(enc)) return `${alg} must be hex digits only`;
    if (enc.length !== want) return `${alg} needs ${want} hex digits, this has ${enc.length}`;
    return '';
  }
  if (!DIGEST_GRAMMAR.test(digest)) return 'it does not fit the grammar algorithm ":" encoded';
  return '';
}

// The one reading of OCI whiteout names (image-spec layer.md), shared by `unpack` (which applies
// them) and `validate` (which checks them), so the two never disagree about a name.

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_WHITEOUT = '.wh..wh..opq';

export type Whiteout =
  /** Not a whiteout: an ordinary name. */
  | { kind: 'none' }
  /** `.wh..wh..opq`: the directory holding it hides what lower layers put in it. */
  | { kind: 'opaque' }
  /** Other `.wh..wh.` names: aufs bookkeeping (.wh..wh.plnk, .wh..wh.aufs), not content. */
  | { kind: 'aufs-meta' }
  /** `.wh.NAME`: removes NAME from lower layers. */
  | { kind: 'whiteout'; name: string }
  /** `.wh.`, `.wh..`, `.wh...`: names nothing that could exist. */
  | { kind: 'invalid' };

/** What the last component of a layer path means as a whiteout. */
export function classifyWhiteout(base: string): Whiteout {
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: 'none' };
  if (base === OPAQUE_WHITEOUT) return { kind: 'opaque' };
  if (base.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) return { kind: 'aufs-meta' };
  const name = base.slice(WHITEOUT_PREFIX.length);
  if (name === '' || name === '.' || name === '..') return { kind: 'invalid' };
  return { kind: 'whiteout', name };
}

// The image's `User` (name, uid, name:group, uid:gid) resolved against the root filesystem's
// /etc/passwd and /etc/group, as runc's user.GetExecUser and umoci do it.
import { constants, promises as fs } from 'node:fs';
import { UserError } from '../util/errors.js';
import { UnsafePathError, type RootResolver } from './secure-path.js';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export interface ResolvedUser {
  uid: number;
  gid: number;
  /** Supplementary groups from /etc/group (only when no group was given). */
  additionalGids: number[];
  /** The home directory from /etc/passwd, when the user is listed there. */
  home?: string;
}

/** Ids the kernel accepts: 0 .. 2^32-2 (2^32-1 means "no change"). */
const MAX_ID = 0xfffffffe;
/** An /etc/passwd or /etc/group larger than this is not read. */
const MAX_DB = 16 * 1024 * 1024;

function parseId(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) && n <= MAX_ID ? n : undefined;
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split(':');
    if (f.length < 4) continue;
    const uid = parseId(f[2]);
    const gid = parseId(f[3]);
    if (!f[0] || uid === undefined || gid === undefined) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? '' });
  }
  return out;
}

export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split(':');
    if (f.length < 3) continue;
    const gid = parseId(f[2]);
    if (!f[0] || gid === undefined) continue;
    out.push({ name: f[0], gid, members: (f[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean) });
  }
  return out;
}

/**
 * Resolves `spec` (the image config's User). Numeric ids are taken as they are; names must be
 * in the files (an unknown name is an error). Without a group, the primary group comes from
 * /etc/passwd (0 for an unlisted numeric uid) and supplementary groups from /etc/group.
 */
export function resolveUser(spec: string | undefined, passwd: PasswdEntry[] | undefined, group: GroupEntry[] | undefined): ResolvedUser {
  const s = (spec ?? '').trim();
  const colon = s.indexOf(':');
  const userPart = colon < 0 ? s : s.slice(0, colon);
  const groupPart = colon < 0 ? undefined : s.slice(colon + 1);
  if (groupPart !== undefined && groupPart === '') throw new UserError(`the image's User "${s}" has an empty group after ":"`);

  let entry: PasswdEntry | undefined;
  let uid: number;
  if (userPart === '') {
    uid = 0;
    entry = passwd?.find((p) => p.uid === 0);
  } else {
    const n = parseId(userPart);
    if (n !== undefined) {
      uid = n;
      entry = passwd?.find((p) => p.uid === n);
    } else if (/^\d+$/.test(userPart)) {
      throw new UserError(`the image's User "${s}": uid ${userPart} is out of range`);
    } else {
      if (!passwd) throw new UserError(`the image's User "${s}" names user "${userPart}", but the image has no /etc/passwd to look it up in`);
      entry = passwd.find((p) => p.name === userPart);
      if (!entry) throw new UserError(`the image's User "${s}": no user "${userPart}" in the image's /etc/passwd`);
      uid = entry.uid;
    }
  }

  let gid: number;
  const additionalGids: number[] = [];
  if (groupPart !== undefined) {
    const n = parseId(groupPart);
    if (n !== undefined) gid = n;
    else if (/^\d+$/.test(groupPart)) throw new UserError(`the image's User "${s}": gid ${groupPart} is out of range`);
    else {
      if (!group) throw new UserError(`the image's User "${s}" names group "${groupPart}", but the image has no /etc/group to look it up in`);
      const g = group.find((x) => x.name === groupPart);
      if (!g) throw new UserError(`the image's User "${s}": no group "${groupPart}" in the image's /etc/group`);
      gid = g.gid;
    }
  } else {
    gid = entry?.gid ?? 0;
    if (entry && group) {
      for (const g of group) {
        if (g.members.includes(entry.name) && g.gid !== gid && !additionalGids.includes(g.gid)) additionalGids.push(g.gid);
      }
    }
  }
  const out: ResolvedUser = { uid, gid, additionalGids };
  if (entry?.home) out.home = entry.home;
  return out;
}

/**
 * Reads a small text file of the root filesystem (e.g. etc/passwd), following symlinks only
 * inside it. Undefined when it is absent or not a regular file.
 */
export async function readRootfsText(resolver: RootResolver, relPath: string): Promise<string | undefined> {
  let p: string;
  try {
    p = resolver.resolve(relPath.split('/'), true);
  } catch (e) {
    // A symlink loop (more than MAX_LINKS hops) reads as the kernel's ELOOP would: no such file.
    if (e instanceof UnsafePathError) return undefined;
    throw e;
  }
  let fh;
  try {
    fh = await fs.open(p, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined;
    throw e;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return undefined;
    if (st.size > MAX_DB) throw new UserError(`the image's /${relPath} is ${st.size} bytes; too large to read`);
    return (await fh.readFile()).toString('utf8');
  } finally {
    await fh.close();
  }
}

/** Resolves the image user against the root filesystem's /etc/passwd and /etc/group. */
export async function resolveImageUser(resolver: RootResolver, spec: string | undefined): Promise<ResolvedUser> {
  const passwdText = await readRootfsText(resolver, 'etc/passwd');
  const groupText = await readRootfsText(resolver, 'etc/group');
  return resolveUser(spec, passwdText === undefined ? undefined : parsePasswd(passwdText), groupText === undefined ? undefined : parseGroup(groupText));
}

/**
 * What went wrong, for the front ends to act on without reading the message: `usage` and `input`
 * are the caller's to fix (the CLI maps `field` to a --flag, the action to an input name);
 * `malformed` and `corrupt` are bad data from a layout or registry; the rest are environmental.
 */
export type ErrorKind = 'usage' | 'input' | 'not-found' | 'auth' | 'malformed' | 'corrupt' | 'too-large' | 'network' | 'io' | 'conflict' | 'unsupported' | 'failed';

export interface ErrorDetails {
  kind?: ErrorKind;
  /** The engine's name of the option at fault (e.g. "archive", "base", "tags"). */
  field?: string;
}

/**
 * An error the user can act on: printed as one line (no stack) by the front ends.
 * `exitCode` 1 = the job failed, 2 = the command line was wrong.
 */
export class UserError extends Error {
  readonly kind: ErrorKind;
  readonly field?: string;
  constructor(message: string, readonly exitCode = 1, details: ErrorDetails = {}) {
    super(message);
    this.name = 'UserError';
    this.kind = details.kind ?? (exitCode === 2 ? 'usage' : 'failed');
    this.field = details.field;
  }
}

export class UsageError extends UserError {
  constructor(message: string, field?: string) {
    super(message, 2, { kind: 'usage', field });
    this.name = 'UsageError';
  }
}

/** The message of any thrown value, for one-line reports. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Turns a Node system error on `path` into a one-line UserError with what to do. */
export function fsError(e: unknown, path: string, doing: string, field?: string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const io = (m: string, kind: 'io' | 'not-found' = 'io') => new UserError(`${doing}: ${m}`, 1, { kind, field });
  switch (code) {
    case 'ENOENT':
      return io(`${path} does not exist`, 'not-found');
    case 'EACCES':
    case 'EPERM':
      return io(`permission denied on ${path}; check its permissions or choose another path`);
    case 'EROFS':
      return io(`${path} is on a read-only file system; choose a writable path`);
    case 'ENOTDIR':
      return io(`a part of ${path} is not a directory`);
    case 'EISDIR':
      return io(`${path} is a folder; give a file path`);
    case 'ENOSPC':
      return io(`no space left on device while writing ${path}; free some space`);
    case 'EDQUOT':
      return io(`disk quota exceeded while writing ${path}`);
    default:
      return io(`${path}: ${errorMessage(e)}`);
  }
}

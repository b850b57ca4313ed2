/**
 * An error the user can act on: printed as one line (no stack) by the front ends.
 * `exitCode` 1 = the job failed, 2 = the command line was wrong.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The message of any thrown value, for one-line reports. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Turns a Node system error on `path` into a one-line UserError with what to do. */
export function fsError(e: unknown, path: string, doing: string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new UserError(`${doing}: ${path} does not exist`);
    case 'EACCES':
    case 'EPERM':
      return new UserError(`${doing}: permission denied on ${path}; check its permissions`);
    case 'ENOTDIR':
      return new UserError(`${doing}: a part of ${path} is not a directory`);
    case 'ENOSPC':
      return new UserError(`${doing}: no space left on device while writing ${path}`);
    default:
      return new UserError(`${doing}: ${path}: ${errorMessage(e)}`);
  }
}

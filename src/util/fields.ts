// The engine names the option at fault with UserError.field; each front end says it in its own
// words: the CLI as a --flag, the action as an input name. One table, so the two never drift.
export const FIELDS: Record<string, { flag: string; input: string }> = {
  archive: { flag: '--archive', input: 'archive' },
  base: { flag: '--base', input: 'base' },
  context: { flag: 'CONTEXT', input: 'context' },
  dest: { flag: '--dest', input: 'dest' },
  destination: { flag: 'DEST', input: 'tags' },
  entrypoint: { flag: '--entrypoint', input: 'entrypoint' },
  cmd: { flag: '--cmd', input: 'cmd' },
  layout: { flag: 'LAYOUT', input: 'layout' },
  load: { flag: '--load', input: 'load' },
  output: { flag: '--output', input: 'output' },
  password: { flag: '--password-stdin', input: 'password' },
  platforms: { flag: '--platform', input: 'platforms' },
  ref: { flag: '--ref', input: 'layout' },
  refs: { flag: 'REF', input: 'tags' },
  source: { flag: 'SOURCE', input: 'source' },
  sources: { flag: 'SOURCE', input: 'sources' },
  sourcePassword: { flag: '--src-password-stdin', input: 'source-password' },
  sourceUsername: { flag: '--src-username', input: 'source-username' },
  tags: { flag: '--tag', input: 'tags' },
  user: { flag: '--user', input: 'user' },
  username: { flag: '--username', input: 'username' },
  workdir: { flag: '--workdir', input: 'workdir' },
};

/**
 * Fields that name a part of an image document (a descriptor's digest, a platform), not an
 * option: errors carry them for programs, and no front end has a flag or input for them.
 */
export const DOCUMENT_FIELDS: readonly string[] = ['digest', 'mediaType', 'platform', 'repository', 'size'];

/** " (--archive)" for the CLI, or "" when the field is not an option. */
export function flagSuffix(field: string | undefined): string {
  const f = field ? FIELDS[field] : undefined;
  return f ? ` (${f.flag})` : '';
}

/** ` (input "archive")` for the action, or "" when the field is not an input. */
export function inputSuffix(field: string | undefined): string {
  const f = field ? FIELDS[field] : undefined;
  return f ? ` (input "${f.input}")` : '';
}

// The engine names the option at fault with UserError.field; each front end says it in its own
// words: the CLI as a --flag, the action as an input name. One table, so the two never drift.
const FIELDS: Record<string, { flag: string; input: string }> = {
  archive: { flag: '--archive', input: 'archive' },
  base: { flag: '--base', input: 'base' },
  context: { flag: 'CONTEXT', input: 'context' },
  dest: { flag: '--dest', input: 'dest' },
  entrypoint: { flag: '--entrypoint', input: 'entrypoint' },
  cmd: { flag: '--cmd', input: 'cmd' },
  load: { flag: '--load', input: 'load' },
  output: { flag: '--output', input: 'output' },
  platforms: { flag: '--platform', input: 'platforms' },
  ref: { flag: '--ref', input: 'layout' },
  source: { flag: 'SOURCE', input: 'source' },
  tags: { flag: '--tag', input: 'tags' },
  user: { flag: '--user', input: 'user' },
  workdir: { flag: '--workdir', input: 'workdir' },
};

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

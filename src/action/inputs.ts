// Reading Action inputs: lists take newlines or commas, KEY=VALUE lists split smartly so values
// may hold commas, booleans follow YAML 1.2 core schema (as @actions/core does). A single value
// (a path, a reference, a user) never holds a line break: it would reach logs and the image.
import * as core from '@actions/core';
import { UserError } from '../util/errors.js';

export function input(name: string, opts: { multiline?: boolean } = {}): string | undefined {
  const v = core.getInput(name);
  if (!opts.multiline && /[\r\n\u0085\u2028\u2029]/.test(v)) {
    throw new UserError(`input "${name}" must be a single line but holds a line break; give one value (lists go in inputs such as "tags")`);
  }
  return v === '' ? undefined : v;
}

/** entrypoint/cmd: a JSON array may span lines, a shell-style command may not. */
export function commandInput(name: string): string | undefined {
  const v = input(name, { multiline: true });
  return v === undefined || v.startsWith('[') ? v : input(name);
}

/** Newline- or comma-separated list, trimmed, without empties or # comments. */
export function listInput(name: string): string[] {
  const raw = core.getInput(name);
  return raw
    .split(/\r?\n/)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/**
 * KEY=VALUE list: one per line; a single line may hold several, separated by commas that are
 * followed by another KEY= (so "a=1,b=x,y" is a=1 and b=x,y).
 */
export function keyValueInput(name: string, allowCommas = true): string[] {
  const raw = core.getInput(name);
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (!allowCommas) return lines;
  return lines.flatMap((l) => l.split(/,(?=\s*[A-Za-z0-9_.\-/:]+=)/).map((s) => s.trim()).filter(Boolean));
}

export function booleanInput(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim();
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UserError(`input "${name}" must be true or false, got "${v}"`);
}

/** metadata-action annotations may carry a level prefix; we write manifest-level annotations. */
export function stripAnnotationLevel(kv: string): string | undefined {
  const m = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[^\]]*\])?:(.*)$/.exec(kv);
  if (!m) return kv;
  return m[1] === 'manifest' || m[1] === 'index' ? m[3] : undefined;
}

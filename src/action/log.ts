// Every line the action writes to the job log goes through escapeLogLine, so text from
// registries, layouts and inputs (platforms, annotations, tags, error bodies) can never
// become a workflow command. The runner reads commands on stdout and stderr: a line whose
// start (after blanks) is "::", or any line holding "##[" (the older form). Escaping follows
// @actions/core's command data: "%" -> %25, CR -> %0D, LF -> %0A, so one message is one line
// and the escaped text reads back unambiguously.
import * as core from '@actions/core';

export function escapeLogLine(message: string): string {
  let s = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  // Other line breaks some renderers honour, and the v1 command prefix anywhere in the line.
  s = s.replace(/[\u0085\u2028\u2029]/g, (c) => encodeURIComponent(c)).replace(/##\[/g, '#%23[');
  const lead = /^\s*/.exec(s)![0].length;
  if (s.startsWith('::', lead)) s = s.slice(0, lead) + '%3A' + s.slice(lead + 1);
  return s;
}

export function info(message: string): void {
  core.info(escapeLogLine(message));
}

export function warning(message: string): void {
  core.warning(escapeLogLine(message));
}

export function debug(message: string): void {
  core.debug(escapeLogLine(message));
}

/** Marks the step failed with one ::error line. */
export function fail(message: string): void {
  core.setFailed(escapeLogLine(message));
}

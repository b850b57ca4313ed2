// Human-readable progress goes to stderr so stdout stays machine-readable (--json).

/**
 * One log line that the GitHub Actions runner cannot read as a workflow command. The runner
 * reads commands on stdout and stderr: a line whose start (after blanks) is "::", or any line
 * holding "##[" (the older form); text from registries, layouts and inputs (platforms,
 * annotations, tags, error bodies) must never become one. Escaping follows @actions/core's
 * command data: "%" -> %25, CR -> %0D, LF -> %0A (and the other Unicode line breaks), so one
 * message is one line and decodes back unambiguously.
 */
export function escapeLogLine(message: string): string {
  let s = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  s = s.replace(/[\u0085\u2028\u2029]/g, (c) => encodeURIComponent(c)).replace(/##\[/g, '#%23[');
  const lead = /^\s*/.exec(s)![0].length;
  if (s.startsWith('::', lead)) s = s.slice(0, lead) + '%3A' + s.slice(lead + 1);
  return s;
}

/** In a workflow's run step the runner reads our stderr too: escape there, print as is elsewhere. */
function line(m: string): string {
  return process.env.GITHUB_ACTIONS === 'true' ? escapeLogLine(m) : m;
}

/** An error report is one line whatever the message holds (registry bodies, hostile names). */
export function errorLine(m: string): string {
  return process.env.GITHUB_ACTIONS === 'true' ? escapeLogLine(m) : m.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
}

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(line(m) + '\n'),
  warn: (m) => process.stderr.write(line('warning: ' + m) + '\n'),
  debug: (m) => {
    if (debugEnabled()) process.stderr.write(line('debug: ' + m) + '\n');
  },
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

export function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = -1;
  do {
    v /= 1024;
    i++;
  } while (v >= 1024 && i < units.length - 1);
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

/** OCI_BUNDLE_DEBUG set to anything but "", "0" or "false". */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.OCI_BUNDLE_DEBUG ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

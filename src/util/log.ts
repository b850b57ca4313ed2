// Human-readable progress goes to stderr so stdout stays machine-readable (--json).
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
}

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(m + '\n'),
  warn: (m) => process.stderr.write('warning: ' + m + '\n'),
  debug: (m) => {
    if (process.env.OCI_BUNDLE_DEBUG) process.stderr.write('debug: ' + m + '\n');
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

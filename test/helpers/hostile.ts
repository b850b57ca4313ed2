// Hostile inputs for the bounded-work tests: raw tar blocks the friendly writers refuse to make
// (global pax headers, floods of records), and a CLI run measured by /usr/bin/time (peak RSS,
// wall time) under a hard timeout, so a regression fails the test instead of hanging it.
import { spawnSync } from 'node:child_process';
import { TEST_CLI } from './cli.js';

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

export interface RawHeader {
  name: string;
  /** Typeflag: '0' file, '1' hard link, '2' symlink, '5' dir, 'x' pax, 'g' global pax. */
  type?: string;
  size?: number;
  mode?: number;
  uid?: number;
  gid?: number;
  linkname?: string;
}

/** One 512-byte ustar header block. */
export function header(h: RawHeader): Buffer {
  const b = Buffer.alloc(512);
  const type = h.type ?? '0';
  b.write(h.name, 0, 100, 'utf8');
  b.write(octal(h.mode ?? (type === '5' ? 0o755 : 0o644), 8), 100, 'latin1');
  b.write(octal(h.uid ?? 0, 8), 108, 'latin1');
  b.write(octal(h.gid ?? 0, 8), 116, 'latin1');
  b.write(octal(h.size ?? 0, 12), 124, 'latin1');
  b.write(octal(1700000000, 12), 136, 'latin1');
  b.write('        ', 148, 'latin1');
  b.write(type, 156, 'latin1');
  if (h.linkname) b.write(h.linkname, 157, 100, 'utf8');
  b.write('ustar\0', 257, 'latin1');
  b.write('00', 263, 'latin1');
  let sum = 0;
  for (const x of b) sum += x;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return b;
}

/** Content padded to whole blocks. */
export function body(content: Buffer): Buffer {
  return Buffer.concat([content, Buffer.alloc((512 - (content.length % 512)) % 512)]);
}

/** One pax record, "%d key=value\n" with its own length. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(rest) + 1;
  while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
  return `${len}${rest}`;
}

/** A pax header ('x' local or 'g' global) with these records. */
export function paxHeader(type: 'x' | 'g', records: string[]): Buffer {
  const content = Buffer.from(records.join(''), 'utf8');
  return Buffer.concat([header({ name: 'PaxHeader', type, size: content.length }), body(content)]);
}

/** A file entry with its content. */
export function fileEntry(name: string, content: Buffer | string = '', extra: Partial<RawHeader> = {}): Buffer {
  const c = Buffer.from(content);
  return Buffer.concat([header({ name, size: c.length, ...extra }), body(c)]);
}

export const END = Buffer.alloc(1024);

export interface Measured {
  status: number;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the CLI, MiB. */
  rssMiB: number;
  seconds: number;
  timedOut: boolean;
}

/** Runs the CLI under /usr/bin/time, killed after `timeoutS` seconds. */
export function measuredCli(args: string[], timeoutS: number, env: Record<string, string> = {}): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %M %e', process.execPath, TEST_CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env },
  });
  const stderr = String(r.stderr ?? '');
  const m = /TIME (\d+) ([\d.]+)\s*$/.exec(stderr);
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL';
  return {
    status: r.status ?? -1,
    stdout: String(r.stdout ?? ''),
    stderr: (m ? stderr.slice(0, m.index) : stderr).replace(/Command (exited with non-zero status \d+|terminated by signal \d+)\n$/, ''),
    rssMiB: m ? Number(m[1]) / 1024 : Number.NaN,
    seconds: m ? Number(m[2]) : timeoutS,
    timedOut,
  };
}

/** Logs a measurement line (collected in the test output as the figures of the bound). */
export function report(what: string, m: Measured): void {
  process.stdout.write(`${what}: ${m.seconds.toFixed(2)} s, peak RSS ${m.rssMiB.toFixed(1)} MiB, exit ${m.status}\n`);
}

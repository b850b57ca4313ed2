// Busybox base image contexts for amd64 (the machine's busybox-static) and arm64 (Debian's
// busybox-static:arm64, fetched once with apt-get download and kept under build/).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.js';

const ARM64 = path.join(ROOT, 'build', 'busybox-arm64', 'busybox');

export function busyboxBinary(arch: 'amd64' | 'arm64'): string {
  if (arch === 'amd64') return '/bin/busybox';
  if (existsSync(ARM64)) return ARM64;
  if (!execFileSync('dpkg', ['--print-foreign-architectures'], { encoding: 'utf8' }).includes('arm64')) {
    execFileSync('dpkg', ['--add-architecture', 'arm64']);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'busybox-arm64-'));
  execFileSync('apt-get', ['download', 'busybox-static:arm64'], { cwd: tmp, stdio: 'ignore' });
  const deb = readdirSync(tmp).find((f) => f.endsWith('.deb'))!;
  execFileSync('dpkg-deb', ['-x', path.join(tmp, deb), path.join(tmp, 'x')]);
  mkdirSync(path.dirname(ARM64), { recursive: true });
  copyFileSync(path.join(tmp, 'x', 'bin', 'busybox'), ARM64);
  return ARM64;
}

/** A root filesystem folder: busybox, its applets as symlinks, /etc/passwd with user app (1000). */
export function busyboxContext(dir: string, arch: 'amd64' | 'arm64'): string {
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  copyFileSync(busyboxBinary(arch), path.join(dir, 'bin', 'busybox'));
  execFileSync('chmod', ['755', path.join(dir, 'bin', 'busybox')]);
  for (const applet of ['sh', 'echo', 'id', 'pwd', 'cat', 'ls', 'env', 'uname']) symlinkSync('busybox', path.join(dir, 'bin', applet));
  writeFileSync(path.join(dir, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n');
  writeFileSync(path.join(dir, 'etc', 'group'), 'root:x:0:\napp:x:1000:\n');
  return dir;
}

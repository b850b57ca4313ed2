// The build's timestamp: --source-date-epoch, else $SOURCE_DATE_EPOCH, else the commit time of
// HEAD when the context is in a git work tree, else 0. Never the wall clock.
import { spawn } from 'node:child_process';
import { parseEpoch } from '../image/options.js';

export async function resolveSourceDateEpoch(explicit: string | undefined, context: string): Promise<{ epoch: number; from: string }> {
  if (explicit !== undefined && explicit !== '') return { epoch: parseEpoch(explicit, '--source-date-epoch'), from: '--source-date-epoch' };
  const env = process.env.SOURCE_DATE_EPOCH;
  if (env !== undefined && env !== '') return { epoch: parseEpoch(env, 'SOURCE_DATE_EPOCH'), from: 'SOURCE_DATE_EPOCH' };
  const t = await headCommitTime(context);
  if (t !== undefined) return { epoch: t, from: 'the git commit time of HEAD' };
  return { epoch: 0, from: 'the default (0)' };
}

/**
 * `git log -1 --format=%ct` in the context, or undefined (no git, not a work tree, any error).
 * The context may be someone else's repository: its config must not run programs (a gpg.program
 * through log.showSignature, an fsmonitor hook, a pager, a lazy fetch's transport), and nothing
 * git or the PATH search says may reach our stdout, which carries only the result.
 */
export function headCommitTime(context: string): Promise<number | undefined> {
  const args = [
    '--no-pager',
    '-c', 'log.showSignature=false',
    '-c', 'core.fsmonitor=false',
    '-c', 'core.pager=cat',
    '-c', 'protocol.allow=never',
    '-C', context,
    'log', '-1', '--no-show-signature', '--no-color', '--format=%ct',
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
  };
  for (const k of ['GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EXTERNAL_DIFF', 'GIT_SSH', 'GIT_SSH_COMMAND']) delete env[k];
  return new Promise((resolve) => {
    let out = '';
    let child;
    try {
      // a hostile .git (a FIFO for HEAD) must not hang the build: give up after a while
      child = spawn('git', args, { env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true, timeout: 30_000, killSignal: 'SIGKILL' });
    } catch {
      resolve(undefined);
      return;
    }
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (out.length < 64) out += d;
    });
    child.on('error', () => resolve(undefined)); // git not installed or not runnable
    child.on('close', (code) => {
      const t = out.trim();
      resolve(code === 0 && /^\d+$/.test(t) ? Number(t) : undefined);
    });
  });
}

// The build's timestamp: --source-date-epoch, else $SOURCE_DATE_EPOCH, else the commit time of
// HEAD when the context is in a git work tree, else 0. Never the wall clock.
import { getExecOutput } from '@actions/exec';
import { parseEpoch } from '../image/options.js';

export async function resolveSourceDateEpoch(explicit: string | undefined, context: string): Promise<{ epoch: number; from: string }> {
  if (explicit !== undefined && explicit !== '') return { epoch: parseEpoch(explicit, '--source-date-epoch'), from: '--source-date-epoch' };
  const env = process.env.SOURCE_DATE_EPOCH;
  if (env !== undefined && env !== '') return { epoch: parseEpoch(env, 'SOURCE_DATE_EPOCH'), from: 'SOURCE_DATE_EPOCH' };
  try {
    const r = await getExecOutput('git', ['-C', context, 'log', '-1', '--format=%ct'], { silent: true, ignoreReturnCode: true });
    const t = r.stdout.trim();
    if (r.exitCode === 0 && /^\d+$/.test(t)) return { epoch: Number(t), from: 'the git commit time of HEAD' };
  } catch {
    /* git not installed: fall through */
  }
  return { epoch: 0, from: 'the default (0)' };
}

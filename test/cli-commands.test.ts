// The command table loads each command's module only when it runs, so it carries the summaries
// itself: they must stay the modules' own.
import { COMMANDS, usage } from '../src/cli/commands.js';
import * as build from '../src/cli/build.js';
import * as validate from '../src/cli/validate.js';
import * as push from '../src/cli/push.js';
import * as merge from '../src/cli/merge.js';
import * as unpack from '../src/cli/unpack.js';
import * as copy from '../src/cli/copy.js';
import * as referrers from '../src/cli/referrers.js';
import { runCli } from './helpers/cli.js';

test('the table lists every command with its module summary', () => {
  const modules: Record<string, { summary: string }> = { build, validate, push, merge, unpack, copy, referrers };
  expect(Object.keys(COMMANDS)).toEqual(Object.keys(modules));
  for (const [name, m] of Object.entries(modules)) expect(COMMANDS[name].summary).toBe(m.summary);
  expect(usage()).toContain(build.summary);
});

test('a lazily loaded command runs: its --help is printed', () => {
  const r = runCli(['validate', '--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Usage: oci-bundle validate PATH/);
});

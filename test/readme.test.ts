// The README's input/output tables are the ones the action.yml files describe, and its first
// commands are the two the brief promises.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
// @ts-expect-error: a plain .mjs script without types
import { ACTION_DIRS, actionTables } from '../scripts/action-docs.mjs';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

test.each(ACTION_DIRS as string[])('README documents every input and output of %s/action.yml', (dir) => {
  expect(readme).toContain((actionTables as (d: string) => string)(dir));
});

test('README opens with the example build and the test command', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
  expect(firstBlock).toHaveLength(2);
  expect(firstBlock[0]).toMatch(/^npm ci && npm start/);
  expect(firstBlock[1]).toMatch(/^npm test/);
});

// The engine names the option at fault (UserError.field); the CLI says it as a --flag and the
// action as an input name, from one table — never by reading the message.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runCli, ROOT } from './helpers/cli.js';
import { runAction } from './helpers/action.js';
import { tmpDir } from './helpers/fixtures.js';
import { flagSuffix, inputSuffix } from '../src/util/fields.js';

const work = tmpDir();
afterAll(() => rmSync(work, { recursive: true, force: true }));
const example = path.join(ROOT, 'examples', 'static-site');

test('the table maps engine fields to flags and inputs, and nothing else', () => {
  expect(flagSuffix('archive')).toBe(' (--archive)');
  expect(inputSuffix('archive')).toBe(' (input "archive")');
  expect(flagSuffix('tags')).toBe(' (--tag)');
  expect(inputSuffix('platforms')).toBe(' (input "platforms")');
  expect(flagSuffix('digest')).toBe('');
  expect(inputSuffix(undefined)).toBe('');
});

test('CLI: an archive path that is a folder names --archive, exit 2', () => {
  const folder = path.join(work, 'a-folder');
  mkdirSync(folder, { recursive: true });
  const r = runCli(['build', example, '--output', path.join(work, 'out1'), '--archive', folder]);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/\(--archive\)$/m);
});

test('action: the same failure names the input', () => {
  const folder = path.join(work, 'b-folder');
  mkdirSync(folder, { recursive: true });
  const r = runAction('.', { context: example, output: path.join(work, 'out2'), archive: folder });
  expect(r.status).not.toBe(0);
  expect(r.stdout).toMatch(/^::error::.*\(input "archive"\)$/m);
});

test('a multi-line password (a JSON key file) is masked whole and line by line', async () => {
  const { maskSecret } = await import('../src/action/registry-inputs.js');
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
  try {
    maskSecret('{\n  "private_key": "-----BEGIN KEY-----abc",\n  "client_email": "ci@example.iam"\n}');
  } finally {
    process.stdout.write = write;
  }
  const masks = lines.join('').split(/\r?\n/).filter((l) => l.startsWith('::add-mask::'));
  expect(masks).toContain('::add-mask::"private_key": "-----BEGIN KEY-----abc",');
  expect(masks).toContain('::add-mask::"client_email": "ci@example.iam"');
  expect(masks.some((m) => m.includes('%0A'))).toBe(true); // the whole value, escaped
  expect(masks).not.toContain('::add-mask::{');
});

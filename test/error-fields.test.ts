// The engine names the option at fault (UserError.field); the CLI says it as a --flag and the
// action as an input name, from one table — never by reading the message.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runCli, ROOT } from './helpers/cli.js';
import { runAction } from './helpers/action.js';
import { tmpDir } from './helpers/fixtures.js';
import { DOCUMENT_FIELDS, FIELDS, flagSuffix, inputSuffix } from '../src/util/fields.js';

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

/** Every field name src/ puts on a typed error: `field: 'x'`, and the field argument of UsageError, fsError, parseImageName, requireLayout. */
function fieldsUsedInSrc(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (name: string, file: string) => found.set(name, [...(found.get(name) ?? []), file]);
  const patterns = [
    /\bfield: '([A-Za-z]+)'/g,
    // the message is one string literal or template (escapes and all), then the field
    /new UsageError\(\s*(?:'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\s*,\s*'([A-Za-z]+)'\)/g,
    /\bfsError\([^;]*?,[^;]*?,[^;]*?,\s*'([A-Za-z]+)'\)/g,
    /\b(?:parseImageName|requireLayout)\([^;]*?,\s*'([A-Za-z]+)'\)/g,
  ];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const text = readFileSync(p, 'utf8');
        for (const re of patterns) for (const m of text.matchAll(re)) note(m[1], path.relative(ROOT, p));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return found;
}

test('every field src/ puts on an error is mapped to a flag and an input, or is a document field', () => {
  const used = fieldsUsedInSrc();
  // the scan finds the kinds of use it is meant to find
  for (const name of ['archive', 'user', 'sourceUsername', 'sourcePassword', 'destination', 'output', 'digest']) expect(used.has(name)).toBe(true);
  const unmapped = [...used].filter(([name]) => !FIELDS[name] && !DOCUMENT_FIELDS.includes(name)).map(([name, files]) => `${name} (${[...new Set(files)].join(', ')})`);
  expect(unmapped).toEqual([]);
  for (const name of used.keys()) {
    if (DOCUMENT_FIELDS.includes(name)) {
      expect(flagSuffix(name)).toBe('');
      expect(inputSuffix(name)).toBe('');
    } else {
      expect(flagSuffix(name)).toMatch(/^ \((--[a-z-]+|[A-Z]+)\)$/);
      expect(inputSuffix(name)).toMatch(/^ \(input "[a-z-]+"\)$/);
    }
  }
  // a document field is never also an option
  for (const name of DOCUMENT_FIELDS) expect(FIELDS[name]).toBeUndefined();
});

test('the action inputs the table names exist in the action metadata', () => {
  const inputs = new Set<string>();
  for (const file of ['action.yml', 'push/action.yml', 'merge/action.yml', 'copy/action.yml']) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const block = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'));
    for (const m of block.matchAll(/^ {2}([a-z-]+):/gm)) inputs.add(m[1]);
  }
  for (const [name, f] of Object.entries(FIELDS)) expect([name, inputs.has(f.input)]).toEqual([name, true]);
});

test('CLI: copy with --src-username for a folder SOURCE names --src-username', () => {
  const r = runCli(['copy', `oci:${path.join(work, 'nowhere')}`, `oci:${path.join(work, 'else')}`, '--src-username', 'u']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/\(--src-username\)$/m);
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

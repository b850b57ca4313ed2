#!/usr/bin/env node
// Prints the README's input/output tables from the action.yml files (the test
// test/readme.test.ts checks that the README holds exactly these tables).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

export function actionTables(dir) {
  const yml = parse(readFileSync(new URL(`../${dir}/action.yml`, import.meta.url), 'utf8'));
  const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = Object.entries(yml.inputs ?? {}).map(([n, i]) => `| \`${n}\` | ${i.default !== undefined ? `\`${esc(i.default)}\`` : i.required ? '(required)' : ''} | ${esc(i.description)} |`);
  const outs = Object.entries(yml.outputs ?? {}).map(([n, o]) => `| \`${n}\` | ${esc(o.description)} |`);
  return [`| Input | Default | Description |`, `|---|---|---|`, ...rows, '', `| Output | Description |`, `|---|---|`, ...outs].join('\n');
}

export const ACTION_DIRS = ['.', 'push', 'merge', 'copy'].filter((d) => existsSync(new URL(`../${d}/action.yml`, import.meta.url)));

const marker = (dir) => `<!-- ${dir === '.' ? 'action' : dir} table -->`;

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--write') {
  // Rewrites each table in README.md after its marker (a marker's table ends at the first
  // line that is neither a table row nor the blank line between the two tables).
  const readmeUrl = new URL('../README.md', import.meta.url);
  const lines = readFileSync(readmeUrl, 'utf8').split('\n');
  for (const dir of ACTION_DIRS) {
    const at = lines.indexOf(marker(dir));
    if (at < 0) throw new Error(`README.md has no ${marker(dir)} line`);
    let end = at + 1;
    while (end < lines.length && (lines[end].startsWith('|') || (lines[end] === '' && lines[end + 1]?.startsWith('| Output')))) end++;
    lines.splice(at + 1, end - at - 1, ...actionTables(dir).split('\n'));
  }
  writeFileSync(readmeUrl, lines.join('\n'));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of ACTION_DIRS) {
    console.log(marker(dir));
    console.log(actionTables(dir));
    console.log();
  }
}

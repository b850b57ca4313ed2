#!/usr/bin/env node
// Prints the README's input/output tables from the action.yml files (the test
// test/readme.test.ts checks that the README holds exactly these tables).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function actionTables(dir) {
  const yml = parse(readFileSync(new URL(`../${dir}/action.yml`, import.meta.url), 'utf8'));
  const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = Object.entries(yml.inputs ?? {}).map(([n, i]) => `| \`${n}\` | ${i.default !== undefined ? `\`${esc(i.default)}\`` : i.required ? '(required)' : ''} | ${esc(i.description)} |`);
  const outs = Object.entries(yml.outputs ?? {}).map(([n, o]) => `| \`${n}\` | ${esc(o.description)} |`);
  return [`| Input | Default | Description |`, `|---|---|---|`, ...rows, '', `| Output | Description |`, `|---|---|`, ...outs].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of ['.', 'push', 'merge']) {
    console.log(`<!-- ${dir === '.' ? 'action' : dir} table -->`);
    console.log(actionTables(dir));
    console.log();
  }
}

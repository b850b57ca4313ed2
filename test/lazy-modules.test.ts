// What a command loads before it runs: the modules its entry reaches by static value imports
// (type-only imports vanish when compiled). The README promises that `--version` loads no
// command, and that a build loads the validator only once its walk is over and the registry
// client only for a registry base or --push (both through dynamic imports).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
import { importsOf } from './helpers/imports.js';

const SRC = path.join(ROOT, 'src');

const valueImports = (file: string) => importsOf(readFileSync(file, 'utf8'), file, true);

/** Every module `entry` loads before its own code runs. */
function closure(entry: string): Set<string> {
  const seen = new Set([path.join(SRC, entry)]);
  const queue = [...seen];
  while (queue.length) {
    for (const m of valueImports(queue.shift()!)) {
      if (seen.has(m)) continue;
      seen.add(m);
      queue.push(m);
    }
  }
  return new Set([...seen].map((f) => path.relative(SRC, f)));
}

test('the parser skips type-only imports and sees the rest', () => {
  const build = closure('image/build.ts');
  expect(build.has('layer/walk.ts')).toBe(true); // a value import
  expect(build.has('registry/push.ts')).toBe(false); // `import type { PushResult }` only
});

test('--version and --help load no command', () => {
  const main = closure('cli/main.ts');
  expect([...main].filter((m) => m.startsWith('image/') || m.startsWith('registry/') || m.startsWith('validate/'))).toEqual([]);
});

test('a build loads neither the validator nor the registry client before it runs', () => {
  const build = closure('cli/build.ts');
  expect(build.has('image/build.ts')).toBe(true);
  for (const m of ['validate/validate.ts', 'validate/schema-validators.ts', 'registry/client.ts', 'registry/transport.ts', 'registry/push.ts', 'model/load.ts', 'model/open.ts']) {
    expect([m, build.has(m)]).toEqual([m, false]);
  }
});

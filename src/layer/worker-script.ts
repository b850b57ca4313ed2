// How to start one of our threads (the tar thread, the walk's helper): its own bundle in dist/
// (dist/tar-worker.js, dist/walk-helper.js) by file URL, beside this code or one folder up when
// this code sits in dist/chunks/. Run from the TypeScript sources (the tests), there is no .js to
// start, so the thread evaluates its main function's text, given the modules it names.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerScript(file: string, main: (...modules: never[]) => void, modules: string[]): { script: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    for (const rel of [`./${file}`, `../${file}`]) {
      const url = new URL(rel, here);
      if (existsSync(url)) return { script: url, eval: false };
    }
    throw new Error(`${file} is missing beside ${fileURLToPath(here)}: the installation is incomplete`);
  }
  return { script: `(${main.toString()})(${modules.map((m) => `require(${JSON.stringify(m)})`).join(', ')});`, eval: true };
}

// The relative modules a source file imports or re-exports statically, read from its text
// (comments stripped first). `valuesOnly` leaves out `import type`/`export type`, which vanish
// when compiled: what is left is what loading the file loads.
import path from 'node:path';

export function importsOf(text: string, file: string, valuesOnly = false): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const re = /(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (!(valuesOnly && m[1])) out.push(path.resolve(path.dirname(file), m[2].replace(/\.js$/, '.ts')));
  }
  return out;
}

// No module of src/ imports itself through others: every static import and re-export (type-only
// ones included, so a cycle cannot hide behind `import type` until someone adds a value) forms a
// graph without cycles. A cycle makes evaluation order decide whether a binding is set yet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/cli.js';
import { importsOf } from './helpers/imports.js';

const SRC = path.join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** One cycle of the graph as a list of files (first repeated at the end), or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 1 | 2>(); // 1: on the path, 2: done
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (state.get(m) === undefined && graph.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of graph.keys()) {
    if (state.get(n) === undefined) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return undefined;
}

describe('import cycles', () => {
  it('the parser sees import, import type, side-effect imports and re-exports, not comments', () => {
    const f = '/x/src/a/b.ts';
    const text = [
      "import { x } from './c.js';",
      "import type { Y } from '../d.js';",
      "import './e.js';",
      "export { z } from './f.js';",
      "export * from './g.js';",
      "import {\n  p,\n  q,\n} from './h.js';",
      "// import { no } from './comment.js';",
      "/* import { no } from './block.js'; */",
      "import path from 'node:path';",
    ].join('\n');
    expect(importsOf(text, f).map((p) => path.relative('/x/src', p))).toEqual(['a/c.ts', 'd.ts', 'a/e.ts', 'a/f.ts', 'a/g.ts', 'a/h.ts']);
  });

  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycle(g)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });

  it('src/ has none', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(20);
    const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8'), f)]));
    // every relative import names a file that exists
    for (const [f, deps] of graph) for (const d of deps) expect({ from: path.relative(SRC, f), to: graph.has(d) ? 'found' : path.relative(SRC, d) }).toEqual({ from: path.relative(SRC, f), to: 'found' });
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(SRC, f))).toBeUndefined();
  });
});

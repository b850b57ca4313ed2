#!/usr/bin/env node
// Benchmark of the image model's copy against skopeo, side by side in one run:
//   1. registry → registry of a ~1 GiB multi-layer image between two local registries
//      (`oci-bundle copy` vs `skopeo copy --all`), every round into a fresh repository;
//   2. push of a 5-layer image from an OCI layout (`oci-bundle push` vs `skopeo copy oci:…`).
// Prints wall seconds and peak RSS (medians, alternating rounds) and the ratios the issue bounds:
// peak RSS <= 128 MiB and wall <= 1.2x skopeo for (1); wall <= skopeo for (2).
// Not a test: timings depend on the machine. BENCH_ROUNDS (default 3), BENCH_COPY_MIB (default 1024).
// Layers are random bytes gzip'd at level 1 (written once into the OS temp folder and kept).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TOTAL_MIB = Number(process.env.BENCH_COPY_MIB ?? 1024);
const WORK = path.join(os.tmpdir(), 'oci-bundle-bench-copy');
const CLI_DIR = path.join(WORK, 'cli');
const CLI = path.join(CLI_DIR, 'cli.js');

const sha = (b) => 'sha256:' + createHash('sha256').update(b).digest('hex');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

async function startRegistry(name) {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = path.join(dir, 'config.yml');
  writeFileSync(config, ['version: 0.1', 'log:', '  level: error', '  accesslog:', '    disabled: true', 'storage:', '  filesystem:', `    rootdirectory: ${dir}/data`, 'http:', `  addr: 127.0.0.1:${port}`, ''].join('\n'));
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const host = `127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const ok = await globalThis.fetch(`http://${host}/v2/`).then((r) => r.status === 200, () => false);
    if (ok) return { host, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`registry ${name} did not start`);
}

/**
 * A layer: a tar of one file of random bytes, gzip'd at level 1 (as a build's layers are
 * compressed, so no tool spends time compressing them on the way). Returns its descriptor and
 * diff_id.
 */
async function writeLayer(blobs, mib, seed) {
  const tmp = path.join(WORK, `layer-${seed}.tar`);
  const fd = openSync(tmp, 'w');
  const size = mib * 1024 * 1024;
  const header = Buffer.alloc(512);
  header.write(`file-${seed}.bin`, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(size.toString(8).padStart(11, '0') + '\0', 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const diff = createHash('sha256');
  const put = (b) => {
    writeSync(fd, b);
    diff.update(b);
  };
  put(header);
  for (let left = size; left > 0; left -= 4 << 20) put(randomBytes(Math.min(left, 4 << 20)));
  put(Buffer.alloc(1024 + ((512 - (size % 512)) % 512)));
  closeSync(fd);
  const gz = `${tmp}.gz`;
  const h = createHash('sha256');
  let n = 0;
  await pipeline(createReadStream(tmp), zlib.createGzip({ level: 1 }), async function* (src) {
    for await (const c of src) {
      h.update(c);
      n += c.length;
      yield c;
    }
  }, createWriteStream(gz));
  rmSync(tmp);
  const digest = 'sha256:' + h.digest('hex');
  renameSync(gz, path.join(blobs, digest.slice(7)));
  return { desc: { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size: n }, diffId: 'sha256:' + diff.digest('hex') };
}

/** An OCI layout with `count` layers of `mib` MiB each (kept between runs). */
async function makeLayout(dir, count, mib) {
  if (existsSync(path.join(dir, 'index.json'))) return;
  rmSync(dir, { recursive: true, force: true });
  const blobs = path.join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const layers = [];
  for (let i = 0; i < count; i++) layers.push(await writeLayer(blobs, mib, `${path.basename(dir)}-${i}`));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) } }));
  writeFileSync(path.join(blobs, sha(config).slice(7)), config);
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length }, layers: layers.map((l) => l.desc) }),
  );
  writeFileSync(path.join(blobs, sha(manifest).slice(7)), manifest);
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha(manifest), size: manifest.length, annotations: { 'org.opencontainers.image.ref.name': 'bench' } }] }));
}

/** Wall seconds and peak RSS (MiB) of a command, under GNU time. */
function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', ...args], { encoding: 'utf8', env: { ...process.env, OCI_BUNDLE_CACHE: path.join(WORK, 'cache') } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)[1]) / 1024;
  return { wall, rss };
}

/** The digest of the manifest a name serves (its raw bytes, as skopeo reads them). */
function digestOf(name) {
  return sha(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', name]));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function row(name, runs) {
  const wall = median(runs.map((r) => r.wall));
  const rss = Math.max(...runs.map((r) => r.rss));
  process.stdout.write(`  ${name.padEnd(34)} ${wall.toFixed(2).padStart(7)} s   peak RSS ${rss.toFixed(0).padStart(4)} MiB\n`);
  return { wall, rss };
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), CLI_DIR], { cwd: ROOT, stdio: 'inherit' });
  process.stderr.write(`bench-copy: writing a ${TOTAL_MIB} MiB 8-layer image and a 5-layer image...\n`);
  const big = path.join(WORK, `big-${TOTAL_MIB}-gz`);
  const small = path.join(WORK, 'push-5x24-gz');
  await makeLayout(big, 8, Math.max(1, Math.round(TOTAL_MIB / 8)));
  await makeLayout(small, 5, 24);
  const a = await startRegistry('reg-a');
  let b;
  try {
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${big}:bench`, `docker://${a.host}/src/big:1`]);
    const want = digestOf(`docker://${a.host}/src/big:1`);
    const ours = [];
    const theirs = [];
    const pushOurs = [];
    const pushTheirs = [];
    for (let i = 0; i < ROUNDS; i++) {
      // A fresh destination registry each round: skopeo remembers where it put blobs (its blob
      // info cache) and would mount them from an earlier round's repository instead of copying.
      b = await startRegistry(`reg-b${i}`);
      const runs = [
        () => ours.push(timed([process.execPath, CLI, 'copy', `${a.host}/src/big:1`, `${b.host}/ours/big:1`])),
        () => theirs.push(timed(['skopeo', 'copy', '--quiet', '--all', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${a.host}/src/big:1`, `docker://${b.host}/skopeo/big:1`])),
        () => pushOurs.push(timed([process.execPath, CLI, 'push', small, `${b.host}/pushours/app:1`])),
        () => pushTheirs.push(timed(['skopeo', 'copy', '--quiet', '--dest-tls-verify=false', `oci:${small}:bench`, `docker://${b.host}/pushskopeo/app:1`])),
      ];
      // Alternate who goes first, so neither always meets a warmer registry.
      if (i % 2) [runs[0], runs[1], runs[2], runs[3]] = [runs[1], runs[0], runs[3], runs[2]];
      for (const run of runs) run();
      // Both really copied: each destination serves the source's manifest.
      for (const repo of ['ours', 'skopeo']) {
        const got = digestOf(`docker://${b.host}/${repo}/big:1`);
        if (got !== want) throw new Error(`${repo}: ${got} is not ${want}`);
      }
      b.stop();
      b = undefined;
      rmSync(path.join(WORK, `reg-b${i}`), { recursive: true, force: true });
    }
    process.stdout.write(`copy registry → registry, ${TOTAL_MIB} MiB in 8 layers (median of ${ROUNDS}):\n`);
    const o = row('oci-bundle copy', ours);
    const s = row('skopeo copy --all', theirs);
    process.stdout.write(`  ratio ${(o.wall / s.wall).toFixed(2)}x skopeo (bound 1.2x); peak RSS ${o.rss.toFixed(0)} MiB (bound 128 MiB)\n`);
    process.stdout.write(`push from a layout, 5 layers of 24 MiB (median of ${ROUNDS}):\n`);
    const po = row('oci-bundle push', pushOurs);
    const ps = row('skopeo copy oci: → docker://', pushTheirs);
    process.stdout.write(`  ratio ${(po.wall / ps.wall).toFixed(2)}x skopeo (bound 1.0x)\n`);
    const ok = o.rss <= 128 && o.wall <= 1.2 * s.wall && po.wall <= ps.wall;
    process.stdout.write(ok ? 'within bounds\n' : 'OUT OF BOUNDS\n');
  } finally {
    a.stop();
    b?.stop();
  }
}

await main();

// Runs an action bundle exactly as the runner does: node24, every input as INPUT_<NAME> with
// action.yml defaults filled in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP and the
// GITHUB_* context. A preload records which inputs the code read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, TEST_CACHE } from './cli.js';
import { node24 } from './node.js';

export interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function readActionYml(dir: string): ActionYml {
  return parse(readFileSync(path.join(ROOT, dir, 'action.yml'), 'utf8')) as ActionYml;
}

export interface ActionRun {
  status: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  inputsRead: string[];
  temp: string;
}

const PRELOAD = `
const fs = require('node:fs');
const read = new Set();
const real = process.env;
process.env = new Proxy(real, { get(t, k) { if (typeof k === 'string' && k.startsWith('INPUT_')) read.add(k); return t[k]; } });
process.on('exit', () => fs.writeFileSync(process.env.OCI_BUNDLE_TEST_INPUTS_READ, [...read].join('\\n')));
`;

/** Parses the GITHUB_OUTPUT file format (name<<delimiter ... delimiter). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
      out[m[1]] = body.join('\n');
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

export function runAction(dir: '.' | 'push' | 'merge', inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const yml = readActionYml(dir);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'oci-bundle-action-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  const readFile = path.join(temp, 'inputs-read');
  const preload = path.join(temp, 'preload.cjs');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(preload, PRELOAD);
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    let v = inputs[name] ?? spec.default ?? '';
    if (v === '${{ github.token }}') v = 'ghs_testtoken';
    inputEnv[`INPUT_${name.toUpperCase()}`] = v;
  }
  const main = path.join(ROOT, 'build', 'test-dist', path.basename(yml.runs.main));
  const r = spawnSync(node24(), ['--require', preload, main], {
    encoding: 'utf8',
    cwd: temp,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      OCI_BUNDLE_CACHE: TEST_CACHE,
      OCI_BUNDLE_TEST_INPUTS_READ: readFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/site',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_RUN_ID: '42',
      GITHUB_WORKSPACE: temp,
      ...inputEnv,
      ...env,
    },
  });
  let inputsRead: string[] = [];
  try {
    inputsRead = readFileSync(readFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    /* the process died before exit */
  }
  return {
    status: r.status ?? -1,
    stdout: String(r.stdout) + String(r.stderr),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    inputsRead,
    temp,
  };
}

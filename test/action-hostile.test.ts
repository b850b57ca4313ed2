// Registry- and user-derived text never reaches workflow commands or the job summary raw: a base
// layout and a merge source whose platform fields, annotations and ref names carry line breaks,
// "::error::", "::add-mask::", "##[" and HTML, run through the actions as the runner runs them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from './helpers/cli.js';
import { runAction, type ActionRun } from './helpers/action.js';
import { makeTree, tmpDir } from './helpers/fixtures.js';
import { escapeLogLine } from '../src/action/log.js';
import { summaryText } from '../src/action/summary.js';

const EVIL = '\n::error::pwned\r::add-mask::x\r\n  ::warning::w\u2028##[error]v1 %0A::error::pre-escaped <img src=x onerror=alert(1)>\n\n[click](https://evil.example) ![i](https://evil.example/i.png)';
const work = tmpDir();
const ctx = makeTree(path.join(work, 'ctx'));
const noDockerConfig = { DOCKER_CONFIG: path.join(work, 'empty-docker-config') };

/** The runner splits output into lines on CR, LF and CRLF (stdout and stderr alike). */
function lines(run: ActionRun): string[] {
  return run.stdout.split(/\r\n|\r|\n/);
}

/** Only the commands the action means: groups, debug, the token mask, at most one error. */
function expectNoInjectedCommands(run: ActionRun): void {
  const all = lines(run);
  expect(all.filter((l) => l.includes('##['))).toEqual([]);
  const commands = all.map((l) => l.trimStart()).filter((l) => l.startsWith('::'));
  const unexpected = commands.filter((c) => !/^::(group|endgroup|debug|warning|error)::/.test(c) && c !== '::add-mask::ghs_testtoken');
  expect(unexpected).toEqual([]);
  expect(commands.filter((c) => c.startsWith('::error::'))).toHaveLength(run.status === 0 ? 0 : 1);
  expect(commands.filter((c) => /^::(error::pwned|warning::w|error::pre-escaped)/.test(c))).toEqual([]);
}

/** The summary holds only our own tags, no blank line (which ends an HTML block) and no Markdown link. */
function expectInertSummary(run: ActionRun): void {
  const tags = run.summary.match(/<[^>]*>/g) ?? [];
  expect(tags.filter((t) => !/^<\/?(h2|h3|table|tr|th|td|code|pre|br)( lang="sh")?>$/.test(t))).toEqual([]);
  expect(run.summary).not.toMatch(/\n[ \t]*\n/);
  expect(run.summary).not.toMatch(/\]\(|<img/);
}

function putBlob(layout: string, text: string): { digest: string; size: number } {
  const bytes = Buffer.from(text);
  const hex = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(path.join(layout, 'blobs', 'sha256', hex), bytes);
  return { digest: `sha256:${hex}`, size: bytes.length };
}

function readBlob(layout: string, digest: string): any {
  return JSON.parse(readFileSync(path.join(layout, 'blobs', 'sha256', digest.slice(7)), 'utf8'));
}

/**
 * An OCI layout with ref "evil": an index of linux/amd64 and a second linux image whose platform,
 * config and annotations are hostile; and ref "evil-single": that hostile image alone.
 */
function hostileLayout(): string {
  const dir = path.join(work, 'hostile');
  const built = runCli(['build', ctx, '--output', dir, '--tag', 'good', '--source-date-epoch', '1']);
  if (built.status !== 0) throw new Error(built.stderr);
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
  const good = index.manifests[0];
  good.annotations = { 'org.opencontainers.image.ref.name': 'good' };
  const manifest = readBlob(dir, good.digest);
  const config = readBlob(dir, manifest.config.digest);
  const cfg = putBlob(dir, JSON.stringify({ ...config, architecture: `arm64${EVIL}`, variant: `v8${EVIL}`, 'os.version': EVIL }));
  const evil = putBlob(dir, JSON.stringify({ ...manifest, config: { ...manifest.config, ...cfg }, annotations: { 'org.opencontainers.image.description': EVIL } }));
  const idx = putBlob(
    dir,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: good.mediaType, digest: good.digest, size: good.size, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: good.mediaType, ...evil, platform: { os: 'linux', architecture: `arm64${EVIL}`, variant: `v8${EVIL}`, 'os.version': EVIL }, annotations: { 'org.example.note': EVIL } },
      ],
      annotations: { 'org.opencontainers.image.description': EVIL },
    }),
  );
  index.manifests.push({ mediaType: 'application/vnd.oci.image.index.v1+json', ...idx, annotations: { 'org.opencontainers.image.ref.name': 'evil' } });
  index.manifests.push({ mediaType: good.mediaType, ...evil, annotations: { 'org.opencontainers.image.ref.name': 'evil-single' } });
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  return dir;
}

const layout = hostileLayout();

describe('escaping functions', () => {
  test('a log line is one line, never starts a command, and decodes back to the message', () => {
    for (const m of [EVIL, '::error::x', '  ::add-mask::x', '\t::x::y', '100% done', 'a\u0085b', '%0A', '']) {
      const e = escapeLogLine(m);
      expect(e).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
      expect(e.trimStart().startsWith('::')).toBe(false);
      expect(e).not.toContain('##[');
      expect(decodeURIComponent(e)).toBe(m);
    }
  });

  test('a summary value is inert HTML that renders as the value', () => {
    const t = summaryText(EVIL);
    expect(t).not.toMatch(/[<>\n\r`[\]()]/);
    const decoded = t.replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe(EVIL);
    expect(summaryText('a\u0000b\u001bc')).toBe('a&#xFFFD;b&#xFFFD;c');
  });

  test('the action modules write to the log and summary only through them', () => {
    const dir = path.join(ROOT, 'src', 'action');
    const direct = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'log.ts')
      .flatMap((f) => (readFileSync(path.join(dir, f), 'utf8').match(/core\.(info|warning|error|notice|debug|setFailed)\(|process\.(stdout|stderr)\.write|console\./g) ?? []).map((m) => `${f}: ${m}`));
    expect(direct).toEqual([]);
  });
});

describe('build action with a hostile base', () => {
  test('the base platforms and annotations reach the log escaped and the summary inert', () => {
    const run = runAction('.', { context: ctx, base: `oci:${layout}:evil`, 'source-date-epoch': '1' });
    expectNoInjectedCommands(run);
    expectInertSummary(run);
    // accepted (no platform check where the base is read): it was reported, escaped
    if (run.status === 0) expect(run.stdout).toContain('linux/arm64%0A::error::pwned');
  });

  test('a base without the wanted platform fails with one ::error that lists the hostile ones escaped', () => {
    const run = runAction('.', { context: ctx, base: `oci:${layout}:evil`, platforms: 'linux/s390x' });
    expect(run.status).not.toBe(0);
    expectNoInjectedCommands(run);
  });

  test('a single-image base whose config carries the hostile platform', () => {
    const run = runAction('.', { context: ctx, base: `oci:${layout}:evil-single`, 'source-date-epoch': '1' });
    expectNoInjectedCommands(run);
    expectInertSummary(run);
  });

  test('a ref name with hostile text in the base input is refused or escaped', () => {
    const run = runAction('.', { context: ctx, base: `oci:${layout}:<img src=x onerror=alert(1)>::error::pwned` });
    expect(run.status).not.toBe(0);
    expectNoInjectedCommands(run);
  });
});

describe('inputs that are single values refuse line breaks', () => {
  test.each(['dest', 'workdir', 'user', 'base', 'context', 'output', 'archive', 'entrypoint', 'cmd', 'owner', 'compression'])('%s', (name) => {
    const run = runAction('.', { context: ctx, [name]: `x\n::error::pwned` });
    expect(run.status).not.toBe(0);
    const errors = lines(run).filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([`::error::input "${name}" must be a single line but holds a line break; give one value (lists go in inputs such as "tags")`]);
    expectNoInjectedCommands(run);
  });

  test('a JSON entrypoint may span lines', () => {
    const run = runAction('.', { context: ctx, entrypoint: '[\n  "/app/bin/run",\n  "--fast"\n]' });
    expect(run.status).toBe(0);
    const manifest = readBlob(run.outputs.layout, run.outputs.digest);
    expect(readBlob(run.outputs.layout, manifest.config.digest).config.Entrypoint).toEqual(['/app/bin/run', '--fast']);
  });
});

describe('merge action with a hostile source', () => {
  let registry: import('./helpers/registry.js').RunningRegistry;
  beforeAll(async () => {
    const { startRegistry } = await import('./helpers/registry.js');
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('the source platform reaches the log escaped and the summary inert', () => {
    const digestOf = (tag: string) => {
      execFileSync('skopeo', ['copy', '--dest-tls-verify=false', `oci:${layout}:${tag}`, `docker://${registry.host}/hostile/src:${tag}`], { stdio: 'pipe' });
      return execFileSync('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${registry.host}/hostile/src:${tag}`], { encoding: 'utf8' }).trim();
    };
    const sources = [`${registry.host}/hostile/src@${digestOf('good')}`, `${registry.host}/hostile/src@${digestOf('evil-single')}`];
    const run = runAction('merge', { tags: `${registry.host}/hostile/merged:1`, sources: sources.join('\n') }, noDockerConfig);
    expectNoInjectedCommands(run);
    expectInertSummary(run);
    if (run.status === 0) expect(run.summary).toContain('&lt;img');
  });
});

describe('the CLI in a workflow run step', () => {
  test('its progress on stderr carries the hostile base platforms escaped (the runner reads stderr too)', () => {
    const r = runCli(['build', ctx, '--base', `oci:${layout}:evil`, '--output', path.join(work, 'cli-out'), '--source-date-epoch', '1'], { env: { GITHUB_ACTIONS: 'true' } });
    const all = r.stderr.split(/\r\n|\r|\n/);
    expect(all.filter((l) => l.trimStart().startsWith('::') || l.includes('##['))).toEqual([]);
    if (r.status === 0) {
      expect(r.stderr).toContain('%0A::error::pwned');
      expect(r.stdout).toMatch(/^sha256:[a-f0-9]{64}\n$/);
    }
  });
});

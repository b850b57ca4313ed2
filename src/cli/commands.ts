// The command table. Each command lives in its own module and only parses input and prints; a
// module (and what it pulls in: the registry client, the validator's schemas, the builder) is
// loaded only when its command runs, so `--version` and `--help` cost no more than Node's start.
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

type CommandModule = Command;

function lazy(summary: string, load: () => Promise<CommandModule>): Command {
  return { summary, run: async (argv) => (await load()).run(argv) };
}

export const COMMANDS: Record<string, Command> = {
  build: lazy('build an OCI image from a folder into an OCI layout', () => import('./build.js')),
  validate: lazy('check an OCI image layout or oci-archive against the image spec', () => import('./validate.js')),
  push: lazy('push an image from an OCI layout to one or more registry references', () => import('./push.js')),
  merge: lazy('join single-platform images (repo@sha256:…) into one multi-platform index', () => import('./merge.js')),
  unpack: lazy('unpack an image from an OCI layout into a runtime bundle for runc', () => import('./unpack.js')),
  copy: lazy('copy an image between registries, OCI layouts and archives (promote, retag, export)', () => import('./copy.js')),
  referrers: lazy("list an image's referrers (SBOM, provenance) or print one", () => import('./referrers.js')),
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `Usage: oci-bundle <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "oci-bundle <command> --help" for a command's options.\n`;
}

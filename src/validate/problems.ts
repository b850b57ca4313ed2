// What the validator reports: one Problem per broken rule, with where it is and which rule.
// MUST rules of the spec are errors, SHOULD rules warnings; notes (e.g. "Docker v2 schema 2
// manifest") are info. Only errors make a layout invalid.

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** The path from the layout root, e.g. `index.json → manifests[0] → layers[2]`. */
  where: string;
  /** A stable rule id, e.g. `blob-digest`, `config-diff-id`, `layer-path-escape`. */
  rule: string;
  message: string;
  /** The blob the problem is about (a layer, config, manifest or index), when it is about one. */
  digest?: string;
}

/** Where problems are added: the collector itself, or a view of it that tags a blob's digest. */
export interface ProblemSink {
  add(severity: Severity, where: string, rule: string, message: string, scope?: string): void;
  error(where: string, rule: string, message: string, scope?: string): void;
  warn(where: string, rule: string, message: string, scope?: string): void;
  info(where: string, rule: string, message: string, scope?: string): void;
}

export interface ValidationReport {
  /** No error-level problems. Warnings and notes do not make a layout invalid. */
  valid: boolean;
  problems: Problem[];
  /** What was checked (for the summary line). */
  stats: ValidationStats;
}

export interface ValidationStats {
  indexes: number;
  manifests: number;
  configs: number;
  layers: number;
  /** Distinct blobs whose content was hashed. */
  blobsHashed: number;
  /** Bytes of blob content read while hashing. */
  bytesHashed: number;
}

/** Joins location steps: where('index.json', 'manifests[0]') → "index.json → manifests[0]". */
export function where(...parts: Array<string | undefined>): string {
  return parts.filter((p) => p !== undefined && p !== '').join(' → ');
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** One line for humans: `error: index.json → manifests[0] → layers[2]: message [rule]`. */
export function formatProblem(p: Problem): string {
  return `${LABEL[p.severity]}: ${p.where ? p.where + ': ' : ''}${p.message} [${p.rule}]`;
}

/**
 * Collects problems in discovery order. A per-rule cap per scope keeps a pathological blob
 * (a layer with a million bad entries) from flooding the report or the memory.
 */
export class Problems implements ProblemSink {
  readonly list: Problem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly suppressed = new Map<string, { p: Problem; n: number }>();

  constructor(private readonly capPerScope = 25) {}

  add(severity: Severity, where: string, rule: string, message: string, scope?: string, digest?: string): void {
    if (scope !== undefined) {
      const key = `${scope}\0${rule}`;
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      if (n > this.capPerScope) {
        const s = this.suppressed.get(key);
        if (s) s.n++;
        else this.suppressed.set(key, { p: { severity, where: scope, rule, message: '', ...(digest ? { digest } : {}) }, n: 1 });
        return;
      }
    }
    this.list.push({ severity, where, rule, message, ...(digest ? { digest } : {}) });
  }

  /** The same collector, with every problem added through it about the blob `digest`. */
  about(digest: string): ProblemSink {
    return {
      add: (severity, where, rule, message, scope) => this.add(severity, where, rule, message, scope, digest),
      error: (where, rule, message, scope) => this.add('error', where, rule, message, scope, digest),
      warn: (where, rule, message, scope) => this.add('warning', where, rule, message, scope, digest),
      info: (where, rule, message, scope) => this.add('info', where, rule, message, scope, digest),
    };
  }

  error(where: string, rule: string, message: string, scope?: string): void {
    this.add('error', where, rule, message, scope);
  }
  warn(where: string, rule: string, message: string, scope?: string): void {
    this.add('warning', where, rule, message, scope);
  }
  info(where: string, rule: string, message: string, scope?: string): void {
    this.add('info', where, rule, message, scope);
  }

  /** Adds one summary line per capped rule ("… and 120 more like this"). */
  flushSuppressed(): void {
    for (const { p, n } of this.suppressed.values()) {
      this.list.push({ ...p, message: `${n} more problem${n === 1 ? '' : 's'} of this kind not listed` });
    }
    this.suppressed.clear();
  }

  hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

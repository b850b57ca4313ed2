import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);

// src/util/log.ts
function escapeLogLine(message) {
  let s = message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  s = s.replace(/[\u0085\u2028\u2029]/g, (c) => encodeURIComponent(c)).replace(/##\[/g, "#%23[");
  const lead = /^\s*/.exec(s)[0].length;
  if (s.startsWith("::", lead)) s = s.slice(0, lead) + "%3A" + s.slice(lead + 1);
  return s;
}
function line(m) {
  return process.env.GITHUB_ACTIONS === "true" ? escapeLogLine(m) : m;
}
function errorLine(m) {
  return process.env.GITHUB_ACTIONS === "true" ? escapeLogLine(m) : m.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}
var stderrLogger = {
  info: (m) => process.stderr.write(line(m) + "\n"),
  warn: (m) => process.stderr.write(line("warning: " + m) + "\n"),
  debug: (m) => {
    if (debugEnabled()) process.stderr.write(line("debug: " + m) + "\n");
  }
};
var silentLogger = { info: () => {
}, warn: () => {
}, debug: () => {
} };
function humanSize(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = -1;
  do {
    v /= 1024;
    i++;
  } while (v >= 1024 && i < units.length - 1);
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function debugEnabled(env = process.env) {
  const v = (env.OCI_BUNDLE_DEBUG ?? "").trim().toLowerCase();
  return v !== "" && v !== "0" && v !== "false";
}

export {
  escapeLogLine,
  errorLine,
  stderrLogger,
  silentLogger,
  humanSize,
  debugEnabled
};

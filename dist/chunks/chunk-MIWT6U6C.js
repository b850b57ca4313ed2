import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  parseReference,
  repositoryName
} from "./chunk-GDDSSVQK.js";

// src/action/refs.ts
function repositoryOf(ref) {
  return repositoryName(parseReference(ref));
}

// src/action/summary.ts
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function summaryText(value) {
  return value.replace(/[&<>"'`*_[\]()!|\\~#\u2028\u2029\p{Cc}]/gu, (c) => {
    if (ENTITY[c]) return ENTITY[c];
    if (new RegExp("\\p{Cc}", "u").test(c) && !"	\r\n".includes(c)) return "&#xFFFD;";
    return `&#${c.codePointAt(0)};`;
  });
}
function summaryCode(value) {
  return `<code>${summaryText(value)}</code>`;
}

export {
  repositoryOf,
  summaryText,
  summaryCode
};

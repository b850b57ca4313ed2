import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  derivedConfig,
  rfc3339,
  scratchConfig,
  sortedRecord
} from "./chunk-6EMAODDR.js";
import {
  parseEpoch
} from "./chunk-UHNQPGPK.js";
import {
  imageEntries,
  pickPlatform,
  platformList
} from "./chunk-SAE2HFOO.js";
import {
  checkArchivePath,
  coolTarThread,
  produceTar,
  warmTarThread,
  writeArchive
} from "./chunk-7IY3LMRQ.js";
import {
  ContextWalk,
  compareBytes,
  loadIgnoreFile,
  sourcePath
} from "./chunk-VXXBAIRV.js";
import {
  LayoutWriter
} from "./chunk-WCOFHWLI.js";
import {
  destinationRegistries,
  formatReference,
  parseReference
} from "./chunk-GDDSSVQK.js";
import {
  verifyDocument
} from "./chunk-ZTXNH7V2.js";
import {
  configPlatform,
  platformString
} from "./chunk-ESWPBDHS.js";
import {
  TarReader
} from "./chunk-G2QEMWTQ.js";
import {
  humanSize
} from "./chunk-S37OTTBW.js";
import {
  COMPRESSION,
  layerReadable,
  requireAvailable
} from "./chunk-CCQRFRUT.js";
import {
  BASE_DIGEST,
  BASE_NAME,
  CREATED,
  MediaType,
  isForeignLayer,
  isIndex,
  isManifest,
  layerCompression,
  layerMediaType,
  parseDigest,
  readVerifiedBytes
} from "./chunk-ODBDDFK3.js";
import {
  UsageError,
  UserError,
  __commonJS,
  __toESM,
  fsError
} from "./chunk-S5NN2QBC.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path6, { windows } = {}) => {
      const segs = path6.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/layer/compress.ts
import zlib2 from "node:zlib";

// src/layer/gzip.ts
import zlib from "node:zlib";

// src/layer/chunks.ts
function releaseBuffer(buffer) {
  const ab = buffer;
  if (typeof ab.transfer !== "function" || ab instanceof SharedArrayBuffer) return;
  try {
    ab.transfer(0);
  } catch {
  }
}
var ChunkPipeline = class {
  constructor(sink, job, o) {
    this.sink = sink;
    this.job = job;
    this.o = o;
    this.buf = Buffer.allocUnsafeSlow(o.chunkSize);
    this.waiting = o.waiting ?? 2 * o.concurrency;
  }
  sink;
  job;
  o;
  buf;
  fill = 0;
  previous;
  /** In order of dispatch; the head is the next to write. */
  jobs = [];
  running = 0;
  /** Wakes a dispatch waiting for a job to settle. */
  wake;
  /** Chunk buffers to reuse: the stream passes through a few buffers, not one per chunk. */
  free = [];
  waiting;
  async push(data) {
    let off = 0;
    while (off < data.length) {
      if (this.fill === this.o.chunkSize) await this.dispatch(false);
      const n = Math.min(this.o.chunkSize - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
    }
  }
  /** Sends the last chunk (empty only when there was no input at all) and writes what is left. */
  async finish() {
    await this.dispatch(true);
    while (this.jobs.length) await this.writeHead();
  }
  async dispatch(last) {
    const buf = this.buf;
    const chunk = buf.subarray(0, this.fill);
    const job = { out: this.job(chunk, last, this.previous), settled: false };
    this.running++;
    const settle = () => {
      job.settled = true;
      this.running--;
      this.free.push(buf);
      this.wake?.();
    };
    job.out.then(settle, settle);
    this.jobs.push(job);
    this.previous = chunk;
    this.buf = this.free.pop() ?? Buffer.allocUnsafeSlow(this.o.chunkSize);
    this.fill = 0;
    for (; ; ) {
      while (this.jobs.length && this.jobs[0].settled) await this.writeHead();
      const done = this.jobs.length - this.running;
      if (this.running < this.o.concurrency && done < this.waiting) return;
      await new Promise((r) => this.wake = r);
      this.wake = void 0;
    }
  }
  async writeHead() {
    const out = await this.jobs.shift().out;
    await this.sink.write(out);
    releaseBuffer(out.buffer);
  }
};

// src/layer/gzip.ts
var OutputSizer = class {
  constructor(bound) {
    this.bound = bound;
  }
  bound;
  ratio;
  size(n) {
    const b = this.bound(n);
    return this.ratio === void 0 ? b : Math.min(b, Math.ceil(n * this.ratio * 1.25) + 8192);
  }
  record(input, output) {
    if (input > 0) this.ratio = output / input;
  }
};
function deflateChunk(chunk, opts, sizer) {
  return new Promise((resolve, reject) => {
    const z = zlib.createDeflateRaw({ ...opts, chunkSize: sizer.size(chunk.length) });
    const pieces = [];
    z.on("data", (b) => pieces.push(b));
    z.on("error", reject);
    z.on("end", () => {
      const out = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
      if (pieces.length > 1) new Set(pieces.map((p) => p.buffer)).forEach((ab) => releaseBuffer(ab));
      sizer.record(chunk.length, out.length);
      resolve(out);
    });
    z.end(chunk);
  });
}
function deflateBound(n) {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 64;
}
var GZIP_CHUNK = 256 * 1024;
var DICT = 32 * 1024;
function gzipHeader(level) {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
var ParallelGzip = class {
  constructor(sink, opts) {
    this.sink = sink;
    this.level = opts.level;
    this.chunks = new ChunkPipeline(sink, (chunk, last, previous) => this.deflate(chunk, last, previous), {
      chunkSize: GZIP_CHUNK,
      // Six running keep libuv's four threads busy; each costs its input and zlib's state (~550 KiB),
      // a result waiting its turn only its output (a quarter of that on text).
      concurrency: Math.max(1, opts.concurrency ?? 6)
    });
  }
  sink;
  level;
  chunks;
  crc = 0;
  total = 0;
  started = false;
  sizer = new OutputSizer(deflateBound);
  /** Each chunk: raw deflate with the previous chunk's last 32 KiB as dictionary, sync-flushed (finished if last). */
  deflate(chunk, last, previous) {
    this.crc = zlib.crc32(chunk, this.crc);
    this.total = (this.total + chunk.length) % 4294967296;
    const opts = { level: this.level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (previous) opts.dictionary = previous.subarray(previous.length - DICT);
    return deflateChunk(chunk, opts, this.sizer);
  }
  async header() {
    if (this.started) return;
    this.started = true;
    await this.sink.write(gzipHeader(this.level));
  }
  async push(data) {
    await this.header();
    await this.chunks.push(data);
  }
  async finish() {
    await this.header();
    await this.chunks.finish();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.total >>> 0, 4);
    await this.sink.write(trailer);
  }
};

// src/layer/compress.ts
var DEFAULT_LEVEL = { gzip: 5, zstd: 3, none: 0 };
var LEVEL_RANGE = { gzip: [1, 9], zstd: [1, 19], none: [0, 0] };
function parseCompression(s) {
  if (s === "gzip" || s === "zstd" || s === "none") return s;
  throw new UserError(`unknown compression "${s}"; use gzip, zstd or none`);
}
function checkLevel(compression, level) {
  if (level === void 0) return DEFAULT_LEVEL[compression];
  const [lo, hi] = LEVEL_RANGE[compression];
  if (!Number.isInteger(level) || level < lo || level > hi) {
    if (compression === "none") throw new UserError("--compression-level has no meaning with --compression none; drop it");
    throw new UserError(`compression level ${level} is out of range for ${compression}; use ${lo} to ${hi}`);
  }
  return level;
}
function createCompressor(compression, level, sink) {
  switch (compression) {
    case "gzip":
      return new ParallelGzip(sink, { level });
    case "zstd":
      return new ParallelZstd(sink, level);
    case "none":
      return { push: (d) => sink.write(d), finish: async () => {
      } };
  }
}
var ZSTD_CHUNK = 4 * 1024 * 1024;
var ParallelZstd = class {
  chunks;
  create;
  params;
  endFlush;
  constructor(sink, level, concurrency = 3) {
    requireAvailable("zstd", "zstd compression");
    const z = zlib2;
    this.create = z.createZstdCompress;
    this.endFlush = z.constants.ZSTD_e_end;
    this.params = { [z.constants.ZSTD_c_compressionLevel]: level, [z.constants.ZSTD_c_checksumFlag]: 1 };
    this.chunks = new ChunkPipeline(sink, (chunk) => this.frame(chunk), { chunkSize: ZSTD_CHUNK, concurrency, waiting: concurrency });
  }
  push(data) {
    return this.chunks.push(data);
  }
  finish() {
    return this.chunks.finish();
  }
  /**
   * One chunk to one frame, compressed in a single pass: the whole chunk is written with
   * ZSTD_e_end into an output buffer of at least ZSTD_compressBound, so libzstd knows the size up
   * front (the frame records it) and compresses straight into the output — 5% smaller and cheaper
   * than streaming the chunk in. The frame's bytes depend on that buffer being big enough, so its
   * size is a function of the chunk's length only, never of earlier results.
   * The stream is closed after the write, not ended: ending it would flush a second, empty frame.
   */
  frame(chunk) {
    return new Promise((resolve, reject) => {
      const z = this.create({ params: this.params, flush: this.endFlush, chunkSize: chunk.length + (chunk.length >> 7) + 1024 });
      const pieces = [];
      z.on("data", (b) => pieces.push(b));
      z.on("error", reject);
      z.write(chunk, (e) => {
        z.close();
        if (e) reject(e);
        else resolve(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
      });
    });
  }
};

// src/util/source-date.ts
import { spawn } from "node:child_process";
async function resolveSourceDateEpoch(explicit, context) {
  if (explicit !== void 0 && explicit !== "") return { epoch: parseEpoch(explicit, "--source-date-epoch"), from: "--source-date-epoch" };
  const env = process.env.SOURCE_DATE_EPOCH;
  if (env !== void 0 && env !== "") return { epoch: parseEpoch(env, "SOURCE_DATE_EPOCH"), from: "SOURCE_DATE_EPOCH" };
  const t = await headCommitTime(context);
  if (t !== void 0) return { epoch: t, from: "the git commit time of HEAD" };
  return { epoch: 0, from: "the default (0)" };
}
function headCommitTime(context) {
  const args = [
    "--no-pager",
    "-c",
    "log.showSignature=false",
    "-c",
    "core.fsmonitor=false",
    "-c",
    "core.pager=cat",
    "-c",
    "protocol.allow=never",
    "-C",
    context,
    "log",
    "-1",
    "--no-show-signature",
    "--no-color",
    "--format=%ct"
  ];
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    PAGER: "cat",
    GIT_NO_LAZY_FETCH: "1"
  };
  for (const k of ["GIT_ASKPASS", "SSH_ASKPASS", "GIT_EXTERNAL_DIFF", "GIT_SSH", "GIT_SSH_COMMAND"]) delete env[k];
  return new Promise((resolve) => {
    let out = "";
    let child;
    try {
      child = spawn("git", args, { env, stdio: ["ignore", "pipe", "ignore"], windowsHide: true, timeout: 3e4, killSignal: "SIGKILL" });
    } catch {
      resolve(void 0);
      return;
    }
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => {
      if (out.length < 64) out += d;
    });
    child.on("error", () => resolve(void 0));
    child.on("close", (code) => {
      const t = out.trim();
      resolve(code === 0 && /^\d+$/.test(t) ? Number(t) : void 0);
    });
  });
}

// src/image/tags.ts
function tagOf(ref) {
  if (!ref.trim()) throw new UserError("--tag is empty; give an image reference like ghcr.io/owner/app:1.0");
  let parsed;
  try {
    parsed = parseReference(ref.trim());
  } catch (e) {
    throw new UserError(`--tag "${ref}" is not a valid image reference: ${e.message}`);
  }
  if (parsed.digest && !parsed.tag) throw new UserError(`--tag "${ref}" names a digest; a tag is a name like ghcr.io/owner/app:1.0`);
  return parsed.tag ?? "latest";
}

// src/image/build.ts
import path5 from "node:path";
import { promises as fs7 } from "node:fs";

// src/layer/plan.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import path from "node:path";
var DEPENDENCY_MTIME = 0;
function destPrefix(dest) {
  if (!dest.startsWith("/")) throw new UserError(`--dest "${dest}" must be an absolute path in the image, like /app`);
  if (dest.split("/").includes("..")) throw new UserError(`--dest "${dest}" must not contain ".."`);
  return path.posix.normalize(dest).replace(/^\/+/, "").replace(/\/+$/, "");
}
function addParents(set, name) {
  for (let i = name.lastIndexOf("/"); i > 0; i = name.lastIndexOf("/", i - 1)) {
    const p = name.slice(0, i);
    if (set.has(p)) return;
    set.add(p);
  }
}
function parentsOf(name) {
  const parts = name.split("/");
  const out = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join("/"));
  return out;
}
function planLayers(entries, opts) {
  return opts.layerGlobs.length === 0 ? [planOne(entries, opts)] : planByGlobs(entries, opts);
}
function planOne(entries, opts) {
  const plan = new SinglePlan(opts);
  plan.add(entries);
  return plan;
}
var SinglePlan = class _SinglePlan {
  root;
  selector = ".";
  entries = [];
  files = 0;
  bytes = 0;
  /** Set while the walk is not over. */
  pending;
  defaults;
  firstOfInode;
  constructor(opts) {
    this.root = opts.root;
    const prefix = destPrefix(opts.dest);
    const destChain = prefix ? [...opts.parents === false ? [] : parentsOf(prefix), prefix] : [];
    const header = headerMaker(opts);
    for (const d of destChain) this.entries.push({ header: header(d + "/", "dir", 493, 0) });
    this.defaults = { base: prefix ? prefix + "/" : "", uid: opts.uid, gid: opts.gid, mtime: opts.mtime };
  }
  /** A plan that lists `walk`'s entries as they are asked for (or walked ahead). */
  static streamFrom(walk, opts) {
    const plan = new _SinglePlan(opts);
    let head = 0;
    const more = (n) => {
      const walked = walk.take(n);
      if (walked.length === 0) {
        plan.pending = void 0;
        return false;
      }
      plan.add(walked);
      return true;
    };
    plan.pending = {
      next(max) {
        while (head === plan.entries.length) if (!more(max)) return [];
        const out = plan.entries.slice(head, head + max);
        head += out.length;
        return out;
      },
      walkAhead: (n) => more(n) && plan.pending !== void 0
    };
    return plan;
  }
  add(walked) {
    const d = this.defaults;
    for (const e of walked) {
      if (e.rel === "") continue;
      let first;
      if (e.type !== "dir") this.files++;
      if (e.type === "file") {
        if (e.inode !== void 0) {
          first = (this.firstOfInode ??= /* @__PURE__ */ new Map()).get(e.inode);
          if (first === void 0) this.firstOfInode.set(e.inode, d.base + e.rel);
        }
        if (first === void 0) this.bytes += e.size;
      }
      this.entries.push(new WalkedEntry(e, d, first));
    }
  }
};
function keySegments(d) {
  const ids = `${d.uid}\0${d.gid}\0`;
  return {
    dir: `/\0dir\0${493}\0${ids}0\0${d.mtime}\0\0\0`,
    symlink: `\0symlink\0${511}\0${ids}0\0${d.mtime}\0`,
    file: `\0file\0${420}\0${ids}`,
    fileExec: `\0file\0${493}\0${ids}`,
    afterSize: `\0${d.mtime}\0\0`,
    hardlink: `\0hardlink\0${420}\0${ids}0\0${d.mtime}\0`,
    hardlinkExec: `\0hardlink\0${493}\0${ids}0\0${d.mtime}\0`
  };
}
var WalkedEntry = class {
  constructor(w, d, first) {
    this.w = w;
    this.d = d;
    this.first = first;
  }
  w;
  d;
  first;
  get source() {
    return this.w.type === "file" && this.first === void 0 ? this.w : void 0;
  }
  keyLineBound() {
    const { w } = this;
    return 3 * (this.d.base.length + w.rel.length + (w.linkTarget?.length ?? 0) + (this.first?.length ?? 0) + (w.raw ?? w.rel).length) + 160;
  }
  /**
   * Writes this entry's line of the layer key (layer-cache.ts: the same bytes as the line made from
   * its header and source) without making the header: on a tree of 100k files, the key of an
   * unchanged rebuild in a third of the time.
   */
  writeKeyLine(buf, off) {
    const { w, d } = this;
    const k = d.key ??= keySegments(d);
    if (d.base) off += buf.write(d.base, off, "utf8");
    off += buf.write(w.rel, off, "utf8");
    if (w.type === "dir") off += buf.write(k.dir, off, "latin1");
    else if (w.type === "symlink") {
      off += buf.write(k.symlink, off, "latin1");
      off += buf.write(w.linkTarget ?? "", off, "utf8");
      off += buf.write("\0\0", off, "latin1");
    } else if (this.first !== void 0) {
      off += buf.write(w.executable ? k.hardlinkExec : k.hardlink, off, "latin1");
      off += buf.write(this.first, off, "utf8");
      off += buf.write("\0\0", off, "latin1");
    } else {
      off += buf.write(w.executable ? k.fileExec : k.file, off, "latin1");
      off += buf.write(String(w.size), off, "latin1");
      off += buf.write(k.afterSize, off, "latin1");
      off += buf.write(w.raw ?? w.rel, off, "utf8");
      buf[off++] = 0;
      if (w.stamp) off += buf.write(w.stamp, off, "latin1");
      buf[off++] = 10;
      return off;
    }
    buf[off++] = 10;
    return off;
  }
  get header() {
    const { w, d } = this;
    const name = d.base + w.rel;
    if (w.type === "dir") return makeHeader(name + "/", "dir", 493, d, 0, void 0);
    if (w.type === "symlink") return makeHeader(name, "symlink", 511, d, 0, w.linkTarget);
    const mode = w.executable ? 493 : 420;
    return this.first === void 0 ? makeHeader(name, "file", mode, d, w.size, void 0) : makeHeader(name, "hardlink", mode, d, 0, this.first);
  }
};
function makeHeader(name, type, mode, d, size, linkname) {
  return { name, type, mode, uid: d.uid, gid: d.gid, size, mtime: d.mtime, linkname };
}
function headerMaker(opts) {
  return (name, type, mode, size, linkname) => makeHeader(name, type, mode, opts, size, linkname);
}
function planByGlobs(entries, opts) {
  const prefix = destPrefix(opts.dest);
  const join = (rel) => prefix && rel ? `${prefix}/${rel}` : prefix || rel;
  const matchers = opts.layerGlobs.map((g) => {
    if (!g.trim()) throw new UserError('--layer needs a glob, like "node_modules/**"');
    return (0, import_picomatch.default)(g, { dot: true });
  });
  const rest = matchers.length;
  const byRel = new Map(entries.map((e) => [e.rel, e]));
  const own = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Set();
  const cover = (rel) => {
    addParents(covered, rel);
    covered.add("");
  };
  for (const e of entries) {
    if (e.type === "dir") continue;
    const i = matchers.findIndex((m) => m(e.rel));
    own.set(e.rel, i < 0 ? rest : i);
    cover(e.rel);
  }
  for (let k = entries.length - 1; k >= 0; k--) {
    const e = entries[k];
    if (e.type !== "dir" || covered.has(e.rel)) continue;
    if (e.rel === "") continue;
    const i = matchers.findIndex((m) => m(e.rel) || m(e.rel + "/"));
    own.set(e.rel, i < 0 ? rest : i);
    cover(e.rel);
  }
  const destChain = prefix ? [...opts.parents === false ? [] : parentsOf(prefix), prefix] : [];
  const plans = [];
  for (let layer = 0; layer <= rest; layer++) {
    const rels = [...own].filter(([, l]) => l === layer).map(([r]) => r);
    if (rels.length === 0) continue;
    const dirs = /* @__PURE__ */ new Set([""]);
    for (const r of rels) addParents(dirs, r);
    const mtime = layer < rest ? DEPENDENCY_MTIME : opts.mtime;
    plans.push(makePlan(layer < rest ? opts.layerGlobs[layer] : ".", rels, dirs, destChain, byRel, join, { ...opts, mtime }));
  }
  if (plans.length === 0) plans.push(makePlan(".", [], /* @__PURE__ */ new Set([""]), destChain, byRel, join, opts));
  return plans;
}
function makePlan(selector, rels, dirs, destChain, byRel, join, opts) {
  const header = headerMaker(opts);
  const items = [];
  for (const d of destChain) items.push({ header: header(d + "/", "dir", 493, 0) });
  for (const d of dirs) {
    const name = join(d);
    if (!name) continue;
    if (destChain.includes(name)) continue;
    items.push({ header: header(name + "/", "dir", 493, 0) });
  }
  let files = 0;
  let bytes = 0;
  for (const r of rels) {
    if (dirs.has(r)) continue;
    const e = byRel.get(r);
    const name = join(r);
    if (e.type === "dir") items.push({ header: header(name + "/", "dir", 493, 0) });
    else if (e.type === "symlink") {
      files++;
      items.push({ header: header(name, "symlink", 511, 0, e.linkTarget) });
    } else {
      files++;
      bytes += e.size;
      items.push({ header: header(name, "file", e.executable ? 493 : 420, e.size), source: e });
    }
  }
  const bare = (n) => n.endsWith("/") ? n.length - 1 : n.length;
  items.sort((a, b) => compareBytes(a.header.name, b.header.name, bare(a.header.name), bare(b.header.name)));
  const firstOfInode = /* @__PURE__ */ new Map();
  for (const it of items) {
    const ino = it.source?.inode;
    if (!ino) continue;
    const first = firstOfInode.get(ino);
    if (first === void 0) firstOfInode.set(ino, it.header.name);
    else {
      bytes -= it.header.size;
      it.header = header(it.header.name, "hardlink", it.header.mode, 0, first);
      it.source = void 0;
    }
  }
  return { root: opts.root, selector, entries: items, files, bytes };
}

// src/layer/layer.ts
import { promises as fs4 } from "node:fs";

// src/layer/sink.ts
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
var BlobFileSink = class _BlobFileSink {
  constructor(fh) {
    this.fh = fh;
  }
  fh;
  static BUFFER = 256 * 1024;
  hash = createHash("sha256");
  size = 0;
  buf = Buffer.allocUnsafeSlow(_BlobFileSink.BUFFER);
  spare = Buffer.allocUnsafeSlow(_BlobFileSink.BUFFER);
  fill = 0;
  inflight = Promise.resolve();
  static async create(path6) {
    return new _BlobFileSink(await fs.open(path6, "w"));
  }
  async write(data) {
    this.hash.update(data);
    this.size += data.length;
    let off = 0;
    while (off < data.length) {
      const n = Math.min(_BlobFileSink.BUFFER - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
      if (this.fill === _BlobFileSink.BUFFER) await this.flush();
    }
  }
  async flush() {
    if (this.fill === 0) return;
    await this.inflight;
    const out = this.buf.subarray(0, this.fill);
    [this.buf, this.spare] = [this.spare, this.buf];
    this.fill = 0;
    const fh = this.fh;
    this.inflight = (async () => {
      let off = 0;
      while (off < out.length) off += (await fh.write(out, off, out.length - off)).bytesWritten;
    })();
    this.inflight.catch(() => {
    });
  }
  async close() {
    await this.flush();
    await this.inflight;
    await this.fh.close();
    return "sha256:" + this.hash.digest("hex");
  }
  async abort() {
    await this.inflight.catch(() => {
    });
    await this.fh.close().catch(() => {
    });
  }
};

// src/layer/layer-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { promises as fs3 } from "node:fs";
import path3 from "node:path";

// src/layout/blob-cache.ts
import { createReadStream, promises as fs2 } from "node:fs";
import { createHash as createHash2, randomBytes } from "node:crypto";
import os from "node:os";
import path2 from "node:path";
function defaultCacheDir() {
  const env = process.env;
  if (env.OCI_BUNDLE_CACHE) return env.OCI_BUNDLE_CACHE;
  if (env.RUNNER_TOOL_CACHE) return path2.join(env.RUNNER_TOOL_CACHE, "oci-bundle");
  if (process.platform === "win32" && env.LOCALAPPDATA) return path2.join(env.LOCALAPPDATA, "oci-bundle", "cache");
  if (process.platform === "darwin") return path2.join(os.homedir(), "Library", "Caches", "oci-bundle");
  return path2.join(env.XDG_CACHE_HOME || path2.join(os.homedir(), ".cache"), "oci-bundle");
}
async function hashFile(p) {
  const h = createHash2("sha256");
  let size = 0;
  for await (const c of createReadStream(p)) {
    h.update(c);
    size += c.length;
  }
  return { digest: "sha256:" + h.digest("hex"), size };
}
var BlobCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  path(digest) {
    const d = parseDigest(digest);
    if (!d) throw new UserError(`invalid digest "${digest}"`);
    return path2.join(this.dir, "blobs", d.algorithm, d.hex);
  }
  /**
   * Returns a verified cache entry for `digest`, fetching it with `fetch(tmpPath)` when it is
   * missing or corrupt. `downloaded` says whether a fetch happened.
   */
  async get(digest, size, fetch) {
    const p = this.path(digest);
    const st = await fs2.stat(p).catch(() => void 0);
    if (st && st.size === size) {
      const h = await hashFile(p);
      if (h.digest === digest) return { path: p, downloaded: false };
    }
    await fs2.mkdir(path2.dirname(p), { recursive: true });
    const tmp = path2.join(this.dir, `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
    try {
      await fetch(tmp);
      await fs2.rename(tmp, p);
    } catch (e) {
      await fs2.rm(tmp, { force: true });
      throw e;
    }
    return { path: p, downloaded: true };
  }
  /** Whether a full validation has already seen this layer decompress to `diffId`. */
  async isDiffIdVerified(digest, diffId) {
    const marker = await fs2.readFile(this.path(digest) + ".diff_id", "utf8").catch(() => void 0);
    if (marker !== diffId) return false;
    return await fs2.stat(this.path(digest)).catch(() => void 0) !== void 0;
  }
  async markDiffIdVerified(digest, diffId) {
    const marker = this.path(digest) + ".diff_id";
    const tmp = `${marker}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    await fs2.writeFile(tmp, diffId).then(() => fs2.rename(tmp, marker)).catch(() => fs2.rm(tmp, { force: true }).catch(() => {
    }));
  }
};

// src/layer/layer-cache.ts
var FORMAT = "oci-bundle-layer-v2";
var writesOwnLine = (e) => typeof e.writeKeyLine === "function";
function layerKey(plan, compression, level) {
  const h = createHash3("sha256");
  h.update(`${FORMAT}\0${compression}\0${level}\0${plan.root}\0`);
  const buf = Buffer.allocUnsafe(64 * 1024);
  let off = 0;
  for (const e of plan.entries) {
    if (writesOwnLine(e)) {
      const bound = e.keyLineBound();
      if (off + bound > buf.length) {
        h.update(buf.subarray(0, off));
        off = 0;
      }
      if (bound <= buf.length) {
        off = e.writeKeyLine(buf, off);
        continue;
      }
      const big = Buffer.allocUnsafe(bound);
      h.update(big.subarray(0, e.writeKeyLine(big, 0)));
      continue;
    }
    const x = e.header;
    const src = e.source;
    const line = `${x.name}\0${x.type}\0${x.mode}\0${x.uid}\0${x.gid}\0${x.size}\0${x.mtime}\0${x.linkname ?? ""}\0${src ? src.raw ?? src.rel : ""}\0`;
    if (off + 3 * line.length + 33 > buf.length) {
      h.update(buf.subarray(0, off));
      off = 0;
      if (3 * line.length + 33 > buf.length) {
        h.update(line);
        if (src?.stamp) h.update(src.stamp, "latin1");
        h.update("\n");
        continue;
      }
    }
    off += buf.write(line, off, "utf8");
    if (src?.stamp) off += buf.write(src.stamp, off, "latin1");
    buf[off++] = 10;
  }
  h.update(buf.subarray(0, off));
  return h.digest("hex");
}
var LayerCache = class {
  constructor(blobs) {
    this.blobs = blobs;
  }
  blobs;
  entryPath(key) {
    return path3.join(this.blobs.dir, "layers", key + ".json");
  }
  contextPath(root) {
    return path3.join(this.blobs.dir, "layers", "contexts", createHash3("sha256").update(root).digest("hex"));
  }
  /**
   * Whether the folder `root` was built with this cache before. Then an unchanged tree is likely
   * enough that the walk goes before the packing (whose work a hit would throw away); on a first
   * build the packing starts as the walk goes. A guess for speed, never for bytes.
   */
  async builtBefore(root) {
    return fs3.stat(this.contextPath(root)).then(
      () => true,
      () => false
    );
  }
  async noteBuilt(root) {
    const file = this.contextPath(root);
    try {
      await fs3.mkdir(path3.dirname(file), { recursive: true });
      await fs3.writeFile(file, "");
    } catch {
    }
  }
  /** The cached layer for `key` with the path of its verified blob, or undefined. */
  async lookup(key) {
    let stored;
    try {
      stored = JSON.parse(await fs3.readFile(this.entryPath(key), "utf8"));
    } catch {
      return void 0;
    }
    const { blobFile, ...layer } = stored;
    const blob = this.blobs.path(layer.descriptor.digest);
    const st = await fs3.stat(blob).catch(() => void 0);
    if (!st || st.size !== layer.descriptor.size) return void 0;
    if (blobFile && st.ino === blobFile.ino && st.size === blobFile.size && st.mtimeMs === blobFile.mtimeMs) return { layer, blob };
    const h = await hashFile(blob).catch(() => void 0);
    if (!h || h.digest !== layer.descriptor.digest || h.size !== layer.descriptor.size) return void 0;
    return { layer, blob };
  }
  /**
   * Remembers a layer just built; its blob is hard-linked (or copied) into the cache. `written` is
   * the identity of the file whose bytes were hashed as they were written: only that file (or a
   * copy made of it here) is trusted later without hashing it again. A blob the layout already had
   * is linked only where the cache has none, and is hashed when used, as before.
   */
  async store(key, layer, blobFile, written) {
    try {
      const dest = this.blobs.path(layer.descriptor.digest);
      await fs3.mkdir(path3.dirname(dest), { recursive: true });
      const source = await fs3.stat(blobFile);
      const ours = written !== void 0 && source.dev === written.dev && source.ino === written.ino;
      const there = await fs3.stat(dest).catch(() => void 0);
      const same = there !== void 0 && there.dev === source.dev && there.ino === source.ino;
      if (!there || ours && !same) {
        const tmp = `${dest}.tmp-${process.pid}`;
        await fs3.link(blobFile, tmp).catch(() => fs3.copyFile(blobFile, tmp));
        await fs3.rename(tmp, dest);
      }
      const st = await fs3.stat(dest);
      const stored = ours ? { ...layer, blobFile: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } } : layer;
      const entry = this.entryPath(key);
      await fs3.mkdir(path3.dirname(entry), { recursive: true });
      await fs3.writeFile(`${entry}.tmp-${process.pid}`, JSON.stringify(stored));
      await fs3.rename(`${entry}.tmp-${process.pid}`, entry);
    } catch {
    }
  }
};

// src/layer/layer.ts
async function buildLayer(plan, layout, compression, level, o = {}) {
  const { cache } = o;
  if (plan.pending) return buildStreamed(plan, plan.pending, layout, compression, level, o);
  const key = cache ? layerKey(plan, compression, level) : "";
  const hit = cache ? await cache.lookup(key) : void 0;
  if (hit) return reuse(plan, layout, hit);
  return built(plan, layout, await compressLayer(plan.entries, plan.root, layout, compression, level, o), cache, key);
}
async function built(plan, layout, compressed, cache, key) {
  const { written, ...layer } = compressed;
  if (cache) await cache.store(key, { diffId: layer.diffId, descriptor: layer.descriptor, tarSize: layer.tarSize }, layout.blobPath(layer.descriptor.digest), written);
  return { ...layer, createdBy: plan.selector, reused: false };
}
async function reuse(plan, layout, hit) {
  await layout.addBlobFile(hit.blob, hit.layer.descriptor.digest);
  return { ...hit.layer, createdBy: plan.selector, reused: true };
}
var WALK_SLICE = 2048;
async function buildStreamed(plan, stream, layout, compression, level, o) {
  const { cache } = o;
  const stop = new AbortController();
  const packing = compressLayer(stream.next, plan.root, layout, compression, level, o, stop.signal);
  let failed = false;
  packing.catch(() => failed = true);
  try {
    while (!failed && stream.walkAhead(WALK_SLICE)) await new Promise((resolve) => setImmediate(resolve));
  } catch (e) {
    stop.abort();
    await packing.catch(() => {
    });
    throw e;
  }
  if (failed) await packing;
  const key = cache ? layerKey(plan, compression, level) : "";
  const hit = cache ? await cache.lookup(key) : void 0;
  if (hit) {
    stop.abort();
    await packing.catch(() => {
    });
    return reuse(plan, layout, hit);
  }
  return built(plan, layout, await packing, cache, key);
}
async function compressLayer(entries, root, layout, compression, level, { onProgress }, signal) {
  const tmp = layout.tempPath();
  const production = produceTar(entries, root);
  let sink;
  try {
    sink = await BlobFileSink.create(tmp);
  } catch (e) {
    production.stop();
    throw e;
  }
  let tar;
  try {
    const comp = createCompressor(compression, level, sink);
    let streamed = 0;
    for await (const chunk of production.chunks) {
      signal?.throwIfAborted();
      await comp.push(chunk);
      streamed += chunk.length;
      onProgress?.(streamed);
    }
    tar = await production.result;
    await comp.finish();
  } catch (e) {
    await sink.abort();
    await fs4.rm(tmp, { force: true });
    throw e;
  }
  const digest = await sink.close();
  const { dev, ino } = await fs4.stat(tmp);
  await layout.commitTempBlob(tmp, digest);
  return {
    written: { dev, ino },
    descriptor: { mediaType: layerMediaType(compression), digest, size: sink.size },
    diffId: tar.diffId,
    tarSize: tar.size
  };
}

// src/image/base.ts
import { createWriteStream, promises as fs5 } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var OCI_TWIN = {
  [MediaType.DockerLayerGzip]: MediaType.OciLayerGzip,
  "application/vnd.docker.image.rootfs.diff.tar": MediaType.OciLayer,
  [MediaType.DockerForeignLayerGzip]: MediaType.OciLayerNondistGzip
};
function retypeLayer(d) {
  const out = { mediaType: OCI_TWIN[d.mediaType] ?? d.mediaType, digest: d.digest, size: d.size };
  if (d.urls) out.urls = d.urls;
  if (d.annotations) out.annotations = d.annotations;
  return out;
}
async function fetchInto(source, desc, dest) {
  let n = 0;
  const count = new Transform({
    transform(chunk, _e, cb) {
      n += chunk.length;
      cb(null, chunk);
    }
  });
  try {
    await pipeline(await source.openBlob(desc), count, createWriteStream(dest));
  } catch (e) {
    await fs5.rm(dest, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, dest, `base ${source.name}: writing blob ${desc.digest} into the cache`);
  }
  return n;
}
async function resolveBase(source, wanted, cache, log) {
  const where = `base ${source.name}`;
  const top = await source.readDocument(await source.resolve());
  const topType = top.descriptor.mediaType;
  const entries = [];
  if (isIndex(topType)) {
    const candidates = imageEntries(top, where).filter((m) => m.platform);
    if (wanted.length === 0) {
      for (const m of candidates) if (m.platform.os === "linux") entries.push({ descriptor: m.descriptor, platform: m.platform });
      if (entries.length === 0) throw new UserError(`base ${source.name} lists no linux platforms; choose one with --platform`, 1, { kind: "not-found", field: "platforms" });
    } else {
      for (const w of wanted) {
        const m = pickPlatform(candidates, [w]);
        if (!m) {
          const has = platformList(candidates) || "none";
          throw new UserError(`base ${source.name} has no ${platformString(w)} image; it has: ${has}`, 1, { kind: "not-found", field: "platforms" });
        }
        entries.push({ descriptor: m.descriptor, platform: { ...m.platform, ...w.variant && !m.platform.variant ? { variant: w.variant } : {} } });
      }
    }
  } else if (isManifest(topType)) {
    entries.push({ descriptor: top.descriptor });
  } else {
    throw new UserError(`base ${source.name} is a ${topType}, not an image manifest or index`, 1, { kind: "unsupported", field: "base" });
  }
  const images = [];
  for (const e of entries) {
    const m = e.descriptor.digest === top.descriptor.digest ? top : await source.readDocument(e.descriptor);
    if (!isManifest(m.descriptor.mediaType)) throw new UserError(`base ${source.name}: ${e.descriptor.digest} is a ${m.descriptor.mediaType}, not an image manifest`, 1, { kind: "malformed", field: "base" });
    const manifest = m.doc;
    const cfgDesc = manifest.config;
    const cfgPath = (await cache.get(cfgDesc.digest, cfgDesc.size, (dest) => fetchInto(source, cfgDesc, dest))).path;
    const cfgBytes = await readVerifiedBytes(cfgPath, { digest: cfgDesc.digest, size: cfgDesc.size }, `base ${source.name} config`);
    const config = verifyDocument(cfgBytes, cfgDesc, `base ${source.name} config`).doc;
    const platform = e.platform ?? configPlatform(config, `base ${source.name} config`);
    if (wanted.length && !e.platform && !pickPlatform([{ platform }], wanted)) {
      throw new UserError(`base ${source.name} is a single ${platformString(platform)} image; it has no ${wanted.map(platformString).join(", ")}`, 1, { kind: "not-found", field: "platforms" });
    }
    if (config["os.version"] && !platform["os.version"]) platform["os.version"] = config["os.version"];
    if ((config.rootfs?.diff_ids ?? []).length !== manifest.layers.length) {
      throw new UserError(`base ${source.name}: config of ${platformString(platform)} lists ${config.rootfs?.diff_ids?.length ?? 0} diff_ids for ${manifest.layers.length} layers`, 1, { kind: "malformed", field: "base" });
    }
    images.push({ platform, manifestDigest: m.descriptor.digest, manifest, config, layers: manifest.layers.map(retypeLayer) });
  }
  log.info(`base ${source.name} (${top.descriptor.digest.slice(0, 19)}): ${images.map((i) => platformString(i.platform)).join(", ")}`);
  return { name: source.name, digest: top.descriptor.digest, images, source };
}
async function copyBaseBlobs(base, layout, cache, log) {
  let downloaded = 0;
  let reused = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const img of base.images) {
    for (const l of img.manifest.layers) {
      if (seen.has(l.digest) || isForeignLayer(l.mediaType)) continue;
      seen.add(l.digest);
      const t0 = Date.now();
      const entry = await cache.get(l.digest, l.size, (dest) => fetchInto(base.source, l, dest));
      await layout.addBlobFile(entry.path, l.digest);
      if (entry.downloaded) {
        downloaded++;
        log.info(`pulled base layer ${l.digest.slice(0, 19)} (${(l.size / 1048576).toFixed(1)} MiB) in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
      } else reused++;
    }
  }
  return { downloaded, reused };
}

// src/image/entrypoint-check.ts
import { createReadStream as createReadStream2, promises as fs6 } from "node:fs";
import { randomBytes as randomBytes2 } from "node:crypto";
import path4 from "node:path";
var LISTING_FORMAT = 1;
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
var MAX_LINKS = 40;
var SHEBANG_BYTES = 256;
function norm(p) {
  return path4.posix.normalize("/" + p).replace(/\/+$/, "") || "/";
}
function hiddenBy(p, whiteouts, opaque) {
  for (let q = p; q !== "/"; q = path4.posix.dirname(q)) {
    if (whiteouts.has(q)) return true;
    if (q !== p && opaque.has(q)) return true;
  }
  return false;
}
function listingView(l) {
  const whiteouts = new Set(l.whiteouts);
  const opaque = new Set(l.opaque);
  return {
    get: (p) => l.entries[p],
    hides: (p) => hiddenBy(p, whiteouts, opaque),
    shebang: async (_p, n) => n.shebang
  };
}
function planView(plan) {
  const find = (p) => {
    const name = p.slice(1);
    const dir = name + "/";
    return plan.entries.find((e) => e.header.name === name || e.header.name === dir);
  };
  return {
    get: (p) => {
      const e = find(p);
      if (!e) return void 0;
      const h = e.header;
      const type = h.type === "file" || h.type === "dir" || h.type === "symlink" || h.type === "hardlink" ? h.type : "other";
      return { type, mode: h.mode, link: h.type === "hardlink" ? norm(h.linkname ?? "") : h.linkname };
    },
    hides: () => false,
    shebang: async (p) => {
      const source = find(p)?.source;
      if (!source) return void 0;
      const fh = await fs6.open(sourcePath(plan.root, source), "r").catch(() => void 0);
      if (!fh) return void 0;
      try {
        const buf = Buffer.alloc(SHEBANG_BYTES);
        const { bytesRead } = await fh.read(buf, 0, SHEBANG_BYTES, 0);
        return shebangOf(buf.subarray(0, bytesRead));
      } finally {
        await fh.close();
      }
    }
  };
}
function shebangOf(head) {
  if (head[0] !== 35 || head[1] !== 33) return void 0;
  const end = head.indexOf(10);
  return head.subarray(2, end < 0 ? head.length : end).toString("utf8").trim();
}
async function readListing(file, desc) {
  if (!layerReadable(desc.mediaType)) return void 0;
  const decompress = COMPRESSION[layerCompression(desc.mediaType)].decompressor();
  const listing = { format: LISTING_FORMAT, entries: {}, whiteouts: [], opaque: [] };
  let head = [];
  let headLen = 0;
  let current;
  const reader = new TarReader({
    onEntry: (e) => {
      const p = norm(e.path);
      const base = path4.posix.basename(p);
      current = void 0;
      if (base === ".wh..wh..opq") listing.opaque.push(path4.posix.dirname(p));
      else if (base.startsWith(".wh.")) listing.whiteouts.push(path4.posix.join(path4.posix.dirname(p), base.slice(4)));
      else {
        const type = e.type === "file" || e.type === "dir" || e.type === "symlink" || e.type === "hardlink" ? e.type : "other";
        const node = { type, mode: e.mode };
        if (type === "symlink") node.link = e.linkpath;
        if (type === "hardlink") node.link = norm(e.linkpath);
        listing.entries[p] = node;
        if (type === "file" && e.mode & 73) current = { path: p, node };
      }
      head = [];
      headLen = 0;
    },
    onData: (chunk) => {
      if (!current || headLen >= SHEBANG_BYTES) return;
      head.push(chunk.subarray(0, SHEBANG_BYTES - headLen));
      headLen += Math.min(chunk.length, SHEBANG_BYTES - headLen);
    },
    onEntryEnd: () => {
      if (current) {
        const sb = shebangOf(Buffer.concat(head));
        if (sb !== void 0) current.node.shebang = sb;
      }
      current = void 0;
    },
    onIssue: () => {
    }
  });
  try {
    const input = createReadStream2(file);
    input.on("error", () => {
    });
    const stream = input.pipe(decompress);
    input.on("error", (e) => decompress.emit("error", e));
    for await (const chunk of stream) reader.write(chunk);
    reader.end();
  } catch {
    return void 0;
  }
  for (const p of Object.keys(listing.entries)) {
    for (let q = path4.posix.dirname(p); q !== "/" && !listing.entries[q]; q = path4.posix.dirname(q)) listing.entries[q] = { type: "dir", mode: 493, implicit: true };
  }
  return listing;
}
async function baseLayerView(desc, cache) {
  const hex = desc.digest.replace(":", "-");
  const file = path4.join(cache.dir, "listings", `${hex}.json`);
  try {
    const l = JSON.parse(await fs6.readFile(file, "utf8"));
    if (l.format === LISTING_FORMAT) return listingView(l);
  } catch {
  }
  const blob = cache.path(desc.digest);
  if (!await fs6.stat(blob).catch(() => void 0)) return void 0;
  const listing = await readListing(blob, desc);
  if (!listing) return void 0;
  try {
    await fs6.mkdir(path4.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${randomBytes2(4).toString("hex")}`;
    await fs6.writeFile(tmp, JSON.stringify(listing));
    await fs6.rename(tmp, file);
  } catch {
  }
  return listingView(listing);
}
var ImageFs = class {
  views;
  /** Set when a base layer could not be read: then nothing can be said for sure. */
  unknown = false;
  constructor(plans, baseLayers, cache) {
    this.views = [...plans.map(planView).reverse(), ...[...baseLayers].reverse().map((d) => () => baseLayerView(d, cache))];
  }
  async view(i) {
    const v = this.views[i];
    if (typeof v !== "function") return v;
    const loaded = await v();
    if (!loaded) this.unknown = true;
    else this.views[i] = loaded;
    return loaded;
  }
  /** The entry at exactly `p` (no symlink following) and the layer it comes from. */
  async lookup(p) {
    if (p === "/") return { node: { type: "dir", mode: 493 }, layer: planView({ root: "", selector: "", entries: [], files: 0, bytes: 0 }) };
    let implicit;
    for (let i = 0; i < this.views.length; i++) {
      const v = await this.view(i);
      if (!v) return void 0;
      const n = v.get(p);
      if (n && !n.implicit) return { node: n, layer: v };
      if (n) implicit ??= { node: n, layer: v };
      if (v.hides(p)) return implicit;
    }
    return implicit;
  }
  /** Resolves `p` following symlinks (in every component) inside the image; undefined when missing. */
  async resolve(p, depth = 0) {
    if (depth > MAX_LINKS) return void 0;
    const parts = norm(p).split("/").filter(Boolean);
    let cur = "/";
    for (let i = 0; i < parts.length; i++) {
      const next = path4.posix.join(cur, parts[i]);
      const hit = await this.lookup(next);
      if (!hit) return void 0;
      if (hit.node.type === "symlink") {
        const target = hit.node.link ?? "";
        const rest = parts.slice(i + 1).join("/");
        const to = target.startsWith("/") ? target : path4.posix.join(cur, target);
        return this.resolve(rest ? `${to}/${rest}` : to, depth + 1);
      }
      if (hit.node.type === "hardlink") {
        const rest = parts.slice(i + 1).join("/");
        return this.resolve(rest ? `${hit.node.link}/${rest}` : hit.node.link, depth + 1);
      }
      if (i === parts.length - 1) return { path: next, node: hit.node, layer: hit.layer };
      if (hit.node.type !== "dir") return void 0;
      cur = next;
    }
    return void 0;
  }
};
function envPath(config) {
  const e = (config.config?.Env ?? []).find((x) => x.startsWith("PATH="));
  return e ? e.slice(5) : DEFAULT_PATH;
}
async function findProgram(fsys, name, config) {
  if (name.startsWith("/")) return fsys.resolve(name);
  if (name.includes("/")) return fsys.resolve(path4.posix.join(config.config?.WorkingDir || "/", name));
  for (const dir of envPath(config).split(":")) {
    if (!dir.startsWith("/")) continue;
    const hit = await fsys.resolve(path4.posix.join(dir, name));
    if (hit && hit.node.type === "file") return hit;
  }
  return void 0;
}
async function entrypointProblem(input) {
  const c = input.config.config ?? {};
  const command = c.Entrypoint?.[0] ?? c.Cmd?.[0];
  if (!command) return void 0;
  const fsys = new ImageFs(input.plans, input.baseLayers, input.cache);
  const where = command.includes("/") ? command : `${command} (looked up in PATH=${envPath(input.config)})`;
  const prog = await findProgram(fsys, command, input.config);
  if (fsys.unknown) return void 0;
  if (!prog || prog.node.type !== "file") return { problem: `the image's command ${where} is not in the image`, fix: "provide" };
  if ((prog.node.mode & 73) === 0) return { problem: `the image's command ${prog.path} is not executable (mode ${prog.node.mode.toString(8)})`, fix: "chmod" };
  const sb = await prog.layer.shebang(prog.path, prog.node);
  if (sb === void 0) return void 0;
  const [interp, arg] = sb.split(/\s+/);
  if (!interp) return void 0;
  const ip = await findProgram(fsys, interp.startsWith("/") ? interp : "/" + interp, input.config);
  if (fsys.unknown) return void 0;
  if (!ip || ip.node.type !== "file") return { problem: `the image's command ${prog.path} is a script for ${interp} (its #! line), which is not in the image`, fix: "provide" };
  if (path4.posix.basename(interp) === "env" && arg && !arg.startsWith("-")) {
    const target = await findProgram(fsys, arg, input.config);
    if (fsys.unknown) return void 0;
    if (!target || target.node.type !== "file") return { problem: `the image's command ${prog.path} is a script for "${interp} ${arg}", and ${arg} is not in the image's PATH (${envPath(input.config)})`, fix: "provide" };
  }
  return void 0;
}
async function checkEntrypoint(input, log) {
  let problem;
  const t0 = Date.now();
  try {
    problem = await entrypointProblem(input);
    log.debug(`entrypoint check in ${Date.now() - t0} ms`);
  } catch (e) {
    log.debug(`entrypoint check skipped: ${e.message}`);
    return;
  }
  if (problem?.fix === "chmod") {
    log.warn(`${problem.problem}: a runtime will fail to start it ("permission denied"). Mark it executable in the context (chmod +x, or git update-index --chmod=+x on Windows) and build again`);
  } else if (problem) {
    log.warn(`${problem.problem}: a runtime will fail to start it ("no such file or directory"). Build on a base that has it (e.g. --base docker.io/library/busybox for a shell, gcr.io/distroless/static or a language image for binaries), or add it to the context`);
  }
}
async function resolveDestInBase(dest, baseLayers, cache) {
  const fsys = new ImageFs([], baseLayers, cache);
  let parts = norm(dest).split("/").filter(Boolean);
  let cur = "/";
  for (let hops = 0, i = 0; i < parts.length; i++) {
    const next = path4.posix.join(cur, parts[i]);
    const hit = await fsys.lookup(next);
    if (!hit) return path4.posix.join(next, ...parts.slice(i + 1));
    if (hit.node.type === "symlink") {
      if (++hops > MAX_LINKS) throw new UserError(`--dest ${dest} passes through more than ${MAX_LINKS} symlinks in the base image`, 2, { kind: "input", field: "dest" });
      const target = hit.node.link ?? "";
      const to = target.startsWith("/") ? target : path4.posix.join(cur, target);
      parts = [...norm(to).split("/").filter(Boolean), ...parts.slice(i + 1)];
      cur = "/";
      i = -1;
      continue;
    }
    if (hit.node.type !== "dir") throw new UserError(`--dest ${dest}: ${next} is a file in the base image, not a folder; choose another --dest`, 2, { kind: "input", field: "dest" });
    cur = next;
  }
  return cur;
}

// src/image/build.ts
async function buildImage(opts, log) {
  const started = Date.now();
  const level = checkLevel(opts.compression, opts.compressionLevel);
  requireAvailable(opts.compression, `${opts.compression} compression`, "use --compression gzip or a newer Node.js");
  const refNames = opts.tags.length ? [...new Set(opts.tags.map(tagOf))] : ["latest"];
  const context = path5.resolve(opts.context);
  if (opts.workdir !== void 0 && !opts.workdir.startsWith("/")) throw new UserError(`--workdir "${opts.workdir}" must be an absolute path in the image, like /app`);
  if (opts.user !== void 0 && opts.user.trim() === "") throw new UsageError("--user is empty; give a user like 1000:1000 or nonroot, or leave it out to keep the base image's user", "user");
  if (opts.archive) await checkArchivePath(opts.archive);
  if (opts.base) await checkBaseSpelling(opts.base);
  let ignoreFile = opts.ignoreFile;
  if (ignoreFile === void 0) {
    const dflt = path5.join(context, ".bundleignore");
    if (await fs7.stat(dflt).then((s) => s.isFile(), () => false)) ignoreFile = dflt;
  }
  const ignore = ignoreFile ? await loadIgnoreFile(ignoreFile) : void 0;
  const exclude = [path5.resolve(opts.output)];
  if (ignoreFile) exclude.push(path5.resolve(ignoreFile));
  if (opts.archive) exclude.push(path5.resolve(opts.archive));
  const cache = new BlobCache(opts.cacheDir ?? defaultCacheDir());
  const layerCache = opts.reuseLayers === false ? void 0 : new LayerCache(cache);
  const streamed = opts.layerGlobs.length === 0 && !(layerCache && await layerCache.builtBefore(context));
  if (opts.push && opts.tags.length === 0) throw new UserError("--push needs at least one --tag to push to");
  const engine = opts.load ? (await import("./load-TUSAQBAZ.js")).findEngine() : void 0;
  const registry = { logger: log, ...opts.registry };
  registry.destinations ??= destinationRegistries(opts.tags);
  let source;
  try {
    if (streamed) warmTarThread();
    const [walk, { epoch, from }] = await Promise.all([
      ContextWalk.open(opts.context, { ignore, exclude }).then((w) => {
        if (streamed) return w;
        const t0 = Date.now();
        w.all();
        log.debug(`walked ${w.entries.length} entries in ${Date.now() - t0} ms before packing (${w.helped} folders listed by the helper thread)`);
        return w;
      }),
      resolveSourceDateEpoch(opts.sourceDateEpoch, context)
    ]);
    source = opts.base && opts.base !== "scratch" ? (await import("./open-source-CRZMGMDY.js")).openSource(opts.base, registry) : void 0;
    const base = source ? await resolveBase(source, opts.platforms, cache, log) : void 0;
    return await assemble(opts, { base, walk, epoch, from, refNames, level, cache, layerCache, registry, started, engine }, log);
  } finally {
    coolTarThread();
    await source?.close?.();
  }
}
async function checkBaseSpelling(base) {
  if (base === "scratch" || base.startsWith("oci:")) return;
  const first = base.split("/")[0];
  const explicitHost = base.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  if (explicitHost) return;
  const isDir = await fs7.stat(base).then(
    (st) => st.isDirectory(),
    () => false
  );
  if (isDir) {
    throw new UsageError(`--base ${base} is a local folder, but without "oci:" it names the registry image docker.io/${base}; write --base oci:${base} for the OCI layout in that folder (or docker.io/${base} for the registry image)`, "base");
  }
}
var loadValidator = () => import("./validate-NBKDWYWI.js");
async function validateOwnOutput(dir, index, ref, layers, base, cache, log) {
  const t0 = Date.now();
  const verified = new Map(layers.map((l) => [l.descriptor.digest, { size: l.descriptor.size, diffId: l.diffId }]));
  const baseLayers = /* @__PURE__ */ new Map();
  for (const img of base?.images ?? []) {
    img.manifest.layers.forEach((l, i) => baseLayers.set(l.digest, { size: l.size, diffId: img.config.rootfs.diff_ids[i] }));
  }
  for (const [digest, v] of baseLayers) if (await cache.isDiffIdVerified(digest, v.diffId)) verified.set(digest, v);
  const { formatProblem, validateLayout } = await loadValidator();
  const report = await validateLayout(dir, { ref, verified, index });
  if (!report.valid) {
    const errors = report.problems.filter((p) => p.severity === "error");
    const baseProblem = errors.find((p) => p.digest !== void 0 && baseLayers.has(p.digest));
    if (baseProblem) throw new UserError(`the base image ${base.name} is broken: ${formatProblem(baseProblem)}`);
    throw new UserError(`the image failed validation, which is a bug in oci-bundle (please report it): ${errors.slice(0, 3).map(formatProblem).join("; ")}`);
  }
  for (const [digest, v] of baseLayers) await cache.markDiffIdVerified(digest, v.diffId);
  log.info(`validated in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
}
function progressEvery() {
  const s = Number(process.env.OCI_BUNDLE_PROGRESS_SECONDS);
  return (Number.isFinite(s) && s > 0 ? s : 10) * 1e3;
}
async function assemble(opts, prep, log) {
  const { base, walk, epoch, from, refNames, level, cache, layerCache, registry, started } = prep;
  const platforms = base ? base.images.map((i) => i.platform) : opts.platforms.length ? opts.platforms : [{ os: "linux", architecture: "amd64" }];
  const created = rfc3339(epoch);
  const layout = await LayoutWriter.open(opts.output);
  try {
    const baseBlobs = base ? await copyBaseBlobs(base, layout, cache, log) : void 0;
    const dest = base ? await resolveDestInBase(opts.dest, base.images[0].layers, cache) : opts.dest;
    if (dest !== opts.dest) log.info(`--dest ${opts.dest} is ${dest} in the base image (through its symlinks)`);
    const planOpts = { root: walk.root, dest, layerGlobs: opts.layerGlobs, uid: opts.uid, gid: opts.gid, mtime: epoch, parents: !base };
    const firstBuild = !walk.done;
    const plans = firstBuild ? [SinglePlan.streamFrom(walk, planOpts)] : planLayers(walk.entries, planOpts);
    for (const g of opts.layerGlobs) {
      if (!plans.some((p) => p.selector === g)) log.warn(`--layer ${g} matches no file in ${opts.context}; check the glob (it is matched against paths relative to the context, like node_modules/**)`);
    }
    const total = plans.reduce((n, p) => n + p.entries.length, 0);
    const what = firstBuild ? "1 layer" : `${total} entries in ${plans.length} layer${plans.length > 1 ? "s" : ""}`;
    log.info(`building ${opts.context} into ${opts.dest} (${what}, timestamp ${created} from ${from})`);
    const layers = [];
    let preloading;
    for (const [i, plan] of plans.entries()) {
      const t0 = Date.now();
      let streamed = 0;
      const progress = setInterval(() => {
        const of = plan.pending ? "" : ` of ${humanSize(plan.bytes)}`;
        const pct = !plan.pending && plan.bytes > 0 ? ` (${Math.min(99, Math.floor(100 * streamed / plan.bytes))}%)` : "";
        log.info(`layer ${i + 1}/${plans.length} (${plan.selector}): ${humanSize(streamed)}${of} packed${pct}`);
      }, progressEvery());
      progress.unref();
      let l;
      try {
        const onProgress = (n) => {
          streamed = n;
          if (!plan.pending && !preloading) preloading = loadValidator().catch(() => void 0);
        };
        l = await buildLayer(plan, layout, opts.compression, level, { cache: layerCache, onProgress });
      } finally {
        clearInterval(progress);
      }
      layers.push(l);
      log.info(
        `layer ${i + 1}/${plans.length} (${plan.selector}): ${plan.entries.length} entries, ${humanSize(l.tarSize)} -> ${humanSize(l.descriptor.size)} ${opts.compression}, ${l.descriptor.digest.slice(0, 19)}` + (l.reused ? " (unchanged: reused)" : "") + ` in ${((Date.now() - t0) / 1e3).toFixed(1)} s`
      );
    }
    if (!walk.done) throw new Error("the build context was not walked to its end");
    if (layerCache && firstBuild) await layerCache.noteBuilt(walk.root);
    const history = layers.map((l) => ({
      created,
      created_by: `oci-bundle: COPY ${l.createdBy === "." ? "." : l.createdBy} ${opts.dest}`,
      comment: "oci-bundle"
    }));
    const annotations = sortedRecord({ [CREATED]: created, ...opts.annotations });
    const manifests = [];
    const configs = [];
    for (const [pi, platform] of platforms.entries()) {
      const baseImage = base?.images[pi];
      const inputs = {
        platform,
        created,
        entrypoint: opts.entrypoint,
        cmd: opts.cmd,
        env: opts.env,
        labels: opts.labels,
        ports: opts.ports,
        workdir: opts.workdir ?? opts.dest,
        user: opts.user,
        diffIds: layers.map((l) => l.diffId),
        history
      };
      const config = baseImage ? derivedConfig(baseImage.config, inputs, baseImage.config.history ?? []) : scratchConfig(inputs);
      if (pi === 0) await checkEntrypoint({ plans, baseLayers: baseImage?.layers ?? [], config, cache }, log);
      const configDesc = (await layout.writeJson(MediaType.OciConfig, config)).descriptor;
      const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: configDesc,
        layers: [...baseImage?.layers ?? [], ...layers.map((l) => l.descriptor)],
        annotations: baseImage ? sortedRecord({ ...annotations, ...baseNameAnnotation(opts.base, base.name), [BASE_DIGEST]: baseImage.manifestDigest, ...opts.annotations }) : annotations
      };
      const { descriptor } = await layout.writeJson(MediaType.OciManifest, manifest);
      manifests.push({ ...descriptor, platform });
      configs.push({ platform: platformString(platform), digest: configDesc.digest, manifest: descriptor.digest });
    }
    let top;
    if (manifests.length === 1) {
      top = manifests[0];
    } else {
      const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, annotations };
      top = (await layout.writeJson(MediaType.OciIndex, index)).descriptor;
    }
    const imageNames = {};
    for (const t of opts.tags) {
      const r = parseReference(t.trim());
      imageNames[r.tag ?? "latest"] = formatReference({ ...r, digest: void 0 });
    }
    layout.setRefs(top, refNames, imageNames);
    const supply = opts.sbom || opts.provenance ? await (await import("./attach-3GPLAVMU.js")).attachSupplyChain(layout, opts, { root: walk.root, entries: walk.entries, top, manifests, base, created, refNames }, log) : { sbom: null, provenance: null };
    await validateOwnOutput(layout.dir, layout.sessionIndex(), refNames[0], layers, base, cache, log).catch(async (e) => {
      await layout.checkBlobsPresent();
      throw e;
    });
    let archiveSize;
    if (opts.archive) {
      const indexFile = layout.tempPath();
      try {
        await fs7.writeFile(indexFile, await layout.prospectiveIndex());
        archiveSize = await writeArchive(layout.dir, opts.archive, epoch, indexFile);
      } finally {
        await fs7.rm(indexFile, { force: true });
      }
    }
    await layout.commit();
    log.info(
      `image ${top.digest} (${manifests.length > 1 ? `index of ${manifests.length} platforms` : platformString(platforms[0])}) written to ${opts.output} as ${refNames.join(", ")}` + (opts.archive ? `; archive ${opts.archive} (${humanSize(archiveSize)})` : "") + ` in ${((Date.now() - started) / 1e3).toFixed(1)} s`
    );
    let pushed = null;
    if (opts.push) {
      const mountFrom = {};
      if (base?.source.mountFrom) {
        const from2 = `${base.source.mountFrom.registry}/${base.source.mountFrom.repository}`;
        for (const img of base.images) for (const l of img.layers) mountFrom[l.digest] = from2;
      }
      pushed = await (await import("./push-5GV7RWFG.js")).pushLayout(layout.dir, opts.tags, { ...registry, ref: top.digest, mountFrom });
    }
    const loaded = prep.engine ? await (await import("./load-TUSAQBAZ.js")).loadBuiltImage(layout.dir, top, opts.tags, log, prep.engine) : null;
    return {
      digest: top.digest,
      mediaType: top.mediaType,
      size: top.size,
      layout: layout.dir,
      archive: opts.archive ? path5.resolve(opts.archive) : null,
      tags: opts.tags,
      platforms: platforms.map(platformString),
      config: configs[0].digest,
      configs,
      layers: layers.map((l) => ({ digest: l.descriptor.digest, size: l.descriptor.size, diffId: l.diffId, mediaType: l.descriptor.mediaType })),
      sourceDateEpoch: epoch,
      base: base ? { name: base.name, digest: base.digest, ...baseBlobs } : null,
      push: pushed,
      loaded,
      ...supply
    };
  } catch (e) {
    await layout.rollback();
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code && /^E[A-Z]+$/.test(code)) throw fsError(e, opts.output, "writing the OCI layout");
    throw e;
  }
}
function baseNameAnnotation(spec, name) {
  return spec.startsWith("oci:") ? {} : { [BASE_NAME]: name };
}

// src/image/result-json.ts
function buildResultJson(r) {
  const { digest, mediaType, size, layout, archive, tags, platforms, config, layers, base, push, loaded, sbom, provenance } = r;
  return { digest, mediaType, size, layout, archive, tags, platforms, config, layers, base, push, loaded, sbom, provenance };
}

export {
  parseCompression,
  defaultCacheDir,
  resolveSourceDateEpoch,
  tagOf,
  buildImage,
  buildResultJson
};

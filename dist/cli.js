#!/usr/bin/env node
import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
const require = __ociCreateRequire(import.meta.url);
const __filename = __ociFileURLToPath(import.meta.url);
const __dirname = __ociDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run6, space) => space ? run6.slice(0, run6.length - run6.length % 2) + SPACE : run6,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run6, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run6.length && !run6[index].wildcard; index++) {
        separator += run6[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run6 = [];
      const flush = () => {
        let lastWildcard;
        run6.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run6.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run6, at)})[^\\/])*`;
        });
        run6 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run6.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path9)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path9
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        const cached = cache[path9];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path9);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

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
    exports.basename = (path9, { windows } = {}) => {
      const segs = path9.split(windows ? /[\\/]/ : "/");
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
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
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
      let changed2 = true;
      while (changed2 === true) {
        changed2 = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed2 = true;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input, options) => {
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
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
    parse2.fastpaths = (input, options) => {
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
      } = constants2.globChars(opts.windows);
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
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
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
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
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
        if (isIgnored2(input)) {
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
      return parse2(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
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
    picomatch2.constants = constants2;
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

// src/util/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
var UsageError = class extends UserError {
  constructor(message) {
    super(message, 2);
    this.name = "UsageError";
  }
};
function errorMessage(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function fsError(e, path9, doing) {
  const code = e?.code;
  switch (code) {
    case "ENOENT":
      return new UserError(`${doing}: ${path9} does not exist`);
    case "EACCES":
    case "EPERM":
      return new UserError(`${doing}: permission denied on ${path9}; check its permissions`);
    case "ENOTDIR":
      return new UserError(`${doing}: a part of ${path9} is not a directory`);
    case "ENOSPC":
      return new UserError(`${doing}: no space left on device while writing ${path9}`);
    default:
      return new UserError(`${doing}: ${path9}: ${errorMessage(e)}`);
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/build.ts
var build_exports = {};
__export(build_exports, {
  run: () => run,
  summary: () => summary
});

// src/image/build.ts
import path8 from "node:path";
import { promises as fs7 } from "node:fs";

// src/oci/mediatypes.ts
var MediaType = {
  OciIndex: "application/vnd.oci.image.index.v1+json",
  OciManifest: "application/vnd.oci.image.manifest.v1+json",
  OciConfig: "application/vnd.oci.image.config.v1+json",
  OciLayer: "application/vnd.oci.image.layer.v1.tar",
  OciLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  OciLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  OciLayerNondist: "application/vnd.oci.image.layer.nondistributable.v1.tar",
  OciLayerNondistGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  OciLayerNondistZstd: "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
  OciEmpty: "application/vnd.oci.empty.v1+json",
  DockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  DockerConfig: "application/vnd.docker.container.image.v1+json",
  DockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  DockerForeignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"
};
var INDEX_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
var MANIFEST_TYPES = [MediaType.OciManifest, MediaType.DockerManifest];
var CONFIG_TYPES = [MediaType.OciConfig, MediaType.DockerConfig];
function layerMediaType(compression) {
  return compression === "gzip" ? MediaType.OciLayerGzip : compression === "zstd" ? MediaType.OciLayerZstd : MediaType.OciLayer;
}

// src/layout/layout.ts
import { createReadStream, promises as fs } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var SHA256_RE = /^sha256:[a-f0-9]{64}$/;
var SHA512_RE = /^sha512:[a-f0-9]{128}$/;
function sha256(data) {
  return "sha256:" + createHash("sha256").update(data).digest("hex");
}
function parseDigest(digest) {
  if (SHA256_RE.test(digest)) return { algorithm: "sha256", hex: digest.slice(7) };
  if (SHA512_RE.test(digest)) return { algorithm: "sha512", hex: digest.slice(7) };
  return void 0;
}

// src/layout/layout.ts
var LAYOUT_VERSION = "1.0.0";
var REF_NAME = "org.opencontainers.image.ref.name";
var MAX_JSON_BLOB = 64 * 1024 * 1024;
var OciLayout = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  blobPath(digest) {
    const d = parseDigest(digest);
    if (!d) throw new UserError(`invalid digest "${digest}" in ${this.dir}`);
    return path.join(this.dir, "blobs", d.algorithm, d.hex);
  }
  async hasBlob(digest) {
    try {
      await fs.access(this.blobPath(digest));
      return true;
    } catch {
      return false;
    }
  }
  async blobSize(digest) {
    try {
      return (await fs.stat(this.blobPath(digest))).size;
    } catch {
      return void 0;
    }
  }
  openBlob(digest) {
    return createReadStream(this.blobPath(digest));
  }
  /** Reads a small blob (a JSON document) whole. */
  async readBlob(digest) {
    const p = this.blobPath(digest);
    try {
      const st = await fs.stat(p);
      if (st.size > MAX_JSON_BLOB) throw new UserError(`blob ${digest} in ${this.dir} is ${st.size} bytes, too large for a JSON document`);
      return await fs.readFile(p);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, p, "reading blob");
    }
  }
  async readJsonBlob(digest) {
    const buf = await this.readBlob(digest);
    try {
      return JSON.parse(buf.toString("utf8"));
    } catch (e) {
      throw new UserError(`blob ${digest} in ${this.dir} is not valid JSON: ${e.message}`);
    }
  }
  async readIndex() {
    const p = path.join(this.dir, "index.json");
    let text;
    try {
      text = await fs.readFile(p, "utf8");
    } catch (e) {
      throw fsError(e, p, "reading the OCI layout index");
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new UserError(`${p} is not valid JSON: ${e.message}`);
    }
  }
  /** True when dir holds an `oci-layout` file. */
  static async isLayout(dir) {
    try {
      await fs.access(path.join(dir, "oci-layout"));
      return true;
    } catch {
      return false;
    }
  }
  /**
   * Picks the index.json entry named `ref` (its org.opencontainers.image.ref.name), or the only
   * entry when ref is undefined. Errors list what the layout has.
   */
  async resolveRef(ref) {
    const index = await this.readIndex();
    const manifests = index.manifests ?? [];
    if (manifests.length === 0) throw new UserError(`the OCI layout ${this.dir} has no images (index.json lists none)`);
    const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n) => !!n);
    if (ref === void 0) {
      if (manifests.length === 1) return manifests[0];
      throw new UserError(`the OCI layout ${this.dir} holds ${manifests.length} images; choose one with --ref (${names.join(", ") || "none named"})`);
    }
    const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
    if (!found) throw new UserError(`no image named "${ref}" in the OCI layout ${this.dir}; it has: ${names.join(", ") || "no named images"}`);
    return found;
  }
};
var LayoutWriter = class _LayoutWriter extends OciLayout {
  createdBlobs = [];
  tempFiles = /* @__PURE__ */ new Set();
  createdDir = false;
  wasEmpty = false;
  index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
  constructor(dir) {
    super(dir);
  }
  /**
   * Opens `dir` for writing: creates it when missing, reuses it when it is an OCI layout
   * (keeping its other images), refuses any other non-empty folder.
   */
  static async open(dir) {
    const w = new _LayoutWriter(path.resolve(dir));
    let entries;
    try {
      const st = await fs.stat(w.dir);
      if (!st.isDirectory()) throw new UserError(`output ${dir} exists and is not a folder; choose another --output`);
      entries = await fs.readdir(w.dir);
    } catch (e) {
      if (e instanceof UserError) throw e;
      if (e.code !== "ENOENT") throw fsError(e, dir, "opening the output folder");
    }
    if (entries === void 0) {
      try {
        await fs.mkdir(w.dir, { recursive: true });
      } catch (e) {
        throw fsError(e, dir, "creating the output folder");
      }
      w.createdDir = true;
    } else if (entries.length === 0) {
      w.wasEmpty = true;
    } else {
      if (!entries.includes("oci-layout")) {
        throw new UserError(`output ${dir} is a non-empty folder that is not an OCI image layout; refusing to write into it (choose an empty or new --output)`);
      }
      w.index = await w.readIndex();
      if (!Array.isArray(w.index.manifests)) throw new UserError(`${path.join(dir, "index.json")} has no manifests list; it is not a valid OCI layout`);
    }
    await fs.mkdir(path.join(w.dir, "blobs", "sha256"), { recursive: true });
    return w;
  }
  /** A fresh temporary path inside the layout (same filesystem, so rename is atomic). */
  tempPath() {
    const p = path.join(this.dir, `.oci-bundle-tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
    this.tempFiles.add(p);
    return p;
  }
  /** Moves a finished temp file into the blob store under its digest. */
  async commitTempBlob(tmp, digest) {
    const dest = this.blobPath(digest);
    this.tempFiles.delete(tmp);
    if (await this.hasBlob(digest)) {
      await fs.rm(tmp, { force: true });
      return;
    }
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.rename(tmp, dest);
    this.createdBlobs.push(dest);
  }
  /** Writes bytes as a blob (JSON documents); returns its descriptor. */
  async writeBlob(mediaType, bytes) {
    const digest = sha256(bytes);
    if (!await this.hasBlob(digest)) {
      const tmp = this.tempPath();
      await fs.writeFile(tmp, bytes);
      await this.commitTempBlob(tmp, digest);
    }
    return { mediaType, digest, size: bytes.length };
  }
  /** Serialises once and stores exactly those bytes: the digest is of what is on disk. */
  async writeJson(mediaType, doc) {
    const bytes = Buffer.from(JSON.stringify(doc), "utf8");
    return { descriptor: await this.writeBlob(mediaType, bytes), bytes };
  }
  /**
   * Points each ref name at `desc`, replacing entries of the same name and keeping the rest.
   * With no names, adds the descriptor unnamed (replacing an unnamed entry of the same digest).
   */
  setRefs(desc, refNames) {
    const others = this.index.manifests.filter((m) => {
      const name = m.annotations?.[REF_NAME];
      if (name === void 0) return !(refNames.length === 0 && m.digest === desc.digest);
      return !refNames.includes(name);
    });
    const added = refNames.length ? refNames.map((n) => ({ ...desc, annotations: { ...desc.annotations ?? {}, [REF_NAME]: n } })) : [desc];
    this.index = { ...this.index, schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...others, ...added] };
  }
  currentIndex() {
    return this.index;
  }
  /** Writes oci-layout, then replaces index.json atomically: the last step of a build. */
  async commit() {
    const header = { imageLayoutVersion: LAYOUT_VERSION };
    await this.atomicWrite("oci-layout", JSON.stringify(header));
    await this.atomicWrite("index.json", JSON.stringify(this.index, null, 2) + "\n");
    this.createdBlobs.length = 0;
    this.createdDir = false;
    this.wasEmpty = false;
  }
  async atomicWrite(name, text) {
    const tmp = this.tempPath();
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, path.join(this.dir, name));
    this.tempFiles.delete(tmp);
  }
  /** Undoes this session: removes temp files and blobs it added, and the folder if it made it. */
  async rollback() {
    for (const t of this.tempFiles) await fs.rm(t, { force: true }).catch(() => {
    });
    this.tempFiles.clear();
    if (this.createdDir) {
      await fs.rm(this.dir, { recursive: true, force: true }).catch(() => {
      });
      return;
    }
    if (this.wasEmpty) {
      for (const e of await fs.readdir(this.dir).catch(() => [])) {
        await fs.rm(path.join(this.dir, e), { recursive: true, force: true }).catch(() => {
        });
      }
      return;
    }
    for (const b of this.createdBlobs) await fs.rm(b, { force: true }).catch(() => {
    });
    this.createdBlobs.length = 0;
  }
};

// src/layout/archive.ts
import { promises as fs5 } from "node:fs";
import path3 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/layer/layer.ts
import { createReadStream as createReadStream2, promises as fs3 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";

// src/layer/compress.ts
import zlib2 from "node:zlib";
import { once } from "node:events";
import { createHash as createHash2 } from "node:crypto";
import { promises as fs2 } from "node:fs";

// src/layer/gzip.ts
import zlib from "node:zlib";
import { promisify } from "node:util";
var deflateRaw = promisify(zlib.deflateRaw);
var GZIP_CHUNK = 128 * 1024;
var DICT = 32 * 1024;
function gzipHeader(level) {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
var ParallelGzip = class {
  constructor(sink, opts) {
    this.sink = sink;
    this.level = opts.level;
    this.concurrency = Math.max(1, opts.concurrency ?? 8);
  }
  sink;
  level;
  concurrency;
  buf = Buffer.allocUnsafe(GZIP_CHUNK);
  fill = 0;
  dict;
  crc = 0;
  total = 0;
  inflight = [];
  started = false;
  async push(data) {
    if (!this.started) {
      this.started = true;
      await this.sink.write(gzipHeader(this.level));
    }
    let off = 0;
    while (off < data.length) {
      const n = Math.min(GZIP_CHUNK - this.fill, data.length - off);
      data.copy(this.buf, this.fill, off, off + n);
      this.fill += n;
      off += n;
      if (this.fill === GZIP_CHUNK) await this.dispatch(false);
    }
  }
  async dispatch(last) {
    const chunk = this.buf.subarray(0, this.fill);
    this.crc = zlib.crc32(chunk, this.crc);
    this.total = (this.total + chunk.length) % 4294967296;
    const opts = { level: this.level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (this.dict) opts.dictionary = this.dict;
    this.inflight.push(deflateRaw(chunk, opts));
    if (!last) this.dict = chunk.subarray(chunk.length - DICT);
    this.buf = Buffer.allocUnsafe(GZIP_CHUNK);
    this.fill = 0;
    while (this.inflight.length >= this.concurrency) await this.drainOne();
  }
  async drainOne() {
    const out = await this.inflight.shift();
    await this.sink.write(out);
  }
  async finish() {
    if (!this.started) {
      this.started = true;
      await this.sink.write(gzipHeader(this.level));
    }
    await this.dispatch(true);
    while (this.inflight.length) await this.drainOne();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.total >>> 0, 4);
    await this.sink.write(trailer);
  }
};

// src/layer/compress.ts
var DEFAULT_LEVEL = { gzip: 6, zstd: 3, none: 0 };
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
function zstdAvailable() {
  return typeof zlib2.createZstdCompress === "function";
}
function createCompressor(compression, level, sink) {
  switch (compression) {
    case "gzip":
      return new ParallelGzip(sink, { level });
    case "zstd":
      return new StreamCompressor(createZstd(level), sink);
    case "none":
      return { push: (d) => sink.write(d), finish: async () => {
      } };
  }
}
function createZstd(level) {
  if (!zstdAvailable()) {
    throw new UserError(`zstd compression needs Node.js 22.15 or newer (this is ${process.version}); use --compression gzip or a newer Node.js`);
  }
  const z = zlib2;
  return z.createZstdCompress({
    params: {
      [z.constants.ZSTD_c_compressionLevel]: level,
      [z.constants.ZSTD_c_checksumFlag]: 1
    }
  });
}
var StreamCompressor = class {
  constructor(stream, sink) {
    this.stream = stream;
    this.done = (async () => {
      for await (const chunk of stream) await sink.write(chunk);
    })();
    this.done.catch(() => {
    });
  }
  stream;
  done;
  async push(data) {
    if (!this.stream.write(data)) await Promise.race([once(this.stream, "drain"), this.done]);
  }
  async finish() {
    this.stream.end();
    await this.done;
  }
};
var BlobFileSink = class _BlobFileSink {
  constructor(fh) {
    this.fh = fh;
  }
  fh;
  hash = createHash2("sha256");
  size = 0;
  static async create(path9) {
    return new _BlobFileSink(await fs2.open(path9, "w"));
  }
  async write(data) {
    this.hash.update(data);
    this.size += data.length;
    let off = 0;
    while (off < data.length) {
      const { bytesWritten } = await this.fh.write(data, off, data.length - off);
      off += bytesWritten;
    }
  }
  async close() {
    await this.fh.close();
    return "sha256:" + this.hash.digest("hex");
  }
  async abort() {
    await this.fh.close().catch(() => {
    });
  }
};

// src/layer/tar.ts
var BLOCK = 512;
var TRAILER = Buffer.alloc(2 * BLOCK);
var TYPEFLAG = { file: "0", hardlink: "1", symlink: "2", dir: "5" };
var MAX_OCTAL_7 = 2097151;
var MAX_OCTAL_11 = 8589934591;
function padding(size) {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}
function isAscii(s) {
  return /^[\x20-\x7e]*$/.test(s);
}
function splitUstarName(name) {
  if (!isAscii(name)) return void 0;
  if (name.length <= 100) return { prefix: "", name };
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== "/") continue;
    const head = name.slice(0, i);
    const tail = name.slice(i + 1);
    if (tail.length === 0) continue;
    if (tail.length > 100) break;
    if (head.length <= 155) return { prefix: head, name: tail };
  }
  return void 0;
}
function writeString(buf, off, len, s) {
  buf.write(s, off, len, "utf8");
}
function writeOctal(buf, off, len, n) {
  const s = n.toString(8).padStart(len - 1, "0");
  buf.write(s + "\0", off, len, "ascii");
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}
function ustarBlock(h, name, prefix, linkname, typeflag) {
  const b = Buffer.alloc(BLOCK);
  writeString(b, 0, 100, name);
  writeOctal(b, 100, 8, h.mode & 4095);
  writeOctal(b, 108, 8, Math.min(h.uid, MAX_OCTAL_7));
  writeOctal(b, 116, 8, Math.min(h.gid, MAX_OCTAL_7));
  writeOctal(b, 124, 12, Math.min(h.size, MAX_OCTAL_11));
  writeOctal(b, 136, 12, Math.min(h.mtime, MAX_OCTAL_11));
  b.fill(32, 148, 156);
  b.write(typeflag, 156, 1, "ascii");
  writeString(b, 157, 100, linkname);
  b.write("ustar\x0000", 257, 8, "ascii");
  writeOctal(b, 329, 8, 0);
  writeOctal(b, 337, 8, 0);
  writeString(b, 345, 155, prefix);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i];
  b.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8, "ascii");
  return b;
}
function encodeHeader(h) {
  const pax = [];
  const split = splitUstarName(h.name);
  const linkname = h.linkname ?? "";
  const linkFits = isAscii(linkname) && linkname.length <= 100;
  if (!split) pax.push(paxRecord("path", h.name));
  if (!linkFits) pax.push(paxRecord("linkpath", linkname));
  if (h.size > MAX_OCTAL_11) pax.push(paxRecord("size", String(h.size)));
  if (h.uid > MAX_OCTAL_7) pax.push(paxRecord("uid", String(h.uid)));
  if (h.gid > MAX_OCTAL_7) pax.push(paxRecord("gid", String(h.gid)));
  if (h.mtime > MAX_OCTAL_11) pax.push(paxRecord("mtime", String(h.mtime)));
  const fallbackName = split ?? { prefix: "", name: asciiFallback(h.name, 100) };
  const main2 = ustarBlock(h, fallbackName.name, fallbackName.prefix, linkFits ? linkname : asciiFallback(linkname, 100), TYPEFLAG[h.type]);
  if (pax.length === 0) return main2;
  const body = Buffer.from(pax.join(""), "utf8");
  const paxHeader = ustarBlock(
    { name: "PaxHeader", type: "file", mode: 420, uid: 0, gid: 0, size: body.length, mtime: Math.min(h.mtime, MAX_OCTAL_11) },
    "PaxHeader",
    "",
    "",
    "x"
  );
  return Buffer.concat([paxHeader, body, Buffer.alloc(padding(body.length)), main2]);
}
function asciiFallback(s, max) {
  const ascii = s.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length <= max ? ascii : ascii.slice(ascii.length - max);
}

// src/layer/layer.ts
var SMALL_FILE = 1024 * 1024;
var READ_AHEAD_FILES = 64;
var READ_AHEAD_BYTES = 16 * 1024 * 1024;
function changed(path9) {
  return new UserError(`${path9} changed size while it was being packaged; rebuild once the build output is complete`);
}
async function readSmall(e) {
  const src = e.source;
  let buf;
  try {
    buf = await fs3.readFile(src.abs);
  } catch (err) {
    throw fsError(err, src.abs, "reading a file of the build context");
  }
  if (buf.length !== e.header.size) throw changed(src.abs);
  return buf;
}
async function* streamLarge(e) {
  const src = e.source;
  let seen = 0;
  try {
    for await (const chunk of createReadStream2(src.abs, { highWaterMark: 1024 * 1024 })) {
      seen += chunk.length;
      if (seen > e.header.size) throw changed(src.abs);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw fsError(err, src.abs, "reading a file of the build context");
  }
  if (seen !== e.header.size) throw changed(src.abs);
}
async function* tarStream(entries) {
  const pending = /* @__PURE__ */ new Map();
  let next = 0;
  let aheadBytes = 0;
  const isSmall = (e) => e.source !== void 0 && e.header.type === "file" && e.header.size <= SMALL_FILE;
  const prefetch = (i) => {
    while (next < entries.length && next < i + READ_AHEAD_FILES && aheadBytes < READ_AHEAD_BYTES) {
      const e = entries[next];
      if (isSmall(e)) {
        const p = readSmall(e);
        p.catch(() => {
        });
        pending.set(next, p);
        aheadBytes += e.header.size;
      }
      next++;
    }
  };
  for (let i = 0; i < entries.length; i++) {
    if (next <= i) next = i;
    prefetch(i);
    const e = entries[i];
    yield encodeHeader(e.header);
    if (e.header.type !== "file" || e.header.size === 0) continue;
    const p = pending.get(i);
    if (p) {
      pending.delete(i);
      const buf = await p;
      aheadBytes -= e.header.size;
      yield buf;
    } else {
      yield* streamLarge(e);
    }
    const pad = padding(e.header.size);
    if (pad) yield Buffer.alloc(pad);
  }
  yield TRAILER;
}
async function buildLayer(plan, layout, compression, level) {
  const tmp = layout.tempPath();
  const sink = await BlobFileSink.create(tmp);
  const diff = createHash3("sha256");
  let tarSize = 0;
  try {
    const comp = createCompressor(compression, level, sink);
    for await (const chunk of tarStream(plan.entries)) {
      diff.update(chunk);
      tarSize += chunk.length;
      await comp.push(chunk);
    }
    await comp.finish();
  } catch (e) {
    await sink.abort();
    await fs3.rm(tmp, { force: true });
    throw e;
  }
  const digest = await sink.close();
  await layout.commitTempBlob(tmp, digest);
  return {
    descriptor: { mediaType: layerMediaType(compression), digest, size: sink.size },
    diffId: "sha256:" + diff.digest("hex"),
    createdBy: plan.selector,
    tarSize
  };
}

// src/layer/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { promises as fs4 } from "node:fs";
import path2 from "node:path";
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function describeSpecial(st) {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return void 0;
}
function isIgnored(ig, rel) {
  if (!ig) return false;
  try {
    return ig.ignores(rel);
  } catch {
    return false;
  }
}
async function loadIgnoreFile(file) {
  let text;
  try {
    text = await fs4.readFile(file, "utf8");
  } catch (e) {
    throw fsError(e, file, "reading the ignore file");
  }
  return (0, import_ignore.default)().add(text);
}
async function walkContext(context, opts = {}) {
  const root = path2.resolve(context);
  let st;
  try {
    st = await fs4.stat(root);
  } catch (e) {
    throw fsError(e, context, "reading the build context");
  }
  if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);
  const exclude = new Set((opts.exclude ?? []).map((p) => path2.resolve(p)));
  const entries = [{ rel: "", abs: root, type: "dir", executable: true, size: 0 }];
  const seen = /* @__PURE__ */ new Map();
  async function visit(dirAbs, dirRel) {
    let names;
    try {
      names = await fs4.readdir(dirAbs);
    } catch (e) {
      throw fsError(e, dirAbs, "reading a folder of the build context");
    }
    const stats = await Promise.all(
      names.map(async (name) => {
        const abs = path2.join(dirAbs, name);
        try {
          return await fs4.lstat(abs);
        } catch (e) {
          throw fsError(e, abs, "reading the build context");
        }
      })
    );
    const subdirs = [];
    for (let i = 0; i < names.length; i++) {
      const abs = path2.join(dirAbs, names[i]);
      const s = stats[i];
      if (exclude.has(abs)) continue;
      const name = names[i].normalize("NFC");
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (s.isDirectory()) {
        if (rel === ".git" && dirRel === "") continue;
        if (isIgnored(opts.ignore, rel + "/")) continue;
      } else if (isIgnored(opts.ignore, rel)) continue;
      if (name.startsWith(".wh.")) {
        throw new UserError(`${abs}: names starting with ".wh." mark deletions in image layers and cannot be packaged; rename it or list it in .bundleignore`);
      }
      const prior = seen.get(rel);
      if (prior !== void 0) throw new UserError(`${abs} and ${prior} have the same name once Unicode-normalised; rename one of them`);
      seen.set(rel, abs);
      const special = describeSpecial(s);
      if (special) throw new UserError(`${abs} is ${special}, which cannot be put in an image; remove it or list it in .bundleignore`);
      if (s.isDirectory()) {
        entries.push({ rel, abs, type: "dir", executable: true, size: 0 });
        subdirs.push([abs, rel]);
      } else if (s.isSymbolicLink()) {
        let target;
        try {
          target = await fs4.readlink(abs);
        } catch (e) {
          throw fsError(e, abs, "reading a symlink");
        }
        entries.push({ rel, abs, type: "symlink", executable: false, size: 0, linkTarget: target.split(path2.sep).join("/") });
      } else {
        entries.push({
          rel,
          abs,
          type: "file",
          executable: (s.mode & 73) !== 0,
          size: s.size,
          inode: s.nlink > 1 ? `${s.dev}:${s.ino}` : void 0
        });
      }
    }
    for (const [abs, rel] of subdirs) await visit(abs, rel);
  }
  await visit(root, "");
  entries.sort((a, b) => compareBytes(a.rel, b.rel));
  return entries;
}

// src/layout/archive.ts
async function writeArchive(layoutDir, archivePath, mtime) {
  const st = await fs5.stat(archivePath).catch(() => void 0);
  if (st?.isDirectory()) throw new UserError(`--archive ${archivePath} is a folder; give a file name such as image.tar`);
  const entries = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel) => {
    const abs = path3.join(layoutDir, rel);
    const s = await fs5.stat(abs);
    const source = { rel, abs, type: "file", executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: "file", mode: 420, size: s.size }, source });
  };
  await addFile("oci-layout");
  await addFile("index.json");
  entries.push({ header: { ...base, name: "blobs/", type: "dir", mode: 493, size: 0 } });
  const algs = (await fs5.readdir(path3.join(layoutDir, "blobs"))).sort(compareBytes);
  for (const alg of algs) {
    entries.push({ header: { ...base, name: `blobs/${alg}/`, type: "dir", mode: 493, size: 0 } });
    for (const hex of (await fs5.readdir(path3.join(layoutDir, "blobs", alg))).sort(compareBytes)) await addFile(`blobs/${alg}/${hex}`);
  }
  const tmp = path3.join(path3.dirname(path3.resolve(archivePath)), `.${path3.basename(archivePath)}.tmp-${randomBytes2(6).toString("hex")}`);
  let fh;
  let size = 0;
  try {
    fh = await fs5.open(tmp, "w");
    for await (const chunk of tarStream(entries)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.close();
    fh = void 0;
    await fs5.rename(tmp, archivePath);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs5.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, archivePath, "writing the archive");
  }
  return size;
}

// src/layer/plan.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import path4 from "node:path";
function destPrefix(dest) {
  if (!dest.startsWith("/")) throw new UserError(`--dest "${dest}" must be an absolute path in the image, like /app`);
  if (dest.split("/").includes("..")) throw new UserError(`--dest "${dest}" must not contain ".."`);
  return path4.posix.normalize(dest).replace(/^\/+/, "").replace(/\/+$/, "");
}
function parentsOf(name) {
  const parts = name.split("/");
  const out = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join("/"));
  return out;
}
function planLayers(entries, opts) {
  const prefix = destPrefix(opts.dest);
  const join3 = (rel) => prefix && rel ? `${prefix}/${rel}` : prefix || rel;
  const matchers = opts.layerGlobs.map((g) => {
    if (!g.trim()) throw new UserError('--layer needs a glob, like "node_modules/**"');
    return (0, import_picomatch.default)(g, { dot: true });
  });
  const rest = matchers.length;
  const byRel = new Map(entries.map((e) => [e.rel, e]));
  const own = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Set();
  const cover = (rel) => {
    for (const p of parentsOf(rel)) covered.add(p);
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
  const destChain = prefix ? [...parentsOf(prefix), prefix] : [];
  const plans = [];
  for (let layer = 0; layer <= rest; layer++) {
    const rels = [...own].filter(([, l]) => l === layer).map(([r]) => r);
    if (rels.length === 0) continue;
    const dirs = /* @__PURE__ */ new Set([""]);
    for (const r of rels) for (const p of parentsOf(r)) dirs.add(p);
    plans.push(makePlan(layer < rest ? opts.layerGlobs[layer] : ".", rels, dirs, destChain, byRel, join3, opts));
  }
  if (plans.length === 0) plans.push(makePlan(".", [], /* @__PURE__ */ new Set([""]), destChain, byRel, join3, opts));
  return plans;
}
function makePlan(selector, rels, dirs, destChain, byRel, join3, opts) {
  const base = { uid: opts.uid, gid: opts.gid, mtime: opts.mtime };
  const items = [];
  for (const d of destChain) items.push({ header: { ...base, name: d + "/", type: "dir", mode: 493, size: 0 } });
  for (const d of dirs) {
    const name = join3(d);
    if (!name) continue;
    if (destChain.includes(name)) continue;
    items.push({ header: { ...base, name: name + "/", type: "dir", mode: 493, size: 0 } });
  }
  let files = 0;
  let bytes = 0;
  for (const r of rels) {
    if (dirs.has(r)) continue;
    const e = byRel.get(r);
    const name = join3(r);
    if (e.type === "dir") items.push({ header: { ...base, name: name + "/", type: "dir", mode: 493, size: 0 } });
    else if (e.type === "symlink") {
      files++;
      items.push({ header: { ...base, name, type: "symlink", mode: 511, size: 0, linkname: e.linkTarget } });
    } else {
      files++;
      bytes += e.size;
      items.push({ header: { ...base, name, type: "file", mode: e.executable ? 493 : 420, size: e.size }, source: e });
    }
  }
  items.sort((a, b) => compareBytes(a.header.name.replace(/\/$/, ""), b.header.name.replace(/\/$/, "")));
  const firstOfInode = /* @__PURE__ */ new Map();
  for (const it of items) {
    const ino = it.source?.inode;
    if (!ino) continue;
    const first = firstOfInode.get(ino);
    if (first === void 0) firstOfInode.set(ino, it.header.name);
    else {
      bytes -= it.header.size;
      it.header = { ...it.header, type: "hardlink", size: 0, linkname: first };
      it.source = void 0;
    }
  }
  return { selector, entries: items, files, bytes };
}

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os from "os";
import * as events from "events";
import * as child from "child_process";
import * as path7 from "path";

// node_modules/@actions/io/lib/io.js
import * as path6 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs6 from "fs";
import * as path5 from "path";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs6.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs6.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path5.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path5.dirname(filePath);
            const upperName = path5.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path5.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path6.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path6.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path6.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path6.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout } from "timers";
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os.EOL.length);
        n = s.indexOf(os.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter3(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path7.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter3(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error) {
            reject(error);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error;
    if (this.processExited) {
      if (this.processError) {
        error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// src/image/options.ts
var KNOWN_OS = ["linux", "windows", "freebsd", "darwin", "netbsd", "openbsd", "solaris", "illumos", "aix", "android", "ios", "plan9", "dragonfly", "js", "wasip1"];
var KNOWN_ARCH = ["amd64", "arm64", "arm", "386", "ppc64le", "ppc64", "s390x", "riscv64", "mips64le", "mips64", "mipsle", "mips", "loong64", "wasm"];
var ARCH_ALIASES = { x86_64: "amd64", aarch64: "arm64", i386: "386", armhf: "arm", armel: "arm" };
function shellSplit(s, what) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = void 0;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = void 0;
      else if (c === "\\" && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\") {
      if (i + 1 < s.length) cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`${what} has an unterminated ${quote} quote: ${s}`);
  if (inWord) out.push(cur);
  return out;
}
function parseCommand(s, what) {
  const t = s.trim();
  if (t.startsWith("[")) {
    let v;
    try {
      v = JSON.parse(t);
    } catch (e) {
      throw new UserError(`${what} looks like a JSON array but is not valid JSON (${e.message}); write it like '["/app/run","--fast"]'`);
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw new UserError(`${what} must be a JSON array of strings, like '["/app/run","--fast"]'`);
    return v;
  }
  return shellSplit(t, what);
}
function parseKeyValue(s, what) {
  const i = s.indexOf("=");
  if (i <= 0) throw new UserError(`${what} "${s}" must look like KEY=VALUE`);
  return [s.slice(0, i), s.slice(i + 1)];
}
function parseKeyValues(list, what) {
  const out = {};
  for (const s of list) {
    const [k, v] = parseKeyValue(s, what);
    out[k] = v;
  }
  return out;
}
function parseEnv(list) {
  const map = /* @__PURE__ */ new Map();
  for (const s of list) {
    const [k, v] = parseKeyValue(s, "--env");
    map.delete(k);
    map.set(k, v);
  }
  return [...map].map(([k, v]) => `${k}=${v}`);
}
function parsePort(s) {
  const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(s.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < 1 || n > 65535) throw new UserError(`--port "${s}" must be a port number 1-65535 with an optional /tcp or /udp, like 8080/tcp`);
  return `${n}/${(m[2] ?? "tcp").toLowerCase()}`;
}
function parsePlatform(s) {
  const parts = s.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p2) => !p2)) {
    throw new UserError(`platform "${s}" must look like os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8`);
  }
  const os2 = parts[0].toLowerCase();
  const arch = ARCH_ALIASES[parts[1].toLowerCase()] ?? parts[1].toLowerCase();
  if (!KNOWN_OS.includes(os2)) throw new UserError(`unknown platform "${s}": "${parts[0]}" is not a known OS (linux, windows, ...)`);
  if (!KNOWN_ARCH.includes(arch)) throw new UserError(`unknown platform "${s}": "${parts[1]}" is not a known architecture (${KNOWN_ARCH.slice(0, 7).join(", ")}, ...)`);
  const p = { architecture: arch, os: os2 };
  if (parts[2]) {
    if (!/^v\d+$/.test(parts[2])) throw new UserError(`unknown platform "${s}": variant "${parts[2]}" should look like v7 or v8`);
    p.variant = parts[2];
  }
  return p;
}
function parsePlatforms(list) {
  const out = [];
  for (const item of list.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) {
    const p = parsePlatform(item);
    if (out.some((q) => platformString(q) === platformString(p))) throw new UserError(`platform ${item} is listed twice`);
    out.push(p);
  }
  return out;
}
function platformString(p) {
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}
function parseOwner(s) {
  const m = /^(\d+):(\d+)$/.exec(s.trim());
  if (!m) throw new UserError(`--owner "${s}" must be numeric UID:GID, like 1000:1000`);
  const uid = Number(m[1]);
  const gid = Number(m[2]);
  if (uid > 2147483647 || gid > 2147483647) throw new UserError(`--owner "${s}" is out of range`);
  return { uid, gid };
}
function parseEpoch(s, what) {
  const t = s.trim();
  if (!/^\d+$/.test(t)) throw new UserError(`${what} "${s}" must be a whole number of seconds since 1970 (e.g. $(git log -1 --format=%ct))`);
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n > 253402300799) throw new UserError(`${what} "${s}" is too large`);
  return n;
}
function parseLevel(s) {
  if (!/^\d+$/.test(s.trim())) throw new UserError(`--compression-level "${s}" must be a whole number`);
  return Number(s);
}

// src/util/source-date.ts
async function resolveSourceDateEpoch(explicit, context) {
  if (explicit !== void 0 && explicit !== "") return { epoch: parseEpoch(explicit, "--source-date-epoch"), from: "--source-date-epoch" };
  const env = process.env.SOURCE_DATE_EPOCH;
  if (env !== void 0 && env !== "") return { epoch: parseEpoch(env, "SOURCE_DATE_EPOCH"), from: "SOURCE_DATE_EPOCH" };
  try {
    const r = await getExecOutput("git", ["-C", context, "log", "-1", "--format=%ct"], { silent: true, ignoreReturnCode: true });
    const t = r.stdout.trim();
    if (r.exitCode === 0 && /^\d+$/.test(t)) return { epoch: Number(t), from: "the git commit time of HEAD" };
  } catch {
  }
  return { epoch: 0, from: "the default (0)" };
}

// src/util/log.ts
var stderrLogger = {
  info: (m) => process.stderr.write(m + "\n"),
  warn: (m) => process.stderr.write("warning: " + m + "\n"),
  debug: (m) => {
    if (process.env.OCI_BUNDLE_DEBUG) process.stderr.write("debug: " + m + "\n");
  }
};
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

// src/image/config.ts
var DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function scratchConfig(i) {
  const c = {};
  if (i.user) c.User = i.user;
  if (i.ports.length) c.ExposedPorts = Object.fromEntries([...new Set(i.ports)].sort().map((p) => [p, {}]));
  c.Env = i.env.some((e) => e.startsWith("PATH=")) ? i.env : [DEFAULT_PATH, ...i.env];
  if (i.entrypoint) c.Entrypoint = i.entrypoint;
  if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  if (Object.keys(i.labels).length) c.Labels = sortedRecord(i.labels);
  const config = {
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: i.diffIds },
    history: i.history
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  if (i.platform["os.version"]) config["os.version"] = i.platform["os.version"];
  return config;
}
function rfc3339(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/image/tags.ts
var TAG_RE = /^[\w][\w.-]{0,127}$/;
var NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function tagOf(ref) {
  const r = ref.trim();
  if (!r) throw new UserError("--tag is empty; give an image reference like ghcr.io/owner/app:1.0");
  if (r.includes("@")) throw new UserError(`--tag "${ref}" names a digest; a tag is a name like ghcr.io/owner/app:1.0`);
  const slash = r.lastIndexOf("/");
  const colon = r.lastIndexOf(":");
  const hasTag = colon > slash;
  const name = hasTag ? r.slice(0, colon) : r;
  const tag = hasTag ? r.slice(colon + 1) : "latest";
  const parts = name.split("/");
  const repoParts = parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost") ? parts.slice(1) : parts;
  if (!repoParts.length || !repoParts.every((p) => NAME_COMPONENT.test(p))) {
    throw new UserError(`--tag "${ref}" is not a valid image reference: repository names are lowercase letters, digits and . _ - separated by /`);
  }
  if (!TAG_RE.test(tag)) throw new UserError(`--tag "${ref}" has an invalid tag "${tag}": use letters, digits, _ . - (up to 128, not starting with . or -)`);
  return tag;
}

// src/image/build.ts
async function buildImage(opts, log) {
  const started = Date.now();
  const level = checkLevel(opts.compression, opts.compressionLevel);
  const refNames = opts.tags.length ? [...new Set(opts.tags.map(tagOf))] : ["latest"];
  const platforms = opts.platforms.length ? opts.platforms : [{ os: "linux", architecture: "amd64" }];
  const context = path8.resolve(opts.context);
  if (opts.workdir !== void 0 && !opts.workdir.startsWith("/")) throw new UserError(`--workdir "${opts.workdir}" must be an absolute path in the image, like /app`);
  let ignoreFile = opts.ignoreFile;
  if (ignoreFile === void 0) {
    const dflt = path8.join(context, ".bundleignore");
    if (await fs7.stat(dflt).then((s) => s.isFile(), () => false)) ignoreFile = dflt;
  }
  const ignore2 = ignoreFile ? await loadIgnoreFile(ignoreFile) : void 0;
  const exclude = [path8.resolve(opts.output)];
  if (ignoreFile) exclude.push(path8.resolve(ignoreFile));
  if (opts.archive) exclude.push(path8.resolve(opts.archive));
  const entries = await walkContext(opts.context, { ignore: ignore2, exclude });
  const { epoch, from } = await resolveSourceDateEpoch(opts.sourceDateEpoch, context);
  const created = rfc3339(epoch);
  const plans = planLayers(entries, { dest: opts.dest, layerGlobs: opts.layerGlobs, uid: opts.uid, gid: opts.gid, mtime: epoch });
  log.info(`building ${opts.context} into ${opts.dest} (${entries.length - 1} entries, ${plans.length} layer${plans.length > 1 ? "s" : ""}, timestamp ${created} from ${from})`);
  const layout = await LayoutWriter.open(opts.output);
  try {
    const layers = [];
    for (const [i, plan] of plans.entries()) {
      const t0 = Date.now();
      const l = await buildLayer(plan, layout, opts.compression, level);
      layers.push(l);
      log.info(
        `layer ${i + 1}/${plans.length} (${plan.selector}): ${plan.files} files, ${humanSize(l.tarSize)} -> ${humanSize(l.descriptor.size)} ${opts.compression}, ${l.descriptor.digest.slice(0, 19)} in ${((Date.now() - t0) / 1e3).toFixed(1)} s`
      );
    }
    const history = layers.map((l) => ({
      created,
      created_by: `oci-bundle: COPY ${l.createdBy === "." ? "." : l.createdBy} ${opts.dest}`,
      comment: "oci-bundle"
    }));
    const annotations = sortedRecord({ "org.opencontainers.image.created": created, ...opts.annotations });
    const manifests = [];
    const configs = [];
    for (const platform of platforms) {
      const config = scratchConfig({
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
      });
      const configDesc = (await layout.writeJson(MediaType.OciConfig, config)).descriptor;
      const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: configDesc,
        layers: layers.map((l) => l.descriptor),
        annotations
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
    layout.setRefs(top, refNames);
    await layout.commit();
    let archiveSize;
    if (opts.archive) archiveSize = await writeArchive(layout.dir, opts.archive, epoch);
    log.info(
      `image ${top.digest} (${manifests.length > 1 ? `index of ${manifests.length} platforms` : platformString(platforms[0])}) written to ${opts.output} as ${refNames.join(", ")}` + (opts.archive ? `; archive ${opts.archive} (${humanSize(archiveSize)})` : "") + ` in ${((Date.now() - started) / 1e3).toFixed(1)} s`
    );
    return {
      digest: top.digest,
      mediaType: top.mediaType,
      size: top.size,
      layout: layout.dir,
      archive: opts.archive ? path8.resolve(opts.archive) : null,
      tags: opts.tags,
      platforms: platforms.map(platformString),
      config: configs[0].digest,
      configs,
      layers: layers.map((l) => ({ digest: l.descriptor.digest, size: l.descriptor.size, diffId: l.diffId, mediaType: l.descriptor.mediaType })),
      sourceDateEpoch: epoch
    };
  } catch (e) {
    await layout.rollback();
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code) throw fsError(e, opts.output, "writing the OCI layout");
    throw e;
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parse(argv, options, command) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
    throw new UsageError(`${command}: ${msg}; see "oci-bundle ${command} --help"`);
  }
}

// src/cli/build.ts
var summary = "build an OCI image from a folder into an OCI layout";
var HELP = `Usage: oci-bundle build [CONTEXT] [options]

Packages CONTEXT (default ".") as an OCI image into an OCI image layout, reproducibly.

Options:
  --dest PATH              where the context lands in the image (default /app)
  --entrypoint CMD         JSON array or a command line, e.g. '["/app/run","--fast"]'
  --cmd CMD                default arguments, same forms as --entrypoint
  --env K=V                environment variable (repeatable)
  --label K=V              config label (repeatable)
  --annotation K=V         manifest annotation (repeatable)
  --port N[/tcp|/udp]      exposed port (repeatable)
  --workdir PATH           working directory (default: --dest)
  --user USER[:GROUP]      user the process runs as
  --platform OS/ARCH[/V]   platform(s), comma-separated (default linux/amd64)
  --layer GLOB             files matching GLOB go in their own layer (repeatable, in order)
  --ignore-file FILE       gitignore-style exclusions (default CONTEXT/.bundleignore)
  --owner UID:GID          owner of every file (default 0:0)
  --source-date-epoch N    timestamp for files and config (default $SOURCE_DATE_EPOCH,
                           else the git commit time of HEAD, else 0)
  --compression ALG        gzip (default), zstd or none
  --compression-level N    gzip 1-9 (default 6), zstd 1-19 (default 3)
  --output DIR             OCI layout to write (default ./oci-image)
  --archive FILE           also write the layout as one tar file (oci-archive)
  --tag REF                image reference; its tag names the image in the layout (repeatable)
  --json                   print the result as JSON on stdout
`;
async function run(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      dest: { type: "string", default: "/app" },
      entrypoint: { type: "string" },
      cmd: { type: "string" },
      env: { type: "string", multiple: true, default: [] },
      label: { type: "string", multiple: true, default: [] },
      annotation: { type: "string", multiple: true, default: [] },
      port: { type: "string", multiple: true, default: [] },
      workdir: { type: "string" },
      user: { type: "string" },
      platform: { type: "string", multiple: true, default: [] },
      layer: { type: "string", multiple: true, default: [] },
      "ignore-file": { type: "string" },
      owner: { type: "string", default: "0:0" },
      "source-date-epoch": { type: "string" },
      compression: { type: "string", default: "gzip" },
      "compression-level": { type: "string" },
      output: { type: "string", default: "./oci-image" },
      archive: { type: "string" },
      tag: { type: "string", multiple: true, default: [] },
      json: { type: "boolean", default: false }
    },
    "build"
  );
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`build takes one CONTEXT folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const owner = parseOwner(v.owner);
  const opts = {
    context: positionals[0] ?? ".",
    dest: v.dest,
    entrypoint: v.entrypoint !== void 0 ? parseCommand(v.entrypoint, "--entrypoint") : void 0,
    cmd: v.cmd !== void 0 ? parseCommand(v.cmd, "--cmd") : void 0,
    env: parseEnv(v.env),
    labels: parseKeyValues(v.label, "--label"),
    annotations: parseKeyValues(v.annotation, "--annotation"),
    ports: v.port.map(parsePort),
    workdir: v.workdir,
    user: v.user,
    platforms: parsePlatforms(v.platform),
    layerGlobs: v.layer,
    ignoreFile: v["ignore-file"],
    uid: owner.uid,
    gid: owner.gid,
    sourceDateEpoch: v["source-date-epoch"],
    compression: parseCompression(v.compression),
    compressionLevel: v["compression-level"] !== void 0 ? parseLevel(v["compression-level"]) : void 0,
    output: v.output,
    archive: v.archive,
    tags: v.tag
  };
  const result = await buildImage(opts, stderrLogger);
  if (v.json) {
    const { digest, mediaType, size, layout, archive, tags, platforms, config, layers } = result;
    process.stdout.write(JSON.stringify({ digest, mediaType, size, layout, archive, tags, platforms, config, layers }, null, 2) + "\n");
  } else {
    process.stdout.write(result.digest + "\n");
  }
  return 0;
}

// src/cli/validate.ts
var validate_exports = {};
__export(validate_exports, {
  run: () => run2,
  summary: () => summary2
});
var summary2 = "(validate: not available yet)";
async function run2(_argv) {
  throw new UserError('the "validate" command is not available in this version yet');
}

// src/cli/push.ts
var push_exports = {};
__export(push_exports, {
  run: () => run3,
  summary: () => summary3
});
var summary3 = "(push: not available yet)";
async function run3(_argv) {
  throw new UserError('the "push" command is not available in this version yet');
}

// src/cli/merge.ts
var merge_exports = {};
__export(merge_exports, {
  run: () => run4,
  summary: () => summary4
});
var summary4 = "(merge: not available yet)";
async function run4(_argv) {
  throw new UserError('the "merge" command is not available in this version yet');
}

// src/cli/unpack.ts
var unpack_exports = {};
__export(unpack_exports, {
  run: () => run5,
  summary: () => summary5
});
var summary5 = "(unpack: not available yet)";
async function run5(_argv) {
  throw new UserError('the "unpack" command is not available in this version yet');
}

// src/cli/commands.ts
var COMMANDS = { build: build_exports, validate: validate_exports, push: push_exports, merge: merge_exports, unpack: unpack_exports };
function usage() {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `Usage: oci-bundle <command> [options]

Commands:
${lines.join("\n")}

Run "oci-bundle <command> --help" for a command's options.
`;
}

// src/cli/main.ts
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(`oci-bundle ${VERSION}
`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`oci-bundle: unknown command "${name}"; run "oci-bundle --help" for the list
`);
    return 2;
  }
  return cmd.run(rest);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UserError) {
      process.stderr.write(`oci-bundle: error: ${e.message}
`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`oci-bundle: internal error: ${errorMessage(e)} (please report it; OCI_BUNDLE_DEBUG=1 shows the stack)
`);
      if (process.env.OCI_BUNDLE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
      process.exitCode = 1;
    }
  }
);

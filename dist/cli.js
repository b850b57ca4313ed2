#!/usr/bin/env node
import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
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
        (_, run7, space) => space ? run7.slice(0, run7.length - run7.length % 2) + SPACE : run7,
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
    var separatorAfter = (run7, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run7.length && !run7[index].wildcard; index++) {
        separator += run7[index].single;
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
          let depth2 = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth2++;
            } else if (source[end] === ")") {
              depth2--;
            }
            end++;
          } while (end < length && depth2 > 0);
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
      let run7 = [];
      const flush = () => {
        let lastWildcard;
        run7.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run7.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run7, at)})[^\\/])*`;
        });
        run7 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run7.push(token);
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
    var basenameOf = (path19) => {
      const end = path19.length - 1;
      const index = path19.lastIndexOf(
        SLASH,
        path19[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path19 : path19.slice(index + 1);
    };
    var parentOf = (path19) => {
      if (path19.charCodeAt(0) === SLASH_CODE || path19.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path19.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path19.length - 1;
      const cut = path19.lastIndexOf(
        SLASH,
        path19.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path19.slice(0, cut + 1);
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
      testLiteral(path19) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path19)) {
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
      test(path19, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path19) : path19;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path19
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
    var checkPath = (path19, originalPath, doThrow) => {
      if (!isString(path19)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path19) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path19)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path19) => {
      const first = path19.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path19.length === 1) {
        return true;
      }
      const second = path19.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path19.length === 2 || path19.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path19) {
        checkPath(
          path19,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path19 ? this._t(path19, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path19 = convertPath(target);
        if (!path19 || path19.charCodeAt(path19.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path19);
        }
        const dir = this._t(path19, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path19);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path19, cache) {
        const cached = cache[path19];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path19);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path19] = parent && parent.ignored ? parent : this._rules.test(path19, MODE_IGNORE);
      }
      ignores(path19) {
        return this._test(path19, this._ignoreCache, convertPath(path19)).ignored;
      }
      createFilter() {
        return (path19) => !this.ignores(path19);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path19) {
        return this._test(path19, this._testCache, convertPath(path19));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path19) => checkPath(convertPath(path19), path19, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path19) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path19) || isNotRelative(path19);
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
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
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
    exports.basename = (path19, { windows } = {}) => {
      const segs = path19.split(windows ? /[\\/]/ : "/");
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
    var depth2 = (token) => {
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
            depth2(tokens[idx]);
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
          depth2(tokens[tokens.length - 1]);
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
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
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
      let depth2 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth2++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth2;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
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
      } = constants4.globChars(opts.windows);
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
    var constants4 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
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
      const isState = isObject2(glob) && glob.tokens && glob.input;
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
    picomatch2.constants = constants4;
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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants4) {
        this.code = optimizeExpr(this.code, names, constants4);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants4) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants4))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants4) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        if (!(super.optimizeNames(names, constants4) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants4) {
        var _a, _b;
        super.optimizeNames(names, constants4);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants4) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants4[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants4[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path19) {
      let input = path19;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path19) {
      if (path19 === "" || path19[0] === "/") {
        return removeDotSegments(path19);
      }
      const segments = path19.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path19 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path19 && path19 !== "/" ? path19 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http2.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http: http2,
        https: https2,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative2 = parse2(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag: tag2, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag2}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag2 = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag2} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag: tag2, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag2} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag: tag2, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
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
function fsError(e, path19, doing) {
  const code = e?.code;
  switch (code) {
    case "ENOENT":
      return new UserError(`${doing}: ${path19} does not exist`);
    case "EACCES":
    case "EPERM":
      return new UserError(`${doing}: permission denied on ${path19}; check its permissions`);
    case "ENOTDIR":
      return new UserError(`${doing}: a part of ${path19} is not a directory`);
    case "ENOSPC":
      return new UserError(`${doing}: no space left on device while writing ${path19}`);
    default:
      return new UserError(`${doing}: ${path19}: ${errorMessage(e)}`);
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/util/heap.ts
import v8 from "node:v8";
function boundYoungGeneration() {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

// src/cli/build.ts
var build_exports = {};
__export(build_exports, {
  run: () => run,
  summary: () => summary
});

// src/image/build.ts
import path14 from "node:path";
import { promises as fs17 } from "node:fs";

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
function isIndex(mediaType2) {
  return mediaType2 !== void 0 && INDEX_TYPES.includes(mediaType2);
}
function isManifest(mediaType2) {
  return mediaType2 !== void 0 && MANIFEST_TYPES.includes(mediaType2);
}
function isDocker(mediaType2) {
  return mediaType2 !== void 0 && mediaType2.startsWith("application/vnd.docker.");
}
function layerCompression(mediaType2) {
  switch (mediaType2) {
    case MediaType.OciLayer:
    case MediaType.OciLayerNondist:
    case "application/vnd.docker.image.rootfs.diff.tar":
      return "none";
    case MediaType.OciLayerGzip:
    case MediaType.OciLayerNondistGzip:
    case MediaType.DockerLayerGzip:
    case MediaType.DockerForeignLayerGzip:
      return "gzip";
    case MediaType.OciLayerZstd:
    case MediaType.OciLayerNondistZstd:
    case "application/vnd.docker.image.rootfs.diff.tar.zstd":
      return "zstd";
    default:
      return void 0;
  }
}
function layerMediaType(compression) {
  return compression === "gzip" ? MediaType.OciLayerGzip : compression === "zstd" ? MediaType.OciLayerZstd : MediaType.OciLayer;
}
function isForeignLayer(mediaType2) {
  return mediaType2.includes("nondistributable") || mediaType2 === MediaType.DockerForeignLayerGzip;
}

// src/layout/layout.ts
import { createReadStream, promises as fs } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var SHA256_RE = /^sha256:[a-f0-9]{64}$/;
var SHA512_RE = /^sha512:[a-f0-9]{128}$/;
var DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function sha256(data) {
  return "sha256:" + createHash("sha256").update(data).digest("hex");
}
function parseDigest(digest2) {
  if (SHA256_RE.test(digest2)) return { algorithm: "sha256", hex: digest2.slice(7) };
  if (SHA512_RE.test(digest2)) return { algorithm: "sha512", hex: digest2.slice(7) };
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
  blobPath(digest2) {
    const d = parseDigest(digest2);
    if (!d) throw new UserError(`invalid digest "${digest2}" in ${this.dir}`);
    return path.join(this.dir, "blobs", d.algorithm, d.hex);
  }
  async hasBlob(digest2) {
    try {
      await fs.access(this.blobPath(digest2));
      return true;
    } catch {
      return false;
    }
  }
  async blobSize(digest2) {
    try {
      return (await fs.stat(this.blobPath(digest2))).size;
    } catch {
      return void 0;
    }
  }
  openBlob(digest2) {
    return createReadStream(this.blobPath(digest2));
  }
  /** Reads a small blob (a JSON document) whole. */
  async readBlob(digest2) {
    const p = this.blobPath(digest2);
    try {
      const st = await fs.stat(p);
      if (st.size > MAX_JSON_BLOB) throw new UserError(`blob ${digest2} in ${this.dir} is ${st.size} bytes, too large for a JSON document`);
      return await fs.readFile(p);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, p, "reading blob");
    }
  }
  async readJsonBlob(digest2) {
    const buf = await this.readBlob(digest2);
    try {
      return JSON.parse(buf.toString("utf8"));
    } catch (e) {
      throw new UserError(`blob ${digest2} in ${this.dir} is not valid JSON: ${e.message}`);
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
  /** index.json as it was before commit(): null when there was none. */
  previousIndex;
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
  async commitTempBlob(tmp, digest2) {
    const dest = this.blobPath(digest2);
    this.tempFiles.delete(tmp);
    if (await this.hasBlob(digest2)) {
      await fs.rm(tmp, { force: true });
      return;
    }
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.rename(tmp, dest);
    this.createdBlobs.push(dest);
  }
  /** Adds an existing, verified file as a blob: a hard link when possible, else a copy. */
  async addBlobFile(src, digest2) {
    if (await this.hasBlob(digest2)) return;
    const dest = this.blobPath(digest2);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    const tmp = this.tempPath();
    try {
      await fs.link(src, tmp);
    } catch {
      await fs.copyFile(src, tmp);
    }
    await this.commitTempBlob(tmp, digest2);
  }
  /** Writes bytes as a blob (JSON documents); returns its descriptor. */
  async writeBlob(mediaType2, bytes) {
    const digest2 = sha256(bytes);
    if (!await this.hasBlob(digest2)) {
      const tmp = this.tempPath();
      await fs.writeFile(tmp, bytes);
      await this.commitTempBlob(tmp, digest2);
    }
    return { mediaType: mediaType2, digest: digest2, size: bytes.length };
  }
  /** Serialises once and stores exactly those bytes: the digest is of what is on disk. */
  async writeJson(mediaType2, doc) {
    const bytes = Buffer.from(JSON.stringify(doc), "utf8");
    return { descriptor: await this.writeBlob(mediaType2, bytes), bytes };
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
  /**
   * Writes oci-layout, then replaces index.json atomically. Until finish(), rollback() can still
   * put the previous index back (a build validates its output between the two).
   */
  async commit() {
    if (this.previousIndex === void 0) {
      this.previousIndex = await fs.readFile(path.join(this.dir, "index.json"), "utf8").catch(() => null);
    }
    const header = { imageLayoutVersion: LAYOUT_VERSION };
    await this.atomicWrite("oci-layout", JSON.stringify(header));
    await this.atomicWrite("index.json", JSON.stringify(this.index, null, 2) + "\n");
  }
  /** The session is over: what it wrote stays. */
  finish() {
    this.createdBlobs.length = 0;
    this.createdDir = false;
    this.wasEmpty = false;
    this.previousIndex = void 0;
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
    if (typeof this.previousIndex === "string") await this.atomicWrite("index.json", this.previousIndex);
    for (const b of this.createdBlobs) await fs.rm(b, { force: true }).catch(() => {
    });
    this.createdBlobs.length = 0;
  }
};

// src/layout/archive.ts
import { promises as fs3 } from "node:fs";
import path3 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/layer/tar-producer.ts
import { Worker } from "node:worker_threads";

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

// src/layer/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstatSync, promises as fs2, readdirSync, readlinkSync } from "node:fs";
import path2 from "node:path";
var STAMP = new Float64Array(4);
var STAMP_BYTES = Buffer.from(STAMP.buffer);
function stampOf(f) {
  STAMP[0] = f.dev;
  STAMP[1] = f.ino;
  STAMP[2] = f.mtimeMs;
  STAMP[3] = f.ctimeMs;
  return STAMP_BYTES.toString("latin1");
}
function compareBytes(a, b, la = a.length, lb = b.length) {
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 63488) === 55296 || (y & 63488) === 55296) return Buffer.compare(Buffer.from(a.slice(0, la), "utf8"), Buffer.from(b.slice(0, lb), "utf8"));
    return x - y;
  }
  return la - lb;
}
function describeSpecial(st) {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  return void 0;
}
function sourcePath(root, e) {
  return path2.join(root, e.raw ?? e.rel);
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
    text = await fs2.readFile(file, "utf8");
  } catch (e) {
    throw fsError(e, file, "reading the ignore file");
  }
  return (0, import_ignore.default)().add(text);
}
async function walkContext(context, opts = {}) {
  const root = path2.resolve(context);
  let st;
  try {
    st = await fs2.stat(root);
  } catch (e) {
    throw fsError(e, context, "reading the build context");
  }
  if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);
  const exclude = new Set((opts.exclude ?? []).map((p) => path2.resolve(p)));
  const entries = [{ rel: "", type: "dir", executable: true, size: 0 }];
  const visit = (dirAbs, dirRel, dirRaw) => {
    let dirents;
    try {
      dirents = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      throw fsError(e, dirAbs, "reading a folder of the build context");
    }
    const seen = /* @__PURE__ */ new Map();
    for (const d of dirents) {
      const abs = path2.join(dirAbs, d.name);
      if (exclude.has(abs)) continue;
      let s;
      const lstat2 = () => {
        try {
          return s ??= lstatSync(abs);
        } catch (e) {
          throw fsError(e, abs, "reading the build context");
        }
      };
      const known = d.isDirectory() || d.isFile() || d.isSymbolicLink();
      const kind = known ? d : lstat2();
      const name = d.name.normalize("NFC");
      const rel = dirRel ? `${dirRel}/${name}` : name;
      const parentRaw = dirRaw ?? dirRel;
      const raw = dirRaw !== void 0 || name !== d.name ? parentRaw ? `${parentRaw}/${d.name}` : d.name : void 0;
      if (kind.isDirectory()) {
        if (rel === ".git" && dirRel === "") continue;
        if (isIgnored(opts.ignore, rel + "/")) continue;
      } else if (isIgnored(opts.ignore, rel)) continue;
      if (name.startsWith(".wh.")) {
        throw new UserError(`${abs}: names starting with ".wh." mark deletions in image layers and cannot be packaged; rename it or list it in .bundleignore`);
      }
      const prior = seen.get(name);
      if (prior !== void 0) throw new UserError(`${abs} and ${prior} have the same name once Unicode-normalised; rename one of them`);
      seen.set(name, abs);
      const special = describeSpecial(kind);
      if (special) throw new UserError(`${abs} is ${special}, which cannot be put in an image; remove it or list it in .bundleignore`);
      if (kind.isDirectory()) {
        entries.push({ rel, raw, type: "dir", executable: true, size: 0 });
        visit(abs, rel, raw);
      } else if (kind.isSymbolicLink()) {
        let target;
        try {
          target = readlinkSync(abs);
        } catch (e) {
          throw fsError(e, abs, "reading a symlink");
        }
        entries.push({ rel, raw, type: "symlink", executable: false, size: 0, linkTarget: target.split(path2.sep).join("/") });
      } else {
        const f = lstat2();
        entries.push({
          rel,
          raw,
          type: "file",
          executable: (f.mode & 73) !== 0,
          size: f.size,
          inode: f.nlink > 1 ? `${f.dev}:${f.ino}` : void 0,
          stamp: stampOf(f)
        });
      }
    }
  };
  visit(root, "", void 0);
  entries.sort((a, b) => compareBytes(a.rel, b.rel));
  return entries;
}

// src/layer/tar-producer.ts
var BATCH_ENTRIES = 1024;
var OUT_BYTES = 1024 * 1024;
var MAX_AHEAD = 8;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const OUT = ${OUT_BYTES}, MAX_AHEAD = ${MAX_AHEAD};
const ahead = new Int32Array(workerData.shared); // [0] pieces posted - consumed
const hash = crypto.createHash('sha256');
// Pieces are written into the ring's slots in turn; a slot is free again once the main thread
// has consumed the piece in it (the counter is below the ring's size).
const ring = workerData.ring;
let slot = 0, out = Buffer.from(ring, 0, OUT), fill = 0, total = 0;
function flush() {
  if (fill === 0) return;
  Atomics.add(ahead, 0, 1);
  parentPort.postMessage({ t: 'data', s: slot, n: fill });
  slot = (slot + 1) % MAX_AHEAD; fill = 0;
  while (Atomics.load(ahead, 0) >= MAX_AHEAD) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1000);
  out = Buffer.from(ring, slot * OUT, OUT);
}
function put(src, start, end) {
  hash.update(src.subarray(start, end));
  total += end - start;
  while (start < end) {
    const n = Math.min(OUT - fill, end - start);
    src.copy(out, fill, start, start + n);
    fill += n; start += n;
    if (fill === OUT) flush();
  }
}
const ZERO = Buffer.alloc(512);
// File content is read straight into the ring slot and hashed there: no intermediate copy.
// A short read that completes the size the walk saw is taken as the end of the file (no further
// read for the 0 that would confirm it), so most small files take one open, one read and one
// close; a file that grew shows as more bytes than its size, one that shrank as fewer.
function copyFile(p, size) {
  const fd = fs.openSync(p, fs.constants.O_RDONLY);
  try {
    let got = 0;
    for (;;) {
      const want = OUT - fill;
      const n = fs.readSync(fd, out, fill, want, null);
      if (n === 0) break;
      if (got + n > size) throw Object.assign(new Error('changed'), { code: 'OCI_CHANGED', path: p });
      hash.update(out.subarray(fill, fill + n));
      total += n; fill += n; got += n;
      if (fill === OUT) flush();
      if (n < want && got === size) break;
    }
    if (got !== size) throw Object.assign(new Error('changed'), { code: 'OCI_CHANGED', path: p });
  } finally { fs.closeSync(fd); }
}
parentPort.on('message', (m) => {
  try {
    if (m.t === 'end') {
      const trailer = Buffer.from(m.trailer.buffer, m.trailer.byteOffset, m.trailer.byteLength);
      put(trailer, 0, trailer.length);
      flush();
      parentPort.postMessage({ t: 'end', diffId: 'sha256:' + hash.digest('hex'), size: total });
      return;
    }
    const headers = Buffer.from(m.headers);
    for (const e of m.entries) {
      put(headers, e.ho, e.ho + e.hl);
      if (e.p === undefined) continue;
      copyFile(e.p, e.s);
      const pad = (512 - (e.s % 512)) % 512;
      if (pad) put(ZERO, 0, pad);
    }
    parentPort.postMessage({ t: 'batch' });
  } catch (err) {
    parentPort.postMessage({ t: 'error', code: err.code, message: String(err.message), path: err.path });
  }
});
`;
function produceTar(entries, root) {
  const shared = new SharedArrayBuffer(4);
  const ahead = new Int32Array(shared);
  const ring = new SharedArrayBuffer(MAX_AHEAD * OUT_BYTES);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared, ring }, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
  const queue = [];
  let wake;
  let failure;
  let done = false;
  let next = 0;
  let resolveResult;
  let rejectResult;
  const result = new Promise((res, rej) => {
    resolveResult = res;
    rejectResult = rej;
  });
  result.catch(() => {
  });
  const sendBatch = () => {
    if (next > entries.length) return;
    if (next === entries.length) {
      worker.postMessage({ t: "end", trailer: TRAILER });
      next++;
      return;
    }
    const batch = entries.slice(next, next + BATCH_ENTRIES);
    next += batch.length;
    const encoded = batch.map((e) => encodeHeader(e.header));
    const headers = Buffer.concat(encoded);
    let off = 0;
    const items = batch.map((e, i) => {
      const item = { ho: off, hl: encoded[i].length, p: e.header.type === "file" && e.header.size > 0 ? sourcePath(root, e.source) : void 0, s: e.header.size };
      off += encoded[i].length;
      return item;
    });
    const ab = headers.buffer.slice(headers.byteOffset, headers.byteOffset + headers.length);
    worker.postMessage({ t: "batch", headers: ab, entries: items }, [ab]);
  };
  const fail = (e) => {
    failure ??= e;
    wake?.();
    rejectResult(failure);
    void worker.terminate();
  };
  worker.on("message", (m) => {
    if (m.t === "data") {
      queue.push(Buffer.from(ring, m.s * OUT_BYTES, m.n));
      wake?.();
    } else if (m.t === "batch") {
      sendBatch();
    } else if (m.t === "end") {
      done = true;
      wake?.();
      resolveResult({ diffId: m.diffId, size: m.size });
      void worker.terminate();
    } else if (m.t === "error") {
      const file = m.path ?? "a file of the build context";
      if (!m.code) fail(new Error(`tar producer: ${m.message}`));
      else if (m.code === "OCI_CHANGED") fail(new UserError(`${file} changed size while it was being packaged; rebuild once the build output is complete`));
      else fail(fsError(Object.assign(new Error(m.message), { code: m.code }), file, "reading a file of the build context"));
    }
  });
  worker.on("error", (e) => fail(e));
  sendBatch();
  sendBatch();
  async function* chunks() {
    try {
      for (; ; ) {
        if (failure) throw failure;
        const b = queue.shift();
        if (b) {
          yield b;
          Atomics.sub(ahead, 0, 1);
          Atomics.notify(ahead, 0);
          continue;
        }
        if (done) return;
        await new Promise((r) => wake = r);
        wake = void 0;
      }
    } finally {
      if (!done) fail(failure ?? new Error("tar production stopped"));
    }
  }
  return { chunks: chunks(), result };
}

// src/layout/archive.ts
async function writeArchive(layoutDir, archivePath, mtime) {
  const st = await fs3.stat(archivePath).catch(() => void 0);
  if (st?.isDirectory()) throw new UserError(`--archive ${archivePath} is a folder; give a file name such as image.tar`);
  const entries = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel) => {
    const abs = path3.join(layoutDir, rel);
    const s = await fs3.stat(abs);
    const source = { rel, type: "file", executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: "file", mode: 420, size: s.size }, source });
  };
  await addFile("oci-layout");
  await addFile("index.json");
  entries.push({ header: { ...base, name: "blobs/", type: "dir", mode: 493, size: 0 } });
  const algs = (await fs3.readdir(path3.join(layoutDir, "blobs"))).sort(compareBytes);
  for (const alg of algs) {
    entries.push({ header: { ...base, name: `blobs/${alg}/`, type: "dir", mode: 493, size: 0 } });
    for (const hex of (await fs3.readdir(path3.join(layoutDir, "blobs", alg))).sort(compareBytes)) await addFile(`blobs/${alg}/${hex}`);
  }
  const tmp = path3.join(path3.dirname(path3.resolve(archivePath)), `.${path3.basename(archivePath)}.tmp-${randomBytes2(6).toString("hex")}`);
  let fh;
  let size = 0;
  try {
    fh = await fs3.open(tmp, "w");
    const tar = produceTar(entries, layoutDir);
    for await (const chunk of tar.chunks) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await tar.result;
    await fh.close();
    fh = void 0;
    await fs3.rename(tmp, archivePath);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs3.rm(tmp, { force: true });
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
  const destChain = prefix ? [...parentsOf(prefix), prefix] : [];
  const plans = [];
  for (let layer = 0; layer <= rest; layer++) {
    const rels = [...own].filter(([, l]) => l === layer).map(([r]) => r);
    if (rels.length === 0) continue;
    const dirs = /* @__PURE__ */ new Set([""]);
    for (const r of rels) addParents(dirs, r);
    plans.push(makePlan(layer < rest ? opts.layerGlobs[layer] : ".", rels, dirs, destChain, byRel, join3, opts));
  }
  if (plans.length === 0) plans.push(makePlan(".", [], /* @__PURE__ */ new Set([""]), destChain, byRel, join3, opts));
  return plans;
}
function makePlan(selector, rels, dirs, destChain, byRel, join3, opts) {
  const header = (name, type, mode, size, linkname) => ({
    name,
    type,
    mode,
    uid: opts.uid,
    gid: opts.gid,
    size,
    mtime: opts.mtime,
    linkname
  });
  const items = [];
  for (const d of destChain) items.push({ header: header(d + "/", "dir", 493, 0) });
  for (const d of dirs) {
    const name = join3(d);
    if (!name) continue;
    if (destChain.includes(name)) continue;
    items.push({ header: header(name + "/", "dir", 493, 0) });
  }
  let files = 0;
  let bytes = 0;
  for (const r of rels) {
    if (dirs.has(r)) continue;
    const e = byRel.get(r);
    const name = join3(r);
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
import { promises as fs7 } from "node:fs";

// src/layer/compress.ts
import zlib2 from "node:zlib";
import { createHash as createHash2 } from "node:crypto";
import { promises as fs4 } from "node:fs";

// src/layer/gzip.ts
import zlib from "node:zlib";

// src/layer/chunks.ts
var ChunkPipeline = class {
  constructor(sink, job, o) {
    this.sink = sink;
    this.job = job;
    this.o = o;
    this.buf = Buffer.allocUnsafeSlow(o.chunkSize);
  }
  sink;
  job;
  o;
  buf;
  fill = 0;
  previous;
  inflight = [];
  /** Chunk buffers to reuse: the stream passes through a few buffers, not one per chunk. */
  free = [];
  /** The last written chunk's buffer: its successor's job may still read it (as `previous`). */
  held;
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
    while (this.inflight.length) await this.drainOne();
  }
  async dispatch(last) {
    const chunk = this.buf.subarray(0, this.fill);
    const out = this.job(chunk, last, this.previous);
    out.catch(() => {
    });
    this.inflight.push({ out, buf: this.buf });
    this.previous = chunk;
    this.buf = this.free.pop() ?? Buffer.allocUnsafeSlow(this.o.chunkSize);
    this.fill = 0;
    while (this.inflight.length >= this.o.concurrency) await this.drainOne();
  }
  async drainOne() {
    const job = this.inflight.shift();
    await this.sink.write(await job.out);
    if (this.held) this.free.push(this.held);
    this.held = job.buf;
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
  return new Promise(
    (resolve2, reject) => zlib.deflateRaw(chunk, { ...opts, chunkSize: sizer.size(chunk.length) }, (e, out) => {
      if (e) return reject(e);
      sizer.record(chunk.length, out.length);
      resolve2(out);
    })
  );
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
      concurrency: Math.max(1, opts.concurrency ?? 8)
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
function zstdAvailable() {
  return typeof zlib2.createZstdCompress === "function";
}
function requireZstd() {
  if (!zstdAvailable()) {
    throw new UserError(`zstd compression needs Node.js 22.15 or newer (this is ${process.version}); use --compression gzip or a newer Node.js`);
  }
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
    requireZstd();
    const z = zlib2;
    this.create = z.createZstdCompress;
    this.endFlush = z.constants.ZSTD_e_end;
    this.params = { [z.constants.ZSTD_c_compressionLevel]: level, [z.constants.ZSTD_c_checksumFlag]: 1 };
    this.chunks = new ChunkPipeline(sink, (chunk) => this.frame(chunk), { chunkSize: ZSTD_CHUNK, concurrency });
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
    return new Promise((resolve2, reject) => {
      const z = this.create({ params: this.params, flush: this.endFlush, chunkSize: chunk.length + (chunk.length >> 7) + 1024 });
      const pieces = [];
      z.on("data", (b) => pieces.push(b));
      z.on("error", reject);
      z.write(chunk, (e) => {
        z.close();
        if (e) reject(e);
        else resolve2(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
      });
    });
  }
};
var BlobFileSink = class _BlobFileSink {
  constructor(fh) {
    this.fh = fh;
  }
  fh;
  static BUFFER = 1024 * 1024;
  hash = createHash2("sha256");
  size = 0;
  buf = Buffer.allocUnsafeSlow(_BlobFileSink.BUFFER);
  spare = Buffer.allocUnsafeSlow(_BlobFileSink.BUFFER);
  fill = 0;
  inflight = Promise.resolve();
  static async create(path19) {
    return new _BlobFileSink(await fs4.open(path19, "w"));
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
import { createHash as createHash4 } from "node:crypto";
import { promises as fs6 } from "node:fs";
import path6 from "node:path";

// src/layout/blob-cache.ts
import { createReadStream as createReadStream2, promises as fs5 } from "node:fs";
import { createHash as createHash3, randomBytes as randomBytes3 } from "node:crypto";
import os from "node:os";
import path5 from "node:path";
function defaultCacheDir() {
  const env = process.env;
  if (env.OCI_BUNDLE_CACHE) return env.OCI_BUNDLE_CACHE;
  if (env.RUNNER_TOOL_CACHE) return path5.join(env.RUNNER_TOOL_CACHE, "oci-bundle");
  if (process.platform === "win32" && env.LOCALAPPDATA) return path5.join(env.LOCALAPPDATA, "oci-bundle", "cache");
  if (process.platform === "darwin") return path5.join(os.homedir(), "Library", "Caches", "oci-bundle");
  return path5.join(env.XDG_CACHE_HOME || path5.join(os.homedir(), ".cache"), "oci-bundle");
}
async function hashFile(p) {
  const h = createHash3("sha256");
  let size = 0;
  for await (const c of createReadStream2(p)) {
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
  path(digest2) {
    const d = parseDigest(digest2);
    if (!d) throw new UserError(`invalid digest "${digest2}"`);
    return path5.join(this.dir, "blobs", d.algorithm, d.hex);
  }
  /**
   * Returns a verified cache entry for `digest`, fetching it with `fetch(tmpPath)` when it is
   * missing or corrupt. `downloaded` says whether a fetch happened.
   */
  async get(digest2, size, fetch) {
    const p = this.path(digest2);
    const st = await fs5.stat(p).catch(() => void 0);
    if (st && st.size === size) {
      const h = await hashFile(p);
      if (h.digest === digest2) return { path: p, downloaded: false };
    }
    if (st) await fs5.rm(p, { force: true });
    await fs5.mkdir(path5.dirname(p), { recursive: true });
    const tmp = path5.join(this.dir, `.tmp-${process.pid}-${randomBytes3(6).toString("hex")}`);
    try {
      await fetch(tmp);
      await fs5.rename(tmp, p);
    } catch (e) {
      await fs5.rm(tmp, { force: true });
      throw e;
    }
    return { path: p, downloaded: true };
  }
  /** Whether a full validation has already seen this layer decompress to `diffId`. */
  async isDiffIdVerified(digest2, diffId) {
    const marker = await fs5.readFile(this.path(digest2) + ".diff_id", "utf8").catch(() => void 0);
    if (marker !== diffId) return false;
    return await fs5.stat(this.path(digest2)).catch(() => void 0) !== void 0;
  }
  async markDiffIdVerified(digest2, diffId) {
    await fs5.writeFile(this.path(digest2) + ".diff_id", diffId).catch(() => {
    });
  }
};

// src/layer/layer-cache.ts
var FORMAT = "oci-bundle-layer-v2";
function layerKey(plan, compression, level) {
  const h = createHash4("sha256");
  h.update(`${FORMAT}\0${compression}\0${level}\0${plan.root}\0`);
  for (const e of plan.entries) {
    const x = e.header;
    h.update(`${x.name}\0${x.type}\0${x.mode}\0${x.uid}\0${x.gid}\0${x.size}\0${x.mtime}\0${x.linkname ?? ""}\0${e.source ? e.source.raw ?? e.source.rel : ""}\0`);
    if (e.source?.stamp) h.update(e.source.stamp, "latin1");
    h.update("\n");
  }
  return h.digest("hex");
}
var LayerCache = class {
  constructor(blobs) {
    this.blobs = blobs;
  }
  blobs;
  entryPath(key) {
    return path6.join(this.blobs.dir, "layers", key + ".json");
  }
  /** The cached layer for `key` with the path of its verified blob, or undefined. */
  async lookup(key) {
    let layer;
    try {
      layer = JSON.parse(await fs6.readFile(this.entryPath(key), "utf8"));
    } catch {
      return void 0;
    }
    const blob = this.blobs.path(layer.descriptor.digest);
    const h = await hashFile(blob).catch(() => void 0);
    if (!h || h.digest !== layer.descriptor.digest || h.size !== layer.descriptor.size) return void 0;
    return { layer, blob };
  }
  /** Remembers a layer just built; its blob is hard-linked (or copied) into the cache. */
  async store(key, layer, blobFile) {
    try {
      const dest = this.blobs.path(layer.descriptor.digest);
      await fs6.mkdir(path6.dirname(dest), { recursive: true });
      if (!await fs6.stat(dest).catch(() => void 0)) {
        const tmp = `${dest}.tmp-${process.pid}`;
        await fs6.link(blobFile, tmp).catch(() => fs6.copyFile(blobFile, tmp));
        await fs6.rename(tmp, dest);
      }
      const entry = this.entryPath(key);
      await fs6.mkdir(path6.dirname(entry), { recursive: true });
      await fs6.writeFile(`${entry}.tmp-${process.pid}`, JSON.stringify(layer));
      await fs6.rename(`${entry}.tmp-${process.pid}`, entry);
    } catch {
    }
  }
};

// src/layer/layer.ts
async function buildLayer(plan, layout, compression, level, cache, onProgress) {
  const key = cache ? layerKey(plan, compression, level) : "";
  const hit = cache ? await cache.lookup(key) : void 0;
  if (hit) {
    await layout.addBlobFile(hit.blob, hit.layer.descriptor.digest);
    return { ...hit.layer, createdBy: plan.selector, reused: true };
  }
  const built = await compressLayer(plan, layout, compression, level, onProgress);
  if (cache) await cache.store(key, { diffId: built.diffId, descriptor: built.descriptor, tarSize: built.tarSize }, layout.blobPath(built.descriptor.digest));
  return { ...built, reused: false };
}
async function compressLayer(plan, layout, compression, level, onProgress) {
  const tmp = layout.tempPath();
  const sink = await BlobFileSink.create(tmp);
  let tar;
  try {
    const comp = createCompressor(compression, level, sink);
    const production = produceTar(plan.entries, plan.root);
    let streamed = 0;
    for await (const chunk of production.chunks) {
      await comp.push(chunk);
      streamed += chunk.length;
      onProgress?.(streamed);
    }
    tar = await production.result;
    await comp.finish();
  } catch (e) {
    await sink.abort();
    await fs7.rm(tmp, { force: true });
    throw e;
  }
  const digest2 = await sink.close();
  await layout.commitTempBlob(tmp, digest2);
  return {
    descriptor: { mediaType: layerMediaType(compression), digest: digest2, size: sink.size },
    diffId: tar.diffId,
    createdBy: plan.selector,
    tarSize: tar.size
  };
}

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os2 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path9 from "path";

// node_modules/@actions/io/lib/io.js
import * as path8 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs8 from "fs";
import * as path7 from "path";
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
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs8.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs8.constants.O_RDONLY;
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
        const upperExt = path7.extname(filePath).toUpperCase();
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
            const directory = path7.dirname(filePath);
            const upperName = path7.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path7.join(directory, actualName);
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
      for (const extension of process.env["PATHEXT"].split(path8.delimiter)) {
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
    if (tool.includes(path8.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path8.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path8.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
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
      let n = s.indexOf(os2.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os2.EOL.length);
        n = s.indexOf(os2.EOL);
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
        this.toolPath = path9.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
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
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os2.EOL);
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
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
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
  const os7 = parts[0].toLowerCase();
  const arch = ARCH_ALIASES[parts[1].toLowerCase()] ?? parts[1].toLowerCase();
  if (!KNOWN_OS.includes(os7)) throw new UserError(`unknown platform "${s}": "${parts[0]}" is not a known OS (linux, windows, ...)`);
  if (!KNOWN_ARCH.includes(arch)) throw new UserError(`unknown platform "${s}": "${parts[1]}" is not a known architecture (${KNOWN_ARCH.slice(0, 7).join(", ")}, ...)`);
  const p = { architecture: arch, os: os7 };
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

// src/image/base.ts
import { promises as fs9 } from "node:fs";
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
function parseJson(bytes, what) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new UserError(`${what} is not valid JSON`);
  }
}
function normalise(p) {
  let variant = p.variant;
  if (p.architecture === "arm64" && !variant) variant = "v8";
  if (p.architecture === "arm" && !variant) variant = "v7";
  return `${p.os}/${p.architecture}${variant ? "/" + variant : ""}`;
}
function platformMatches(want, have) {
  return normalise(want) === normalise(have);
}
function isAttestation(d) {
  return d.platform?.os === "unknown" || d.platform?.architecture === "unknown" || d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest";
}
async function resolveBase(source, wanted, cache, log) {
  const top = await source.manifest();
  const entries = [];
  if (isIndex(top.mediaType)) {
    const index = parseJson(top.bytes, `base ${source.name}`);
    const candidates = (index.manifests ?? []).filter((m) => isManifest(m.mediaType) && !isAttestation(m) && m.platform);
    if (wanted.length === 0) {
      for (const m of candidates) if (m.platform.os === "linux") entries.push({ digest: m.digest, platform: m.platform });
      if (entries.length === 0) throw new UserError(`base ${source.name} lists no linux platforms; choose one with --platform`);
    } else {
      for (const w of wanted) {
        const m = candidates.find((c) => platformMatches(w, c.platform));
        if (!m) {
          const has = candidates.map((c) => platformString(c.platform)).join(", ") || "none";
          throw new UserError(`base ${source.name} has no ${platformString(w)} image; it has: ${has}`);
        }
        entries.push({ digest: m.digest, platform: { ...m.platform, ...w.variant && !m.platform.variant ? { variant: w.variant } : {} } });
      }
    }
  } else if (isManifest(top.mediaType)) {
    entries.push({ digest: top.digest });
  } else {
    throw new UserError(`base ${source.name} is a ${top.mediaType}, not an image manifest or index`);
  }
  const images = [];
  for (const e of entries) {
    const m = e.digest === top.digest ? top : await source.manifest(e.digest);
    if (!isManifest(m.mediaType)) throw new UserError(`base ${source.name}: ${e.digest} is a ${m.mediaType}, not an image manifest`);
    const manifest = parseJson(m.bytes, `base ${source.name} manifest ${e.digest}`);
    if (manifest.schemaVersion !== 2 || !manifest.config || !Array.isArray(manifest.layers)) {
      throw new UserError(`base ${source.name}: manifest ${e.digest} is not a schema 2 image manifest`);
    }
    const cfgPath = (await cache.get(manifest.config.digest, manifest.config.size, (dest) => source.fetchBlob(manifest.config.digest, manifest.config.size, dest))).path;
    const cfgBytes = await fs9.readFile(cfgPath);
    if (sha256(cfgBytes) !== manifest.config.digest) throw new UserError(`base ${source.name}: config ${manifest.config.digest} is corrupt`);
    const config = parseJson(cfgBytes, `base ${source.name} config`);
    const platform2 = e.platform ?? { os: config.os, architecture: config.architecture, ...config.variant ? { variant: config.variant } : {} };
    if (wanted.length && !e.platform && !wanted.some((w) => platformMatches(w, platform2))) {
      throw new UserError(`base ${source.name} is a single ${platformString(platform2)} image; it has no ${wanted.map(platformString).join(", ")}`);
    }
    if (config["os.version"] && !platform2["os.version"]) platform2["os.version"] = config["os.version"];
    if ((config.rootfs?.diff_ids ?? []).length !== manifest.layers.length) {
      throw new UserError(`base ${source.name}: config of ${platformString(platform2)} lists ${config.rootfs?.diff_ids?.length ?? 0} diff_ids for ${manifest.layers.length} layers`);
    }
    images.push({ platform: platform2, manifestDigest: e.digest, manifest, config, layers: manifest.layers.map(retypeLayer) });
  }
  log.info(`base ${source.name} (${top.digest.slice(0, 19)}): ${images.map((i) => platformString(i.platform)).join(", ")}`);
  return { name: source.name, digest: top.digest, images, source };
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
      const entry = await cache.get(l.digest, l.size, (dest) => base.source.fetchBlob(l.digest, l.size, dest));
      await layout.addBlobFile(entry.path, l.digest);
      if (entry.downloaded) {
        downloaded++;
        log.info(`pulled base layer ${l.digest.slice(0, 19)} (${(l.size / 1048576).toFixed(1)} MiB) in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
      } else reused++;
    }
  }
  return { downloaded, reused };
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
function envKey(e) {
  const i = e.indexOf("=");
  return i < 0 ? e : e.slice(0, i);
}
function mergeEnv(base, ours) {
  const oursByKey = new Map(ours.map((e) => [envKey(e), e]));
  const out = base.map((e) => oursByKey.get(envKey(e)) ?? e);
  const baseKeys = new Set(base.map(envKey));
  for (const e of ours) if (!baseKeys.has(envKey(e))) out.push(e);
  return out;
}
function derivedConfig(base, i, baseHistory) {
  const bc = { ...base.config ?? {} };
  const c = { ...bc };
  if (i.user) c.User = i.user;
  const ports = [...Object.keys(bc.ExposedPorts ?? {}), ...i.ports];
  if (ports.length) c.ExposedPorts = Object.fromEntries([...new Set(ports)].sort().map((p) => [p, {}]));
  const env = mergeEnv(bc.Env ?? [], i.env);
  c.Env = env.some((e) => e.startsWith("PATH=")) ? env : [DEFAULT_PATH, ...env];
  if (i.entrypoint) {
    c.Entrypoint = i.entrypoint;
    c.Cmd = i.cmd ?? null;
  } else if (i.cmd) c.Cmd = i.cmd;
  c.WorkingDir = i.workdir;
  const labels = { ...bc.Labels ?? {}, ...i.labels };
  if (Object.keys(labels).length) c.Labels = sortedRecord(labels);
  if (c.Cmd === null) delete c.Cmd;
  const config = {
    ...base,
    created: i.created,
    architecture: i.platform.architecture,
    os: i.platform.os,
    config: c,
    rootfs: { type: "layers", diff_ids: [...base.rootfs?.diff_ids ?? [], ...i.diffIds] },
    history: [...baseHistory, ...i.history]
  };
  if (i.platform.variant) config.variant = i.platform.variant;
  for (const k of ["container", "container_config", "docker_version", "id", "parent"]) delete config[k];
  return config;
}

// src/registry/client.ts
import { createHash as createHash5 } from "node:crypto";
import { createWriteStream, promises as fs11 } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/registry/credentials.ts
import { promises as fs10 } from "node:fs";
import os3 from "node:os";
import path10 from "node:path";

// src/registry/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
var DEFAULT_TAG = "latest";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
var PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG_RE = /^[\w][\w.-]{0,127}$/;
var DIGEST_SHAPE_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var NAME_MAX = 255;
function bad(input, why) {
  return new UserError(`invalid image reference "${input}": ${why}`);
}
function parseReference(input) {
  const s = input.trim();
  if (s === "") throw bad(input, "it is empty");
  if (/\s/.test(s)) throw bad(input, "it contains white space");
  if (/^[a-f0-9]{64}$/.test(s)) throw bad(input, "a bare 64-character hex string is an image ID, not a name; use NAME@sha256:<hex>");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) throw bad(input, "remove the URL scheme (write host/repository:tag)");
  let rest = s;
  let digest2;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest2 = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest2.includes("@")) throw bad(input, 'more than one "@"');
    if (!DIGEST_SHAPE_RE.test(digest2)) throw bad(input, `"${digest2}" is not a digest (expected sha256:<64 hex digits>)`);
    if (!parseDigest(digest2)) {
      if (/^sha(256|512):/.test(digest2)) throw bad(input, `digest "${digest2}" must be sha256:<64 lower-case hex digits> (or sha512:<128>)`);
      throw bad(input, `unsupported digest algorithm in "${digest2}" (only sha256 and sha512)`);
    }
  }
  let tag2;
  const lastSlash = rest.lastIndexOf("/");
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > lastSlash) {
    tag2 = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag2 === "") throw bad(input, 'the tag after ":" is empty');
    if (!TAG_RE.test(tag2)) {
      throw bad(input, tag2.length > 128 ? "the tag is longer than 128 characters" : `tag "${tag2}" may only contain letters, digits, "_", "." and "-", and must not start with "." or "-"`);
    }
  }
  if (rest === "") throw bad(input, "the repository name is missing");
  let registry;
  let repository;
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!DOMAIN_RE.test(registry)) throw bad(input, `"${registry}" is not a valid registry host[:port]`);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (repository === "") throw bad(input, "the repository name after the registry is missing");
  if (repository !== repository.toLowerCase()) throw bad(input, `repository name "${repository}" must be lower-case`);
  for (const component of repository.split("/")) {
    if (component === "") throw bad(input, `repository name "${repository}" has an empty path component (check the slashes)`);
    if (!PATH_COMPONENT_RE.test(component)) {
      throw bad(input, `"${component}" is not a valid repository path component (lower-case letters and digits, separated by ".", "_", "__" or "-")`);
    }
  }
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  const nameLength = registry.length + 1 + repository.length;
  if (nameLength > NAME_MAX) throw bad(input, `the name is ${nameLength} characters long, more than ${NAME_MAX}`);
  if (tag2 === void 0 && digest2 === void 0) tag2 = DEFAULT_TAG;
  return { registry, repository, tag: tag2, digest: digest2 };
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag !== void 0 ? ":" + ref.tag : ""}${ref.digest !== void 0 ? "@" + ref.digest : ""}`;
}
function repositoryName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function manifestReference(ref) {
  return ref.digest ?? ref.tag ?? DEFAULT_TAG;
}
function registryApiHost(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
function splitHostPort(hostPort) {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPort);
  if (!m) return { host: hostPort };
  return { host: m[1], port: m[2] !== void 0 ? Number(m[2]) : void 0 };
}
function isLoopback(registry) {
  const host = splitHostPort(registry).host.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function normalizeRegistryHost(key) {
  let k = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = k.indexOf("/");
  if (slash >= 0) k = k.slice(0, slash);
  k = k.toLowerCase();
  if (k === "index.docker.io" || k === DOCKER_HUB_API) return DOCKER_HUB;
  return k;
}

// src/registry/credentials.ts
function credentialSecrets(c) {
  if (!c) return [];
  const out = c.kind === "basic" ? [c.password] : [c.token];
  if (c.kind === "basic") out.push(Buffer.from(`${c.username}:${c.password}`).toString("base64"));
  return out.filter((s) => s.length >= 4);
}
function describeCredential(c) {
  if (!c) return "no credentials (anonymous)";
  if (c.kind === "basic") return `user "${c.username}" (from ${c.source})`;
  if (c.kind === "identityToken") return `an identity token (from ${c.source})`;
  return `a registry token (from ${c.source})`;
}
function dockerConfigPath(env = process.env) {
  const dir = env.DOCKER_CONFIG || path10.join(env.HOME || os3.homedir(), ".docker");
  return path10.join(dir, "config.json");
}
async function readDockerConfig(env = process.env) {
  if (env.DOCKER_AUTH_CONFIG) {
    try {
      return { config: JSON.parse(env.DOCKER_AUTH_CONFIG), source: "DOCKER_AUTH_CONFIG" };
    } catch (e) {
      throw new UserError(`DOCKER_AUTH_CONFIG is not valid JSON: ${errorMessage(e).split("\n")[0]}`);
    }
  }
  const file = dockerConfigPath(env);
  let text;
  try {
    text = await fs10.readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new UserError(`cannot read the docker config ${file}: ${errorMessage(e)}`);
  }
  try {
    return { config: JSON.parse(text), source: file };
  } catch (e) {
    throw new UserError(`the docker config ${file} is not valid JSON (${errorMessage(e).split("\n")[0]}); fix it or point DOCKER_CONFIG elsewhere`);
  }
}
function keyMatches(key, registry) {
  return normalizeRegistryHost(key) === registry.toLowerCase();
}
function helperServerUrl(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}
function decodeAuthEntry(entry, source) {
  if (entry.registrytoken) return { kind: "registryToken", token: entry.registrytoken, source };
  if (entry.identitytoken) {
    let username;
    if (entry.auth) username = Buffer.from(entry.auth, "base64").toString("utf8").split(":")[0] || void 0;
    return { kind: "identityToken", token: entry.identitytoken, username: username ?? entry.username, source };
  }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) throw new UserError(`the "auth" entry in ${source} is not base64 of user:password`);
    const password = decoded.slice(colon + 1).replace(/\0+$/g, "");
    return { kind: "basic", username: decoded.slice(0, colon), password, source };
  }
  if (entry.username && entry.password) return { kind: "basic", username: entry.username, password: entry.password, source };
  return void 0;
}
async function runCredentialHelper(helper, registry, logger) {
  const tool = `docker-credential-${helper}`;
  const serverUrl = helperServerUrl(registry);
  let out;
  try {
    out = await getExecOutput(tool, ["get"], { input: Buffer.from(serverUrl), silent: true, ignoreReturnCode: true });
  } catch (e) {
    logger?.warn(`credential helper ${tool} could not be run (${errorMessage(e).split("\n")[0].split(". ")[0]}); continuing without credentials for ${registry}`);
    return void 0;
  }
  if (out.exitCode !== 0) {
    const why = (out.stdout + out.stderr).trim().split("\n")[0] ?? "";
    if (!/credentials not found/i.test(why)) logger?.warn(`credential helper ${tool} failed for ${registry} (exit ${out.exitCode}); continuing without credentials`);
    return void 0;
  }
  let doc;
  try {
    doc = JSON.parse(out.stdout);
  } catch {
    throw new UserError(`credential helper ${tool} printed something that is not JSON for ${registry}`);
  }
  if (!doc.Secret) return void 0;
  const source = `credential helper ${tool}`;
  if (doc.Username === "<token>") return { kind: "identityToken", token: doc.Secret, source };
  return { kind: "basic", username: doc.Username ?? "", password: doc.Secret, source };
}
async function lookupCredentials(registry, opts = {}) {
  const env = opts.env ?? process.env;
  const target = normalizeRegistryHost(registry);
  if (opts.explicit && (!opts.explicit.registries || opts.explicit.registries.some((r) => normalizeRegistryHost(r) === target))) {
    return { kind: "basic", username: opts.explicit.username, password: opts.explicit.password, source: opts.explicit.source ?? "--username/--password-stdin" };
  }
  if (env.OCI_BUNDLE_USERNAME || env.OCI_BUNDLE_PASSWORD) {
    if (!env.OCI_BUNDLE_USERNAME || !env.OCI_BUNDLE_PASSWORD) {
      throw new UserError("set both OCI_BUNDLE_USERNAME and OCI_BUNDLE_PASSWORD, or neither");
    }
    return { kind: "basic", username: env.OCI_BUNDLE_USERNAME, password: env.OCI_BUNDLE_PASSWORD, source: "OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD" };
  }
  const found = await readDockerConfig(env);
  if (found) {
    const { config, source } = found;
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => keyMatches(k, registry))?.[1];
    if (helper) {
      const c = await runCredentialHelper(helper, registry, opts.logger);
      if (c) return c;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      if (!entry || !keyMatches(key, registry)) continue;
      const c = decodeAuthEntry(entry, `${source} (auths "${key}")`);
      if (c) return c;
    }
    if (config.credsStore) {
      const c = await runCredentialHelper(config.credsStore, registry, opts.logger);
      if (c) return c;
    }
  }
  if (opts.githubToken && registry.toLowerCase() === "ghcr.io") {
    return { kind: "basic", username: env.GITHUB_ACTOR || "github", password: opts.githubToken, source: "github-token" };
  }
  return void 0;
}

// src/registry/transport.ts
import http from "node:http";
import https from "node:https";
function envNumber(env, name) {
  const v = env[name];
  if (v === void 0 || v === "") return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${name} must be a non-negative number, not "${v}"`);
  return n;
}
function resolveTransportOptions(opts = {}, env = process.env) {
  return {
    insecureRegistries: (opts.insecureRegistries ?? []).map(normalizeRegistryHost),
    connectTimeoutMs: opts.connectTimeoutMs ?? envNumber(env, "OCI_BUNDLE_CONNECT_TIMEOUT_MS") ?? 15e3,
    idleTimeoutMs: opts.idleTimeoutMs ?? envNumber(env, "OCI_BUNDLE_TIMEOUT_MS") ?? 12e4,
    retries: opts.retries ?? envNumber(env, "OCI_BUNDLE_RETRIES") ?? 5,
    retryBaseMs: opts.retryBaseMs ?? envNumber(env, "OCI_BUNDLE_RETRY_BASE_MS") ?? 500,
    retryMaxDelayMs: opts.retryMaxDelayMs ?? 6e4,
    maxElapsedMs: opts.maxElapsedMs ?? 10 * 6e4,
    logger: opts.logger ?? silentLogger
  };
}
function isInsecure(registry, insecure) {
  if (isLoopback(registry)) return true;
  const r = registry.toLowerCase();
  const hostOnly = r.replace(/:\d+$/, "");
  return insecure.some((i) => i === r || i === hostOnly);
}
var HttpResponse = class {
  constructor(status, statusText, headers, url, stream) {
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.url = url;
    this.stream = stream;
  }
  status;
  statusText;
  headers;
  url;
  stream;
  cached;
  header(name) {
    const v = this.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(", ") : v;
  }
  /** Reads the whole body (up to `limit` bytes; more is an error). Repeated calls return the same bytes. */
  async buffer(limit = 1024 * 1024) {
    if (this.cached) return this.cached;
    const chunks = [];
    let n = 0;
    try {
      for await (const c of this.stream) {
        n += c.length;
        if (n > limit) {
          this.stream.destroy();
          throw new UserError(`the answer from ${this.url.host} is larger than ${limit} bytes`);
        }
        chunks.push(c);
      }
    } catch (e) {
      throw bodyError(e, this.url);
    }
    this.cached = Buffer.concat(chunks);
    return this.cached;
  }
  async text(limit) {
    return (await this.buffer(limit)).toString("utf8");
  }
  /** Throws the body away (so the connection can be reused). */
  async discard() {
    if (this.cached || this.stream.readableEnded) return;
    this.stream.resume();
    await new Promise((resolve2) => {
      this.stream.once("end", resolve2);
      this.stream.once("close", resolve2);
      this.stream.once("error", () => resolve2());
    });
  }
};
var RegistryError = class extends UserError {
  constructor(message, reason, retryable, extra = {}) {
    super(message);
    this.reason = reason;
    this.retryable = retryable;
    this.extra = extra;
    this.name = "RegistryError";
  }
  reason;
  retryable;
  extra;
};
function bodyError(e, url) {
  if (e instanceof UserError) return e;
  const timeout = e.timeoutKind === "idle";
  return new RegistryError(
    `the connection to ${url.host} ${timeout ? "went silent" : "broke"} while reading its answer (${errorMessage(e).split("\n")[0]})`,
    timeout ? "timeout" : "connection reset",
    true,
    { host: url.host }
  );
}
function logUrl(u) {
  return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
}
function networkError(e, url, connectTimeoutMs, idleTimeoutMs) {
  const err = e;
  const code = err.code ?? "";
  const host = url.host;
  const msg = errorMessage(e);
  if (err.timeoutKind === "connect") {
    return new RegistryError(`cannot connect to ${host}: no answer within ${connectTimeoutMs / 1e3} s (connect timeout)`, "connect timeout", true, { host, connect: true });
  }
  if (err.timeoutKind === "idle") {
    return new RegistryError(`${host} stopped answering for ${idleTimeoutMs / 1e3} s (timeout)`, "timeout", true, { host });
  }
  switch (code) {
    case "ECONNREFUSED":
      return new RegistryError(`cannot connect to ${host}: connection refused (ECONNREFUSED); is the registry running at that address?`, "connection refused", true, { host, connect: true });
    case "ECONNRESET":
    case "EPIPE":
    case "ECONNABORTED":
    case "ERR_STREAM_PREMATURE_CLOSE":
    case "UND_ERR_SOCKET":
      return new RegistryError(`the connection to ${host} was reset (${code})`, "connection reset", true, { host });
    case "ETIMEDOUT":
      return new RegistryError(`the connection to ${host} timed out (ETIMEDOUT)`, "timeout", true, { host, connect: true });
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ENETDOWN":
    case "EHOSTDOWN":
      return new RegistryError(`cannot reach ${host}: ${code === "EHOSTUNREACH" || code === "EHOSTDOWN" ? "host" : "network"} unreachable (${code})`, "unreachable", true, { host, connect: true });
    case "EAI_AGAIN":
      return new RegistryError(`cannot resolve ${url.hostname} right now (EAI_AGAIN, temporary DNS failure)`, "DNS failure", true, { host, connect: true });
    case "ENOTFOUND":
      return new RegistryError(`cannot resolve the registry host "${url.hostname}" (ENOTFOUND); check the name`, "unknown host", false, { host, connect: true });
  }
  if (msg === "socket hang up" || code === "ECONNRESET") {
    return new RegistryError(`the connection to ${host} was closed before an answer (socket hang up)`, "connection reset", true, { host });
  }
  if (/SSL|TLS|CERT|certificate|EPROTO|self.signed|UNABLE_TO_VERIFY/i.test(code + " " + msg)) {
    if (/wrong version number|packet length|unknown protocol|http request/i.test(msg)) {
      return new RegistryError(`TLS error talking to ${host}: it does not speak HTTPS; if it is a plain-HTTP registry, add --insecure-registry ${host}`, "TLS error", false, { host });
    }
    const why = msg.split("\n")[0].replace(/\s*[0-9A-F]{8,}:error:[^ ]*/g, "").trim();
    return new RegistryError(`TLS error talking to ${host}: ${why}${code && !why.includes(code) ? ` (${code})` : ""}; for a private CA set NODE_EXTRA_CA_CERTS to its certificate file`, "TLS error", false, { host });
  }
  return new RegistryError(`request to ${host} failed: ${msg.split("\n")[0]}${code ? ` (${code})` : ""}`, code || "network error", false, { host });
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var HttpTransport = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  /** The scheme and host to reach a registry's API at. */
  baseUrl(apiHost) {
    return new URL(`${isInsecure(apiHost, this.opts.insecureRegistries) ? "http" : "https"}://${apiHost}`);
  }
  /** Whether plain-HTTP traffic to this URL is allowed to carry credentials. */
  mayCarryCredentials(u) {
    return u.protocol === "https:" || isInsecure(u.host, this.opts.insecureRegistries);
  }
  /** One request (plus redirects for GET/HEAD). Network failures reject with RegistryError. */
  async request(req) {
    let url = req.url;
    let headers = { ...req.headers ?? {} };
    const follow = req.followRedirects ?? (req.method === "GET" || req.method === "HEAD");
    for (let hop = 0; ; hop++) {
      const res = await this.once(req.method, url, headers, req.body);
      const location = res.header("location");
      if (!follow || !REDIRECTS.has(res.status) || !location) return res;
      if (hop >= 10) {
        await res.discard();
        throw new RegistryError(`too many redirects from ${req.url.host} (last: ${logUrl(url)})`, "redirect loop", false);
      }
      await res.discard();
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        const { authorization: _drop, ...rest } = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
        void _drop;
        headers = rest;
      }
      this.opts.logger.debug(`redirect ${res.status} ${logUrl(url)} -> ${logUrl(next)}`);
      url = next;
    }
  }
  once(method, url, headers, body) {
    const { connectTimeoutMs, idleTimeoutMs, logger } = this.opts;
    const started = Date.now();
    return new Promise((resolve2, reject) => {
      const isHttps = url.protocol === "https:";
      const h = { "user-agent": "oci-bundle", ...headers };
      const length = body === void 0 ? 0 : Buffer.isBuffer(body) ? body.length : body.length;
      if (body !== void 0 || ["PUT", "POST", "PATCH"].includes(method)) h["content-length"] = String(length);
      let settled = false;
      let bodyDone = body === void 0;
      let source;
      let connectTimer;
      const fail = (e) => {
        if (connectTimer) clearTimeout(connectTimer);
        if (settled) return;
        settled = true;
        source?.destroy();
        reject(e instanceof RegistryError ? e : networkError(e, url, connectTimeoutMs, idleTimeoutMs));
      };
      const req = (isHttps ? https : http).request(
        url,
        { method, headers: h, agent: isHttps ? this.httpsAgent : this.httpAgent },
        (res) => {
          if (connectTimer) clearTimeout(connectTimer);
          if (settled) {
            res.resume();
            return;
          }
          settled = true;
          logger.debug(`${method} ${logUrl(url)}${length ? ` (${length} bytes)` : ""} -> ${res.statusCode} (${Date.now() - started} ms)`);
          if (!bodyDone) {
            if (source) {
              source.unpipe(req);
              source.destroy();
            }
            res.once("end", () => req.destroy());
          }
          res.on("error", () => {
          });
          resolve2(new HttpResponse(res.statusCode ?? 0, res.statusMessage ?? "", res.headers, url, res));
        }
      );
      req.on("error", fail);
      req.setTimeout(idleTimeoutMs, () => {
        const e = Object.assign(new Error("idle timeout"), { timeoutKind: "idle" });
        req.destroy(e);
      });
      req.on("socket", (socket) => {
        if (socket.connecting) {
          connectTimer = setTimeout(() => {
            req.destroy(Object.assign(new Error("connect timeout"), { timeoutKind: "connect" }));
          }, connectTimeoutMs);
          socket.once("connect", () => connectTimer && clearTimeout(connectTimer));
        }
      });
      if (body === void 0) {
        req.end();
      } else if (Buffer.isBuffer(body)) {
        req.end(body, () => bodyDone = true);
      } else {
        try {
          source = body.open();
        } catch (e) {
          req.destroy();
          if (connectTimer) clearTimeout(connectTimer);
          settled = true;
          reject(e);
          return;
        }
        source.on("error", (e) => {
          req.destroy();
          fail(new RegistryError(`cannot read the data to send to ${url.host}: ${errorMessage(e)}`, "local read error", false));
        });
        source.on("end", () => bodyDone = true);
        source.pipe(req);
      }
    });
  }
  close() {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
};
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1e3);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return void 0;
  return Math.max(0, t - now);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var RetriesExhausted = class extends UserError {
  constructor(message, last, attempts) {
    super(message);
    this.last = last;
    this.attempts = attempts;
    this.name = "RetriesExhausted";
  }
  last;
  attempts;
};
async function withRetries(opts, ctx, fn, limit) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!(e instanceof RegistryError) || !e.retryable) throw e;
      const retries = Math.min(opts.retries, limit ? limit(e) : opts.retries);
      const op = e.extra.op ?? ctx.op;
      const where2 = e.extra.host ?? ctx.host;
      if (attempt > retries) {
        throw new RetriesExhausted(`${op} on ${where2} failed${attempt > 1 ? ` after ${attempt} attempts` : ""}: ${e.message}`, e, attempt);
      }
      const backoff = Math.min(opts.retryMaxDelayMs, opts.retryBaseMs * 2 ** (attempt - 1));
      let wait = backoff / 2 + Math.random() * (backoff / 2);
      if (e.extra.retryAfterMs !== void 0) wait = Math.max(wait, Math.min(e.extra.retryAfterMs, opts.retryMaxDelayMs));
      if (Date.now() - started + wait > opts.maxElapsedMs) {
        throw new RetriesExhausted(`${op} on ${where2} failed: ${e.message} (gave up after ${Math.round((Date.now() - started) / 1e3)} s)`, e, attempt);
      }
      opts.logger.info(`retry ${attempt}/${retries} ${op} on ${where2}: ${e.reason}; waiting ${(wait / 1e3).toFixed(1)} s`);
      await sleep(wait);
    }
  }
}
function parseErrorBody(text) {
  try {
    const doc = JSON.parse(text);
    if (Array.isArray(doc.errors)) return doc.errors.filter((e) => e && typeof e === "object");
    const m = doc.details ?? doc.message ?? doc.error;
    if (typeof m === "string") return [{ message: m }];
  } catch {
  }
  return [];
}
function describeErrorBody(text, prefix = "") {
  const errors = parseErrorBody(text);
  let s;
  if (errors.length) {
    s = errors.slice(0, 3).map((e) => [e.code, e.message].filter(Boolean).join(": ")).filter(Boolean).join("; ");
  } else {
    s = text.trim().split("\n")[0] ?? "";
    if (s.startsWith("<")) s = "";
  }
  if (s.length > 300) s = s.slice(0, 297) + "...";
  return s ? prefix + s : "";
}

// src/registry/auth.ts
var TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseWwwAuthenticate(header) {
  const out = [];
  if (!header) return out;
  const s = header;
  let i = 0;
  const skip = (chars) => {
    while (i < s.length && chars.test(s[i])) i++;
  };
  const readToken = () => {
    const start = i;
    while (i < s.length && TOKEN_CHAR.test(s[i])) i++;
    return s.slice(start, i);
  };
  let current;
  while (i < s.length) {
    skip(/[\s,]/);
    if (i >= s.length) break;
    const token = readToken();
    if (!token) {
      i++;
      continue;
    }
    skip(/\s/);
    if (s[i] === "=" && current) {
      i++;
      skip(/\s/);
      let value = "";
      if (s[i] === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === "\\" && i + 1 < s.length) i++;
          value += s[i++];
        }
        i++;
      } else {
        const start = i;
        while (i < s.length && s[i] !== "," && !/\s/.test(s[i])) i++;
        value = s.slice(start, i);
      }
      current.params[token.toLowerCase()] = value;
    } else if (s[i] === "=" && !current) {
      i++;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}
function mergeScopes(...lists) {
  const order = [];
  const actions = /* @__PURE__ */ new Map();
  for (const scope of lists.flat()) {
    const first = scope.indexOf(":");
    const last = scope.lastIndexOf(":");
    if (first < 0 || last === first) continue;
    const resource = scope.slice(0, last);
    const acts = scope.slice(last + 1).split(",").filter(Boolean);
    if (!actions.has(resource)) {
      actions.set(resource, /* @__PURE__ */ new Set());
      order.push(resource);
    }
    for (const a of acts) actions.get(resource).add(a);
  }
  return order.map((r) => `${r}:${[...actions.get(r)].join(",")}`);
}
var Secrets = class {
  values = /* @__PURE__ */ new Set();
  add(...secrets) {
    for (const s of secrets) if (s && s.length >= 4) this.values.add(s);
  }
  redact(text) {
    let out = text;
    for (const s of this.values) out = out.split(s).join("***");
    return out;
  }
  /** A logger that redacts before printing. */
  logger(inner) {
    return {
      info: (m) => inner.info(this.redact(m)),
      warn: (m) => inner.warn(this.redact(m)),
      debug: (m) => inner.debug(this.redact(m))
    };
  }
};
function basicHeader(username, password) {
  return "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
}
function describeScopes(scopes) {
  const parts = scopes.map((s) => {
    const last = s.lastIndexOf(":");
    const first = s.indexOf(":");
    const type = s.slice(0, first);
    const name = s.slice(first + 1, last);
    const acts = s.slice(last + 1).split(",");
    const what = acts.includes("push") ? "push" : acts.includes("delete") ? "delete" : acts.join("/");
    return type === "repository" ? `${what} access to repository "${name}"` : `${s}`;
  });
  return parts.join(" and ");
}
var Authenticator = class {
  constructor(registry, credential, transport, secrets, logger) {
    this.registry = registry;
    this.credential = credential;
    this.transport = transport;
    this.secrets = secrets;
    this.logger = logger;
    secrets.add(...credentialSecrets(credential));
  }
  registry;
  credential;
  transport;
  secrets;
  logger;
  scheme;
  /** The `error` of the last Bearer challenge (e.g. "insufficient_scope"). */
  lastError;
  realm;
  service;
  tokens = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  /** Learns the scheme from an answer to GET /v2/ (200: none; 401: its challenge). */
  fromPing(status, wwwAuthenticate) {
    if (status !== 401) {
      this.scheme = "none";
      return;
    }
    this.learn(parseWwwAuthenticate(wwwAuthenticate));
  }
  learn(challenges) {
    const bearer = challenges.find((c) => c.scheme === "bearer");
    if (bearer && bearer.params.realm) {
      this.scheme = "bearer";
      this.realm = bearer.params.realm;
      this.service = bearer.params.service;
      return bearer;
    }
    const basic = challenges.find((c) => c.scheme === "basic");
    if (basic) {
      this.scheme = "basic";
      return basic;
    }
    return void 0;
  }
  /** The Authorization header for a request needing `scopes`, or undefined (anonymous/no auth). */
  async header(scopes) {
    const c = this.credential;
    if (this.scheme === "basic") return c?.kind === "basic" ? basicHeader(c.username, c.password) : void 0;
    if (this.scheme !== "bearer") return void 0;
    if (c?.kind === "registryToken") return `Bearer ${c.token}`;
    const key = [...scopes].sort().join(" ");
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    let p = this.inflight.get(key);
    if (!p) {
      p = this.fetchToken(scopes).finally(() => this.inflight.delete(key));
      this.inflight.set(key, p);
    }
    const t = await p;
    this.tokens.set(key, t);
    return `Bearer ${t.token}`;
  }
  /**
   * After a 401: learns the challenge, forgets the token used, and says whether one more try
   * (with a fresh token, or with credentials not sent yet) can help, and with which scopes.
   */
  onUnauthorized(wwwAuthenticate, scopes, sent) {
    const ch = this.learn(parseWwwAuthenticate(wwwAuthenticate));
    if (this.scheme === "bearer") {
      this.lastError = ch?.params.error;
      const extra = ch?.params.scope ? ch.params.scope.split(/\s+/).filter(Boolean) : [];
      const merged = mergeScopes(scopes, extra);
      for (const key of [[...scopes].sort().join(" "), [...merged].sort().join(" ")]) {
        const cached = this.tokens.get(key);
        if (cached && (!sent || sent === `Bearer ${cached.token}`)) this.tokens.delete(key);
      }
      return { retry: this.credential?.kind !== "registryToken" || !sent, scopes: merged };
    }
    if (this.scheme === "basic") return { retry: this.credential?.kind === "basic" && !sent?.startsWith("Basic "), scopes };
    return { retry: false, scopes };
  }
  async fetchToken(scopes) {
    const realm = this.realm;
    let realmUrl;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new UserError(`registry ${this.registry} sent an invalid token realm "${realm}"`);
    }
    const c = this.credential;
    if (c && !this.transport.mayCarryCredentials(realmUrl)) {
      throw new UserError(`registry ${this.registry} asks for credentials at ${logUrl(realmUrl)} over plain HTTP; refusing to send them (add --insecure-registry ${realmUrl.host} if that is intended)`);
    }
    const opts = this.transport.opts;
    return withRetries(opts, { op: `token request for ${describeScopes(scopes)}`, host: realmUrl.host }, async () => {
      if (c?.kind === "identityToken") {
        const t = await this.oauth2(realmUrl, scopes, c.token);
        if (t) return t;
        return this.getToken(realmUrl, scopes, basicHeader(c.username ?? "<token>", c.token));
      }
      return this.getToken(realmUrl, scopes, c?.kind === "basic" ? basicHeader(c.username, c.password) : void 0);
    });
  }
  /** OAuth2 refresh-token grant; undefined when the server does not implement it (404/405). */
  async oauth2(realm, scopes, refreshToken) {
    const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "oci-bundle" });
    if (this.service) form.set("service", this.service);
    if (scopes.length) form.set("scope", scopes.join(" "));
    const res = await this.transport.request({
      method: "POST",
      url: realm,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: Buffer.from(form.toString())
    });
    if (res.status === 404 || res.status === 405) {
      await res.discard();
      this.logger.debug(`token server ${realm.host} has no OAuth2 POST (${res.status}); using GET`);
      return void 0;
    }
    return this.readToken(res, realm, scopes);
  }
  async getToken(realm, scopes, authorization) {
    const url = new URL(realm.href);
    if (this.service) url.searchParams.append("service", this.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const res = await this.transport.request({ method: "GET", url, headers: authorization ? { authorization } : {} });
    return this.readToken(res, realm, scopes);
  }
  async readToken(res, realm, scopes) {
    const text = await res.text(256 * 1024);
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw new RegistryError(`token server ${realm.host} answered ${res.status} ${res.statusText}${describeErrorBody(text, ": ")}`, `${res.status} ${res.statusText}`.trim(), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header("retry-after"))
      });
    }
    if (res.status === 401 || res.status === 403) {
      const who = describeCredential(this.credential);
      const fix = this.credential ? `check the user name and password or token, or run "docker login ${this.registry}" again` : `this registry needs credentials: run "docker login ${this.registry}" or pass --username with --password-stdin`;
      throw new UserError(`token server ${realm.host} refused ${who} for ${describeScopes(scopes)} on ${this.registry} (${res.status}${describeErrorBody(text, ": ")}); ${fix}`);
    }
    if (res.status !== 200) {
      throw new UserError(`token server ${realm.host} answered ${res.status} ${res.statusText} for ${describeScopes(scopes)} on ${this.registry}${describeErrorBody(text, ": ")}`);
    }
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new UserError(`token server ${realm.host} sent an answer that is not JSON (${errorMessage(e).split("\n")[0]})`);
    }
    const token = doc.access_token || doc.token;
    if (!token) throw new UserError(`token server ${realm.host} sent no token`);
    this.secrets.add(token, doc.refresh_token, doc.token, doc.access_token);
    const lifetime = (typeof doc.expires_in === "number" && doc.expires_in > 0 ? doc.expires_in : 60) * 1e3;
    const expiresAt = Date.now() + lifetime - Math.min(3e4, lifetime / 5);
    this.logger.debug(`token for ${scopes.join(" ") || "(no scope)"} from ${realm.host}, valid ${Math.round(lifetime / 1e3)} s`);
    return { token, expiresAt };
  }
};

// src/registry/client.ts
var MANIFEST_ACCEPT = [MediaType.OciIndex, MediaType.OciManifest, MediaType.DockerManifestList, MediaType.DockerManifest];
var MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
var DEFAULT_CHUNK_THRESHOLD = 16 * 1024 * 1024;
var DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
function shortDigest(d) {
  const colon = d.indexOf(":");
  return d.length > colon + 13 ? d.slice(0, colon + 13) + "\u2026" : d;
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501 && status !== 505;
}
function statusLine(res) {
  return `${res.status}${res.statusText ? " " + res.statusText : ""}`;
}
function mediaTypeOfResponse(res) {
  const ct = res.header("content-type");
  return ct ? ct.split(";")[0].trim() : void 0;
}
function withDigestParam(location, digest2) {
  return new URL(`${location.href}${location.search ? "&" : "?"}digest=${encodeURIComponent(digest2)}`);
}
function tag(e, op, host) {
  if (e instanceof RegistryError && !e.extra.op) return new RegistryError(e.message, e.reason, e.retryable, { ...e.extra, op, host });
  return e;
}
var RegistryClient = class _RegistryClient {
  constructor(registry, credential, opts) {
    this.registry = registry;
    this.secrets = opts.secrets ?? new Secrets();
    const resolved = resolveTransportOptions(opts);
    this.log = this.secrets.logger(resolved.logger);
    this.opts = { ...resolved, logger: this.log };
    this.ownsTransport = !opts.transport;
    this.transport = opts.transport ?? new HttpTransport(this.opts);
    this.apiHost = registryApiHost(registry);
    this.base = this.transport.baseUrl(this.apiHost);
    this.auth = new Authenticator(registry, credential, this.transport, this.secrets, this.log);
  }
  registry;
  apiHost;
  base;
  auth;
  opts;
  secrets;
  transport;
  ownsTransport;
  log;
  pinged;
  /** A client for `registry` ("docker.io", "ghcr.io", "127.0.0.1:5000"), credentials looked up. */
  static async open(registry, opts = {}) {
    const credential = opts.credential === null ? void 0 : opts.credential ?? await lookupCredentials(registry, { ...opts, logger: opts.logger });
    const client = new _RegistryClient(registry, credential, opts);
    client.log.debug(`registry ${registry}: ${client.base.origin}, ${describeCredential(credential)}`);
    return client;
  }
  close() {
    if (this.ownsTransport) this.transport.close();
  }
  url(path19) {
    return new URL(path19, this.base);
  }
  /** GET /v2/ once: checks the API is there and learns how to authenticate. */
  ping() {
    if (!this.pinged) {
      this.pinged = this.doPing().catch((e) => {
        this.pinged = void 0;
        throw e;
      });
    }
    return this.pinged;
  }
  async doPing() {
    const url = this.url("/v2/");
    try {
      await withRetries(
        this.opts,
        { op: "GET /v2/", host: this.registry },
        async () => {
          const res = await this.transport.request({ method: "GET", url });
          const text = await res.text(64 * 1024);
          if (res.status === 200 || res.status === 401) {
            this.auth.fromPing(res.status, res.header("www-authenticate"));
            this.log.debug(`registry ${this.registry}: auth ${this.auth.scheme}`);
            return;
          }
          if (isRetryableStatus(res.status)) {
            throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ": ")}`, statusLine(res), true, { status: res.status, retryAfterMs: parseRetryAfter(res.header("retry-after")) });
          }
          if (res.status === 404) throw new UserError(`${url.origin} does not look like an OCI registry: GET /v2/ answered 404`);
          throw new UserError(`registry ${this.registry} answered GET /v2/ with ${statusLine(res)}${describeErrorBody(text, ": ")}`);
        },
        // An address that refuses or ignores connections rarely starts answering a moment later.
        (e) => e.reason === "connect timeout" ? 1 : e.extra.connect ? 2 : this.opts.retries
      );
    } catch (e) {
      if (e instanceof RetriesExhausted) {
        const detail = e.last.message.replace(`cannot connect to ${this.apiHost}: `, "");
        throw new UserError(`cannot reach the registry ${this.registry}${this.apiHost !== this.registry ? ` (${this.apiHost})` : ""}: ${detail} (${e.attempts} attempt${e.attempts > 1 ? "s" : ""})`);
      }
      throw e;
    }
  }
  /**
   * One request with authentication: adds the Authorization the registry wants (only to the
   * registry's own origin) and, on a 401, authenticates again once. Network failures throw
   * RegistryError tagged with `op`.
   */
  async send(req, scopes, op) {
    await this.ping();
    let sc = scopes;
    for (let round = 0; ; round++) {
      const sameOrigin = req.url.origin === this.base.origin;
      const authorization = sameOrigin ? await this.auth.header(sc) : void 0;
      let res;
      try {
        res = await this.transport.request({ ...req, headers: { ...req.headers ?? {}, ...authorization ? { authorization } : {} } });
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      if (res.status !== 401 || round > 0 || !sameOrigin) return res;
      await res.text(64 * 1024).catch(() => "");
      const next = this.auth.onUnauthorized(res.header("www-authenticate"), sc, authorization);
      if (!next.retry) return res;
      this.log.debug(`${op}: 401 from ${this.registry}; authenticating again`);
      sc = next.scopes;
    }
  }
  /** Turns an unexpected answer into an error: retryable for 5xx/408/429, else one clear line. */
  async fail(res, op, scopes) {
    const text = await res.text(64 * 1024).catch(() => "");
    const desc = describeErrorBody(text, ": ");
    if (isRetryableStatus(res.status)) {
      throw new RegistryError(`${statusLine(res)}${desc}`, statusLine(res), true, {
        status: res.status,
        retryAfterMs: parseRetryAfter(res.header("retry-after")),
        op,
        host: this.registry
      });
    }
    if (res.status === 401 || res.status === 403) throw new UserError(this.authMessage(res.status, scopes, desc, op));
    if (res.status === 404) throw new UserError(`${op} on ${this.registry}: not found (404${desc})`);
    throw new UserError(`${op} on ${this.registry} failed: ${statusLine(res)}${desc}`);
  }
  authMessage(status, scopes, desc, op) {
    const what = describeScopes(scopes);
    const cred = this.auth.credential;
    const reg = this.registry;
    if (status === 401 && !cred) {
      return `registry ${reg} refused ${what} without credentials (${op}: 401${desc}); no credentials for ${reg} in --username, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD or ${dockerConfigPath()}: run "docker login ${reg}" or pass --username with --password-stdin`;
    }
    if (status === 401 && this.auth.scheme === "bearer" && this.auth.lastError === "insufficient_scope") {
      return `registry ${reg} refused ${what} for ${describeCredential(cred)}: the token server did not grant it (${op}: 401 insufficient_scope${desc}); check that this account has that permission on the repository`;
    }
    if (status === 401) {
      return `registry ${reg} refused ${what} for ${describeCredential(cred)} (${op}: 401${desc}); check the user name and password or token and that this account has that access; run "docker login ${reg}" again or pass --username with --password-stdin`;
    }
    return `registry ${reg} denied ${what} for ${cred ? describeCredential(cred) : "an anonymous client"} (${op}: 403${desc}); check that this account has permission on the repository`;
  }
  // ---- blobs ----
  /** HEAD a blob: its size, or undefined when the repository does not have it. */
  async headBlob(repository, digest2, scopes) {
    const op = `HEAD blob ${shortDigest(digest2)}`;
    return withRetries(this.opts, { op, host: this.registry }, () => this.headBlobOnce(repository, digest2, scopes, op));
  }
  async headBlobOnce(repository, digest2, scopes, op) {
    const res = await this.send({ method: "HEAD", url: this.url(`/v2/${repository}/blobs/${digest2}`) }, scopes, op);
    await res.discard();
    if (res.status === 200) return Number(res.header("content-length") ?? -1);
    if (res.status === 404) return void 0;
    return this.fail(res, op, scopes);
  }
  /**
   * Makes sure the repository has the blob: HEAD, then a mount (when a source repository is
   * given), else an upload — monolithic for small blobs, chunked for large ones. A failed attempt
   * starts over (HEAD first: the blob may have landed although its answer was lost).
   */
  async pushBlob(repository, desc, source, o) {
    const short3 = shortDigest(desc.digest);
    return withRetries(this.opts, { op: `push blob ${short3}`, host: this.registry }, async (attempt) => {
      const size = await this.headBlobOnce(repository, desc.digest, o.scopes, `HEAD blob ${short3}`);
      if (size !== void 0) {
        if (attempt > 1) {
          this.log.debug(`blob ${short3} is in ${repository} after all`);
          return "pushed";
        }
        return "exists";
      }
      const uploads = this.url(`/v2/${repository}/blobs/uploads/`);
      let session;
      if (o.mountFrom && o.mountFrom !== repository) {
        const op = `mount blob ${short3} from ${o.mountFrom}`;
        const url = new URL(`${uploads.href}?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(o.mountFrom)}`);
        const res = await this.send({ method: "POST", url }, o.scopes, op);
        await res.text(64 * 1024).catch(() => "");
        if (res.status === 201) return "mounted";
        if (res.status === 202 && res.header("location")) {
          session = this.sessionFrom(res);
          this.log.debug(`${op}: not mounted (202); uploading`);
        } else if (isRetryableStatus(res.status)) {
          await this.fail(res, op, o.scopes);
        } else {
          this.log.debug(`${op}: ${statusLine(res)}; uploading instead`);
        }
      }
      if (!session) {
        const op = `POST upload ${short3}`;
        const res = await this.send({ method: "POST", url: uploads }, o.scopes, op);
        if (res.status !== 202 || !res.header("location")) {
          if (res.status === 202) throw new UserError(`${op} on ${this.registry}: the registry opened an upload without a Location header`);
          await this.fail(res, op, o.scopes);
        }
        await res.discard();
        session = this.sessionFrom(res);
      }
      try {
        return await this.upload(desc, source, o, session, short3);
      } catch (e) {
        await this.cancelUpload(session.location, o.scopes, short3);
        throw e;
      }
    });
  }
  /**
   * The bytes of an upload into an open session: one PUT, or PATCHes then a closing PUT.
   * `session.location` follows the registry's Location answers, so a failure can cancel it.
   */
  async upload(desc, source, o, session, short3) {
    const threshold = o.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
    if (desc.size <= threshold) {
      const op2 = `PUT blob ${short3}`;
      const url = withDigestParam(session.location, desc.digest);
      const res2 = await this.send(
        { method: "PUT", url, headers: { "content-type": "application/octet-stream" }, body: { length: desc.size, open: () => source.open(0, desc.size) } },
        o.scopes,
        op2
      );
      await this.finishUpload(res2, desc.digest, op2, o.scopes);
      o.onProgress?.(desc.size);
      return "pushed";
    }
    const chunk = Math.max(o.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk ?? 0);
    for (let start = 0; start < desc.size; ) {
      const end = Math.min(desc.size, start + chunk);
      const op2 = `PATCH blob ${short3}`;
      const s = start;
      const res2 = await this.send(
        {
          method: "PATCH",
          url: session.location,
          headers: { "content-type": "application/octet-stream", "content-range": `${start}-${end - 1}` },
          body: { length: end - start, open: () => source.open(s, end) }
        },
        o.scopes,
        op2
      );
      if (res2.status !== 202) await this.uploadFailure(res2, op2, o.scopes);
      await res2.discard();
      const range = /^(?:bytes=)?0-(\d+)$/.exec(res2.header("range") ?? "");
      if (range && Number(range[1]) !== end - 1) {
        throw new RegistryError(`the registry holds bytes 0-${range[1]} of the upload, expected 0-${end - 1}`, "upload out of step", true, { op: op2, host: this.registry });
      }
      if (res2.header("location")) session.location = new URL(res2.header("location"), res2.url);
      start = end;
      o.onProgress?.(start);
    }
    const op = `PUT blob ${short3}`;
    const res = await this.send({ method: "PUT", url: withDigestParam(session.location, desc.digest), headers: { "content-type": "application/octet-stream" }, body: Buffer.alloc(0) }, o.scopes, op);
    await this.finishUpload(res, desc.digest, op, o.scopes);
    return "pushed";
  }
  /** Best effort: one DELETE of the upload session, whatever its answer. */
  async cancelUpload(location, scopes, short3) {
    try {
      const res = await this.send({ method: "DELETE", url: location }, scopes, `cancel upload ${short3}`);
      await res.discard();
      this.log.debug(`cancel upload ${short3}: ${statusLine(res)}`);
    } catch {
    }
  }
  sessionFrom(res) {
    const min = Number(res.header("oci-chunk-min-length"));
    return { location: new URL(res.header("location"), res.url), minChunk: Number.isFinite(min) && min > 0 ? min : void 0 };
  }
  /** Errors inside an upload session: a lost session (404) or out-of-order range (416) restarts it. */
  async uploadFailure(res, op, scopes) {
    if (res.status === 404 || res.status === 416) {
      const text = await res.text(64 * 1024).catch(() => "");
      throw new RegistryError(`${statusLine(res)}${describeErrorBody(text, ": ")} (the upload session broke)`, res.status === 404 ? "upload session lost" : "upload out of order", true, {
        status: res.status,
        op,
        host: this.registry
      });
    }
    return this.fail(res, op, scopes);
  }
  async finishUpload(res, digest2, op, scopes) {
    if (res.status !== 201 && res.status !== 204 && res.status !== 200) {
      if (res.status === 400) {
        const text = await res.text(64 * 1024).catch(() => "");
        if (/DIGEST_INVALID|SIZE_INVALID/.test(text)) {
          throw new UserError(`${op} on ${this.registry}: the registry says the data does not match ${digest2} (${describeErrorBody(text)}); the blob in the layout may be corrupt`);
        }
      }
      await this.uploadFailure(res, op, scopes);
    }
    await res.discard();
    const got = res.header("docker-content-digest");
    if (got && got !== digest2) throw new UserError(`${op} on ${this.registry}: the registry stored the blob as ${got}, not ${digest2}`);
  }
  /**
   * Downloads a blob into `dest` (a file path, or a factory of a fresh Writable per attempt),
   * verifying size and digest. Redirects to storage hosts are followed without our credentials.
   */
  async fetchBlob(repository, digest2, size, dest, scopes) {
    const short3 = shortDigest(digest2);
    const op = `GET blob ${short3}`;
    const algorithm = digest2.startsWith("sha512:") ? "sha512" : "sha256";
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "GET", url: this.url(`/v2/${repository}/blobs/${digest2}`) }, scopes, op);
      if (res.status !== 200) await this.fail(res, op, scopes);
      const hash = createHash5(algorithm);
      let n = 0;
      const counter = new Transform({
        transform(chunk, _enc, cb) {
          hash.update(chunk);
          n += chunk.length;
          cb(null, chunk);
        }
      });
      const out = typeof dest === "string" ? createWriteStream(dest) : dest();
      try {
        await pipeline(res.stream, counter, out);
      } catch (e) {
        if (typeof dest === "string") await fs11.rm(dest, { force: true }).catch(() => {
        });
        if (e.syscall && ["open", "write"].includes(e.syscall)) {
          throw new UserError(`${op}: cannot write ${typeof dest === "string" ? dest : "the blob"}: ${errorMessage(e)}`);
        }
        throw tag(bodyError(e, res.url), op, this.registry);
      }
      const got = `${algorithm}:${hash.digest("hex")}`;
      if (size !== void 0 && n !== size || got !== digest2) {
        if (typeof dest === "string") await fs11.rm(dest, { force: true }).catch(() => {
        });
        const why = size !== void 0 && n !== size ? `${n} bytes arrived, ${size} expected` : `its content hashes to ${got}`;
        throw new RegistryError(`blob ${digest2} from ${this.registry}/${repository} is corrupt: ${why}`, "corrupt download", n !== size, { op, host: this.registry });
      }
      return n;
    });
  }
  // ---- manifests ----
  /** PUTs the exact bytes under `reference` (tag or digest); checks the digest the registry reports. */
  async putManifest(repository, reference, bytes, mediaType2, scopes) {
    const digest2 = sha256(bytes);
    const op = `PUT manifest ${reference.startsWith("sha256:") ? shortDigest(reference) : reference}`;
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "PUT", url: this.url(`/v2/${repository}/manifests/${reference}`), headers: { "content-type": mediaType2 }, body: bytes }, scopes, op);
      if (res.status < 200 || res.status > 299) await this.fail(res, op, scopes);
      await res.discard();
      const got = res.header("docker-content-digest");
      if (got && got !== digest2) throw new UserError(`${op} on ${this.registry}: the registry stored the manifest as ${got}, but its bytes are ${digest2}`);
      return digest2;
    });
  }
  /** GETs a manifest or index: exact bytes, media type and digest (verified when pulled by digest). */
  async getManifest(repository, reference, scopes, accept = MANIFEST_ACCEPT) {
    const op = `GET manifest ${reference.includes(":") ? shortDigest(reference) : reference}`;
    return withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "GET", url: this.url(`/v2/${repository}/manifests/${reference}`), headers: { accept: accept.join(", ") } }, scopes, op);
      if (res.status === 404) {
        const text = await res.text(64 * 1024).catch(() => "");
        throw new UserError(`${this.registry}/${repository}${reference.includes(":") ? "@" : ":"}${reference}: not found${describeErrorBody(text, " (") ? describeErrorBody(text, " (") + ")" : ""}`);
      }
      if (res.status !== 200) await this.fail(res, op, scopes);
      let bytes;
      try {
        bytes = await res.buffer(MAX_MANIFEST_BYTES);
      } catch (e) {
        throw tag(e, op, this.registry);
      }
      const algorithm = reference.startsWith("sha512:") ? "sha512" : "sha256";
      const digest2 = `${algorithm}:${createHash5(algorithm).update(bytes).digest("hex")}`;
      if (reference.includes(":") && reference !== digest2) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest2}, not ${reference}; refusing it`);
      }
      const header = res.header("docker-content-digest");
      if (header && header.startsWith(`${algorithm}:`) && header !== digest2) {
        throw new UserError(`${op} on ${this.registry}: the manifest received hashes to ${digest2}, but the registry says ${header}`);
      }
      let declared;
      try {
        declared = JSON.parse(bytes.toString("utf8")).mediaType;
      } catch {
        throw new UserError(`${op} on ${this.registry}: the manifest is not JSON`);
      }
      let mediaType2 = mediaTypeOfResponse(res);
      if (!mediaType2 || mediaType2 === "application/json" || mediaType2 === "text/plain" || mediaType2 === "application/octet-stream") mediaType2 = declared;
      if (!mediaType2) throw new UserError(`${op} on ${this.registry}: the manifest has no media type`);
      if (declared && declared !== mediaType2) {
        throw new UserError(`${op} on ${this.registry}: served as ${mediaType2} but its mediaType field says ${declared}`);
      }
      return { bytes, mediaType: mediaType2, digest: digest2 };
    });
  }
  /** HEADs a manifest: digest, media type and size, or undefined when there is none. */
  async headManifest(repository, reference, scopes, accept = MANIFEST_ACCEPT) {
    const op = `HEAD manifest ${reference.includes(":") ? shortDigest(reference) : reference}`;
    const got = await withRetries(this.opts, { op, host: this.registry }, async () => {
      const res = await this.send({ method: "HEAD", url: this.url(`/v2/${repository}/manifests/${reference}`), headers: { accept: accept.join(", ") } }, scopes, op);
      await res.discard();
      if (res.status === 404) return null;
      if (res.status !== 200) return this.fail(res, op, scopes);
      const digest2 = res.header("docker-content-digest");
      const mediaType2 = mediaTypeOfResponse(res);
      const size = Number(res.header("content-length"));
      if (!digest2 || !mediaType2 || !Number.isFinite(size)) return void 0;
      return { digest: digest2, mediaType: mediaType2, size };
    });
    if (got === null) return void 0;
    if (got) return got;
    const m = await this.getManifest(repository, reference, scopes, accept);
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
  }
};

// src/registry/pull.ts
function pullScopes(repository) {
  return [`repository:${repository}:pull`];
}
function redacted(e, client) {
  if (e instanceof UserError) {
    const msg = client.secrets.redact(e.message);
    if (msg !== e.message) return new UserError(msg, e.exitCode);
  }
  return e;
}
async function withClient(ref, opts, fn) {
  if (opts.client && opts.client.registry !== ref.registry) {
    throw new Error(`client for ${opts.client.registry} used for ${ref.registry}`);
  }
  const client = opts.client ?? await RegistryClient.open(ref.registry, opts);
  try {
    return await fn(client);
  } catch (e) {
    throw redacted(e, client);
  } finally {
    if (!opts.client) client.close();
  }
}
var RegistryImageSource = class _RegistryImageSource {
  constructor(ref, opts = {}) {
    this.ref = ref;
    this.opts = opts;
    this.name = formatReference(ref);
    this.mountFrom = { registry: ref.registry, repository: ref.repository };
  }
  ref;
  opts;
  name;
  mountFrom;
  clientPromise;
  static parse(spec, opts = {}) {
    return new _RegistryImageSource(parseReference(spec), opts);
  }
  client() {
    this.clientPromise ??= RegistryClient.open(this.ref.registry, this.opts);
    return this.clientPromise;
  }
  async manifest(digest2) {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.getManifest(this.ref.repository, digest2 ?? manifestReference(this.ref), pullScopes(this.ref.repository)));
  }
  async fetchBlob(digest2, size, dest) {
    const client = await this.client();
    return withClient(this.ref, { client }, (c) => c.fetchBlob(this.ref.repository, digest2, size, dest, pullScopes(this.ref.repository)));
  }
  /** registry/repository, for messages. */
  get repositoryName() {
    return repositoryName(this.ref);
  }
  async close() {
    if (this.clientPromise) (await this.clientPromise.catch(() => void 0))?.close();
  }
};

// src/image/source.ts
import { promises as fs12 } from "node:fs";
import { createHash as createHash6 } from "node:crypto";
import { pipeline as pipeline2 } from "node:stream/promises";
import { createWriteStream as createWriteStream2 } from "node:fs";
function mediaTypeOf(bytes, declared) {
  if (declared) return declared;
  try {
    const doc = JSON.parse(bytes.toString("utf8"));
    if (doc.mediaType) return doc.mediaType;
    return doc.manifests ? "application/vnd.oci.image.index.v1+json" : "application/vnd.oci.image.manifest.v1+json";
  } catch {
    return "application/octet-stream";
  }
}
var LayoutSource = class _LayoutSource {
  constructor(dir, ref) {
    this.ref = ref;
    this.layout = new OciLayout(dir);
    this.name = `oci:${dir}${ref ? ":" + ref : ""}`;
  }
  ref;
  name;
  layout;
  static parse(spec) {
    const body = spec.slice("oci:".length);
    const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(body);
    return new _LayoutSource(m[1], m[2]);
  }
  async manifest(digest2) {
    if (!await OciLayout.isLayout(this.layout.dir)) throw new UserError(`base ${this.name}: ${this.layout.dir} is not an OCI image layout`);
    const desc = digest2 ? { digest: digest2, mediaType: void 0 } : await this.layout.resolveRef(this.ref);
    const bytes = await this.layout.readBlob(desc.digest);
    if (sha256(bytes) !== desc.digest) throw new UserError(`base ${this.name}: blob ${desc.digest} does not match its digest`);
    return { bytes, digest: desc.digest, mediaType: mediaTypeOf(bytes, desc.mediaType) };
  }
  async fetchBlob(digest2, size, dest) {
    const src = this.layout.blobPath(digest2);
    const hash = createHash6("sha256");
    let n = 0;
    try {
      await pipeline2(
        this.layout.openBlob(digest2),
        async function* (source) {
          for await (const c of source) {
            hash.update(c);
            n += c.length;
            yield c;
          }
        },
        createWriteStream2(dest)
      );
    } catch (e) {
      await fs12.rm(dest, { force: true });
      throw new UserError(`base ${this.name}: cannot read blob ${src}: ${e.message}`);
    }
    if ("sha256:" + hash.digest("hex") !== digest2 || n !== size) {
      await fs12.rm(dest, { force: true });
      throw new UserError(`base ${this.name}: blob ${digest2} is corrupt (digest or size does not match)`);
    }
    return n;
  }
};

// src/image/open-source.ts
function openSource(spec, registry = {}) {
  if (spec.startsWith("oci:")) return LayoutSource.parse(spec);
  return RegistryImageSource.parse(spec, registry);
}

// src/registry/push.ts
import { createReadStream as createReadStream3, promises as fs13 } from "node:fs";
import { Readable } from "node:stream";
function guessMediaType(doc, declared) {
  if (doc.mediaType) return doc.mediaType;
  if (declared) return declared;
  return doc.manifests ? MediaType.OciIndex : MediaType.OciManifest;
}
async function planPush(layout, root) {
  const children = [];
  const remoteChildren = [];
  const blobs = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const read = async (desc, what) => {
    const bytes = await layout.readBlob(desc.digest);
    if (sha256(bytes) !== desc.digest) throw new UserError(`${what} ${desc.digest} in ${layout.dir} does not match its digest; the layout is corrupt`);
    if (desc.size !== void 0 && bytes.length !== desc.size) throw new UserError(`${what} ${desc.digest} in ${layout.dir} is ${bytes.length} bytes, its descriptor says ${desc.size}`);
    let doc;
    try {
      doc = JSON.parse(bytes.toString("utf8"));
    } catch (e) {
      throw new UserError(`${what} ${desc.digest} in ${layout.dir} is not valid JSON: ${e.message}`);
    }
    return { digest: desc.digest, mediaType: guessMediaType(doc, desc.mediaType), bytes, doc };
  };
  const addBlob = async (d, what) => {
    if (isForeignLayer(d.mediaType)) return;
    if (blobs.has(d.digest)) return;
    const size = await layout.blobSize(d.digest);
    if (size === void 0) throw new UserError(`the layout ${layout.dir} lacks ${what} ${d.digest}; it is incomplete`);
    if (size !== d.size) throw new UserError(`${what} ${d.digest} in ${layout.dir} is ${size} bytes, its descriptor says ${d.size}`);
    blobs.set(d.digest, { size, mediaType: d.mediaType });
  };
  const visit = async (desc, isRoot2) => {
    const node = await read(desc, isRoot2 ? "image" : "manifest");
    if (isIndex(node.mediaType)) {
      for (const child2 of node.doc.manifests ?? []) {
        if (seen.has(child2.digest)) continue;
        seen.add(child2.digest);
        if (!await layout.hasBlob(child2.digest)) {
          remoteChildren.push(child2);
          continue;
        }
        children.push(await visit(child2, false));
      }
    } else {
      if (!node.doc.config) throw new UserError(`manifest ${desc.digest} in ${layout.dir} has no config`);
      await addBlob(node.doc.config, "config");
      for (const l of node.doc.layers ?? []) await addBlob(l, "layer");
    }
    return { digest: node.digest, mediaType: node.mediaType, bytes: node.bytes };
  };
  const rootNode = await visit(root, true);
  return { root: rootNode, children, remoteChildren, blobs };
}
async function pool(items, n, fn) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (e) {
        failure ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  if (failure) throw failure.e;
}
function mountSource(value, registry) {
  if (!value) return void 0;
  const slash = value.indexOf("/");
  const first = slash >= 0 ? value.slice(0, slash) : "";
  if (first && (first.includes(".") || first.includes(":") || first === "localhost")) {
    return normalizeRegistryHost(first) === normalizeRegistryHost(registry) ? value.slice(slash + 1) : void 0;
  }
  return value;
}
async function pushLayout(layoutDir, refs, opts = {}) {
  if (refs.length === 0) throw new UserError("push: give at least one image reference to push to");
  const parsed = refs.map((r) => parseReference(r));
  if (!await OciLayout.isLayout(layoutDir)) {
    try {
      await fs13.access(layoutDir);
    } catch (e) {
      throw fsError(e, layoutDir, "reading the OCI layout");
    }
    throw new UserError(`${layoutDir} is not an OCI image layout (it has no oci-layout file)`);
  }
  const layout = new OciLayout(layoutDir);
  const rootDesc = await layout.resolveRef(opts.ref);
  const plan = await planPush(layout, rootDesc);
  const { root } = plan;
  for (const r of parsed) {
    if (r.digest && r.digest !== root.digest) {
      throw new UserError(`${formatReference(r)} pins ${r.digest}, but the image in ${layoutDir} is ${root.digest}`);
    }
  }
  const secrets = opts.secrets ?? new Secrets();
  const transportOpts = resolveTransportOptions(opts);
  const log = secrets.logger(transportOpts.logger);
  const transport = opts.transport ?? new HttpTransport({ ...transportOpts, logger: log });
  const mountMap = opts.mountFrom instanceof Map ? opts.mountFrom : new Map(Object.entries(opts.mountFrom ?? {}));
  const result = { digest: root.digest, mediaType: root.mediaType, size: root.bytes.length, tags: [], pushed: 0, skipped: 0, mounted: 0 };
  const groups = /* @__PURE__ */ new Map();
  for (const r of parsed) {
    const byRepo = groups.get(r.registry) ?? /* @__PURE__ */ new Map();
    groups.set(r.registry, byRepo);
    byRepo.set(r.repository, [...byRepo.get(r.repository) ?? [], r]);
  }
  const blobList = [...plan.blobs.entries()].map(([digest2, b]) => ({ digest: digest2, ...b }));
  const totalBytes = blobList.reduce((n, b) => n + b.size, 0);
  try {
    for (const [registry, byRepo] of groups) {
      const client = await RegistryClient.open(registry, { ...opts, logger: log, secrets, transport });
      try {
        for (const [repository, repoRefs] of byRepo) {
          const started = Date.now();
          const sources = /* @__PURE__ */ new Map();
          for (const b of blobList) {
            const src = mountSource(mountMap.get(b.digest), registry);
            if (src && src !== repository) sources.set(b.digest, src);
          }
          const scopes = [`repository:${repository}:pull,push`, ...[...new Set(sources.values())].map((s) => `repository:${s}:pull`)];
          log.info(`pushing ${root.digest} to ${registry}/${repository}: ${blobList.length} blob${blobList.length === 1 ? "" : "s"}, ${humanSize(totalBytes)}`);
          const counts = { pushed: 0, exists: 0, mounted: 0 };
          await pool(blobList, opts.concurrency ?? 3, async (b) => {
            const t0 = Date.now();
            let nextReport = 0.25;
            const outcome = await client.pushBlob(
              repository,
              b,
              {
                open: (start, end) => end <= start ? Readable.from([]) : createReadStream3(layout.blobPath(b.digest), { start, end: end - 1 })
              },
              {
                scopes,
                mountFrom: sources.get(b.digest),
                chunkThreshold: opts.chunkThreshold,
                chunkSize: opts.chunkSize,
                onProgress: (sent) => {
                  if (b.size > (opts.chunkThreshold ?? 16 * 1024 * 1024) && sent < b.size && sent / b.size >= nextReport) {
                    log.info(`  ${shortDigest(b.digest)} ${humanSize(sent)} of ${humanSize(b.size)}`);
                    while (sent / b.size >= nextReport) nextReport += 0.25;
                  }
                }
              }
            );
            counts[outcome]++;
            const verb = outcome === "exists" ? "already there" : outcome;
            log.info(`  ${shortDigest(b.digest)} ${humanSize(b.size)}: ${verb}${outcome === "pushed" ? ` (${((Date.now() - t0) / 1e3).toFixed(1)} s)` : ""}`);
          });
          result.pushed += counts.pushed;
          result.skipped += counts.exists;
          result.mounted += counts.mounted;
          for (const child2 of plan.remoteChildren) {
            const there = await client.headManifest(repository, child2.digest, scopes);
            if (!there) throw new UserError(`the index ${root.digest} lists ${child2.digest}, which is neither in ${layoutDir} nor in ${registry}/${repository}`);
          }
          for (const child2 of plan.children) await client.putManifest(repository, child2.digest, child2.bytes, child2.mediaType, scopes);
          for (const r of repoRefs) {
            await client.putManifest(repository, r.tag ?? root.digest, root.bytes, root.mediaType, scopes);
            const full = r.tag !== void 0 ? `${registry}/${repository}:${r.tag}` : `${registry}/${repository}@${root.digest}`;
            result.tags.push(full);
            log.info(`pushed ${full}`);
          }
          log.debug(`${registry}/${repository}: done in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
        }
      } finally {
        client.close();
      }
    }
  } catch (e) {
    if (e instanceof UserError) {
      const msg = secrets.redact(e.message);
      if (msg !== e.message) throw new UserError(msg, e.exitCode);
    }
    throw e;
  } finally {
    if (!opts.transport) transport.close();
  }
  return result;
}

// src/validate/validate.ts
import { promises as fs16 } from "node:fs";
import { createHash as createHash9 } from "node:crypto";
import path13 from "node:path";

// src/validate/archive.ts
import { closeSync, mkdirSync, openSync, writeSync, promises as fs15 } from "node:fs";
import os4 from "node:os";
import path12 from "node:path";
import zlib3 from "node:zlib";
import { once } from "node:events";

// src/validate/blobs.ts
import { createReadStream as createReadStream4, promises as fs14 } from "node:fs";
import { createHash as createHash7 } from "node:crypto";
import path11 from "node:path";
var READ_CHUNK = 1024 * 1024;
var BlobStore = class {
  constructor(dir, onHash) {
    this.dir = dir;
    this.onHash = onHash;
  }
  dir;
  onHash;
  stats = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  /** Distinct blobs hashed, and their bytes. */
  hashedCount = 0;
  bytesHashed = 0;
  path(algorithm, hex) {
    return path11.join(this.dir, "blobs", algorithm, hex);
  }
  pathOf(digest2) {
    const i = digest2.indexOf(":");
    return this.path(digest2.slice(0, i), digest2.slice(i + 1));
  }
  stat(digest2) {
    let p = this.stats.get(digest2);
    if (!p) {
      p = fs14.stat(this.pathOf(digest2)).then(
        (st) => st.isFile() ? { present: true, size: st.size } : { present: false, reason: `blobs/${digest2.replace(":", "/")} is not a regular file` },
        (e) => ({
          present: false,
          reason: e.code === "ENOENT" || e.code === "ENOTDIR" ? `blobs/${digest2.replace(":", "/")} does not exist` : `blobs/${digest2.replace(":", "/")} cannot be read: ${e.code ?? e.message}`
        })
      );
      this.stats.set(digest2, p);
    }
    return p;
  }
  open(digest2) {
    return createReadStream4(this.pathOf(digest2), { highWaterMark: READ_CHUNK });
  }
  /** Reads a small blob whole (JSON documents; the caller checked the size first). */
  read(digest2) {
    return fs14.readFile(this.pathOf(digest2));
  }
  /** Has this blob's content been hashed already (by any route)? */
  wasHashed(digest2) {
    return this.digests.has(digest2);
  }
  /** Records a digest computed by someone reading the blob anyway (document read, layer check). */
  record(digest2, result) {
    if (this.digests.has(digest2)) return;
    this.digests.set(digest2, Promise.resolve(result));
    this.count(digest2, result.size);
  }
  /** The digest of what is stored under `digest`, computed once by streaming. Rejects on read errors. */
  hash(digest2, algorithm) {
    let p = this.digests.get(digest2);
    if (!p) {
      p = (async () => {
        const h = createHash7(algorithm);
        let size = 0;
        for await (const chunk of this.open(digest2)) {
          h.update(chunk);
          size += chunk.length;
        }
        this.count(digest2, size);
        return { digest: `${algorithm}:${h.digest("hex")}`, size };
      })();
      this.digests.set(digest2, p);
    }
    return p;
  }
  count(digest2, size) {
    this.hashedCount++;
    this.bytesHashed += size;
    this.onHash?.(digest2, size);
  }
};

// src/validate/layer-entries.ts
var WH = ".wh.";
var OPAQUE = ".wh..wh..opq";
function normalizePath(p) {
  const absolute = p.startsWith("/");
  const parts = [];
  let escapes = false;
  let dotdot = false;
  for (const c of p.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") {
      dotdot = true;
      if (parts.length === 0) escapes = true;
      else parts.pop();
      continue;
    }
    parts.push(c);
  }
  return { parts, escapes, dotdot, absolute };
}
var LayerEntryRules = class {
  constructor(capPerRule = 25) {
    this.capPerRule = capPerRule;
  }
  capPerRule;
  issues = [];
  /** Normalised path → entry type, of everything this layer holds. */
  paths = /* @__PURE__ */ new Map();
  unresolvedLinks = [];
  counts = /* @__PURE__ */ new Map();
  add(severity, rule, entry, message) {
    const n = (this.counts.get(rule) ?? 0) + 1;
    this.counts.set(rule, n);
    if (n <= this.capPerRule) this.issues.push({ severity, rule, entry, message });
  }
  /** Rules whose issues went over the cap, with how many were left out. */
  suppressed() {
    return [...this.counts].filter(([, n]) => n > this.capPerRule).map(([rule, n]) => ({ rule, count: n - this.capPerRule }));
  }
  onEntry(e) {
    const name = e.path;
    if (name === "") {
      this.add("error", "layer-entry-name", name, `an entry at byte ${e.offset} has an empty name`);
      return;
    }
    const n = normalizePath(name);
    if (n.escapes) {
      this.add("error", "layer-path-escape", name, `"${name}" escapes the root of the filesystem ("..")`);
      return;
    }
    if (n.dotdot) this.add("warning", "layer-path-dotdot", name, `"${name}" has ".." components (it stays inside the root, but writers should not emit them)`);
    if (n.absolute) this.add("info", "layer-path-absolute", name, `"${name}" is an absolute path; readers strip the leading "/"`);
    const key = n.parts.join("/");
    if (key === "") {
      if (e.type !== "dir") this.add("error", "layer-entry-name", name, `"${name}" names the root but is a ${e.type}, not a directory`);
      return;
    }
    if (this.paths.has(key)) {
      this.add("error", "layer-duplicate-path", name, `"${key}" appears more than once in the layer (the spec forbids duplicate paths)`);
    }
    const parent = n.parts.slice(0, -1).join("/");
    const parentType = parent ? this.paths.get(parent) : void 0;
    if (parentType !== void 0 && parentType !== "dir" && parentType !== "symlink") {
      this.add("error", "layer-parent-not-dir", name, `"${key}" is inside "${parent}", which this layer made a ${parentType}`);
    }
    switch (e.type) {
      case "other":
        this.add("warning", "layer-entry-type", name, `"${key}" has tar type "${e.typeflag}", which layers should not use (files, dirs, links, devices and FIFOs only)`);
        break;
      case "sparse":
        this.add("warning", "layer-sparse", name, `"${key}" is a sparse file; layers SHOULD NOT use them`);
        break;
      case "hardlink":
        this.checkHardlink(e, key);
        break;
      default:
        break;
    }
    this.checkWhiteout(e, key, n.parts[n.parts.length - 1]);
    this.paths.set(key, e.type);
  }
  checkHardlink(e, key) {
    if (e.linkpath === "") {
      this.add("error", "layer-hardlink", e.path, `hard link "${key}" has no target`);
      return;
    }
    const t = normalizePath(e.linkpath);
    if (t.escapes) {
      this.add("error", "layer-hardlink-escape", e.path, `hard link "${key}" points outside the root: "${e.linkpath}"`);
      return;
    }
    const target = t.parts.join("/");
    if (target === "" || target === key) {
      this.add("error", "layer-hardlink", e.path, `hard link "${key}" points at ${target === "" ? "the root" : "itself"}`);
      return;
    }
    const type = this.paths.get(target);
    if (type === "dir") this.add("error", "layer-hardlink-dir", e.path, `hard link "${key}" points at the directory "${target}" (hard links to directories are not allowed)`);
    else if (type === void 0) this.unresolvedLinks.push({ entry: e.path, target });
  }
  checkWhiteout(e, key, base) {
    if (!base.startsWith(WH)) return;
    if (base === WH) {
      this.add("error", "layer-whiteout-name", e.path, `"${key}" is a bare ".wh." whiteout that names nothing`);
      return;
    }
    if (base !== OPAQUE && base.startsWith(WH + WH)) {
      this.add("warning", "layer-whiteout-name", e.path, `"${key}" is an aufs metadata entry (".wh..wh." prefix), not an OCI whiteout`);
      return;
    }
    const what = base === OPAQUE ? "opaque whiteout" : "whiteout";
    if (e.type !== "file" && e.type !== "hardlink") {
      this.add("error", "layer-whiteout-type", e.path, `${what} "${key}" is a ${e.type === "dir" ? "directory" : e.type}; whiteouts must be empty regular files`);
    } else if (e.type === "file" && e.size !== 0) {
      this.add("error", "layer-whiteout-type", e.path, `${what} "${key}" has ${e.size} bytes of content; whiteouts must be empty regular files`);
    }
  }
};

// src/validate/problems.ts
function where(...parts) {
  return parts.filter((p) => p !== void 0 && p !== "").join(" \u2192 ");
}
var LABEL = { error: "error", warning: "warning", info: "note" };
function formatProblem(p) {
  return `${LABEL[p.severity]}: ${p.where ? p.where + ": " : ""}${p.message} [${p.rule}]`;
}
var Problems = class {
  constructor(capPerScope = 25) {
    this.capPerScope = capPerScope;
  }
  capPerScope;
  list = [];
  counts = /* @__PURE__ */ new Map();
  suppressed = /* @__PURE__ */ new Map();
  add(severity, where2, rule, message, scope) {
    if (scope !== void 0) {
      const key = `${scope}\0${rule}`;
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      if (n > this.capPerScope) {
        const s = this.suppressed.get(key);
        if (s) s.n++;
        else this.suppressed.set(key, { p: { severity, where: scope, rule, message: "" }, n: 1 });
        return;
      }
    }
    this.list.push({ severity, where: where2, rule, message });
  }
  error(where2, rule, message, scope) {
    this.add("error", where2, rule, message, scope);
  }
  warn(where2, rule, message, scope) {
    this.add("warning", where2, rule, message, scope);
  }
  info(where2, rule, message, scope) {
    this.add("info", where2, rule, message, scope);
  }
  /** Adds one summary line per capped rule ("… and 120 more like this"). */
  flushSuppressed() {
    for (const { p, n } of this.suppressed.values()) {
      this.list.push({ ...p, message: `${n} more problem${n === 1 ? "" : "s"} of this kind not listed` });
    }
    this.suppressed.clear();
  }
  hasErrors() {
    return this.list.some((p) => p.severity === "error");
  }
};

// src/tar/reader.ts
var MAX_EXTENSION = 1024 * 1024;
var BLOCK2 = 512;
var TarReader = class {
  constructor(h) {
    this.h = h;
  }
  h;
  state = "header";
  block = Buffer.alloc(BLOCK2);
  blockFill = 0;
  /** Stream offset of the next byte. */
  offset = 0;
  remaining = 0;
  padding = 0;
  current;
  extBuf = [];
  extKind = "x";
  extLen = 0;
  zeroBlocks = 0;
  pendingPax = {};
  globalPax = {};
  longName;
  longLink;
  trailingNonZero = false;
  entries = 0;
  write(chunk) {
    let pos = 0;
    while (pos < chunk.length && this.state !== "stopped") {
      switch (this.state) {
        case "header": {
          const n = Math.min(BLOCK2 - this.blockFill, chunk.length - pos);
          chunk.copy(this.block, this.blockFill, pos, pos + n);
          this.blockFill += n;
          pos += n;
          this.offset += n;
          if (this.blockFill === BLOCK2) {
            this.blockFill = 0;
            this.onHeaderBlock(this.offset - BLOCK2);
          }
          break;
        }
        case "data":
        case "extension": {
          const n = Math.min(this.remaining, chunk.length - pos);
          const piece = chunk.subarray(pos, pos + n);
          if (this.state === "data") this.h.onData?.(piece);
          else this.collectExtension(piece);
          pos += n;
          this.offset += n;
          this.remaining -= n;
          if (this.remaining === 0) this.finishBody();
          break;
        }
        case "padding": {
          const n = Math.min(this.padding, chunk.length - pos);
          pos += n;
          this.offset += n;
          this.padding -= n;
          if (this.padding === 0) this.state = "header";
          break;
        }
        case "end": {
          if (!this.trailingNonZero) {
            for (let i = pos; i < chunk.length; i++) {
              if (chunk[i] !== 0) {
                this.trailingNonZero = true;
                this.h.onIssue({ kind: "trailing-data", offset: this.offset + (i - pos), message: "non-zero bytes after the end-of-archive marker (ignored by readers)" });
                break;
              }
            }
          }
          this.offset += chunk.length - pos;
          pos = chunk.length;
          break;
        }
      }
    }
  }
  /** Call at the end of the stream. */
  end() {
    const off = this.offset;
    switch (this.state) {
      case "header":
        if (this.blockFill > 0) {
          this.h.onIssue({ kind: "truncated-header", offset: off - this.blockFill, message: `the stream ends inside a header block (${this.blockFill} of 512 bytes)` });
        } else if (this.zeroBlocks === 1) {
          this.h.onIssue({ kind: "no-end-marker", offset: off, message: "the end-of-archive marker is one zero block instead of two" });
        } else if (this.offset === 0) {
          this.h.onIssue({ kind: "no-end-marker", offset: 0, message: "the tar stream is empty (not even an end-of-archive marker)" });
        } else {
          this.h.onIssue({ kind: "no-end-marker", offset: off, message: "the tar stream ends without an end-of-archive marker (two zero blocks)" });
        }
        break;
      case "data":
      case "extension":
        this.h.onIssue({
          kind: "truncated-data",
          offset: off,
          path: this.current?.path,
          message: `the stream ends inside the content of ${this.current ? `"${this.current.path}"` : "an extended header"}: ${this.remaining} more bytes were announced`
        });
        break;
      case "padding":
        this.h.onIssue({
          kind: "truncated-padding",
          offset: off,
          message: `the stream ends right after the last entry's content, without its padding to 512 bytes or an end-of-archive marker (Go's archive/tar accepts this; GNU tar reports "Unexpected EOF")`
        });
        break;
      default:
        break;
    }
    return { entries: this.entries, bytes: this.offset };
  }
  stop() {
    this.state = "stopped";
  }
  onHeaderBlock(at) {
    const b = this.block;
    if (isZero(b)) {
      this.zeroBlocks++;
      if (this.zeroBlocks === 2) this.state = "end";
      return;
    }
    if (this.zeroBlocks === 1) {
      this.h.onIssue({ kind: "lone-zero-block", offset: at - BLOCK2, message: "a single zero block inside the archive (readers stop here and miss what follows)" });
      this.zeroBlocks = 0;
    }
    const stored = parseNumber(b, 148, 8);
    const { unsigned, signed } = checksums(b);
    if (stored === void 0 || stored !== unsigned && stored !== signed) {
      this.h.onIssue({
        kind: "checksum",
        offset: at,
        message: `header checksum mismatch at byte ${at} (stored ${stored ?? "unreadable"}, computed ${unsigned}): the archive is corrupt; nothing after this point was checked`
      });
      this.stop();
      return;
    }
    const typeflag = b[156] === 0 ? "0" : String.fromCharCode(b[156]);
    const size = parseNumber(b, 124, 12);
    if (size === void 0) {
      this.h.onIssue({ kind: "bad-header", offset: at, message: `unreadable size field in the header at byte ${at}; nothing after this point was checked` });
      this.stop();
      return;
    }
    const magic = b.toString("latin1", 257, 263);
    const ustar = magic === "ustar\0";
    let name = cstring(b, 0, 100);
    if (ustar) {
      const prefix = cstring(b, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    if (typeflag === "x" || typeflag === "g" || typeflag === "L" || typeflag === "K") {
      if (size > MAX_EXTENSION) {
        this.h.onIssue({ kind: "oversized-extension", offset: at, message: `an extended header of ${size} bytes at byte ${at} (more than ${MAX_EXTENSION}); nothing after this point was checked` });
        this.stop();
        return;
      }
      this.extKind = typeflag;
      this.extBuf = [];
      this.extLen = 0;
      this.current = void 0;
      this.startBody(size, "extension");
      return;
    }
    const pax = { ...this.globalPax, ...this.pendingPax };
    this.pendingPax = {};
    const path19 = pax.path ?? this.longName ?? name;
    let type = entryType(typeflag);
    if (b[156] === 0 && path19.endsWith("/")) type = "dir";
    const fields = new Fields(b);
    const entry = {
      path: path19,
      linkpath: pax.linkpath ?? this.longLink ?? cstring(b, 157, 100),
      typeflag,
      type,
      size: fields.paxSize(pax.size, size),
      mode: (fields.header(100, 8, "mode") ?? 0) & 4095,
      uid: fields.id(pax.uid, 108, "uid"),
      gid: fields.id(pax.gid, 116, "gid"),
      mtime: fields.mtime(pax.mtime),
      devmajor: type === "char" || type === "block" ? fields.header(329, 8, "devmajor") ?? 0 : 0,
      devminor: type === "char" || type === "block" ? fields.header(337, 8, "devminor") ?? 0 : 0,
      xattrs: xattrs(pax),
      sparse: typeflag === "S" || Object.keys(pax).some((k) => k.startsWith("GNU.sparse.")),
      offset: at
    };
    if (fields.invalid) entry.invalid = fields.invalid;
    this.longName = void 0;
    this.longLink = void 0;
    if (HEADER_ONLY.has(type) && entry.size !== 0) {
      this.h.onIssue({ kind: "ignored-size", offset: at, path: path19, message: `"${path19}" (${type}) has a size of ${entry.size}; readers ignore it` });
      entry.size = 0;
    }
    this.entries++;
    this.current = entry;
    this.h.onEntry(entry);
    this.startBody(entry.size, "data");
  }
  startBody(size, state) {
    this.remaining = size;
    this.padding = (BLOCK2 - size % BLOCK2) % BLOCK2;
    this.state = state;
    if (size === 0) this.finishBody();
  }
  finishBody() {
    if (this.state === "extension") this.applyExtension();
    else if (this.current) this.h.onEntryEnd?.(this.current);
    this.state = this.padding > 0 ? "padding" : "header";
  }
  collectExtension(piece) {
    this.extBuf.push(Buffer.from(piece));
    this.extLen += piece.length;
  }
  applyExtension() {
    const body = Buffer.concat(this.extBuf, this.extLen);
    this.extBuf = [];
    if (this.extKind === "L") this.longName = cstring(body, 0, body.length);
    else if (this.extKind === "K") this.longLink = cstring(body, 0, body.length);
    else {
      const records = parsePax(body);
      if (!records) {
        this.h.onIssue({ kind: "pax", offset: this.offset, message: `malformed pax extended header before byte ${this.offset}` });
        return;
      }
      Object.assign(this.extKind === "g" ? this.globalPax : this.pendingPax, records);
    }
  }
};
var HEADER_ONLY = /* @__PURE__ */ new Set(["hardlink", "symlink", "char", "block", "dir", "fifo"]);
function isZero(b) {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}
function cstring(b, start, len) {
  const end = b.indexOf(0, start);
  const stop = end < 0 || end > start + len ? start + len : end;
  return b.toString("utf8", start, stop);
}
function numberField(b, start, len) {
  if (b[start] & 128) {
    if (b[start] & 64) return { error: "negative", text: "" };
    let v = b[start] & 63;
    for (let i = start + 1; i < start + len; i++) {
      v = v * 256 + b[i];
      if (!Number.isSafeInteger(v)) return { error: "too large", text: "" };
    }
    return v;
  }
  const s = b.toString("latin1", start, start + len).replace(/[\0 ]+$/, "").replace(/^[ ]+/, "");
  if (s === "") return 0;
  if (!/^[0-7]+$/.test(s)) return { error: "invalid", text: s };
  return parseInt(s, 8);
}
function parseNumber(b, start, len) {
  const v = numberField(b, start, len);
  return typeof v === "number" ? v : void 0;
}
var Fields = class {
  constructor(b) {
    this.b = b;
  }
  b;
  invalid;
  fail(why) {
    this.invalid ??= why;
    return void 0;
  }
  header(start, len, what) {
    const v = numberField(this.b, start, len);
    if (typeof v === "number") return v;
    if (v.error === "negative") return this.fail(`negative ${what} in a tar header`);
    if (v.error === "too large") return this.fail(`${what} in a tar header is too large`);
    return this.fail(`invalid ${what} "${v.text}" in a tar header`);
  }
  /** A decimal pax number. */
  pax(s, what) {
    if (!/^\d+$/.test(s)) return this.fail(`invalid PAX ${what} "${s}"`);
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : this.fail(`PAX ${what} "${s}" is too large`);
  }
  /** The pax size when there is one: any run of digits frames the content, even one too large to be exact. */
  paxSize(s, header) {
    if (s === void 0) return header;
    return this.pax(s, "size") ?? (/^\d+$/.test(s) ? Number(s) : header);
  }
  /** A pax uid/gid, else the header's. */
  id(s, start, what) {
    return (s !== void 0 ? this.pax(s, what) : void 0) ?? this.header(start, 8, what) ?? 0;
  }
  /** The pax mtime (fractional, possibly negative), else the header's. */
  mtime(s) {
    if (s !== void 0) {
      if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
      this.fail(`invalid PAX mtime "${s}"`);
    }
    return this.header(136, 12, "mtime") ?? 0;
  }
};
function xattrs(pax) {
  const out = {};
  for (const [k, v] of Object.entries(pax)) if (k.startsWith("SCHILY.xattr.")) out[k.slice("SCHILY.xattr.".length)] = v;
  return out;
}
function checksums(b) {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK2; i++) {
    const v = i >= 148 && i < 156 ? 32 : b[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  return { unsigned, signed };
}
function entryType(flag) {
  switch (flag) {
    case "0":
    case "7":
      return "file";
    case "1":
      return "hardlink";
    case "2":
      return "symlink";
    case "3":
      return "char";
    case "4":
      return "block";
    case "5":
      return "dir";
    case "6":
      return "fifo";
    case "S":
      return "sparse";
    default:
      return "other";
  }
}
function parsePax(body) {
  const out = {};
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === 0) break;
    const sp = body.indexOf(32, pos);
    if (sp < 0) return void 0;
    const len = Number(body.toString("latin1", pos, sp));
    if (!Number.isInteger(len) || len <= sp - pos + 1 || pos + len > body.length) return void 0;
    const rec = body.toString("utf8", sp + 1, pos + len);
    if (!rec.endsWith("\n")) return void 0;
    const eq = rec.indexOf("=");
    if (eq <= 0) return void 0;
    out[rec.slice(0, eq)] = rec.slice(eq + 1, -1);
    pos += len;
  }
  return out;
}

// src/validate/archive.ts
async function extractArchive(file, problems, onProgress) {
  const label = "archive";
  const dir = await fs15.mkdtemp(path12.join(os4.tmpdir(), "oci-bundle-validate-"));
  const cleanup2 = () => fs15.rm(dir, { recursive: true, force: true });
  onProgress?.(`extracting ${file}`);
  let fd;
  const written = /* @__PURE__ */ new Set();
  const madeDirs = /* @__PURE__ */ new Set([""]);
  const ensureDir = (rel) => {
    if (madeDirs.has(rel)) return;
    mkdirSync(path12.join(dir, rel), { recursive: true });
    madeDirs.add(rel);
  };
  let extractError;
  let badEntries = 0;
  const reader = new TarReader({
    onEntry(e) {
      const n = normalizePath(e.path);
      const at = where(label, `entry "${e.path}"`);
      if (n.escapes || n.absolute) {
        problems.error(at, "archive-entry-path", `the archive entry "${e.path}" ${n.escapes ? "escapes the layout folder" : "is an absolute path"}; not extracted`, label);
        badEntries++;
        return;
      }
      const rel = n.parts.join("/");
      if (rel === "") return;
      if (e.type === "dir") {
        ensureDir(rel);
        return;
      }
      if (e.type !== "file") {
        problems.warn(at, "archive-entry-type", `the archive entry "${e.path}" is a ${e.type}; an oci-archive holds only files and folders, so it was not extracted`, label);
        return;
      }
      if (written.has(rel)) problems.warn(at, "archive-duplicate", `"${rel}" appears more than once in the archive; the last copy is used`, label);
      if (madeDirs.has(rel)) {
        problems.error(at, "archive-entry-path", `"${rel}" is both a folder and a file in the archive`, label);
        return;
      }
      try {
        ensureDir(n.parts.slice(0, -1).join("/"));
        fd = openSync(path12.join(dir, rel), "w");
        written.add(rel);
      } catch (err) {
        extractError ??= `cannot extract "${rel}": ${errorMessage(err)}`;
        fd = void 0;
      }
    },
    onData(chunk) {
      if (fd !== void 0) writeSync(fd, chunk);
    },
    onEntryEnd() {
      if (fd !== void 0) closeSync(fd);
      fd = void 0;
    },
    onIssue(i) {
      const severe = i.kind === "checksum" || i.kind === "truncated-data" || i.kind === "truncated-header" || i.kind === "bad-header" || i.kind === "oversized-extension";
      problems.add(severe ? "error" : i.kind === "trailing-data" ? "info" : "warning", label, "archive-tar", `${path12.basename(file)}: ${i.message}`);
    }
  });
  try {
    const fh = await fs15.open(file, "r");
    try {
      const head = Buffer.alloc(2);
      await fh.read(head, 0, 2, 0);
      const gz = head[0] === 31 && head[1] === 139;
      const stream = fh.createReadStream({ highWaterMark: READ_CHUNK, autoClose: false, start: 0 });
      if (gz) {
        const gunzip = zlib3.createGunzip();
        gunzip.on("data", (c) => reader.write(c));
        const done = once(gunzip, "end");
        for await (const c of stream) if (!gunzip.write(c)) await once(gunzip, "drain");
        gunzip.end();
        await done;
      } else {
        for await (const c of stream) reader.write(c);
      }
    } finally {
      if (fd !== void 0) closeSync(fd);
      await fh.close();
    }
    reader.end();
  } catch (e) {
    problems.error(label, "archive-read", `cannot read the archive ${file}: ${errorMessage(e)}`);
    await cleanup2();
    return void 0;
  }
  if (extractError) {
    problems.error(label, "archive-read", extractError);
    await cleanup2();
    return void 0;
  }
  if (written.size === 0) {
    if (badEntries === 0) problems.error(label, "archive-read", `${path12.basename(file)} holds no files: it is not an oci-archive (a tar of an OCI image layout)`);
    await cleanup2();
    return void 0;
  }
  return { dir, cleanup: cleanup2 };
}

// src/validate/digests.ts
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function classifyDigest(digest2) {
  if (typeof digest2 !== "string") return { kind: "invalid", reason: "it is not a string" };
  const d = parseDigest(digest2);
  if (d) return { kind: "supported", ...d };
  const reason = describeDigestProblem(digest2);
  if (reason === "") return { kind: "unknown-algorithm", algorithm: digest2.slice(0, digest2.indexOf(":")) };
  return { kind: "invalid", reason };
}
function describeDigestProblem(digest2) {
  const colon = digest2.indexOf(":");
  if (colon < 0) return "expected ALGORITHM:ENCODED, e.g. sha256:<64 hex digits>";
  const alg = digest2.slice(0, colon);
  const enc = digest2.slice(colon + 1);
  if (alg === "sha256" || alg === "sha512") {
    const want = HEX_LENGTH[alg];
    if (/[A-F]/.test(enc) && /^[a-fA-F0-9]+$/.test(enc)) return `${alg} must be lowercase hex`;
    if (!/^[a-f0-9]*$/.test(enc)) return `${alg} must be hex digits only`;
    if (enc.length !== want) return `${alg} needs ${want} hex digits, this has ${enc.length}`;
    return "";
  }
  if (!DIGEST_GRAMMAR.test(digest2)) return 'it does not fit the grammar algorithm ":" encoded';
  return "";
}

// src/validate/json.ts
function parseJson2(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return { ok: false, error: "it starts with a byte order mark (JSON documents must be plain UTF-8)" };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "it is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, error: "it is empty" };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${e.message})` };
  }
  return { ok: true, value, duplicateKeys: findDuplicateKeys(text) };
}
function findDuplicateKeys(text) {
  const stack = [];
  const out = [];
  const pathOf = () => stack.map((_f, i) => {
    if (i === 0) return "";
    const parent = stack[i - 1];
    return parent.obj ? `.${parent.key}` : `[${parent.index}]`;
  }).join("").replace(/^\./, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") stack.push({ obj: true, keys: /* @__PURE__ */ new Set(), expectKey: true });
    else if (c === "[") stack.push({ obj: false, index: 0 });
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
      else if (top) top.index++;
    } else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1));
        if (top.keys.has(key)) {
          const p = pathOf();
          out.push(p ? `${p}.${key}` : key);
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    }
  }
  return out;
}

// src/validate/layer-check.ts
import { createHash as createHash8 } from "node:crypto";
import { once as once2 } from "node:events";
import zlib4 from "node:zlib";
function zstdDecompressor() {
  const f = zlib4.createZstdDecompress;
  return typeof f === "function" ? () => f.call(zlib4) : void 0;
}
async function checkLayer(open2, opts) {
  const rules = new LayerEntryRules();
  const tarIssues = [];
  const tar = new TarReader({ onEntry: (e) => rules.onEntry(e), onIssue: (i) => tarIssues.push(i) });
  const stored = createHash8(opts.digestAlgorithm);
  let size = 0;
  let unreadable;
  let skipped;
  const diffHash = createHash8(opts.diffIdAlgorithm);
  let decompressor;
  if (opts.compression === "gzip") decompressor = zlib4.createGunzip({ chunkSize: 256 * 1024 });
  else if (opts.compression === "zstd") {
    const z = zstdDecompressor();
    if (z) decompressor = z();
    else skipped = `zstd layers cannot be decompressed on Node ${process.versions.node} (node:zlib has zstd from Node 22.15); its diff_id and tar entries were not checked`;
  }
  let failed;
  if (decompressor) {
    decompressor.on("data", (chunk) => {
      diffHash.update(chunk);
      tar.write(chunk);
    });
    decompressor.on("error", (e) => {
      failed ??= e;
    });
  }
  for await (const c of open2()) {
    const chunk = c;
    stored.update(chunk);
    size += chunk.length;
    if (opts.compression === "none") {
      if (opts.diffIdAlgorithm !== opts.digestAlgorithm) diffHash.update(chunk);
      tar.write(chunk);
    } else if (decompressor && !failed) {
      if (!decompressor.write(chunk) && !failed) {
        try {
          await once2(decompressor, "drain");
        } catch {
        }
      }
    }
  }
  if (decompressor && !failed) {
    decompressor.end();
    try {
      await once2(decompressor, "end");
    } catch {
    }
  }
  const digest2 = `${opts.digestAlgorithm}:${stored.digest("hex")}`;
  let diffId;
  if (failed) {
    unreadable = `the layer is not a readable ${opts.compression} stream: ${describeZlibError(failed)}`;
  } else if (!skipped) {
    if (opts.compression === "none" && opts.diffIdAlgorithm === opts.digestAlgorithm) diffId = digest2;
    else diffId = `${opts.diffIdAlgorithm}:${diffHash.digest("hex")}`;
  }
  const summary6 = failed || skipped ? { entries: tar.entries } : tar.end();
  return {
    digest: digest2,
    size,
    diffId,
    unreadable,
    skipped,
    tarIssues: failed || skipped ? [] : tarIssues,
    entryIssues: skipped ? [] : rules.issues,
    suppressed: rules.suppressed(),
    entries: summary6.entries,
    paths: rules.paths,
    unresolvedLinks: failed || skipped ? [] : rules.unresolvedLinks
  };
}
function describeZlibError(e) {
  const code = e.code;
  const msg = typeof e?.message === "string" ? e.message : errorMessage(e);
  return code && !msg.includes(code) ? `${msg} (${code})` : msg;
}

// src/validate/schema-check.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/validate/schemas.ts
var MEDIA_TYPE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$";
var DIGEST_PATTERN = "^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}|(?!sha256:|sha512:)[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$";
var DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$";
var mediaType = { type: "string", pattern: MEDIA_TYPE_PATTERN };
var digest = { type: "string", pattern: DIGEST_PATTERN };
var int64 = { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
var stringArray = { type: "array", items: { type: "string" } };
var annotations = { type: "object", additionalProperties: { type: "string" } };
var platform = {
  type: "object",
  required: ["architecture", "os"],
  properties: {
    architecture: { type: "string", minLength: 1 },
    os: { type: "string", minLength: 1 },
    "os.version": { type: "string" },
    "os.features": stringArray,
    variant: { type: "string" },
    features: stringArray
  }
};
var descriptor = {
  type: "object",
  required: ["mediaType", "digest", "size"],
  properties: {
    mediaType,
    digest,
    size: int64,
    urls: { type: "array", items: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$" } },
    annotations,
    data: { type: "string", pattern: "^[A-Za-z0-9+/]*={0,2}$" },
    artifactType: mediaType,
    platform
  }
};
var mediaTypeConst = (value) => ({ type: "string", const: value });
var ociIndex = {
  type: "object",
  required: ["schemaVersion", "manifests"],
  properties: {
    schemaVersion: { type: "integer", const: 2 },
    mediaType: mediaTypeConst(MediaType.OciIndex),
    artifactType: mediaType,
    manifests: { type: "array", items: descriptor },
    subject: descriptor,
    annotations
  }
};
var ociManifest = {
  type: "object",
  required: ["schemaVersion", "config", "layers"],
  properties: {
    schemaVersion: { type: "integer", const: 2 },
    mediaType: mediaTypeConst(MediaType.OciManifest),
    artifactType: mediaType,
    config: descriptor,
    // The prose says layers SHOULD have one entry; the published schema says minItems 1. We check
    // the count in code as a warning (lenient, as the checklist advises).
    layers: { type: "array", items: descriptor },
    subject: descriptor,
    annotations
  }
};
var dockerManifest = {
  type: "object",
  required: ["schemaVersion", "mediaType", "config", "layers"],
  properties: {
    schemaVersion: { type: "integer", const: 2 },
    mediaType: mediaTypeConst(MediaType.DockerManifest),
    config: descriptor,
    layers: { type: "array", items: descriptor }
  }
};
var dockerManifestList = {
  type: "object",
  required: ["schemaVersion", "mediaType", "manifests"],
  properties: {
    schemaVersion: { type: "integer", const: 2 },
    mediaType: mediaTypeConst(MediaType.DockerManifestList),
    manifests: { type: "array", items: { ...descriptor, required: ["mediaType", "digest", "size", "platform"] } }
  }
};
var nullable = (t) => [t, "null"];
var emptyObjectMap = { type: nullable("object"), additionalProperties: { type: "object" } };
var imageConfig = {
  type: "object",
  required: ["architecture", "os", "rootfs"],
  properties: {
    created: { type: nullable("string"), pattern: DATE_TIME_PATTERN },
    author: { type: nullable("string") },
    architecture: { type: "string", minLength: 1 },
    os: { type: "string", minLength: 1 },
    "os.version": { type: nullable("string") },
    "os.features": { type: nullable("array"), items: { type: "string" } },
    variant: { type: nullable("string") },
    config: {
      type: nullable("object"),
      properties: {
        User: { type: nullable("string") },
        ExposedPorts: { ...emptyObjectMap, propertyNames: { pattern: "^[0-9]+(?:-[0-9]+)?(?:/(?:tcp|udp|sctp))?$" } },
        Env: { type: nullable("array"), items: { type: "string", pattern: "^[^=]+=" } },
        Entrypoint: { type: nullable("array"), items: { type: "string" } },
        Cmd: { type: nullable("array"), items: { type: "string" } },
        Volumes: emptyObjectMap,
        WorkingDir: { type: nullable("string") },
        Labels: { type: nullable("object"), additionalProperties: { type: "string" } },
        StopSignal: { type: nullable("string") },
        ArgsEscaped: { type: nullable("boolean") }
      }
    },
    rootfs: {
      type: "object",
      required: ["type", "diff_ids"],
      properties: {
        type: { type: "string", const: "layers" },
        diff_ids: { type: "array", items: digest }
      }
    },
    history: {
      type: nullable("array"),
      items: {
        type: "object",
        properties: {
          created: { type: nullable("string"), pattern: DATE_TIME_PATTERN },
          author: { type: nullable("string") },
          created_by: { type: nullable("string") },
          comment: { type: nullable("string") },
          empty_layer: { type: nullable("boolean") }
        }
      }
    }
  }
};
var ociLayout = {
  type: "object",
  required: ["imageLayoutVersion"],
  properties: { imageLayoutVersion: { type: "string", enum: ["1.0.0"] } }
};
var SCHEMAS = {
  ociLayout,
  ociIndex,
  ociManifest,
  dockerManifest,
  dockerManifestList,
  imageConfig,
  descriptor
};

// src/validate/schema-check.ts
var compiled;
function validators() {
  if (compiled) return compiled;
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
  compiled = /* @__PURE__ */ new Map();
  for (const [name, schema] of Object.entries(SCHEMAS)) compiled.set(name, ajv.compile(schema));
  return compiled;
}
function checkSchema(name, doc) {
  const validate = validators().get(name);
  if (validate(doc)) return [];
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const issue = toIssue(e, doc);
    const key = issue.path.join("\0") + "\0" + issue.message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const out = [];
  for (const p of parts) {
    if (/^\d+$/.test(p) && out.length > 0) out[out.length - 1] += `[${p}]`;
    else out.push(/^[A-Za-z_][\w.-]*$/.test(p) ? p : JSON.stringify(p));
  }
  return out;
}
function valueAt(doc, pointer) {
  let v = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object") return void 0;
    v = v[k];
  }
  return v;
}
function show(v) {
  if (v === void 0) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "number" && Number.isInteger(v)) return `the integer ${v}`;
  return `the ${typeof v} ${show(v)}`;
}
function toIssue(e, doc) {
  const path19 = pointerToPath(e.instancePath);
  const field = path19.length ? path19[path19.length - 1] : "the document";
  const value = valueAt(doc, e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { path: path19, message: `required field "${String(p.missingProperty)}" is missing` };
    case "type": {
      const want = String(p.type).split(",").filter((t) => t !== "null").join(" or ");
      return { path: path19, message: `${field} must be ${/^[aeiou]/.test(want) ? "an" : "a"} ${want}, not ${typeName(value)}` };
    }
    case "const":
      return { path: path19, message: `${field} must be ${show(p.allowedValue)}, not ${show(value)}` };
    case "enum":
      return { path: path19, message: `${field} must be one of ${p.allowedValues.map(show).join(", ")}, not ${show(value)}` };
    case "minimum":
      return { path: path19, message: `${field} must not be negative (${show(value)})` };
    case "maximum":
      return { path: path19, message: `${field} is too large to be a byte count (${show(value)})` };
    case "minLength":
      return { path: path19, message: `${field} must not be empty` };
    case "propertyNames":
      return { path: path19, message: `${field} has a key that is not of the form PORT[/tcp|/udp|/sctp]` };
    case "pattern":
      return { path: path19, message: patternMessage(field, e.schemaPath, String(value)) };
    default:
      return { path: path19, message: `${field} ${e.message ?? "is invalid"}` };
  }
}
function patternMessage(field, schemaPath, value) {
  if (field === "digest" || /diff_ids/.test(field) || /diff_ids/.test(schemaPath)) {
    return `${show(value)} is not a valid digest: ${describeDigestProblem(value)}`;
  }
  if (field === "mediaType" || field === "artifactType") return `${field} ${show(value)} is not a valid media type (type/subtype, RFC 6838)`;
  if (field === "created") return `${field} ${show(value)} is not an RFC 3339 date-time`;
  if (/^Env/.test(field)) return `${field} ${show(value)} is not of the form KEY=VALUE`;
  if (/^urls/.test(field)) return `${field} ${show(value)} is not a URL`;
  if (field === "data") return `data is not base64`;
  return `${field} ${show(value)} does not have the expected form`;
}

// src/validate/validate.ts
var REF_NAME2 = "org.opencontainers.image.ref.name";
var MAX_DOCUMENT = 16 * 1024 * 1024;
var MAX_DEPTH = 8;
var REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
var DOCKER_SCHEMA1 = ["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"];
async function validateLayout(target, opts = {}) {
  const problems = new Problems();
  const stats = { indexes: 0, manifests: 0, configs: 0, layers: 0, blobsHashed: 0, bytesHashed: 0 };
  let cleanup2;
  try {
    let st;
    try {
      st = await fs16.stat(target);
    } catch (e) {
      const code = e.code;
      problems.error("", "layout-path", code === "ENOENT" ? `${target} does not exist` : `cannot read ${target}: ${code ?? errorMessage(e)}`);
    }
    let dir;
    if (st?.isDirectory()) dir = target;
    else if (st?.isFile()) {
      const x = await extractArchive(target, problems, opts.onProgress);
      if (x) {
        cleanup2 = x.cleanup;
        dir = x.dir;
      }
    } else if (st) problems.error("", "layout-path", `${target} is neither a folder (an OCI layout) nor a file (an oci-archive)`);
    if (dir !== void 0) {
      const v = new Validator(dir, problems, opts, stats);
      await v.run();
      stats.blobsHashed = v.blobs.hashedCount;
      stats.bytesHashed = v.blobs.bytesHashed;
    }
  } catch (e) {
    problems.error("", "validator", `validation stopped early: ${errorMessage(e)}`);
  } finally {
    await cleanup2?.().catch(() => {
    });
  }
  problems.flushSuppressed();
  return { valid: !problems.hasErrors(), problems: problems.list, stats };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var short = (d) => d.length > 19 ? d.slice(0, 19) + "\u2026" : d;
function kindOf(v) {
  if (!isObject(v)) return "unknown";
  if (typeof v.mediaType === "string") {
    if (isIndex(v.mediaType)) return "index";
    if (isManifest(v.mediaType)) return "manifest";
  }
  if (Array.isArray(v.manifests)) return "index";
  if ("config" in v && "layers" in v) return "manifest";
  if ("rootfs" in v || "architecture" in v && "os" in v) return "config";
  return "unknown";
}
var KIND_NAME = { index: "an image index", manifest: "an image manifest", config: "an image config", unknown: "not an OCI document" };
var Validator = class {
  constructor(dir, p, opts, stats) {
    this.dir = dir;
    this.p = p;
    this.opts = opts;
    this.stats = stats;
    this.blobs = new BlobStore(dir, (digest2, size) => opts.onProgress?.(`hashed ${digest2} (${humanSize(size)})`));
  }
  dir;
  p;
  opts;
  stats;
  blobs;
  docs = /* @__PURE__ */ new Map();
  visited = /* @__PURE__ */ new Set();
  manifestConfigs = /* @__PURE__ */ new Map();
  layers = /* @__PURE__ */ new Map();
  badDigestReported = /* @__PURE__ */ new Set();
  linkReported = /* @__PURE__ */ new Set();
  reached = /* @__PURE__ */ new Set();
  async run() {
    await this.checkLayoutFile();
    try {
      const st = await fs16.stat(path13.join(this.dir, "blobs"));
      if (!st.isDirectory()) this.p.error("blobs", "layout-blobs", "blobs is not a folder");
    } catch {
      this.p.error("blobs", "layout-blobs", "the blobs folder is missing (a layout MUST have one, even if empty)");
    }
    const index = await this.readTopJson("index.json", "layout-index");
    if (index === void 0) return;
    this.stats.indexes++;
    this.schema("ociIndex", index, "index.json", "index-schema");
    if (!isObject(index)) return;
    if (index.mediaType === void 0) this.p.warn("index.json", "media-type-missing", `no mediaType field (it SHOULD be ${MediaType.OciIndex})`);
    const manifests = Array.isArray(index.manifests) ? index.manifests : [];
    this.checkRefNames(manifests);
    let selected = manifests.map((d, i) => ({ d, i }));
    if (this.opts.ref !== void 0) {
      const ref = this.opts.ref;
      selected = selected.filter(({ d }) => isObject(d) && (isObject(d.annotations) && d.annotations[REF_NAME2] === ref || d.digest === ref));
      if (selected.length === 0) {
        const names = manifests.map((d) => isObject(d) && isObject(d.annotations) ? d.annotations[REF_NAME2] : void 0).filter((n) => typeof n === "string");
        this.p.error("index.json", "ref-not-found", `no image named "${ref}" in index.json; it has: ${names.join(", ") || "no named images"}`);
      }
    } else if (manifests.length === 0) {
      this.p.warn("index.json", "index-empty", "index.json lists no images");
    }
    for (const { d, i } of selected) await this.indexEntry(d, where("index.json", `manifests[${i}]`), 1);
    if (this.opts.ref === void 0) await this.countUnreferenced();
  }
  // ---- layout files -------------------------------------------------------------------------
  async checkLayoutFile() {
    const v = await this.readTopJson("oci-layout", "layout-oci-layout");
    if (v === void 0) return;
    if (isObject(v) && typeof v.imageLayoutVersion === "string" && v.imageLayoutVersion !== "1.0.0") {
      this.p.error("oci-layout", "layout-version", `imageLayoutVersion "${v.imageLayoutVersion}" is not supported (this validator knows 1.0.0)`);
      return;
    }
    this.schema("ociLayout", v, "oci-layout", "layout-oci-layout");
  }
  /** Reads oci-layout / index.json: a problem (and undefined) when missing or not JSON. */
  async readTopJson(name, rule) {
    const file = path13.join(this.dir, name);
    let bytes;
    try {
      const st = await fs16.stat(file);
      if (!st.isFile()) {
        this.p.error(name, rule, `${name} is not a regular file`);
        return void 0;
      }
      if (st.size > MAX_DOCUMENT) {
        this.p.error(name, rule, `${name} is ${humanSize(st.size)}, too large to be a real ${name}`);
        return void 0;
      }
      bytes = await fs16.readFile(file);
    } catch (e) {
      const code = e.code;
      const what = name === "oci-layout" ? "oci-layout is missing: this is not an OCI image layout" : `${name} is missing: the layout lists no images`;
      this.p.error(name, rule, code === "ENOENT" ? what : `cannot read ${name}: ${code ?? errorMessage(e)}`);
      return void 0;
    }
    const r = parseJson2(bytes);
    if (!r.ok) {
      this.p.error(name, rule, `${name} cannot be parsed: ${r.error}`);
      return void 0;
    }
    for (const k of r.duplicateKeys) this.p.error(name, "json-duplicate-key", `key "${k}" appears twice; readers disagree on which one counts`);
    return r.value;
  }
  checkRefNames(manifests) {
    const seen = /* @__PURE__ */ new Map();
    manifests.forEach((d, i) => {
      if (!isObject(d) || !isObject(d.annotations)) return;
      const name = d.annotations[REF_NAME2];
      if (typeof name !== "string") return;
      const at = where("index.json", `manifests[${i}]`, "annotations");
      if (!REF_NAME_RE.test(name)) this.p.warn(at, "ref-name", `ref name "${name}" does not follow the ref.name grammar (components of [A-Za-z0-9] joined by - . _ : @ + or --, separated by /)`);
      const first = seen.get(name);
      if (first !== void 0) this.p.warn(at, "ref-name-duplicate", `ref name "${name}" is also on manifests[${first}]; tools pick the first`);
      else seen.set(name, i);
    });
  }
  // ---- descriptors and blobs ----------------------------------------------------------------
  /** The checkable parts of a descriptor; undefined when its digest cannot be used (already reported by the schema, or an algorithm we cannot compute). */
  desc(raw, at) {
    if (!isObject(raw)) return void 0;
    const c = classifyDigest(raw.digest);
    if (c.kind === "invalid") return void 0;
    if (c.kind === "unknown-algorithm") {
      this.p.warn(at, "digest-algorithm", `digest algorithm "${c.algorithm}" is not one this validator can compute (sha256, sha512); the blob was not verified`);
      return void 0;
    }
    const d = {
      mediaType: typeof raw.mediaType === "string" ? raw.mediaType : void 0,
      digest: raw.digest,
      algorithm: c.algorithm,
      size: typeof raw.size === "number" && Number.isSafeInteger(raw.size) && raw.size >= 0 ? raw.size : void 0,
      raw
    };
    this.reached.add(d.digest);
    if (typeof raw.data === "string") this.checkData(d, raw.data, at);
    return d;
  }
  checkData(d, data, at) {
    const bytes = Buffer.from(data, "base64");
    const digest2 = `${d.algorithm}:${createHash9(d.algorithm).update(bytes).digest("hex")}`;
    if (digest2 !== d.digest) this.p.error(where(at, "data"), "descriptor-data", `the embedded data hashes to ${digest2}, not to the descriptor's digest`);
    else if (d.size !== void 0 && bytes.length !== d.size) this.p.error(where(at, "data"), "descriptor-data", `the embedded data is ${bytes.length} bytes, the descriptor says ${d.size}`);
  }
  /** Is the blob there and as big as the descriptor says? Returns its real size. */
  async present(d, at, missingIsWarning = false) {
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      if (missingIsWarning) this.p.warn(at, "blob-missing-foreign", `the non-distributable layer ${d.digest} is not in the layout (${st.reason}); it is fetched from its urls`);
      else this.p.error(at, "blob-missing", `blob ${d.digest} is missing: ${st.reason}`);
      return void 0;
    }
    if (d.size !== void 0 && d.size !== st.size) {
      this.p.error(where(at, "size"), "descriptor-size", `size is ${d.size} but blob ${short(d.digest)} has ${st.size} bytes`);
    }
    return st.size;
  }
  digestMatches(d, computed, at) {
    if (computed === d.digest || this.badDigestReported.has(d.digest)) return;
    this.badDigestReported.add(d.digest);
    this.p.error(at, "blob-digest", `the content of blob ${d.digest} hashes to ${computed}: the blob is corrupt or was changed`);
  }
  /** Verifies an opaque blob (unknown media type, artifact content): present, size, digest. */
  async opaque(d, at) {
    if (await this.present(d, at) === void 0) return;
    try {
      const r = await this.blobs.hash(d.digest, d.algorithm);
      this.digestMatches(d, r.digest, at);
    } catch (e) {
      this.p.error(at, "blob-read", `cannot read blob ${d.digest}: ${errorMessage(e)}`);
    }
  }
  /** Reads a JSON document blob once: size, digest, UTF-8, JSON syntax, duplicate keys. */
  async document(d, at, what) {
    const size = await this.present(d, at);
    if (size === void 0) return void 0;
    let p = this.docs.get(d.digest);
    if (!p) {
      p = (async () => {
        if (size > MAX_DOCUMENT) {
          this.p.error(at, "document-too-large", `the ${what} blob is ${humanSize(size)}; a JSON document this large is not credible, so it was not parsed`);
          await this.opaque(d, at);
          return void 0;
        }
        let bytes;
        try {
          bytes = await this.blobs.read(d.digest);
        } catch (e) {
          this.p.error(at, "blob-read", `cannot read blob ${d.digest}: ${errorMessage(e)}`);
          return void 0;
        }
        const computed = `${d.algorithm}:${createHash9(d.algorithm).update(bytes).digest("hex")}`;
        this.blobs.record(d.digest, { digest: computed, size: bytes.length });
        this.digestMatches(d, computed, at);
        const r = parseJson2(bytes);
        if (!r.ok) {
          this.p.error(at, "json-invalid", `the ${what} (${short(d.digest)}) cannot be parsed: ${r.error}`);
          return void 0;
        }
        for (const k of r.duplicateKeys) this.p.error(at, "json-duplicate-key", `in the ${what}, key "${k}" appears twice; readers disagree on which one counts`);
        return r.value;
      })();
      this.docs.set(d.digest, p);
    }
    return p;
  }
  schema(name, doc, at, rule) {
    const issues = checkSchema(name, doc);
    for (const i of issues) this.p.error(where(at, ...i.path), rule, i.message);
    return issues;
  }
  // ---- indexes and manifests ----------------------------------------------------------------
  /** An entry of an index: a manifest, a nested index, or something we only verify. */
  async indexEntry(raw, at, depth2) {
    const d = this.desc(raw, at);
    if (!d) return;
    const mt = d.mediaType;
    if (isIndex(mt)) await this.index(d, at, depth2);
    else if (isManifest(mt)) await this.manifest(d, at, depth2);
    else if (mt !== void 0 && DOCKER_SCHEMA1.includes(mt)) {
      this.p.warn(at, "docker-schema1", "Docker image manifest v2 schema 1 (deprecated): only its digest and size were checked");
      await this.opaque(d, at);
    } else {
      if (mt !== void 0) this.p.info(at, "unknown-media-type", `media type ${mt} is not an image index or manifest; only its digest and size were checked`);
      await this.opaque(d, at);
    }
  }
  async index(d, at, depth2) {
    if (depth2 > MAX_DEPTH) {
      this.p.error(at, "index-depth", `indexes are nested more than ${MAX_DEPTH} deep; not followed further`);
      return;
    }
    const v = await this.document(d, at, "index");
    if (v === void 0) return;
    const kind = kindOf(v);
    if (kind !== "index") {
      this.p.error(at, "media-type-mismatch", `the descriptor says ${d.mediaType} (an index) but the blob is ${KIND_NAME[kind]}`);
      if (kind === "manifest") await this.manifest({ ...d, mediaType: v.mediaType === MediaType.DockerManifest ? MediaType.DockerManifest : MediaType.OciManifest }, at, depth2);
      return;
    }
    if (this.visited.has(d.digest)) return;
    this.visited.add(d.digest);
    this.stats.indexes++;
    const docker = d.mediaType === MediaType.DockerManifestList;
    if (docker) this.p.info(at, "docker-manifest-list", "Docker manifest list (v2 schema 2)");
    this.schema(docker ? "dockerManifestList" : "ociIndex", v, at, "index-schema");
    const idx = v;
    if (!docker && idx.mediaType === void 0) this.p.warn(at, "media-type-missing", "the index has no mediaType (it SHOULD be set)");
    const entries = Array.isArray(idx.manifests) ? idx.manifests : [];
    for (const [j, child2] of entries.entries()) await this.indexEntry(child2, where(at, `manifests[${j}]`), depth2 + 1);
    if (isObject(idx.subject)) await this.subject(idx.subject, where(at, "subject"));
  }
  async manifest(d, at, depth2) {
    const v = await this.document(d, at, "manifest");
    if (v === void 0) return;
    const kind = kindOf(v);
    if (kind !== "manifest") {
      this.p.error(at, "media-type-mismatch", `the descriptor says ${d.mediaType} (a manifest) but the blob is ${KIND_NAME[kind]}`);
      if (kind === "index") await this.index({ ...d, mediaType: v.mediaType === MediaType.DockerManifestList ? MediaType.DockerManifestList : MediaType.OciIndex }, at, depth2 + 1);
      return;
    }
    let cfg = this.manifestConfigs.get(d.digest);
    if (!cfg) {
      cfg = this.manifestBody(d, v, at);
      this.manifestConfigs.set(d.digest, cfg);
    }
    const config = await cfg;
    if (isObject(d.raw.platform) && config) this.comparePlatform(d.raw.platform, config, where(at, "platform"));
  }
  /** Checks a manifest's content once; returns its config (for platform checks). */
  async manifestBody(d, m, at) {
    this.stats.manifests++;
    const docker = d.mediaType === MediaType.DockerManifest;
    if (docker) this.p.info(at, "docker-manifest", "Docker v2 schema 2 manifest");
    this.schema(docker ? "dockerManifest" : "ociManifest", m, at, "manifest-schema");
    if (!docker && m.mediaType === void 0) this.p.warn(at, "media-type-missing", "the manifest has no mediaType (it SHOULD be set; some clients need it)");
    const mixed = /* @__PURE__ */ new Set();
    const noteMixed = (mt) => {
      if (mt === void 0 || mt === MediaType.OciEmpty) return;
      if (isDocker(mt) !== docker) mixed.add(mt);
    };
    let config;
    let image = false;
    const cAt = where(at, "config");
    const c = this.desc(m.config, cAt);
    if (c) {
      noteMixed(c.mediaType);
      if (c.mediaType !== void 0 && CONFIG_TYPES.includes(c.mediaType)) {
        image = true;
        config = await this.config(c, cAt);
      } else if (c.mediaType === MediaType.OciEmpty) {
        await this.empty(c, cAt);
      } else {
        this.p.info(cAt, "artifact", `config media type ${c.mediaType}: an artifact, not an image; its config and layers were checked as opaque blobs`);
        await this.opaque(c, cAt);
      }
      if (c.mediaType === MediaType.OciEmpty && typeof m.artifactType !== "string") {
        this.p.error(at, "manifest-artifact-type", "artifactType MUST be set when the config is the empty descriptor");
      }
    }
    const layers = Array.isArray(m.layers) ? m.layers : [];
    if (Array.isArray(m.layers) && layers.length === 0) this.p.warn(where(at, "layers"), "manifest-no-layers", "the manifest has no layers (it SHOULD have at least one)");
    const rootfs = config && isObject(config.rootfs) ? config.rootfs : void 0;
    const diffIds = rootfs && Array.isArray(rootfs.diff_ids) ? rootfs.diff_ids : void 0;
    if (image && config && diffIds && diffIds.length !== layers.length) {
      this.p.error(where(cAt, "rootfs", "diff_ids"), "config-diff-ids-count", `the config lists ${diffIds.length} diff_ids for ${layers.length} layers (one per layer, in order)`);
    }
    if (image && config && Array.isArray(config.history)) {
      const nonEmpty = config.history.filter((h) => !(isObject(h) && h.empty_layer === true)).length;
      if (nonEmpty !== layers.length) {
        this.p.warn(where(cAt, "history"), "config-history-count", `the config history has ${nonEmpty} entries that are not empty_layer for ${layers.length} layers`);
      }
    }
    const lower = [];
    for (const [j, raw] of layers.entries()) {
      const lAt = where(at, `layers[${j}]`);
      const l = this.desc(raw, lAt);
      if (!l) continue;
      noteMixed(l.mediaType);
      const comp = l.mediaType !== void 0 ? layerCompression(l.mediaType) : void 0;
      if (l.mediaType === MediaType.OciEmpty) {
        await this.empty(l, lAt);
        continue;
      }
      if (!image) {
        await this.opaque(l, lAt);
        continue;
      }
      if (comp === void 0) {
        this.p.warn(lAt, "layer-media-type", `media type ${l.mediaType} is not a layer type this validator knows; only its digest and size were checked`);
        await this.opaque(l, lAt);
        continue;
      }
      if (l.mediaType?.includes("nondistributable")) this.p.info(lAt, "layer-nondistributable", "non-distributable layer media types are deprecated (image-spec 1.1)");
      const expected = diffIds?.[j];
      const exp = classifyDigest(expected);
      const r = await this.layer(l, lAt, comp, exp.kind === "supported" ? exp.algorithm : "sha256");
      if (!r) continue;
      if (r.diffId !== void 0 && exp.kind === "supported" && r.diffId !== expected) {
        this.p.error(where(cAt, "rootfs", `diff_ids[${j}]`), "config-diff-id", `diff_id is ${expected} but layers[${j}] uncompressed hashes to ${r.diffId}`);
      }
      this.checkLinks(r, lower, lAt, l.digest);
      lower.push(r);
    }
    if (mixed.size) this.p.warn(at, "mixed-media-types", `a ${docker ? "Docker" : "OCI"} manifest refers to ${docker ? "OCI" : "Docker"} media types (${[...mixed].join(", ")}); some registries and runtimes refuse mixed manifests`);
    if (isObject(m.subject)) await this.subject(m.subject, where(at, "subject"));
    return config;
  }
  async config(c, at) {
    const v = await this.document(c, at, "config");
    if (v === void 0) return void 0;
    const kind = kindOf(v);
    if (kind === "index" || kind === "manifest") {
      this.p.error(at, "media-type-mismatch", `the descriptor says ${c.mediaType} (a config) but the blob is ${KIND_NAME[kind]}`);
      return void 0;
    }
    if (!this.visited.has(c.digest)) {
      this.visited.add(c.digest);
      this.stats.configs++;
      this.schema("imageConfig", v, at, "config-schema");
    }
    return isObject(v) ? v : void 0;
  }
  async empty(d, at) {
    const v = await this.document(d, at, "empty descriptor");
    if (v !== void 0 && !(isObject(v) && Object.keys(v).length === 0)) {
      this.p.warn(at, "empty-descriptor", `media type ${MediaType.OciEmpty} promises the content {}, but the blob holds something else`);
    }
  }
  /** A subject points at another image (referrers); it usually is not in the layout. */
  async subject(raw, at) {
    const d = this.desc(raw, at);
    if (!d) return;
    const st = await this.blobs.stat(d.digest);
    if (!st.present) {
      this.p.info(at, "subject-missing", `the subject ${short(d.digest)} is not in the layout (it may live in the registry)`);
      return;
    }
    await this.opaque(d, at);
  }
  comparePlatform(p, cfg, at) {
    const fields = ["os", "architecture", "variant", "os.version"];
    const diffs = [];
    for (const f of fields) {
      const a = p[f];
      const b = cfg[f];
      if (typeof a === "string" && typeof b === "string" && a !== b) diffs.push(`${f} "${a}" but the config says "${b}"`);
    }
    if (diffs.length) this.p.error(at, "platform-mismatch", `the platform says ${diffs.join(", and ")}`);
  }
  // ---- layers -------------------------------------------------------------------------------
  async layer(l, at, comp, diffAlg) {
    const foreign = l.mediaType !== void 0 && isForeignLayer(l.mediaType) && Array.isArray(l.raw.urls) && l.raw.urls.length > 0;
    const size = await this.present(l, at, foreign);
    if (size === void 0) return void 0;
    const key = `${l.digest}|${comp}|${diffAlg}`;
    let p = this.layers.get(key);
    if (p) return p;
    p = (async () => {
      this.stats.layers++;
      this.opts.onProgress?.(`checking layer ${short(l.digest)} (${humanSize(size)})`);
      let r;
      const known = this.opts.verified?.get(l.digest);
      if (known && known.size === size) {
        return { digest: l.digest, size, diffId: known.diffId, tarIssues: [], entryIssues: [], suppressed: [], entries: 0, paths: /* @__PURE__ */ new Map(), unresolvedLinks: [] };
      }
      try {
        r = await checkLayer(() => this.blobs.open(l.digest), { compression: comp, digestAlgorithm: l.algorithm, diffIdAlgorithm: diffAlg });
      } catch (e) {
        this.p.error(at, "blob-read", `cannot read blob ${l.digest}: ${errorMessage(e)}`);
        return void 0;
      }
      this.blobs.record(l.digest, { digest: r.digest, size: r.size });
      this.digestMatches(l, r.digest, at);
      if (r.unreadable) this.p.error(at, "layer-unreadable", r.unreadable);
      if (r.skipped) this.p.warn(at, "layer-zstd-unchecked", r.skipped);
      for (const i of r.tarIssues) this.tarIssue(i, at);
      for (const i of r.entryIssues) this.p.add(i.severity, where(at, `entry "${i.entry}"`), i.rule, i.message);
      for (const s of r.suppressed) this.p.info(at, s.rule, `${s.count} more entries break this rule; not listed`);
      return r;
    })();
    this.layers.set(key, p);
    return p;
  }
  tarIssue(i, at) {
    const severity = ["truncated-padding", "no-end-marker", "ignored-size"].includes(i.kind) ? "warning" : i.kind === "trailing-data" ? "info" : "error";
    const rule = severity === "error" ? "layer-tar" : "layer-tar-end";
    this.p.add(severity, i.path ? where(at, `entry "${i.path}"`) : at, i.kind === "ignored-size" ? "layer-tar" : rule, `tar: ${i.message}`);
  }
  /** Hard links whose target is not earlier in their layer must find it in a lower layer. */
  checkLinks(r, lower, at, digest2) {
    for (const link of r.unresolvedLinks) {
      let type;
      for (let k = lower.length - 1; k >= 0 && type === void 0; k--) type = lower[k].paths.get(link.target);
      if (type !== void 0 && type !== "dir") continue;
      const key = `${digest2}\0${link.entry}`;
      if (this.linkReported.has(key)) continue;
      this.linkReported.add(key);
      if (type === "dir") this.p.error(where(at, `entry "${link.entry}"`), "layer-hardlink-dir", `hard link "${link.entry}" points at "${link.target}", a directory of a lower layer (hard links to directories are not allowed)`, at);
      else this.p.error(where(at, `entry "${link.entry}"`), "layer-hardlink-target", `hard link target "${link.target}" is neither earlier in this layer nor in a lower layer`, at);
    }
  }
  // ---- garbage ------------------------------------------------------------------------------
  async countUnreferenced() {
    let n = 0;
    let bytes = 0;
    const root = path13.join(this.dir, "blobs");
    for (const alg of await fs16.readdir(root).catch(() => [])) {
      const files = await fs16.readdir(path13.join(root, alg)).catch(() => []);
      for (const f of files) {
        if (this.reached.has(`${alg}:${f}`)) continue;
        n++;
        bytes += (await fs16.stat(path13.join(root, alg, f)).catch(() => void 0))?.size ?? 0;
      }
    }
    if (n) this.p.info("blobs", "unreferenced-blobs", `${n} blob${n === 1 ? " is" : "s are"} not referenced from index.json (${humanSize(bytes)}; allowed, but garbage)`);
  }
};

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
async function buildImage(opts, log) {
  const started = Date.now();
  const level = checkLevel(opts.compression, opts.compressionLevel);
  if (opts.compression === "zstd") requireZstd();
  const refNames = opts.tags.length ? [...new Set(opts.tags.map(tagOf))] : ["latest"];
  const context = path14.resolve(opts.context);
  if (opts.workdir !== void 0 && !opts.workdir.startsWith("/")) throw new UserError(`--workdir "${opts.workdir}" must be an absolute path in the image, like /app`);
  let ignoreFile = opts.ignoreFile;
  if (ignoreFile === void 0) {
    const dflt = path14.join(context, ".bundleignore");
    if (await fs17.stat(dflt).then((s) => s.isFile(), () => false)) ignoreFile = dflt;
  }
  const ignore2 = ignoreFile ? await loadIgnoreFile(ignoreFile) : void 0;
  const exclude = [path14.resolve(opts.output)];
  if (ignoreFile) exclude.push(path14.resolve(ignoreFile));
  if (opts.archive) exclude.push(path14.resolve(opts.archive));
  const [entries, { epoch, from }] = await Promise.all([walkContext(opts.context, { ignore: ignore2, exclude }), resolveSourceDateEpoch(opts.sourceDateEpoch, context)]);
  const cache = new BlobCache(opts.cacheDir ?? defaultCacheDir());
  const layerCache = opts.reuseLayers === false ? void 0 : new LayerCache(cache);
  if (opts.push && opts.tags.length === 0) throw new UserError("--push needs at least one --tag to push to");
  const registry = { logger: log, ...opts.registry };
  if (registry.explicit && !registry.explicit.registries && opts.tags.length) {
    registry.explicit = { ...registry.explicit, registries: [...new Set(opts.tags.map((t) => parseReference(t).registry))] };
  }
  const source = opts.base && opts.base !== "scratch" ? openSource(opts.base, registry) : void 0;
  try {
    const base = source ? await resolveBase(source, opts.platforms, cache, log) : void 0;
    return await assemble(opts, { base, entries, epoch, from, refNames, level, cache, layerCache, registry, started }, log);
  } finally {
    await source?.close?.();
  }
}
async function validateOwnOutput(dir, ref, layers, base, cache, log) {
  const t0 = Date.now();
  const verified = new Map(layers.map((l) => [l.descriptor.digest, { size: l.descriptor.size, diffId: l.diffId }]));
  const baseLayers = /* @__PURE__ */ new Map();
  for (const img of base?.images ?? []) {
    img.manifest.layers.forEach((l, i) => baseLayers.set(l.digest, { size: l.size, diffId: img.config.rootfs.diff_ids[i] }));
  }
  for (const [digest2, v] of baseLayers) if (await cache.isDiffIdVerified(digest2, v.diffId)) verified.set(digest2, v);
  const report = await validateLayout(dir, { ref, verified });
  if (!report.valid) {
    const errors = report.problems.filter((p) => p.severity === "error");
    const baseProblem = errors.find((p) => [...baseLayers.keys()].some((d) => p.message.includes(d) || p.where.includes(d)));
    if (baseProblem) throw new UserError(`the base image ${base.name} is broken: ${formatProblem(baseProblem)}`);
    throw new UserError(`the image failed validation, which is a bug in oci-bundle (please report it): ${errors.slice(0, 3).map(formatProblem).join("; ")}`);
  }
  for (const [digest2, v] of baseLayers) await cache.markDiffIdVerified(digest2, v.diffId);
  log.info(`validated in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
}
function progressEvery() {
  const s = Number(process.env.OCI_BUNDLE_PROGRESS_SECONDS);
  return (Number.isFinite(s) && s > 0 ? s : 10) * 1e3;
}
async function assemble(opts, prep, log) {
  const { base, entries, epoch, from, refNames, level, cache, layerCache, registry, started } = prep;
  const platforms = base ? base.images.map((i) => i.platform) : opts.platforms.length ? opts.platforms : [{ os: "linux", architecture: "amd64" }];
  const created = rfc3339(epoch);
  const plans = planLayers(entries, { root: path14.resolve(opts.context), dest: opts.dest, layerGlobs: opts.layerGlobs, uid: opts.uid, gid: opts.gid, mtime: epoch });
  log.info(`building ${opts.context} into ${opts.dest} (${entries.length - 1} entries, ${plans.length} layer${plans.length > 1 ? "s" : ""}, timestamp ${created} from ${from})`);
  const layout = await LayoutWriter.open(opts.output);
  try {
    const baseBlobs = base ? await copyBaseBlobs(base, layout, cache, log) : void 0;
    const layers = [];
    for (const [i, plan] of plans.entries()) {
      const t0 = Date.now();
      let streamed = 0;
      const progress = setInterval(() => {
        const pct = plan.bytes > 0 ? ` (${Math.min(99, Math.floor(100 * streamed / plan.bytes))}%)` : "";
        log.info(`layer ${i + 1}/${plans.length} (${plan.selector}): ${humanSize(streamed)} of ${humanSize(plan.bytes)} packed${pct}`);
      }, progressEvery());
      progress.unref();
      let l;
      try {
        l = await buildLayer(plan, layout, opts.compression, level, layerCache, (n) => streamed = n);
      } finally {
        clearInterval(progress);
      }
      layers.push(l);
      log.info(
        `layer ${i + 1}/${plans.length} (${plan.selector}): ${plan.files} files, ${humanSize(l.tarSize)} -> ${humanSize(l.descriptor.size)} ${opts.compression}, ${l.descriptor.digest.slice(0, 19)}` + (l.reused ? " (unchanged: reused)" : "") + ` in ${((Date.now() - t0) / 1e3).toFixed(1)} s`
      );
    }
    const history = layers.map((l) => ({
      created,
      created_by: `oci-bundle: COPY ${l.createdBy === "." ? "." : l.createdBy} ${opts.dest}`,
      comment: "oci-bundle"
    }));
    const annotations2 = sortedRecord({ "org.opencontainers.image.created": created, ...opts.annotations });
    const manifests = [];
    const configs = [];
    for (const [pi, platform2] of platforms.entries()) {
      const baseImage = base?.images[pi];
      const inputs = {
        platform: platform2,
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
      const configDesc = (await layout.writeJson(MediaType.OciConfig, config)).descriptor;
      const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        config: configDesc,
        layers: [...baseImage?.layers ?? [], ...layers.map((l) => l.descriptor)],
        annotations: baseImage ? sortedRecord({ ...annotations2, "org.opencontainers.image.base.name": base.name, "org.opencontainers.image.base.digest": baseImage.manifestDigest, ...opts.annotations }) : annotations2
      };
      const { descriptor: descriptor2 } = await layout.writeJson(MediaType.OciManifest, manifest);
      manifests.push({ ...descriptor2, platform: platform2 });
      configs.push({ platform: platformString(platform2), digest: configDesc.digest, manifest: descriptor2.digest });
    }
    let top;
    if (manifests.length === 1) {
      top = manifests[0];
    } else {
      const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, annotations: annotations2 };
      top = (await layout.writeJson(MediaType.OciIndex, index)).descriptor;
    }
    layout.setRefs(top, refNames);
    await layout.commit();
    await validateOwnOutput(layout.dir, refNames[0], layers, base, cache, log);
    layout.finish();
    let archiveSize;
    if (opts.archive) archiveSize = await writeArchive(layout.dir, opts.archive, epoch);
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
      pushed = await pushLayout(layout.dir, opts.tags, { ...registry, ref: refNames[0], mountFrom });
    }
    return {
      digest: top.digest,
      mediaType: top.mediaType,
      size: top.size,
      layout: layout.dir,
      archive: opts.archive ? path14.resolve(opts.archive) : null,
      tags: opts.tags,
      platforms: platforms.map(platformString),
      config: configs[0].digest,
      configs,
      layers: layers.map((l) => ({ digest: l.descriptor.digest, size: l.descriptor.size, diffId: l.diffId, mediaType: l.descriptor.mediaType })),
      sourceDateEpoch: epoch,
      base: base ? { name: base.name, digest: base.digest, ...baseBlobs } : null,
      push: pushed
    };
  } catch (e) {
    await layout.rollback();
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code && /^E[A-Z]+$/.test(code)) throw fsError(e, opts.output, "writing the OCI layout");
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
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

// src/cli/registry-flags.ts
var REGISTRY_FLAGS = {
  "insecure-registry": { type: "string", multiple: true },
  username: { type: "string", short: "u" },
  "password-stdin": { type: "boolean" }
};
var REGISTRY_HELP = `  --insecure-registry HOST   talk plain HTTP to HOST[:PORT] (repeatable; loopback hosts always are)
  --username USER            user name; the password (or token) is read from stdin with
  --password-stdin           ... this flag (or from OCI_BUNDLE_PASSWORD)

Credentials, in order: --username/--password-stdin, OCI_BUNDLE_USERNAME/OCI_BUNDLE_PASSWORD, then
the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json: auths, credHelpers,
credsStore) as written by "docker login" and docker/login-action; else anonymous.
`;
async function registryOptions(values, command) {
  if (values["password-stdin"] && !values.username) throw new UsageError(`${command}: --password-stdin needs --username`);
  let explicit;
  if (values.username !== void 0) {
    if (values.username === "") throw new UsageError(`${command}: --username is empty`);
    let password;
    let source;
    if (values["password-stdin"]) {
      if (process.stdin.isTTY) throw new UsageError(`${command}: --password-stdin reads the password from stdin; pipe it in (e.g. echo "$TOKEN" | oci-bundle ${command} ...)`);
      password = await readStdin();
      source = "--username/--password-stdin";
    } else if (process.env.OCI_BUNDLE_PASSWORD) {
      password = process.env.OCI_BUNDLE_PASSWORD;
      source = "--username/OCI_BUNDLE_PASSWORD";
    } else {
      throw new UsageError(`${command}: --username needs --password-stdin (or OCI_BUNDLE_PASSWORD); passwords are never taken on the command line`);
    }
    if (password === "") throw new UsageError(`${command}: the password read from stdin is empty`);
    explicit = { username: values.username, password, source };
  }
  return { insecureRegistries: values["insecure-registry"] ?? [], explicit };
}

// src/cli/build.ts
var summary = "build an OCI image from a folder into an OCI layout";
var HELP = `Usage: oci-bundle build [CONTEXT] [options]

Packages CONTEXT (default ".") as an OCI image into an OCI image layout, reproducibly.

Options:
  --base REF               base image: a registry reference, oci:DIR[:TAG], or scratch (default)
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
  --compression-level N    gzip 1-9 (default 5), zstd 1-19 (default 3)
  --output DIR             OCI layout to write (default ./oci-image)
  --archive FILE           also write the layout as one tar file (oci-archive)
  --tag REF                image reference; its tag names the image in the layout (repeatable)
  --cache-dir DIR          blob and layer cache (default $OCI_BUNDLE_CACHE, else the user cache dir)
  --no-cache               compress every layer even when an unchanged one is cached
  --push                   push to every --tag once built and validated
  --json                   print the result as JSON on stdout
${REGISTRY_HELP}`;
async function run(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      base: { type: "string", default: "scratch" },
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
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      push: { type: "boolean", default: false },
      ...REGISTRY_FLAGS
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
    base: v.base,
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
    tags: v.tag,
    cacheDir: v["cache-dir"],
    reuseLayers: !v["no-cache"],
    push: v.push,
    registry: await registryOptions(v, "build")
  };
  const result = await buildImage(opts, stderrLogger);
  if (v.json) {
    const { digest: digest2, mediaType: mediaType2, size, layout, archive, tags, platforms, config, layers, base, push } = result;
    process.stdout.write(JSON.stringify({ digest: digest2, mediaType: mediaType2, size, layout, archive, tags, platforms, config, layers, base, push }, null, 2) + "\n");
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
var summary2 = "check an OCI image layout or oci-archive against the image spec";
var HELP2 = `Usage: oci-bundle validate PATH [options]

Checks the OCI image layout folder (or oci-archive tar) PATH against the OCI image spec 1.1:
oci-layout and index.json, every reachable index, manifest and config (JSON schemas), every
blob's presence, size and digest, every layer's diff_id and tar entries (paths that escape the
root, duplicates, bad whiteouts and hard links), and each platform against its config. Docker
v2 schema 2 manifests and manifest lists are accepted too.

Every problem is listed with where it is and the rule it breaks. Errors make the layout invalid;
warnings (SHOULD rules) and notes do not.

Options:
  --ref NAME   check only the image named NAME (org.opencontainers.image.ref.name, or a digest)
  --json       print the problems as a JSON list on stdout:
               [{"severity", "where", "rule", "message"}, ...]
  -h, --help   this help

Exit status: 0 valid, 1 invalid, 2 usage error.
`;
async function run2(argv) {
  const { values, positionals } = parse(argv, { ref: { type: "string" }, json: { type: "boolean", default: false } }, "validate");
  if (values.help) {
    process.stdout.write(HELP2);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("validate: give the OCI layout folder or oci-archive to check: oci-bundle validate PATH");
  if (positionals.length > 1) throw new UsageError(`validate takes one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  if (values.ref === "") throw new UsageError("validate: --ref is empty");
  const target = positionals[0];
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") process.stderr.write(`oci-bundle: cannot write the report: ${e.message}
`);
  });
  const json = values.json === true;
  const progress = process.stderr.isTTY && !json ? (m) => process.stderr.write(`\r\x1B[K${m}`) : void 0;
  const report = await validateLayout(target, { ref: values.ref, onProgress: progress });
  if (progress) process.stderr.write("\r\x1B[K");
  const errors = report.problems.filter((p) => p.severity === "error").length;
  const warnings = report.problems.filter((p) => p.severity === "warning").length;
  const s = report.stats;
  const checked = `${s.manifests} manifest${s.manifests === 1 ? "" : "s"}, ${s.configs} config${s.configs === 1 ? "" : "s"}, ${s.layers} layer${s.layers === 1 ? "" : "s"}, ${s.blobsHashed} blobs hashed (${humanSize(s.bytesHashed)})`;
  const verdict = report.valid ? `${target}: valid (${checked})${warnings ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}` : `${target}: INVALID: ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} (${checked})`;
  if (json) {
    process.stdout.write(JSON.stringify(report.problems, null, 2) + "\n");
    process.stderr.write(verdict + "\n");
  } else {
    for (const p of report.problems) process.stdout.write(formatProblem(p) + "\n");
    process.stdout.write(verdict + "\n");
  }
  return report.valid ? 0 : 1;
}

// src/cli/push.ts
var push_exports = {};
__export(push_exports, {
  run: () => run3,
  summary: () => summary3
});
var summary3 = "push an image from an OCI layout to one or more registry references";
var HELP3 = `Usage: oci-bundle push LAYOUT REF... [options]

Pushes the image in the OCI image layout LAYOUT to every REF (e.g. ghcr.io/acme/app:1.0,
localhost:5000/app:dev, docker.io/acme/app:latest). Blobs the registry already has are skipped.

Options:
  --ref NAME                 the image in the layout, by its org.opencontainers.image.ref.name
                             (default: the only one)
  --json                     print {digest, mediaType, size, tags, pushed, skipped, mounted} on stdout
  -h, --help                 this help
${REGISTRY_HELP}Progress goes to stderr; OCI_BUNDLE_DEBUG=1 logs every request (never credentials).
`;
async function run3(argv) {
  const { values, positionals } = parse(
    argv,
    {
      ref: { type: "string" },
      json: { type: "boolean" },
      ...REGISTRY_FLAGS
    },
    "push"
  );
  if (values.help) {
    process.stdout.write(HELP3);
    return 0;
  }
  const [layout, ...refs] = positionals;
  if (!layout) throw new UsageError("push: give the OCI layout folder and at least one reference: oci-bundle push LAYOUT REF...");
  if (refs.length === 0) throw new UsageError(`push: give at least one image reference to push ${layout} to (e.g. localhost:5000/app:latest)`);
  const reg = await registryOptions(values, "push");
  const result = await pushLayout(layout, refs, {
    ref: values.ref,
    ...reg,
    logger: stderrLogger
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    process.stdout.write(`${result.digest}
`);
  }
  return 0;
}

// src/cli/merge.ts
var merge_exports = {};
__export(merge_exports, {
  run: () => run4,
  summary: () => summary4
});

// src/image/merge.ts
import { promises as fs18, createReadStream as createReadStream5 } from "node:fs";
import os5 from "node:os";
import path15 from "node:path";
var scopesFor = (target, sources) => [`repository:${target}:pull,push`, ...[...new Set(sources)].filter((s) => s !== target).map((s) => `repository:${s}:pull`)];
async function readSource(client, ref, spec) {
  const m = await client.getManifest(ref.repository, ref.digest, [`repository:${ref.repository}:pull`]);
  if (isIndex(m.mediaType)) throw new UserError(`source ${spec} is an index, not a single-platform image; give each platform's image digest`);
  if (!isManifest(m.mediaType)) throw new UserError(`source ${spec} is a ${m.mediaType}, not an image manifest`);
  const manifest = JSON.parse(m.bytes.toString("utf8"));
  const tmp = path15.join(os5.tmpdir(), `oci-bundle-merge-${process.pid}-${manifest.config.digest.slice(7, 19)}`);
  try {
    await client.fetchBlob(ref.repository, manifest.config.digest, manifest.config.size, tmp, [`repository:${ref.repository}:pull`]);
    const config = JSON.parse(await fs18.readFile(tmp, "utf8"));
    const platform2 = { architecture: config.architecture, os: config.os };
    if (config.variant) platform2.variant = config.variant;
    if (config["os.version"]) platform2["os.version"] = config["os.version"];
    return { ref, bytes: m.bytes, mediaType: m.mediaType, digest: m.digest, manifest, platform: platform2 };
  } finally {
    await fs18.rm(tmp, { force: true });
  }
}
async function ensureBlob(client, repository, from, desc, scopes) {
  let tmp;
  const NEED_COPY = new UserError("mount refused");
  try {
    try {
      return await client.pushBlob(repository, desc, { open: () => {
        throw NEED_COPY;
      } }, { scopes, mountFrom: from });
    } catch (e) {
      if (e !== NEED_COPY) throw e;
    }
    tmp = path15.join(os5.tmpdir(), `oci-bundle-merge-${process.pid}-${desc.digest.slice(7, 19)}`);
    await client.fetchBlob(from, desc.digest, desc.size, tmp, scopes);
    const file = tmp;
    return await client.pushBlob(repository, desc, { open: (start, end) => createReadStream5(file, { start, end: end - 1 }) }, { scopes });
  } finally {
    if (tmp) await fs18.rm(tmp, { force: true });
  }
}
async function mergeImages(tags, sources, opts) {
  const log = opts.logger;
  if (tags.length === 0) throw new UserError("merge needs at least one --tag for the index");
  if (sources.length === 0) throw new UserError("merge needs the images to join, as repo@sha256:\u2026 (one per platform)");
  const targets = tags.map((t) => parseReference(t));
  const refs = sources.map((s) => {
    const r = parseReference(s);
    if (!r.digest) throw new UserError(`source ${s} must name an image by digest (repo@sha256:\u2026), as the build step's "image" output does`);
    return r;
  });
  const registry = targets[0].registry;
  for (const r of [...targets, ...refs]) {
    if (r.registry !== registry) throw new UserError(`merge works within one registry: ${formatReference(r)} is not on ${registry}`);
  }
  for (const t of targets) if (!t.tag) throw new UserError(`--tag ${formatReference(t)} needs a tag`);
  const client = await RegistryClient.open(registry, opts);
  try {
    const images = [];
    for (const [i, r] of refs.entries()) images.push(await readSource(client, r, sources[i]));
    const seen = /* @__PURE__ */ new Map();
    for (const [i, img] of images.entries()) {
      const p = platformString(img.platform);
      if (seen.has(p)) throw new UserError(`sources ${seen.get(p)} and ${sources[i]} are both ${p}; give one image per platform`);
      seen.set(p, sources[i]);
    }
    const index = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: images.map((img) => ({ mediaType: img.mediaType, digest: img.digest, size: img.bytes.length, platform: img.platform }))
    };
    const bytes = Buffer.from(JSON.stringify(index), "utf8");
    const digest2 = sha256(bytes);
    const pushed = [];
    for (const t of targets) {
      const scopes = scopesFor(t.repository, images.map((i) => i.ref.repository));
      for (const img of images) {
        if (img.ref.repository !== t.repository) {
          for (const d of [img.manifest.config, ...img.manifest.layers]) {
            if (d.urls?.length) continue;
            const r = await ensureBlob(client, t.repository, img.ref.repository, d, scopes);
            log.debug(`${t.repository}: blob ${d.digest.slice(0, 19)} ${r}`);
          }
          await client.putManifest(t.repository, img.digest, img.bytes, img.mediaType, scopes);
        }
      }
      const got = await client.putManifest(t.repository, t.tag, bytes, MediaType.OciIndex, scopes);
      if (got && got !== digest2) throw new UserError(`registry ${registry} stored the index for ${formatReference(t)} as ${got}, not ${digest2}`);
      pushed.push(formatReference(t));
      log.info(`pushed index ${digest2} to ${formatReference(t)} (${images.map((i) => platformString(i.platform)).join(", ")})`);
    }
    return {
      digest: digest2,
      mediaType: MediaType.OciIndex,
      size: bytes.length,
      tags: pushed,
      manifests: images.map((img, i) => ({ source: sources[i], digest: img.digest, platform: platformString(img.platform) }))
    };
  } finally {
    client.close();
  }
}

// src/cli/merge.ts
var summary4 = "join single-platform images (repo@sha256:\u2026) into one multi-platform index";
var HELP4 = `Usage: oci-bundle merge --tag REF [--tag REF...] SOURCE... [options]

Reads the platform of each SOURCE (a single-platform image pushed by digest, repo@sha256:\u2026, e.g.
one per matrix job) from its config and pushes one OCI image index naming them all under every
--tag. Blobs are mounted across repositories of the same registry.

Options:
  --tag REF                  where to push the index (repeatable, at least one)
  --json                     print {digest, mediaType, size, tags, manifests} on stdout
${REGISTRY_HELP}`;
async function run4(argv) {
  const { values, positionals } = parse(argv, { tag: { type: "string", multiple: true }, json: { type: "boolean" }, ...REGISTRY_FLAGS }, "merge");
  if (values.help) {
    process.stdout.write(HELP4);
    return 0;
  }
  const tags = values.tag ?? [];
  if (tags.length === 0) throw new UsageError("merge: give at least one --tag for the index");
  if (positionals.length === 0) throw new UsageError("merge: give the images to join, as repo@sha256:\u2026 (one per platform)");
  const reg = await registryOptions(values, "merge");
  const result = await mergeImages(tags, positionals, { ...reg, logger: stderrLogger });
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + "\n" : result.digest + "\n");
  return 0;
}

// src/cli/unpack.ts
var unpack_exports = {};
__export(unpack_exports, {
  run: () => run6,
  summary: () => summary5
});

// src/unpack/unpack.ts
import { promises as fs20 } from "node:fs";
import path18 from "node:path";

// src/unpack/apply-layer.ts
import { execFile } from "node:child_process";
import {
  chmodSync,
  closeSync as closeSync2,
  constants as constants2,
  fchmodSync,
  fchownSync,
  futimesSync,
  lchownSync,
  linkSync,
  lstatSync as lstatSync3,
  lutimesSync,
  mkdirSync as mkdirSync3,
  openSync as openSync2,
  readdirSync as readdirSync2,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeSync as writeSync2
} from "node:fs";
import path17 from "node:path";
import { promisify } from "node:util";

// src/unpack/secure-path.ts
import { lstatSync as lstatSync2, mkdirSync as mkdirSync2, readlinkSync as readlinkSync2 } from "node:fs";
import path16 from "node:path";
var MAX_LINKS = 255;
var UnsafePathError = class extends Error {
};
function cleanEntryPath(name) {
  if (name.includes("\0")) return void 0;
  const out = [];
  for (const p of name.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (out.length === 0) return void 0;
      out.pop();
      continue;
    }
    out.push(p);
  }
  return out;
}
function isInside(root, abs) {
  const rel = path16.relative(root, abs);
  return rel === "" || !rel.startsWith("..") && !path16.isAbsolute(rel);
}
function errnoCode(e) {
  return e?.code;
}
var RootResolver = class {
  constructor(root) {
    this.root = root;
  }
  root;
  realDirs = /* @__PURE__ */ new Set();
  /**
   * The host path of `parts` inside root. Symlinks met on the way are followed, rooted at
   * root; the last component is followed only when followLast is set. Components that do not
   * exist are taken as they are. The result is always root or below it.
   */
  resolve(parts, followLast) {
    let cur = [];
    const queue = [...parts];
    let links = 0;
    while (queue.length > 0) {
      const c = queue.shift();
      if (c === "" || c === ".") continue;
      if (c === "..") {
        cur.pop();
        continue;
      }
      const isLast = queue.every((q) => q === "" || q === ".");
      const candidate = path16.join(this.root, ...cur, c);
      if (isLast && !followLast || this.realDirs.has(candidate)) {
        cur.push(c);
        continue;
      }
      let st;
      try {
        st = lstatSync2(candidate);
      } catch (e) {
        const code = errnoCode(e);
        if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
        cur.push(c);
        continue;
      }
      if (!st.isSymbolicLink()) {
        if (st.isDirectory()) this.realDirs.add(candidate);
        cur.push(c);
        continue;
      }
      if (++links > MAX_LINKS) throw new UnsafePathError(`too many levels of symbolic links resolving ${parts.join("/")}`);
      const target = readlinkSync2(candidate);
      if (target.startsWith("/")) cur = [];
      queue.unshift(...target.split("/"));
    }
    const abs = path16.join(this.root, ...cur);
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${parts.join("/")} resolves outside the root filesystem`);
    return abs;
  }
  /**
   * Makes sure the directory `abs` (a resolved path inside root) exists, creating missing
   * parts with mode 0755. Refuses to pass through a symlink (resolve() leaves none in the
   * existing part of a path) and reports a non-directory in the way. Returns what it created.
   */
  mkdirAll(abs) {
    if (!isInside(this.root, abs)) throw new UnsafePathError(`${abs} is outside the root filesystem`);
    const rel = path16.relative(this.root, abs);
    const created = [];
    let cur = this.root;
    for (const part of rel === "" ? [] : rel.split(path16.sep)) {
      cur = path16.join(cur, part);
      if (this.realDirs.has(cur)) continue;
      let st;
      try {
        st = lstatSync2(cur);
      } catch (e) {
        if (errnoCode(e) !== "ENOENT") throw e;
        mkdirSync2(cur, { mode: 493 });
        created.push(cur);
        this.realDirs.add(cur);
        continue;
      }
      if (st.isSymbolicLink()) throw new UnsafePathError(`/${path16.relative(this.root, cur)} is a symbolic link; refusing to write through it`);
      if (!st.isDirectory()) throw new UnsafePathError(`/${path16.relative(this.root, cur)} is not a directory`);
      this.realDirs.add(cur);
    }
    return created;
  }
  /** Notes that a directory is real (just created or checked). */
  remember(abs) {
    this.realDirs.add(abs);
  }
  /** Forgets what was known about abs and everything below it (it was removed or replaced). */
  forget(abs) {
    const prefix = abs + path16.sep;
    for (const d of this.realDirs) if (d === abs || d.startsWith(prefix)) this.realDirs.delete(d);
  }
};

// src/unpack/tar-reader.ts
var TarFormatError = class extends Error {
};
var ACCEPTED = /* @__PURE__ */ new Set(["no-end-marker", "trailing-data", "ignored-size"]);
var Events = class {
  constructor(source) {
    this.source = source;
    this.parser = new TarReader({
      onEntry: (entry) => this.push({ entry }),
      onData: (data) => this.push({ data }),
      onEntryEnd: () => this.push({ end: true }),
      onIssue: (issue) => {
        if (!ACCEPTED.has(issue.kind)) this.failure ??= new TarFormatError(this.describe(issue));
      }
    });
  }
  source;
  parser;
  queue = [];
  head = 0;
  failure;
  done = false;
  /** Bytes taken from the source so far. */
  bytes = 0;
  push(e) {
    if (!this.failure) this.queue.push(e);
  }
  /** The next event, or undefined at the end of a readable stream; throws what the parser found wrong. */
  async next() {
    while (this.head === this.queue.length) {
      if (this.failure) throw this.failure;
      if (this.done) return void 0;
      this.queue = [];
      this.head = 0;
      const r = await this.source.next();
      if (r.done) {
        this.done = true;
        this.parser.end();
      } else {
        this.bytes += r.value.length;
        this.parser.write(r.value);
      }
    }
    return this.queue[this.head++];
  }
  describe(i) {
    switch (i.kind) {
      case "checksum":
        return `invalid tar header at byte ${i.offset} (bad checksum)`;
      case "bad-header":
        return `invalid tar header at byte ${i.offset} (unreadable size)`;
      case "truncated-header":
      case "truncated-data":
      case "truncated-padding":
        return `the tar stream is truncated at byte ${this.bytes}`;
      case "lone-zero-block":
        return `invalid tar stream: an entry follows a zero block at byte ${i.offset}`;
      case "oversized-extension":
        return `a tar meta header at byte ${i.offset} is too large (over ${MAX_EXTENSION} bytes)`;
      default:
        return `invalid tar stream: ${i.message}`;
    }
  }
};
function unpackEntry(e) {
  return {
    name: e.path,
    kind: e.type === "sparse" || e.type === "other" ? "unknown" : e.type,
    typeflag: e.typeflag,
    mode: e.mode,
    uid: e.uid,
    gid: e.gid,
    size: e.size,
    mtime: e.mtime,
    linkname: e.linkpath,
    devmajor: e.devmajor,
    devminor: e.devminor,
    xattrs: e.xattrs,
    sparse: e.sparse
  };
}
async function* readTar(source) {
  const events2 = new Events(source[Symbol.asyncIterator]());
  for (; ; ) {
    const ev = await events2.next();
    if (!ev) return;
    if (!("entry" in ev)) throw new Error("tar reader out of step");
    if (ev.entry.invalid) throw new TarFormatError(ev.entry.invalid);
    let finished = false;
    let bodyStarted = false;
    const content = async function* () {
      while (!finished) {
        const e = await events2.next();
        if (!e || "entry" in e) throw new Error("tar reader out of step");
        if ("end" in e) finished = true;
        else yield e.data;
      }
    };
    yield {
      entry: unpackEntry(ev.entry),
      body: async function* () {
        if (bodyStarted) throw new Error("tar entry body read twice (or after the next entry)");
        bodyStarted = true;
        yield* content();
      }
    };
    bodyStarted = true;
    for await (const _ of content()) ;
  }
}

// src/unpack/apply-layer.ts
var run5 = promisify(execFile);
var UnpackNotes = class {
  /** Device nodes not created (not root, or rootless). */
  skippedDevices = [];
  /** Entries whose owner (not 0:0) was not applied. */
  ownersNotApplied = 0;
  /** Entries with extended attributes, which are not applied. */
  xattrEntries = 0;
  /** Entries of types we do not know, skipped. */
  unknown = [];
};
var O_CREATE_NEW = constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL | constants2.O_NOFOLLOW;
var EntryRefused = class extends UserError {
};
function lstatOrUndefined(p) {
  try {
    return lstatSync3(p);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw e;
  }
}
function depth(p) {
  return p.split(path17.sep).length;
}
var LayerApplier = class {
  constructor(ctx, label) {
    this.ctx = ctx;
    this.label = label;
    this.root = ctx.root;
  }
  ctx;
  label;
  root;
  /** Paths this layer wrote: whiteouts and opaque markers leave them alone. */
  created = /* @__PURE__ */ new Set();
  /** Directories this layer made (mode 0700 until finish()): all they hold is in `created`. */
  fresh = /* @__PURE__ */ new Set();
  euid = process.geteuid?.() ?? -1;
  egid = process.getegid?.() ?? -1;
  /** Attributes of directories named by this layer, applied when the layer is done. */
  dirAttrs = /* @__PURE__ */ new Map();
  /** Directories whose content this layer changed: their times (and mode) are put back. */
  parents = /* @__PURE__ */ new Map();
  stats = { entries: 0, whiteouts: 0 };
  refuse(e, why) {
    return new EntryRefused(`${this.label}: entry "${e.name}": ${why}; refusing to unpack this layer`);
  }
  async apply(item) {
    const e = item.entry;
    this.stats.entries++;
    const parts = cleanEntryPath(e.name);
    if (!parts) throw this.refuse(e, 'its path climbs out of the root filesystem with ".."');
    if (e.sparse) throw this.refuse(e, "sparse files are not supported");
    if (Object.keys(e.xattrs).length > 0) this.ctx.notes.xattrEntries++;
    if (parts.length === 0) {
      if (e.kind !== "dir") throw this.refuse(e, "the root of the filesystem can only be a directory");
      this.dirAttrs.set(this.root, this.attrs(e));
      return;
    }
    const base = parts[parts.length - 1];
    if (base.startsWith(".wh.")) {
      this.stats.whiteouts++;
      this.whiteout(e, parts.slice(0, -1), base);
      return;
    }
    const parent = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    this.ensureDir(parent);
    const dest = path17.join(parent, base);
    if (!isInside(this.root, dest) || dest === this.root) throw this.refuse(e, "it resolves outside the root filesystem");
    if (!this.ctx.owners && (e.uid !== 0 || e.gid !== 0) && e.kind !== "hardlink") this.ctx.notes.ownersNotApplied++;
    switch (e.kind) {
      case "dir":
        return this.dir(e, dest);
      case "file":
        return this.file(e, dest, item);
      case "symlink":
        return this.symlink(e, dest);
      case "hardlink":
        return this.hardlink(e, dest);
      case "char":
      case "block":
      case "fifo":
        return this.node(e, dest, parts);
      default:
        this.ctx.notes.unknown.push(`${this.label}: "${e.name}" (type ${JSON.stringify(e.typeflag)})`);
    }
  }
  attrs(e) {
    return { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
  }
  /** Creates dir (and missing parents) inside root and notes the changes to put back. */
  ensureDir(dir) {
    const made = this.ctx.resolver.mkdirAll(dir);
    if (made.length > 0) this.touch(path17.dirname(made[0]));
    for (const d of made) {
      this.created.add(d);
      this.fresh.add(d);
    }
    this.touch(dir);
  }
  /** Remembers a directory's times before this layer changes its content. */
  touch(dir) {
    if (this.created.has(dir) || this.parents.has(dir)) return;
    const st = lstatSync3(dir);
    const state = { atime: st.atime, mtime: st.mtime, mode: st.mode & 4095, opened: false };
    if (!this.ctx.privileged && (state.mode & 192) !== 192) {
      chmodSync(dir, state.mode | 448);
      state.opened = true;
    }
    this.parents.set(dir, state);
  }
  /** What is at dest now; no need to look inside a directory this layer made, unless this layer put dest there. */
  existing(dest) {
    if (this.fresh.has(path17.dirname(dest)) && !this.created.has(dest)) return void 0;
    return lstatOrUndefined(dest);
  }
  /** Owners are set unless the new inode already has them (created by us in a directory without setgid). */
  needsChown(e, dest) {
    return this.ctx.owners && !(e.uid === this.euid && e.gid === this.egid && this.fresh.has(path17.dirname(dest)));
  }
  remove(p, st) {
    if (st.isDirectory()) {
      rmSync(p, { recursive: true, force: true });
      this.ctx.resolver.forget(p);
    } else {
      unlinkSync(p);
    }
  }
  dir(e, dest) {
    const st = this.existing(dest);
    if (st && !st.isDirectory()) this.remove(dest, st);
    if (!st || !st.isDirectory()) {
      mkdirSync3(dest, { mode: 448 });
      this.fresh.add(dest);
    }
    this.ctx.resolver.remember(dest);
    this.created.add(dest);
    this.dirAttrs.set(dest, this.attrs(e));
  }
  async file(e, dest, item) {
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    const fd = openSync2(dest, O_CREATE_NEW, 384);
    try {
      for await (const chunk of item.body()) {
        let off = 0;
        while (off < chunk.length) off += writeSync2(fd, chunk, off, chunk.length - off);
      }
      if (this.needsChown(e, dest)) fchownSync(fd, e.uid, e.gid);
      fchmodSync(fd, e.mode);
      futimesSync(fd, e.mtime, e.mtime);
    } finally {
      closeSync2(fd);
    }
    this.created.add(dest);
  }
  symlink(e, dest) {
    if (e.linkname === "") throw this.refuse(e, "the symbolic link has an empty target");
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    symlinkSync(e.linkname, dest);
    if (this.needsChown(e, dest)) lchownSync(dest, e.uid, e.gid);
    lutimesSync(dest, e.mtime, e.mtime);
    this.created.add(dest);
  }
  hardlink(e, dest) {
    const parts = cleanEntryPath(e.linkname);
    if (!parts || parts.length === 0) throw this.refuse(e, `its hard link target "${e.linkname}" is outside the root filesystem`);
    const dir = this.ctx.resolver.resolve(parts.slice(0, -1), true);
    const target = path17.join(dir, parts[parts.length - 1]);
    if (!isInside(this.root, target)) throw this.refuse(e, `its hard link target "${e.linkname}" is outside the root filesystem`);
    const tst = lstatOrUndefined(target);
    if (!tst) throw this.refuse(e, `its hard link target "${e.linkname}" does not exist (in this or a lower layer)`);
    if (tst.isDirectory()) throw this.refuse(e, `its hard link target "${e.linkname}" is a directory`);
    if (target === dest) return;
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    linkSync(target, dest);
    this.created.add(dest);
  }
  async node(e, dest, parts) {
    if (e.kind !== "fifo" && !this.ctx.devices) {
      this.ctx.notes.skippedDevices.push("/" + parts.join("/"));
      return;
    }
    const st = this.existing(dest);
    if (st) this.remove(dest, st);
    const args = e.kind === "fifo" ? ["--", dest, "p"] : ["--", dest, e.kind === "char" ? "c" : "b", String(e.devmajor), String(e.devminor)];
    try {
      await run5("mknod", args);
    } catch (err) {
      throw new UserError(`${this.label}: entry "${e.name}": could not create the ${e.kind === "fifo" ? "FIFO" : "device node"} with mknod: ${errorMessage(err).split("\n")[0]}`);
    }
    if (this.ctx.owners) lchownSync(dest, e.uid, e.gid);
    chmodSync(dest, e.mode);
    utimesSync(dest, e.mtime, e.mtime);
    this.created.add(dest);
  }
  whiteout(e, parentParts, base) {
    if (base === ".wh..wh..opq") return this.opaque(parentParts);
    if (base.startsWith(".wh..wh.")) return;
    const name = base.slice(".wh.".length);
    if (name === "" || name === "." || name === "..") throw this.refuse(e, "the whiteout names nothing");
    const parent = this.ctx.resolver.resolve(parentParts, true);
    const target = path17.join(parent, name);
    if (!isInside(this.root, target) || target === this.root) throw this.refuse(e, "the whiteout resolves outside the root filesystem");
    const st = lstatOrUndefined(target);
    if (!st) return;
    this.touch(parent);
    this.removeLower(target, st);
  }
  opaque(dirParts) {
    const dir = this.ctx.resolver.resolve(dirParts, true);
    const st = lstatOrUndefined(dir);
    if (st && !st.isDirectory()) {
      this.touch(path17.dirname(dir));
      this.remove(dir, st);
    }
    this.ensureDir(dir);
    for (const name of readdirSync2(dir)) {
      const child2 = path17.join(dir, name);
      this.removeLower(child2, lstatSync3(child2));
    }
  }
  /** Removes what lower layers put at p, keeping what this layer wrote there. */
  removeLower(p, st) {
    if (!this.created.has(p)) return this.remove(p, st);
    if (!st.isDirectory()) return;
    this.touch(p);
    for (const name of readdirSync2(p)) {
      const child2 = path17.join(p, name);
      this.removeLower(child2, lstatSync3(child2));
    }
  }
  /** Directory attributes last (deepest first), once their content is in place. */
  finish() {
    const dirs = [.../* @__PURE__ */ new Set([...this.dirAttrs.keys(), ...this.parents.keys()])].sort((a, b) => depth(b) - depth(a));
    for (const d of dirs) {
      const st = lstatOrUndefined(d);
      if (!st || !st.isDirectory()) continue;
      const a = this.dirAttrs.get(d);
      if (a) {
        if (this.ctx.owners) lchownSync(d, a.uid, a.gid);
        chmodSync(d, a.mode);
        utimesSync(d, a.mtime, a.mtime);
      } else {
        const p = this.parents.get(d);
        if (p.opened) chmodSync(d, p.mode);
        utimesSync(d, p.atime, p.mtime);
      }
    }
  }
};
async function applyLayer(tar, label, ctx) {
  const layer = new LayerApplier(ctx, label);
  let current;
  try {
    for await (const item of readTar(tar)) {
      current = item.entry;
      await layer.apply(item);
      current = void 0;
    }
    layer.finish();
  } catch (err) {
    if (err instanceof EntryRefused) throw err;
    if (err instanceof UserError) throw err;
    const where2 = current ? `${label}: entry "${current.name}"` : label;
    if (err instanceof TarFormatError) throw new UserError(`${where2}: ${err.message}`);
    if (err instanceof UnsafePathError) throw new UserError(`${where2}: ${err.message}; refusing to unpack this layer`);
    const code = err.code;
    if (code) throw new UserError(`${where2}: ${code === "ENOSPC" ? "no space left on device" : errorMessage(err)}`);
    throw new UserError(`${where2}: ${errorMessage(err)}`);
  }
  return layer.stats;
}

// src/unpack/layer-stream.ts
import { createHash as createHash10 } from "node:crypto";
import { PassThrough, Transform as Transform2, pipeline as pipeline3 } from "node:stream";
import zlib5 from "node:zlib";
var Meter = class extends Transform2 {
  hash;
  bytes = 0;
  constructor(algorithm) {
    super();
    this.hash = createHash10(algorithm);
  }
  _transform(chunk, _enc, cb) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
};
function algorithmOf(digest2) {
  const alg = digest2.split(":")[0];
  if (alg !== "sha256" && alg !== "sha512") throw new UserError(`unsupported digest algorithm in "${digest2}"`);
  return alg;
}
function zstdDecompressAvailable() {
  return typeof zlib5.createZstdDecompress === "function";
}
function checkLayerSupported(desc, index) {
  const compression = layerCompression(desc.mediaType);
  if (compression === void 0) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) has media type "${desc.mediaType}", which is not a filesystem layer; cannot unpack it`);
  }
  if (compression === "zstd" && !zstdDecompressAvailable()) {
    throw new UserError(`layer ${index + 1} (${desc.digest}) is zstd-compressed, which needs Node.js 22.15 or newer (this is ${process.version})`);
  }
}
function openLayerTar(layout, desc, diffId) {
  const compression = layerCompression(desc.mediaType);
  const blob = new Meter(algorithmOf(desc.digest));
  const tar = new Meter(algorithmOf(diffId));
  let decompress;
  if (compression === "gzip") decompress = zlib5.createGunzip();
  else if (compression === "zstd") decompress = zlib5.createZstdDecompress();
  else decompress = new PassThrough();
  const out = pipeline3(layout.openBlob(desc.digest), blob, decompress, tar, () => {
  });
  return {
    tar: out,
    verify() {
      const got = `${algorithmOf(desc.digest)}:${blob.hash.digest("hex")}`;
      if (got !== desc.digest) throw new UserError(`layer blob ${desc.digest} is corrupt: its content hashes to ${got}`);
      if (blob.bytes !== desc.size) throw new UserError(`layer blob ${desc.digest} is ${blob.bytes} bytes, but the manifest says ${desc.size}`);
      const diff = `${algorithmOf(diffId)}:${tar.hash.digest("hex")}`;
      if (diff !== diffId) throw new UserError(`layer ${desc.digest} does not match the image config: its uncompressed content is ${diff}, rootfs.diff_ids says ${diffId}`);
    },
    close() {
      out.destroy();
    }
  };
}

// src/unpack/passwd.ts
import { constants as constants3, promises as fs19 } from "node:fs";
var MAX_ID = 4294967294;
var MAX_DB = 16 * 1024 * 1024;
function parseId(s) {
  if (!/^\d+$/.test(s)) return void 0;
  const n = Number(s);
  return Number.isSafeInteger(n) && n <= MAX_ID ? n : void 0;
}
function parsePasswd(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.split(":");
    if (f.length < 4) continue;
    const uid = parseId(f[2]);
    const gid = parseId(f[3]);
    if (!f[0] || uid === void 0 || gid === void 0) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? "" });
  }
  return out;
}
function parseGroup(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.split(":");
    if (f.length < 3) continue;
    const gid = parseId(f[2]);
    if (!f[0] || gid === void 0) continue;
    out.push({ name: f[0], gid, members: (f[3] ?? "").split(",").map((m) => m.trim()).filter(Boolean) });
  }
  return out;
}
function resolveUser(spec, passwd, group) {
  const s = (spec ?? "").trim();
  const colon = s.indexOf(":");
  const userPart = colon < 0 ? s : s.slice(0, colon);
  const groupPart = colon < 0 ? void 0 : s.slice(colon + 1);
  if (groupPart !== void 0 && groupPart === "") throw new UserError(`the image's User "${s}" has an empty group after ":"`);
  let entry;
  let uid;
  if (userPart === "") {
    uid = 0;
    entry = passwd?.find((p) => p.uid === 0);
  } else {
    const n = parseId(userPart);
    if (n !== void 0) {
      uid = n;
      entry = passwd?.find((p) => p.uid === n);
    } else if (/^\d+$/.test(userPart)) {
      throw new UserError(`the image's User "${s}": uid ${userPart} is out of range`);
    } else {
      if (!passwd) throw new UserError(`the image's User "${s}" names user "${userPart}", but the image has no /etc/passwd to look it up in`);
      entry = passwd.find((p) => p.name === userPart);
      if (!entry) throw new UserError(`the image's User "${s}": no user "${userPart}" in the image's /etc/passwd`);
      uid = entry.uid;
    }
  }
  let gid;
  const additionalGids = [];
  if (groupPart !== void 0) {
    const n = parseId(groupPart);
    if (n !== void 0) gid = n;
    else if (/^\d+$/.test(groupPart)) throw new UserError(`the image's User "${s}": gid ${groupPart} is out of range`);
    else {
      if (!group) throw new UserError(`the image's User "${s}" names group "${groupPart}", but the image has no /etc/group to look it up in`);
      const g = group.find((x) => x.name === groupPart);
      if (!g) throw new UserError(`the image's User "${s}": no group "${groupPart}" in the image's /etc/group`);
      gid = g.gid;
    }
  } else {
    gid = entry?.gid ?? 0;
    if (entry && group) {
      for (const g of group) {
        if (g.members.includes(entry.name) && g.gid !== gid && !additionalGids.includes(g.gid)) additionalGids.push(g.gid);
      }
    }
  }
  const out = { uid, gid, additionalGids };
  if (entry?.home) out.home = entry.home;
  return out;
}
async function readRootfsText(resolver, relPath) {
  const p = resolver.resolve(relPath.split("/"), true);
  let fh;
  try {
    fh = await fs19.open(p, constants3.O_RDONLY | constants3.O_NOFOLLOW | constants3.O_NONBLOCK);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP") return void 0;
    throw e;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return void 0;
    if (st.size > MAX_DB) throw new UserError(`the image's /${relPath} is ${st.size} bytes; too large to read`);
    return (await fh.readFile()).toString("utf8");
  } finally {
    await fh.close();
  }
}
async function resolveImageUser(resolver, spec) {
  const passwdText = await readRootfsText(resolver, "etc/passwd");
  const groupText = await readRootfsText(resolver, "etc/group");
  return resolveUser(spec, passwdText === void 0 ? void 0 : parsePasswd(passwdText), groupText === void 0 ? void 0 : parseGroup(groupText));
}

// src/unpack/runtime-config.ts
var OCI_VERSION = "1.0.2";
var DEFAULT_HOSTNAME = "oci-bundle";
var CAPS = ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"];
function processArgs(config) {
  const c = config.config ?? {};
  const args = [...c.Entrypoint ?? [], ...c.Cmd ?? []];
  if (args.length === 0) {
    throw new UserError("the image has neither Entrypoint nor Cmd, so there is no process to run; rebuild it with --entrypoint or --cmd");
  }
  return args;
}
function processCwd(config) {
  const wd = (config.config?.WorkingDir ?? "").trim();
  if (!wd) return "/";
  return wd.startsWith("/") ? wd : `/${wd}`;
}
function processEnv(config, user) {
  const env = [...config.config?.Env ?? []];
  const has = (k) => env.some((e) => e.startsWith(`${k}=`));
  if (!has("PATH")) env.unshift(DEFAULT_PATH);
  if (!has("HOME") && user.home) env.push(`HOME=${user.home}`);
  return env;
}
function imageAnnotations(config) {
  const out = {};
  const set = (k, v) => {
    if (v !== void 0 && v !== "") out[`org.opencontainers.image.${k}`] = v;
  };
  set("os", config.os);
  set("architecture", config.architecture);
  set("variant", config.variant);
  set("os.version", config["os.version"]);
  set("os.features", config["os.features"]?.join(","));
  set("author", config.author);
  set("created", config.created);
  set("stopSignal", config.config?.StopSignal);
  const ports = Object.keys(config.config?.ExposedPorts ?? {});
  if (ports.length) set("exposedPorts", ports.join(","));
  for (const [k, v] of Object.entries(config.config?.Labels ?? {})) out[k] = v;
  return out;
}
function defaultMounts(rootless) {
  const noexec = ["nosuid", "noexec", "nodev"];
  return [
    { destination: "/proc", type: "proc", source: "proc" },
    { destination: "/dev", type: "tmpfs", source: "tmpfs", options: ["nosuid", "strictatime", "mode=755", "size=65536k"] },
    // Rootless: no gid=5, the tty group is not mapped in the user namespace.
    { destination: "/dev/pts", type: "devpts", source: "devpts", options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", ...rootless ? [] : ["gid=5"]] },
    { destination: "/dev/shm", type: "tmpfs", source: "shm", options: [...noexec, "mode=1777", "size=65536k"] },
    { destination: "/dev/mqueue", type: "mqueue", source: "mqueue", options: noexec },
    // Rootless: sysfs cannot be mounted in a user namespace without a network namespace; bind it.
    rootless ? { destination: "/sys", type: "none", source: "/sys", options: ["rbind", ...noexec, "ro"] } : { destination: "/sys", type: "sysfs", source: "sysfs", options: [...noexec, "ro"] },
    { destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup", options: [...noexec, "relatime", "ro"] }
  ];
}
function runtimeSpec(config, user, opts) {
  const processUser = { uid: user.uid, gid: user.gid };
  if (user.additionalGids.length) processUser.additionalGids = user.additionalGids;
  const spec = {
    ociVersion: OCI_VERSION,
    process: {
      terminal: false,
      user: processUser,
      args: processArgs(config),
      env: processEnv(config, user),
      cwd: processCwd(config),
      capabilities: { bounding: [...CAPS], effective: [...CAPS], permitted: [...CAPS], ambient: [...CAPS] },
      rlimits: [{ type: "RLIMIT_NOFILE", hard: 1024, soft: 1024 }],
      noNewPrivileges: true
    },
    root: { path: "rootfs", readonly: false },
    hostname: opts.hostname ?? DEFAULT_HOSTNAME,
    mounts: defaultMounts(opts.rootless),
    linux: {
      namespaces: [{ type: "pid" }, { type: "network" }, { type: "ipc" }, { type: "uts" }, { type: "mount" }],
      maskedPaths: ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
      readonlyPaths: ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]
    }
  };
  const annotations2 = imageAnnotations(config);
  if (Object.keys(annotations2).length) spec.annotations = annotations2;
  if (opts.rootless) {
    spec.linux.namespaces = spec.linux.namespaces.filter((n) => n.type !== "network");
    spec.linux.namespaces.push({ type: "user" });
    spec.linux.uidMappings = [{ containerID: 0, hostID: opts.hostUid, size: 1 }];
    spec.linux.gidMappings = [{ containerID: 0, hostID: opts.hostGid, size: 1 }];
  } else {
    spec.linux.resources = { devices: [{ allow: false, access: "rwm" }] };
  }
  return spec;
}

// src/unpack/select-image.ts
import { createHash as createHash11 } from "node:crypto";
import os6 from "node:os";
function hostPlatform() {
  const arch = {
    x64: "amd64",
    arm64: "arm64",
    arm: "arm",
    ia32: "386",
    ppc64: os6.endianness() === "LE" ? "ppc64le" : "ppc64",
    s390x: "s390x",
    riscv64: "riscv64",
    loong64: "loong64",
    mips: "mips",
    mipsel: "mipsle"
  };
  const p = { os: "linux", architecture: arch[process.arch] ?? process.arch };
  if (p.architecture === "arm") {
    const v = process.config.variables.arm_version;
    if (v) p.variant = `v${v}`;
  }
  return p;
}
async function readVerified(layout, desc, what) {
  const bytes = await layout.readBlob(desc.digest);
  const alg = desc.digest.split(":")[0];
  const got = `${alg}:${createHash11(alg).update(bytes).digest("hex")}`;
  if (got !== desc.digest) throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is corrupt: its content hashes to ${got}`);
  if (bytes.length !== desc.size) throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is ${bytes.length} bytes, but its descriptor says ${desc.size}`);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new UserError(`the ${what} ${desc.digest} in ${layout.dir} is not valid JSON: ${e.message}`);
  }
}
function isAttestation2(d) {
  return d.platform?.os === "unknown" || d.platform?.architecture === "unknown" || d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest";
}
async function loadManifest(layout, desc) {
  const manifest = await readVerified(layout, desc, "manifest");
  if (manifest.schemaVersion !== 2 || !manifest.config || !Array.isArray(manifest.layers)) {
    throw new UserError(`${desc.digest} in ${layout.dir} is not an image manifest (schemaVersion 2 with config and layers)`);
  }
  if (!CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new UserError(`${desc.digest} is not a container image: its config has media type "${manifest.config.mediaType}"`);
  }
  const config = await readVerified(layout, manifest.config, "image config");
  if (config.rootfs?.type !== "layers" || !Array.isArray(config.rootfs.diff_ids)) {
    throw new UserError(`the image config ${manifest.config.digest} has no rootfs.diff_ids of type "layers"`);
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new UserError(`image ${desc.digest} is inconsistent: ${manifest.layers.length} layers in the manifest, ${config.rootfs.diff_ids.length} diff_ids in the config`);
  }
  return { manifest, config };
}
function configPlatform(c) {
  const p = { os: c.os, architecture: c.architecture };
  if (c.variant) p.variant = c.variant;
  return p;
}
async function selectImage(layout, ref, want) {
  let desc = await layout.resolveRef(ref);
  const name = ref ?? desc.annotations?.["org.opencontainers.image.ref.name"] ?? desc.digest;
  for (let depth2 = 0; ; depth2++) {
    if (depth2 > 4) throw new UserError(`image "${name}" nests indexes too deeply`);
    if (!desc.mediaType) desc = { ...desc, mediaType: mediaTypeOf(await layout.readBlob(desc.digest), void 0) };
    if (isManifest(desc.mediaType)) break;
    if (!isIndex(desc.mediaType)) {
      throw new UserError(`image "${name}" (${desc.digest}) has media type "${desc.mediaType}", which is neither an image manifest nor an index`);
    }
    const index = await readVerified(layout, desc, "index");
    const candidates = (index.manifests ?? []).filter((d) => !isAttestation2(d) && (isManifest(d.mediaType) || isIndex(d.mediaType)));
    if (candidates.length === 0) throw new UserError(`the index of image "${name}" (${desc.digest}) lists no images`);
    const platforms = [];
    for (const c of candidates) {
      if (c.platform) platforms.push(c.platform);
      else if (isManifest(c.mediaType)) platforms.push(configPlatform((await loadManifest(layout, c)).config));
      else platforms.push({ os: "unknown", architecture: "unknown" });
    }
    const listed = platforms.map(platformString).join(", ");
    let pick;
    if (want) {
      pick = platforms.findIndex((p) => platformMatches(want, p));
      if (pick < 0) throw new UserError(`image "${name}" has no ${platformString(want)} variant; it has: ${listed}`);
    } else {
      const host = hostPlatform();
      pick = platforms.findIndex((p) => platformMatches(host, p));
      if (pick < 0 && candidates.length === 1) pick = 0;
      if (pick < 0) throw new UserError(`image "${name}" is multi-platform and has nothing for this host (${platformString(host)}); choose one with --platform: ${listed}`);
    }
    desc = candidates[pick];
  }
  const { manifest, config } = await loadManifest(layout, desc);
  const platform2 = configPlatform(config);
  if (want && !platformMatches(want, platform2)) {
    throw new UserError(`image "${name}" is ${platformString(platform2)}, not ${platformString(want)}`);
  }
  if (config.os !== "linux") throw new UserError(`image "${name}" is a ${config.os} image; only Linux images can be unpacked into a runtime bundle`);
  return { descriptor: desc, manifest, config, platform: platform2 };
}

// src/unpack/unpack.ts
function isRoot() {
  return process.geteuid?.() === 0;
}
async function prepareBundleDir(dest, shown) {
  let st;
  try {
    st = await fs20.stat(dest);
  } catch (e) {
    if (e.code !== "ENOENT") throw fsError(e, shown, "checking the bundle folder");
  }
  if (st) {
    if (!st.isDirectory()) throw new UserError(`${shown} exists and is not a folder; choose a new or empty folder for the bundle`);
    const entries = await fs20.readdir(dest).catch((e) => {
      throw fsError(e, shown, "reading the bundle folder");
    });
    if (entries.length > 0) throw new UserError(`${shown} exists and is not empty; refusing to unpack into it (choose a new or empty folder)`);
    return { empty: true };
  }
  try {
    const firstParent = await fs20.mkdir(path18.dirname(dest), { recursive: true });
    await fs20.mkdir(dest, { mode: 448 });
    return { remove: firstParent ?? dest, empty: false };
  } catch (e) {
    throw fsError(e, shown, "creating the bundle folder");
  }
}
async function removeTree(p) {
  try {
    await fs20.rm(p, { recursive: true, force: true });
    return;
  } catch {
  }
  const open2 = async (d) => {
    const st = await fs20.lstat(d).catch(() => void 0);
    if (!st?.isDirectory()) return;
    await fs20.chmod(d, 448).catch(() => {
    });
    for (const n of await fs20.readdir(d).catch(() => [])) await open2(path18.join(d, n));
  };
  await open2(p);
  await fs20.rm(p, { recursive: true, force: true }).catch(() => {
  });
}
async function cleanup(dest, made) {
  if (made.remove) return removeTree(made.remove);
  for (const n of await fs20.readdir(dest).catch(() => [])) await removeTree(path18.join(dest, n));
}
function short2(digest2) {
  return digest2.slice(0, 19);
}
async function unpackImage(layoutDir, destDir, opts = {}) {
  const log = opts.log ?? silentLogger;
  if (!await OciLayout.isLayout(layoutDir)) throw new UserError(`${layoutDir} is not an OCI image layout (it has no oci-layout file)`);
  const layout = new OciLayout(path18.resolve(layoutDir));
  const image = await selectImage(layout, opts.ref, opts.platform);
  processArgs(image.config);
  const layers = image.manifest.layers;
  const diffIds = image.config.rootfs.diff_ids;
  for (const [i, d] of layers.entries()) {
    checkLayerSupported(d, i);
    if (!await layout.hasBlob(d.digest)) throw new UserError(`layer ${i + 1} (${d.digest}) is not in ${layoutDir}; the layout is incomplete`);
  }
  const rootless = !!opts.rootless || !isRoot();
  if (rootless && !opts.rootless) {
    log.warn("not running as root: unpacking rootless (owners from the image are not applied, device nodes are skipped, config.json gets a user namespace)");
  }
  const dest = path18.resolve(destDir);
  const made = await prepareBundleDir(dest, destDir);
  try {
    const rootfs = path18.join(dest, "rootfs");
    await fs20.mkdir(rootfs, { mode: 493 });
    await fs20.chmod(rootfs, 493);
    const resolver = new RootResolver(rootfs);
    const notes = new UnpackNotes();
    const ctx = { root: rootfs, resolver, owners: !rootless, devices: !rootless, privileged: isRoot(), notes };
    for (const [i, d] of layers.entries()) {
      const label = `layer ${i + 1}/${layers.length} (${d.digest})`;
      const started = Date.now();
      const lt = openLayerTar(layout, d, diffIds[i]);
      try {
        const stats = await applyLayer(lt.tar, label, ctx);
        lt.verify();
        log.info(`layer ${i + 1}/${layers.length} ${short2(d.digest)}: ${stats.entries} entries${stats.whiteouts ? ` (${stats.whiteouts} whiteouts)` : ""} in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
      } finally {
        lt.close();
      }
    }
    reportNotes(notes, rootless, log);
    const user = await resolveImageUser(resolver, image.config.config?.User);
    if (rootless && (user.uid !== 0 || user.gid !== 0)) {
      log.warn(`the image runs as ${user.uid}:${user.gid}, but the rootless user namespace maps only root (to you); add uidMappings/gidMappings to config.json for that user, or runc will refuse to start it`);
    }
    const spec = runtimeSpec(image.config, user, { rootless, hostUid: process.geteuid?.() ?? 0, hostGid: process.getegid?.() ?? 0, hostname: opts.hostname });
    await fs20.writeFile(path18.join(dest, "config.json"), JSON.stringify(spec, null, 2) + "\n", { mode: 420 });
    return { bundle: dest, digest: image.descriptor.digest, platform: platformString(image.platform), layers: layers.length, rootless, user: { uid: user.uid, gid: user.gid } };
  } catch (e) {
    await cleanup(dest, made);
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code) throw fsError(e, e.path ?? destDir, "writing the bundle");
    throw e;
  }
}
function reportNotes(notes, rootless, log) {
  const list = (xs) => xs.slice(0, 5).join(", ") + (xs.length > 5 ? `, and ${xs.length - 5} more` : "");
  if (rootless && notes.ownersNotApplied > 0) log.info(`rootless: ${notes.ownersNotApplied} entries owned by other users than root are owned by you instead`);
  if (notes.skippedDevices.length) log.warn(`skipped ${notes.skippedDevices.length} device node(s), which need root (and no --rootless): ${list(notes.skippedDevices)}`);
  if (notes.xattrEntries) log.warn(`extended attributes (e.g. file capabilities) of ${notes.xattrEntries} entries were not applied`);
  if (notes.unknown.length) log.warn(`skipped ${notes.unknown.length} tar entries of unknown type: ${list(notes.unknown)}`);
}

// src/cli/unpack.ts
var summary5 = "unpack an image from an OCI layout into a runtime bundle for runc";
var HELP5 = `Usage: oci-bundle unpack LAYOUT DIR [options]

Unpacks an image of the OCI image layout LAYOUT into DIR as an OCI runtime bundle:
DIR/rootfs (the layers applied in order) and DIR/config.json (made from the image config).
Run it with: runc run --bundle DIR NAME

DIR must not exist or be empty. Layers are extracted safely: paths resolve inside rootfs
(symlinks as the container sees them); an entry that climbs out with "..", or a hard link to
something outside or missing, stops the unpack with an error naming the layer and the entry.

Options:
  --ref NAME               the image in LAYOUT, by ref name (org.opencontainers.image.ref.name)
                           or manifest digest (default: the only image)
  --platform OS/ARCH[/V]   for a multi-platform image: which one (default: this machine's)
  --rootless               do not apply owners or create device nodes, and give config.json a
                           user namespace mapping root to you (implied when not run as root)
  --json                   print {bundle, digest, platform, layers} as JSON on stdout
`;
async function run6(argv) {
  const { values: v, positionals } = parse(
    argv,
    {
      ref: { type: "string" },
      platform: { type: "string" },
      rootless: { type: "boolean", default: false },
      json: { type: "boolean", default: false }
    },
    "unpack"
  );
  if (v.help) {
    process.stdout.write(HELP5);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UsageError(`unpack takes LAYOUT and DIR, got ${positionals.length} argument(s)${positionals.length ? `: ${positionals.join(" ")}` : ""}; see "oci-bundle unpack --help"`);
  }
  const [layout, dir] = positionals;
  let platform2;
  if (v.platform !== void 0) {
    try {
      platform2 = parsePlatform(v.platform);
    } catch (e) {
      if (e instanceof UserError) throw new UsageError(`--platform: ${e.message}`);
      throw e;
    }
  }
  if (v.ref !== void 0 && v.ref.trim() === "") throw new UsageError("--ref needs a name");
  const result = await unpackImage(layout, dir, { ref: v.ref, platform: platform2, rootless: v.rootless, log: stderrLogger });
  if (v.json) {
    const { bundle, digest: digest2, platform: p, layers } = result;
    process.stdout.write(JSON.stringify({ bundle, digest: digest2, platform: p, layers }, null, 2) + "\n");
  } else {
    stderrLogger.info(`image ${result.digest} (${result.platform}) unpacked into ${result.bundle}; run it with: runc run --bundle ${result.bundle} NAME`);
    process.stdout.write(result.bundle + "\n");
  }
  return 0;
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
boundYoungGeneration();
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

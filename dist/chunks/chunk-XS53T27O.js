import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  zstdDecompressAvailable
} from "./chunk-5XTY4Z5I.js";
import {
  RegistryImageSource
} from "./chunk-WEVMFMJ5.js";
import {
  OciArchiveReader
} from "./chunk-OG262V5Z.js";
import {
  LayoutImageSource
} from "./chunk-YO2YFIW5.js";
import {
  LAYOUT_VERSION,
  LayoutWriter,
  REF_NAME
} from "./chunk-KDXMICER.js";
import {
  RegistryDestination,
  verifyDocument
} from "./chunk-F7DJEHPN.js";
import {
  DEFAULT_TAG,
  DOCKER_HUB,
  parseReference
} from "./chunk-R4F2VUVR.js";
import {
  MAX_DOCUMENT_BYTES,
  isForeignLayer,
  isManifest,
  layerCompression,
  parseDigest,
  readVerifiedBlob,
  readVerifiedBytes,
  requireDigest
} from "./chunk-NJ2EJLCE.js";
import {
  UsageError,
  UserError,
  __commonJS,
  __toESM,
  fsError
} from "./chunk-5OT6ZM4B.js";

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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
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
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
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
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
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
    var basenameOf = (path7) => {
      const end = path7.length - 1;
      const index = path7.lastIndexOf(
        SLASH,
        path7[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path7 : path7.slice(index + 1);
    };
    var parentOf = (path7) => {
      if (path7.charCodeAt(0) === SLASH_CODE || path7.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path7.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path7.length - 1;
      const cut = path7.lastIndexOf(
        SLASH,
        path7.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path7.slice(0, cut + 1);
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
      testLiteral(path7) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path7)) {
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
      test(path7, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path7) : path7;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path7
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
    var checkPath = (path7, originalPath, doThrow) => {
      if (!isString(path7)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path7) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path7)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path7) => {
      const first = path7.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path7.length === 1) {
        return true;
      }
      const second = path7.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path7.length === 2 || path7.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path7) {
        checkPath(
          path7,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path7 ? this._t(path7, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path7 = convertPath(target);
        if (!path7 || path7.charCodeAt(path7.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path7);
        }
        const dir = this._t(path7, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path7);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path7, cache) {
        const cached = cache[path7];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path7);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path7] = parent && parent.ignored ? parent : this._rules.test(path7, MODE_IGNORE);
      }
      ignores(path7) {
        return this._test(path7, this._ignoreCache, convertPath(path7)).ignored;
      }
      createFilter() {
        return (path7) => !this.ignores(path7);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path7) {
        return this._test(path7, this._testCache, convertPath(path7));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path7) => checkPath(convertPath(path7), path7, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path7) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path7) || isNotRelative(path7);
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

// src/model/names.ts
function splitRef(body) {
  const m = /^(.*?)(?::([\w][\w.-]{0,127}))?$/.exec(body);
  return { path: m[1], ref: m[2] };
}
function parseImageName(text, field) {
  const fail = (why) => new UserError(`${field} "${text}": ${why}`, 2, { kind: "usage", field });
  if (text.startsWith("oci:")) {
    const { path: path7, ref: ref2 } = splitRef(text.slice(4));
    if (!path7) throw fail("give a folder: oci:DIR[:REF]");
    return { transport: "oci", dir: path7, ref: ref2, text };
  }
  if (text.startsWith("oci-archive:")) {
    const { path: path7, ref: ref2 } = splitRef(text.slice(12));
    if (!path7) throw fail("give a file: oci-archive:FILE[:REF]");
    return { transport: "oci-archive", file: path7, ref: ref2, text };
  }
  if (text.startsWith("docker-archive:")) {
    const body = text.slice(15);
    const colon = body.indexOf(":");
    const file = colon >= 0 ? body.slice(0, colon) : body;
    const name = colon >= 0 ? body.slice(colon + 1) : void 0;
    if (!file) throw fail("give a file: docker-archive:FILE[:NAME:TAG]");
    if (name !== void 0) parseReference(name);
    return { transport: "docker-archive", file, name, text };
  }
  const other = /^(dir|docker-daemon|containers-storage|ostree|sif|tarball):/.exec(text);
  if (other) throw fail(`the ${other[1]}: transport is not supported; use a registry reference, oci:DIR[:REF], oci-archive:FILE[:REF] or docker-archive:FILE[:NAME:TAG]`);
  const ref = text.startsWith("docker://") ? text.slice(9) : text;
  return { transport: "registry", ref: parseReference(ref), text: ref };
}

// src/layer/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstatSync, promises as fs, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";
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
  return path.join(root, e.raw ?? e.rel);
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
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    throw fsError(e, file, "reading the ignore file");
  }
  return (0, import_ignore.default)().add(text);
}
async function walkContext(context, opts = {}) {
  const root = path.resolve(context);
  let st;
  try {
    st = await fs.stat(root);
  } catch (e) {
    throw fsError(e, context, "reading the build context");
  }
  if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);
  const exclude = new Set((opts.exclude ?? []).map((p) => path.resolve(p)));
  const entries = [{ rel: "", type: "dir", executable: true, size: 0 }];
  const visit = (dirAbs, dirRel, dirRaw) => {
    let names;
    try {
      names = readdirSync(dirAbs);
    } catch (e) {
      throw fsError(e, dirAbs, "reading a folder of the build context");
    }
    const nfc = names.map((n) => n.normalize("NFC"));
    const seen = nfc.some((n, i) => n !== names[i]) ? /* @__PURE__ */ new Map() : void 0;
    const prefixAbs = dirAbs.endsWith(path.sep) ? dirAbs : dirAbs + path.sep;
    for (let i = 0; i < names.length; i++) {
      const diskName = names[i];
      const abs = prefixAbs + diskName;
      if (exclude.has(abs)) continue;
      let f;
      try {
        f = lstatSync(abs);
      } catch (e) {
        throw fsError(e, abs, "reading the build context");
      }
      const name = nfc[i];
      const rel = dirRel ? `${dirRel}/${name}` : name;
      const parentRaw = dirRaw ?? dirRel;
      const raw = dirRaw !== void 0 || name !== diskName ? parentRaw ? `${parentRaw}/${diskName}` : diskName : void 0;
      if (f.isDirectory()) {
        if (rel === ".git" && dirRel === "") continue;
        if (isIgnored(opts.ignore, rel + "/")) continue;
      } else if (isIgnored(opts.ignore, rel)) continue;
      if (name.startsWith(".wh.")) {
        throw new UserError(`${abs}: names starting with ".wh." mark deletions in image layers and cannot be packaged; rename it or list it in .bundleignore`);
      }
      if (seen) {
        const prior = seen.get(name);
        if (prior !== void 0) throw new UserError(`${abs} and ${prior} have the same name once Unicode-normalised; rename one of them`);
        seen.set(name, abs);
      }
      if (f.isFile()) {
        entries.push({
          rel,
          raw,
          type: "file",
          executable: (f.mode & 73) !== 0,
          size: f.size,
          inode: f.nlink > 1 ? `${f.dev}:${f.ino}` : void 0,
          stamp: stampOf(f)
        });
      } else if (f.isDirectory()) {
        entries.push({ rel, raw, type: "dir", executable: true, size: 0 });
        visit(abs, rel, raw);
      } else if (f.isSymbolicLink()) {
        let target;
        try {
          target = readlinkSync(abs);
        } catch (e) {
          throw fsError(e, abs, "reading a symlink");
        }
        entries.push({ rel, raw, type: "symlink", executable: false, size: 0, linkTarget: target.split(path.sep).join("/") });
      } else {
        throw new UserError(`${abs} is ${describeSpecial(f) ?? "a special file"}, which cannot be put in an image; remove it or list it in .bundleignore`);
      }
    }
  };
  visit(root, "", void 0);
  entries.sort((a, b) => compareBytes(a.rel, b.rel));
  return entries;
}

// src/layout/archive.ts
import { promises as fs2 } from "node:fs";
import path3 from "node:path";
import { randomBytes } from "node:crypto";

// src/layer/tar-producer.ts
import path2 from "node:path";
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
function writeAscii(buf, off, len, s) {
  const n = Math.min(len, s.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    buf[off + i] = c;
    sum += c;
  }
  return sum;
}
function writeOctal(buf, off, len, n) {
  buf[off + len - 1] = 0;
  let sum = 0;
  for (let i = off + len - 2; i >= off; i--) {
    const c = 48 + n % 8;
    buf[i] = c;
    sum += c;
    n = Math.floor(n / 8);
  }
  return sum;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}
var USTAR_MAGIC = "ustar\x0000";
var FIXED_SUM = 8 * 32 + [...USTAR_MAGIC].reduce((a, c) => a + c.charCodeAt(0), 0) + 2 * 7 * 48;
function writeUstarBlock(buf, off, h, name, prefix, linkname, typeflag) {
  let sum = FIXED_SUM;
  sum += writeAscii(buf, off, 100, name);
  sum += writeOctal(buf, off + 100, 8, h.mode & 4095);
  sum += writeOctal(buf, off + 108, 8, Math.min(h.uid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 116, 8, Math.min(h.gid, MAX_OCTAL_7));
  sum += writeOctal(buf, off + 124, 12, Math.min(h.size, MAX_OCTAL_11));
  sum += writeOctal(buf, off + 136, 12, Math.min(h.mtime, MAX_OCTAL_11));
  const type = typeflag.charCodeAt(0);
  buf[off + 156] = type;
  sum += type;
  sum += writeAscii(buf, off + 157, 100, linkname);
  writeAscii(buf, off + 257, 8, USTAR_MAGIC);
  writeOctal(buf, off + 329, 8, 0);
  writeOctal(buf, off + 337, 8, 0);
  sum += writeAscii(buf, off + 345, 155, prefix);
  writeOctal(buf, off + 148, 7, sum);
  buf[off + 155] = 32;
}
function ustarBlock(h, name, prefix, linkname, typeflag) {
  const b = Buffer.alloc(BLOCK);
  writeUstarBlock(b, 0, h, name, prefix, linkname, typeflag);
  return b;
}
function writePlainHeader(buf, off, h) {
  const linkname = h.linkname ?? "";
  if (linkname.length > 100 || !isAscii(linkname)) return 0;
  if (h.size > MAX_OCTAL_11 || h.uid > MAX_OCTAL_7 || h.gid > MAX_OCTAL_7 || h.mtime > MAX_OCTAL_11) return 0;
  if (h.name.length <= 100) {
    if (!isAscii(h.name)) return 0;
    writeUstarBlock(buf, off, h, h.name, "", linkname, TYPEFLAG[h.type]);
    return BLOCK;
  }
  const split = splitUstarName(h.name);
  if (!split) return 0;
  writeUstarBlock(buf, off, h, split.name, split.prefix, linkname, TYPEFLAG[h.type]);
  return BLOCK;
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
  const main = ustarBlock(h, fallbackName.name, fallbackName.prefix, linkFits ? linkname : asciiFallback(linkname, 100), TYPEFLAG[h.type]);
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(""), "utf8");
  const paxHeader = ustarBlock(
    { name: "PaxHeader", type: "file", mode: 420, uid: 0, gid: 0, size: body.length, mtime: Math.min(h.mtime, MAX_OCTAL_11) },
    "PaxHeader",
    "",
    "",
    "x"
  );
  return Buffer.concat([paxHeader, body, Buffer.alloc(padding(body.length)), main]);
}
function asciiFallback(s, max) {
  const ascii = s.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length <= max ? ascii : ascii.slice(ascii.length - max);
}

// src/layer/tar-producer.ts
var BATCH_ENTRIES = 2048;
var META_BYTES = 48;
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
// has consumed the piece in it (the counter is below the ring's size). Every byte of the tar
// passes through a slot, so a piece is hashed whole as it is handed over: one hash call per MiB,
// not two per file.
const ring = workerData.ring;
let slot = 0, out = Buffer.from(ring, 0, OUT), fill = 0, total = 0;
function flush() {
  if (fill === 0) return;
  hash.update(out.subarray(0, fill));
  Atomics.add(ahead, 0, 1);
  parentPort.postMessage({ t: 'data', s: slot, n: fill });
  slot = (slot + 1) % MAX_AHEAD; fill = 0;
  while (Atomics.load(ahead, 0) >= MAX_AHEAD) Atomics.wait(ahead, 0, Atomics.load(ahead, 0), 1000);
  out = Buffer.from(ring, slot * OUT, OUT);
}
function put(src, start, end) {
  total += end - start;
  while (start < end) {
    const n = Math.min(OUT - fill, end - start);
    src.copy(out, fill, start, start + n);
    fill += n; start += n;
    if (fill === OUT) flush();
  }
}
const ZERO = Buffer.alloc(512);
const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
const OPEN_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
const fail = (code, p) => Object.assign(new Error(code), { code, path: p });
// Opens the file the walk saw, or fails: a symlink is not followed (ELOOP), a FIFO does not block
// the open and a socket cannot be opened (ENXIO), and anything else in its place (another file
// swapped in, through a renamed folder too) has another device or inode.
function openWalked(p, dev, ino) {
  let fd;
  try { fd = fs.openSync(p, OPEN_FLAGS); } catch (e) {
    if (e.code === 'ELOOP' || e.code === 'ENXIO' || e.code === 'EISDIR') throw fail('OCI_REPLACED', p);
    throw e;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || (dev === dev && (st.dev !== dev || st.ino !== ino))) throw fail('OCI_REPLACED', p);
  } catch (e) { fs.closeSync(fd); throw e; }
  return fd;
}
// File content is read straight into the ring slot: no intermediate copy.
// A short read that completes the size the walk saw is taken as the end of the file (no further
// read for the 0 that would confirm it), so most small files take one open, one fstat, one read
// and one close; a file that grew shows as more bytes than its size, one that shrank as fewer.
function copyFile(p, size, dev, ino) {
  const fd = openWalked(p, dev, ino);
  try {
    let got = 0;
    for (;;) {
      const want = OUT - fill;
      const n = fs.readSync(fd, out, fill, want, null);
      if (n === 0) break;
      if (got + n > size) throw fail('OCI_CHANGED', p);
      total += n; fill += n; got += n;
      if (fill === OUT) flush();
      if (n < want && got === size) break;
    }
    if (got !== size) throw fail('OCI_CHANGED', p);
  } finally { fs.closeSync(fd); }
}
const root = workerData.root;
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
    const meta = new Float64Array(m.meta, 0, m.n * ${META_BYTES / 8});
    const paths = m.paths.split('\0');
    let ho = 0, pi = 0;
    for (let i = 0; i < meta.length; i += ${META_BYTES / 8}) {
      const hl = meta[i], size = meta[i + 1];
      put(headers, ho, ho + hl);
      ho += hl;
      if (size < 0) continue;
      // dev is NaN when the entry carries no stamp (then only the type is checked)
      copyFile(root + paths[pi++], size, meta[i + 2], meta[i + 3]);
      const pad = (512 - (size % 512)) % 512;
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
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared, ring, root: root + path2.sep }, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } });
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
  const slots = [0, 1].map(() => {
    const meta = Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * META_BYTES));
    return { headers: Buffer.from(new SharedArrayBuffer(BATCH_ENTRIES * BLOCK)), meta, nums: new Float64Array(meta.buffer) };
  });
  let batches = 0;
  const sendBatch = () => {
    if (next > entries.length) return;
    if (next === entries.length) {
      worker.postMessage({ t: "end", trailer: TRAILER });
      next++;
      return;
    }
    const end = Math.min(entries.length, next + BATCH_ENTRIES);
    const slot = slots[batches++ % 2];
    let headers = slot.headers;
    headers.fill(0);
    const meta = slot.meta;
    const nums = slot.nums;
    const paths = [];
    let ho = 0;
    for (let i = next, mo = 0; i < end; i++, mo += META_BYTES) {
      const e = entries[i];
      let hl = writePlainHeader(headers, ho, e.header);
      if (hl === 0) {
        const h = encodeHeader(e.header);
        hl = h.length;
        if (ho + hl + (end - i - 1) * BLOCK > headers.length) {
          const bigger = Buffer.from(new ArrayBuffer(ho + hl + (end - i - 1) * BLOCK));
          headers.copy(bigger, 0, 0, ho);
          headers = bigger;
        }
        h.copy(headers, ho);
      }
      ho += hl;
      const content = e.header.type === "file" && e.header.size > 0 && e.source !== void 0;
      nums[mo / 8] = hl;
      nums[mo / 8 + 1] = content ? e.header.size : -1;
      if (content && e.source.stamp) meta.write(e.source.stamp, mo + 16, 32, "latin1");
      else nums[mo / 8 + 2] = NaN;
      if (content) paths.push(e.source.raw ?? e.source.rel);
    }
    worker.postMessage({ t: "batch", headers: headers.buffer, meta: meta.buffer, n: end - next, paths: paths.join("\0") });
    next = end;
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
      else if (m.code === "OCI_REPLACED") fail(new UserError(`${file} was replaced (by a symlink, a special file or another file) since the build context was read; it is not packaged: rebuild once the build output is complete`));
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
async function checkArchivePath(archivePath) {
  const st = await fs2.stat(archivePath).catch(() => void 0);
  if (st?.isDirectory()) throw new UsageError(`--archive ${archivePath} is a folder; give a file name such as image.tar`, "archive");
}
async function writeArchive(layoutDir, archivePath, mtime, indexFile) {
  await checkArchivePath(archivePath);
  const entries = [];
  const base = { uid: 0, gid: 0, mtime };
  const addFile = async (rel, from = rel) => {
    const abs = path3.join(layoutDir, from);
    const s = await fs2.stat(abs);
    const source = { rel: from, type: "file", executable: false, size: s.size };
    entries.push({ header: { ...base, name: rel, type: "file", mode: 420, size: s.size }, source });
  };
  const header = { imageLayoutVersion: LAYOUT_VERSION };
  const layoutFile = path3.join(layoutDir, "oci-layout");
  if (!await fs2.stat(layoutFile).catch(() => void 0)) await fs2.writeFile(layoutFile, JSON.stringify(header));
  await addFile("oci-layout");
  await addFile("index.json", indexFile ? path3.relative(layoutDir, indexFile) : "index.json");
  entries.push({ header: { ...base, name: "blobs/", type: "dir", mode: 493, size: 0 } });
  const algs = (await fs2.readdir(path3.join(layoutDir, "blobs"))).sort(compareBytes);
  for (const alg of algs) {
    entries.push({ header: { ...base, name: `blobs/${alg}/`, type: "dir", mode: 493, size: 0 } });
    for (const hex of (await fs2.readdir(path3.join(layoutDir, "blobs", alg))).sort(compareBytes)) await addFile(`blobs/${alg}/${hex}`);
  }
  const tmp = path3.join(path3.dirname(path3.resolve(archivePath)), `.${path3.basename(archivePath)}.tmp-${randomBytes(6).toString("hex")}`);
  let fh;
  let size = 0;
  try {
    fh = await fs2.open(tmp, "w");
    const tar = produceTar(entries, layoutDir);
    for await (const chunk of tar.chunks) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await tar.result;
    await fh.close();
    fh = void 0;
    await fs2.rename(tmp, archivePath);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs2.rm(tmp, { force: true }).catch(() => {
    });
    if (e instanceof UserError) throw e;
    throw fsError(e, archivePath, "writing the archive", "archive");
  }
  return size;
}

// src/model/archive.ts
import { promises as fs4 } from "node:fs";
import path4 from "node:path";

// src/model/layout-destination.ts
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs3 } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var LayoutDestination = class {
  constructor(dir, name = `oci:${dir}`) {
    this.dir = dir;
    this.name = name;
  }
  dir;
  name;
  concurrency = 2;
  writer;
  roots = [];
  /** One writer for the whole copy (puts run concurrently: the promise, not its result, is shared). */
  open() {
    this.writer ??= LayoutWriter.open(this.dir);
    return this.writer;
  }
  async hasBlob(desc) {
    if (isForeignLayer(desc.mediaType)) return true;
    const w = await this.open();
    return await w.blobSize(requireDigest(desc.digest, this.name)) === desc.size;
  }
  async putBlob(desc, open) {
    if (await this.hasBlob(desc)) return "exists";
    const w = await this.open();
    const digest = requireDigest(desc.digest, this.name);
    const hash = createHash(parseDigest(digest).algorithm);
    let n = 0;
    const tmp = w.tempPath();
    const count = new Transform({
      transform(chunk, _e, cb) {
        hash.update(chunk);
        n += chunk.length;
        cb(null, chunk);
      }
    });
    try {
      await pipeline(await open(), count, createWriteStream(tmp));
    } catch (e) {
      await fs3.rm(tmp, { force: true });
      if (e instanceof UserError) throw e;
      if (e.syscall) throw fsError(e, tmp, `writing blob ${digest} into ${this.dir}`);
      throw e;
    }
    const got = `${parseDigest(digest).algorithm}:${hash.digest("hex")}`;
    if (n !== desc.size || got !== digest) {
      await fs3.rm(tmp, { force: true });
      throw new UserError(`blob ${digest} arrived as ${n} bytes hashing to ${got}; refusing it`, 1, { kind: "corrupt" });
    }
    await w.commitTempBlob(tmp, digest);
    return "pushed";
  }
  async putManifest(doc, o) {
    const w = await this.open();
    const { digest, mediaType, size } = doc.descriptor;
    if (!await w.hasBlob(digest)) {
      const tmp = w.tempPath();
      await fs3.writeFile(tmp, doc.bytes);
      await w.commitTempBlob(tmp, digest);
    }
    if (!o.child) this.roots.push({ desc: { mediaType, digest, size }, tags: o.tags });
  }
  async commit() {
    const w = await this.open();
    for (const r of this.roots) w.setRefs(r.desc, r.tags);
    await w.commit();
    w.finish();
  }
  async abort() {
    const w = await this.writer?.catch(() => void 0);
    await w?.rollback();
  }
  async close() {
  }
};

// src/model/archive.ts
var ArchiveDestination = class {
  constructor(file, mtime = 0) {
    this.file = file;
    this.mtime = mtime;
    this.name = `oci-archive:${file}`;
  }
  file;
  mtime;
  name;
  concurrency = 2;
  inner;
  open() {
    this.inner ??= (async () => {
      const parent = path4.dirname(path4.resolve(this.file));
      let dir;
      try {
        dir = await fs4.mkdtemp(path4.join(parent, `.${path4.basename(this.file)}.layout-`));
      } catch (e) {
        throw fsError(e, parent, `writing ${this.name}`, "destination");
      }
      return { dir, dest: new LayoutDestination(path4.join(dir, "layout"), this.name) };
    })();
    return this.inner.then((i) => i.dest);
  }
  async hasBlob(desc) {
    return (await this.open()).hasBlob(desc);
  }
  async putBlob(desc, open) {
    return (await this.open()).putBlob(desc, open);
  }
  async putManifest(doc, o) {
    return (await this.open()).putManifest(doc, o);
  }
  async commit() {
    const dest = await this.open();
    await dest.commit();
    await writeArchive(dest.dir, this.file, this.mtime);
    await this.cleanup();
  }
  async abort() {
    await this.cleanup();
  }
  async cleanup() {
    const i = await this.inner?.catch(() => void 0);
    this.inner = void 0;
    if (i) await fs4.rm(i.dir, { recursive: true, force: true });
  }
  async close() {
    await this.cleanup();
  }
};

// src/model/archive-files.ts
function pickIndexEntry(index, ref, where) {
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const names = manifests.map((m) => m.annotations?.[REF_NAME]).filter((n) => !!n);
  if (ref === void 0) {
    if (manifests.length > 0 && new Set(manifests.map((m) => m.digest)).size === 1) return manifests[0];
    throw new UserError(`${where} holds ${manifests.length} images; name one as ${where}:REF (${names.join(", ") || "none named"})`, 1, { kind: manifests.length ? "conflict" : "not-found", field: "source" });
  }
  const found = manifests.find((m) => m.annotations?.[REF_NAME] === ref || m.digest === ref);
  if (!found) throw new UserError(`no image named "${ref}" in ${where}; it has: ${names.join(", ") || "no named images"}`, 1, { kind: "not-found", field: "source" });
  return found;
}
var ArchiveFilesSource = class {
  constructor(file, ref, open) {
    this.file = file;
    this.ref = ref;
    this.open = open;
    this.name = `oci-archive:${file}${ref ? ":" + ref : ""}`;
  }
  file;
  ref;
  open;
  name;
  files;
  reader() {
    this.files ??= this.open(this.file);
    return this.files;
  }
  async resolve() {
    const bytes = await (await this.reader()).readIndex();
    let index;
    try {
      index = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new UserError(`${this.name}: index.json is not valid JSON`, 1, { kind: "malformed" });
    }
    const desc = pickIndexEntry(index, this.ref, `oci-archive:${this.file}`);
    requireDigest(desc.digest, `${this.name}: index.json`);
    return desc;
  }
  async readDocument(desc) {
    const digest = requireDigest(desc.digest, this.name);
    const bytes = await (await this.reader()).readVerifiedBytes({ digest, size: desc.size }, `${this.name}: blob ${digest}`, MAX_DOCUMENT_BYTES);
    return verifyDocument(bytes, desc, this.name);
  }
  async openBlob(desc) {
    const digest = requireDigest(desc.digest, this.name);
    return (await this.reader()).readVerifiedBlob({ digest, size: desc.size }, `${this.name}: blob ${digest}`);
  }
  async close() {
    this.files = void 0;
  }
};

// src/model/docker-archive-destination.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { promises as fs6 } from "node:fs";
import path6 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// src/model/docker-archive.ts
import { createHash as createHash2, randomBytes as randomBytes2 } from "node:crypto";
import { createReadStream, promises as fs5 } from "node:fs";
import path5 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
import zlib from "node:zlib";
var MAX_TAR_ENTRY = 8589934591;
function dockerRepoTag(ref) {
  const r = parseReference(ref);
  if (r.tag === void 0) throw new UsageError(`"${ref}" names a digest; an image loaded into docker or podman needs a tag, like app:1.0`, "tags");
  let name = `${r.registry}/${r.repository}`;
  if (r.registry === DOCKER_HUB) name = r.repository.startsWith("library/") ? r.repository.slice("library/".length) : r.repository;
  return `${name}:${r.tag ?? DEFAULT_TAG}`;
}
function blobName(digest, where) {
  const [alg, hex] = requireDigest(digest, where).split(":");
  return `blobs/${alg}/${hex}`;
}
var FIXED = { uid: 0, gid: 0, mtime: 0 };
function dirEntry(name) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "dir", mode: 493, size: 0 });
    }
  };
}
function bytesEntry(name, bytes) {
  return {
    name,
    async *chunks() {
      yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size: bytes.length });
      yield bytes;
      yield Buffer.alloc(padding(bytes.length));
    }
  };
}
async function* streamEntry(name, size, stream, what) {
  yield encodeHeader({ ...FIXED, name, type: "file", mode: 420, size });
  let n = 0;
  for await (const chunk of stream) {
    n += chunk.length;
    if (n > size) throw new UserError(`${what} grew past its ${size} bytes while being archived`, 1, { kind: "corrupt" });
    yield chunk;
  }
  if (n !== size) throw new UserError(`${what} is ${n} bytes, expected ${size}`, 1, { kind: "corrupt" });
  yield Buffer.alloc(padding(size));
}
function blobEntry(name, image, desc, what) {
  return { name, chunks: () => streamEntry(name, desc.size, image.openBlob(desc), what) };
}
function zstdEntry(name, image, desc, diffId, scratchDir, what) {
  return {
    name,
    async *chunks() {
      const tmp = path5.join(scratchDir, `.oci-bundle-layer-${randomBytes2(6).toString("hex")}.tar`);
      try {
        const alg = diffId.split(":")[0];
        const hash = createHash2(alg);
        const decompress = zlib.createZstdDecompress();
        const fh = await fs5.open(tmp, "wx", 384);
        let size = 0;
        try {
          await pipeline2(image.openBlob(desc), decompress, async (tar) => {
            for await (const c of tar) {
              const chunk = c;
              hash.update(chunk);
              size += chunk.length;
              await fh.write(chunk);
            }
          });
        } finally {
          await fh.close();
        }
        const got = `${alg}:${hash.digest("hex")}`;
        if (got !== diffId) throw new UserError(`${what} does not match the image config: its uncompressed content is ${got}, rootfs.diff_ids says ${diffId}`, 1, { kind: "corrupt" });
        if (size > MAX_TAR_ENTRY) throw new UserError(`${what} is ${size} bytes uncompressed, more than a docker-archive entry can hold`, 1, { kind: "too-large" });
        yield* streamEntry(name, size, createReadStream(tmp), what);
      } catch (e) {
        if (e instanceof UserError) throw e;
        if (e.syscall) throw fsError(e, scratchDir, "re-encoding a zstd layer for docker");
        throw new UserError(`${what} is not valid zstd: ${e.message}`, 1, { kind: "corrupt" });
      } finally {
        await fs5.rm(tmp, { force: true });
      }
    }
  };
}
async function configBytes(image) {
  const desc = image.manifest.config;
  if (!Number.isSafeInteger(desc.size) || desc.size < 0 || desc.size > MAX_DOCUMENT_BYTES) {
    throw new UserError(`the image config ${desc.digest} has size ${desc.size}, more than the ${MAX_DOCUMENT_BYTES} bytes a config may have`, 1, { kind: "too-large" });
  }
  const parts = [];
  for await (const c of image.openBlob(desc)) parts.push(c);
  return Buffer.concat(parts);
}
async function* dockerArchiveChunks(image, repoTags, scratchDir, stats) {
  const { manifest, config } = image;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds) || diffIds.length !== manifest.layers.length) {
    throw new UserError(`the image has ${manifest.layers.length} layers but its config lists ${Array.isArray(diffIds) ? diffIds.length : "no"} diff_ids; the image is malformed`, 1, { kind: "malformed" });
  }
  const entries = /* @__PURE__ */ new Map();
  const configName = blobName(manifest.config.digest, "the manifest's config");
  const layerNames = [];
  let reencoded = 0;
  for (const [i, desc] of manifest.layers.entries()) {
    const what = `layer ${i + 1} (${requireDigest(desc.digest, `layer ${i + 1} of the manifest`)})`;
    const diffId = requireDigest(diffIds[i], `diff_id ${i + 1} of the image config`);
    const compression = layerCompression(desc.mediaType);
    if (compression === void 0) throw new UserError(`${what} has media type "${desc.mediaType}", which is not a filesystem layer docker can load`, 1, { kind: "unsupported" });
    if (compression === "zstd") {
      if (!zstdDecompressAvailable()) throw new UserError(`${what} is zstd-compressed; re-encoding it for docker needs Node.js 22.15 or newer (this is ${process.version})`, 1, { kind: "unsupported" });
      const name = blobName(diffId, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, zstdEntry(name, image, desc, diffId, scratchDir, what));
      reencoded++;
    } else {
      const name = blobName(desc.digest, what);
      layerNames.push(name);
      if (!entries.has(name)) entries.set(name, blobEntry(name, image, desc, what));
    }
  }
  const tags = [...new Set(repoTags.map(dockerRepoTag))];
  const cfg = await configBytes(image);
  entries.set(configName, bytesEntry(configName, cfg));
  for (const name of [...entries.keys()]) {
    const dir = name.slice(0, name.lastIndexOf("/") + 1);
    if (!entries.has(dir)) entries.set(dir, dirEntry(dir));
  }
  entries.set("blobs/", dirEntry("blobs/"));
  const doc = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
  entries.set("manifest.json", bytesEntry("manifest.json", Buffer.from(JSON.stringify(doc) + "\n")));
  const names = [...entries.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const name of names) yield* entries.get(name).chunks();
  yield TRAILER;
  if (stats) stats.reencoded = reencoded;
}
async function writeDockerArchive(image, file, repoTags) {
  const target = path5.resolve(file);
  const st = await fs5.stat(target).catch(() => void 0);
  if (st?.isDirectory()) throw new UserError(`${file} is a folder; give a file name for the docker-archive, such as image.tar`, 1, { kind: "input" });
  const dir = path5.dirname(target);
  const tmp = path5.join(dir, `.${path5.basename(target)}.tmp-${randomBytes2(6).toString("hex")}`);
  const stats = { reencoded: 0 };
  let fh;
  let size = 0;
  try {
    fh = await fs5.open(tmp, "wx", 420);
    for await (const chunk of dockerArchiveChunks(image, repoTags, dir, stats)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.close();
    fh = void 0;
    await fs5.rename(tmp, target);
  } catch (e) {
    await fh?.close().catch(() => {
    });
    await fs5.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw fsError(e, file, "writing the docker-archive");
  }
  return { size, repoTags: [...new Set(repoTags.map(dockerRepoTag))], imageId: image.manifest.config.digest, reencoded: stats.reencoded };
}

// src/model/docker-archive-destination.ts
var DockerArchiveDestination = class {
  /**
   * `file` is the archive to write; `name` (NAME:TAG, from `docker-archive:FILE:NAME:TAG`) names
   * the image, and plain tags copy passes are tags of its repository.
   */
  constructor(file, imageName) {
    this.file = file;
    this.imageName = imageName;
    this.name = `docker-archive:${file}`;
    const target = path6.resolve(file);
    this.stage = path6.join(path6.dirname(target), `.${path6.basename(target)}.blobs-${randomBytes3(6).toString("hex")}`);
    if (imageName !== void 0) dockerRepoTag(imageName);
  }
  file;
  imageName;
  name;
  singleImage = true;
  concurrency = 1;
  stage;
  staged = /* @__PURE__ */ new Set();
  manifest;
  tags = [];
  created = false;
  result;
  /** A full reference as it is; a plain tag (no "/" or ":") in the repository of the image's name. */
  reference(tag) {
    if (this.imageName === void 0 || /[/:@]/.test(tag)) return tag;
    const r = parseReference(this.imageName);
    return `${r.registry}/${r.repository}:${tag}`;
  }
  blobPath(desc) {
    const [alg, hex] = requireDigest(desc.digest, `${this.name}: a blob`).split(":");
    return path6.join(this.stage, `${alg}-${hex}`);
  }
  hasBlob(desc) {
    return Promise.resolve(this.staged.has(desc.digest));
  }
  /** Stages the blob; copy's source stream is verified, and it is read back verified on commit. */
  async putBlob(desc, open) {
    if (this.staged.has(desc.digest)) return "exists";
    const file = this.blobPath(desc);
    try {
      if (!this.created) {
        await fs6.mkdir(this.stage, { mode: 448 });
        this.created = true;
      }
      const tmp = `${file}.part`;
      await pipeline3(await open(), (await fs6.open(tmp, "w", 384)).createWriteStream());
      await fs6.rename(tmp, file);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw fsError(e, this.file, "staging a blob for the docker-archive");
    }
    this.staged.add(desc.digest);
    return "pushed";
  }
  putManifest(doc, o) {
    if (o.child || !isManifest(doc.descriptor.mediaType)) {
      return Promise.reject(new UserError(`${this.name} takes one image manifest, not an index; choose one platform`, 1, { kind: "unsupported", field: "platforms" }));
    }
    if (this.manifest) return Promise.reject(new UserError(`${this.name} takes one image; it was given a second`, 1, { kind: "unsupported" }));
    this.manifest = doc.doc;
    this.tags = [...this.imageName !== void 0 ? [this.imageName] : [], ...o.tags.map((t) => this.reference(t))];
    for (const t of this.tags) dockerRepoTag(t);
    return Promise.resolve();
  }
  async commit() {
    const manifest = this.manifest;
    if (!manifest) throw new UserError(`${this.name}: no image manifest was given to write`, 1, { kind: "failed" });
    const foreign = manifest.layers.find((l) => isForeignLayer(l.mediaType) && !this.staged.has(l.digest));
    if (foreign) throw new UserError(`${this.name}: layer ${foreign.digest} is non-distributable and not at hand, so it cannot go into a docker-archive`, 1, { kind: "unsupported" });
    const configBytes2 = await readVerifiedBytes(this.blobPath(manifest.config), manifest.config, `image config ${manifest.config.digest}`);
    let config;
    try {
      config = JSON.parse(configBytes2.toString("utf8"));
    } catch {
      throw new UserError(`image config ${manifest.config.digest} is not valid JSON`, 1, { kind: "malformed" });
    }
    this.result = await writeDockerArchive({ manifest, config, openBlob: (d) => readVerifiedBlob(this.blobPath(d), d, `blob ${d.digest}`) }, this.file, this.tags);
    await this.close();
  }
  /** The target is only ever renamed into place, so undoing means dropping the staged blobs. */
  abort() {
    return this.close();
  }
  async close() {
    if (this.created) await fs6.rm(this.stage, { recursive: true, force: true });
    this.created = false;
    this.staged.clear();
  }
};

// src/model/open.ts
function openImageSource(name, registry = {}) {
  switch (name.transport) {
    case "registry":
      return new RegistryImageSource(name.ref, registry);
    case "oci":
      return new LayoutImageSource(name.dir, name.ref);
    case "oci-archive":
      return new ArchiveFilesSource(name.file, name.ref, (file) => OciArchiveReader.open(file));
    case "docker-archive":
      throw new UserError(`${name.text}: docker-archive is a destination only (for docker load / podman load)`, 2, { kind: "usage", field: "source" });
  }
}
function openImageDestination(name, registry = {}) {
  switch (name.transport) {
    case "registry":
      return { destination: new RegistryDestination(name.ref, registry), tags: name.ref.tag ? [name.ref.tag] : [] };
    case "oci":
      return { destination: new LayoutDestination(name.dir), tags: name.ref ? [name.ref] : [] };
    case "oci-archive":
      return { destination: new ArchiveDestination(name.file), tags: name.ref ? [name.ref] : [] };
    case "docker-archive":
      return { destination: new DockerArchiveDestination(name.file, name.name), tags: [] };
  }
}

export {
  produceTar,
  compareBytes,
  sourcePath,
  loadIgnoreFile,
  walkContext,
  checkArchivePath,
  writeArchive,
  parseImageName,
  dockerRepoTag,
  dockerArchiveChunks,
  openImageSource,
  openImageDestination
};

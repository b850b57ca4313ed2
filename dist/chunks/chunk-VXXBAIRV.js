import { createRequire as __ociCreateRequire } from 'node:module';
import { fileURLToPath as __ociFileURLToPath } from 'node:url';
import { dirname as __ociDirname } from 'node:path';
var require = __ociCreateRequire(import.meta.url);
var __filename = __ociFileURLToPath(import.meta.url);
var __dirname = __ociDirname(__filename);
import {
  UserError,
  __commonJS,
  __toESM,
  fsError
} from "./chunk-S5NN2QBC.js";

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
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH,
        path2[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
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
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
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
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
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
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache) {
        const cached = cache[path2];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
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

// src/layer/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstatSync, promises as fs, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";

// src/layer/walk-helper.ts
import * as workerThreads from "node:worker_threads";
import * as nodeFs from "node:fs";
var STAT_FIELDS = 7;
var CLAIM_FREE = 0;
var CLAIM_WALK = 2;
function walkHelperMain(wt, fs2) {
  const data = wt.workerData;
  const claims = new Int32Array(data.claims);
  const signal = new Int32Array(data.signal);
  const port = data.port;
  const pending = [];
  const posted = (m, transfer = []) => {
    port.postMessage(m, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  Atomics.store(signal, 2, 1);
  Atomics.notify(signal, 2);
  for (; ; ) {
    const sent = Atomics.load(signal, 1);
    let m;
    while (m = wt.receiveMessageOnPort(port)) {
      if (m.message.t === "stop") return;
      const { ids, paths } = m.message;
      for (let i = 0; i < ids.length; i++) pending.push([ids[i], paths[i]]);
    }
    const job = pending.pop();
    if (!job) {
      Atomics.wait(signal, 1, sent, 100);
      continue;
    }
    const [id, dir] = job;
    if (Atomics.compareExchange(claims, id, 0, 1) !== 0) continue;
    try {
      const names = fs2.readdirSync(dir);
      const stats = new Float64Array(names.length * 7);
      for (let i = 0, o = 0; i < names.length; i++, o += 7) {
        const s = fs2.lstatSync(dir + names[i]);
        stats[o] = s.mode;
        stats[o + 1] = s.nlink;
        stats[o + 2] = s.size;
        stats[o + 3] = s.dev;
        stats[o + 4] = s.ino;
        stats[o + 5] = s.mtimeMs;
        stats[o + 6] = s.ctimeMs;
      }
      posted({ id, names, stats }, [stats.buffer]);
    } catch {
      posted({ id, failed: true });
    }
  }
}
if (!workerThreads.isMainThread && workerThreads.workerData?.kind === "oci-bundle-walk") {
  walkHelperMain(workerThreads, nodeFs);
}
var MAX_FOLDERS = 1 << 16;
var MAX_WAIT_MS = 1e4;
var WalkHelper = class _WalkHelper {
  constructor(worker, port, claims, signal) {
    this.worker = worker;
    this.port = port;
    this.claims = claims;
    this.signal = signal;
  }
  worker;
  port;
  claims;
  signal;
  results = /* @__PURE__ */ new Map();
  nextId = 0;
  /** Folders whose listing the walk took from the helper. */
  helped = 0;
  /** Starts the thread, given how to (worker-script.ts); undefined if it cannot start (the walk goes on alone). */
  static start(how) {
    try {
      const claims = new SharedArrayBuffer(4 * MAX_FOLDERS);
      const signal = new SharedArrayBuffer(12);
      const { port1, port2 } = new workerThreads.MessageChannel();
      const workerData2 = { kind: "oci-bundle-walk", claims, signal, port: port2 };
      const worker = new workerThreads.Worker(how.script, { eval: how.eval, workerData: workerData2, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
      worker.on("error", () => {
      });
      worker.unref();
      return new _WalkHelper(worker, port1, new Int32Array(claims), new Int32Array(signal));
    } catch {
      return void 0;
    }
  }
  /** Offers folders (paths ending in a separator); returns their ids (undefined once out of slots). */
  offer(paths) {
    const ids = [];
    const out = paths.map(() => {
      if (this.nextId >= MAX_FOLDERS) return void 0;
      ids.push(this.nextId);
      return this.nextId++;
    });
    if (ids.length) {
      this.port.postMessage({ t: "dirs", ids, paths: paths.slice(0, ids.length) });
      Atomics.add(this.signal, 1, 1);
      Atomics.notify(this.signal, 1);
    }
    return out;
  }
  /**
   * The helper's listing of folder `id`, waiting for it if the helper has begun it; undefined
   * when the walk is to read the folder itself (it got there first, or the helper could not).
   * `patienceMs` (tests): how long to let the helper begin the folder before the walk claims it.
   */
  take(id, patienceMs = 0) {
    const until = Date.now() + patienceMs;
    while (Atomics.load(this.claims, id) === CLAIM_FREE && Date.now() < until) Atomics.wait(this.signal, 0, Atomics.load(this.signal, 0), 5);
    if (Atomics.compareExchange(this.claims, id, CLAIM_FREE, CLAIM_WALK) === CLAIM_FREE) return void 0;
    const deadline = Date.now() + MAX_WAIT_MS;
    for (; ; ) {
      const seen = Atomics.load(this.signal, 0);
      let m;
      while (m = workerThreads.receiveMessageOnPort(this.port)) this.results.set(m.message.id, m.message);
      const r = this.results.get(id);
      if (r) {
        this.results.delete(id);
        if ("failed" in r) return void 0;
        this.helped++;
        return r;
      }
      if (Date.now() > deadline) return void 0;
      Atomics.wait(this.signal, 0, seen, 50);
    }
  }
  /** Waits (up to `ms`) until the thread runs; for tests, which want it to take part. */
  waitUntilRunning(ms) {
    return Atomics.wait(this.signal, 2, 0, ms) !== "timed-out" || Atomics.load(this.signal, 2) === 1;
  }
  /** Listings the helper has posted so far. */
  posted() {
    return Atomics.load(this.signal, 0);
  }
  stop() {
    this.port.postMessage({ t: "stop" });
    Atomics.add(this.signal, 1, 1);
    Atomics.notify(this.signal, 1);
    this.port.close();
    void this.worker.terminate();
  }
};

// src/layer/worker-script.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function workerScript(file, main, modules) {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) {
    for (const rel of [`./${file}`, `../${file}`]) {
      const url = new URL(rel, here);
      if (existsSync(url)) return { script: url, eval: false };
    }
    throw new Error(`${file} is missing beside ${fileURLToPath(here)}: the installation is incomplete`);
  }
  return { script: `(${main.toString()})(${modules.map((m) => `require(${JSON.stringify(m)})`).join(", ")});`, eval: true };
}

// src/layer/walk.ts
var NON_ASCII = /[^ -~]/;
var SURROGATE = /[\ud800-\udfff]/;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
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
function describeSpecial(mode) {
  switch (mode & S_IFMT) {
    case 4096:
      return "a FIFO (named pipe)";
    case 49152:
      return "a socket";
    case 8192:
      return "a character device";
    case 24576:
      return "a block device";
    default:
      return "a special file";
  }
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
var HELPER_AFTER = 8192;
var ContextWalk = class _ContextWalk {
  constructor(root, opts) {
    this.root = root;
    this.opts = opts;
    this.exclude = new Set((opts.exclude ?? []).map((p) => path.resolve(p)));
  }
  root;
  opts;
  /** Every entry listed so far, in order. */
  entries = [{ rel: "", type: "dir", executable: true, size: 0 }];
  stack = [];
  /** Entries listed but not yet returned by take(). */
  taken = 0;
  exclude;
  failure;
  /** Whether a helper thread may take folders (all(): nothing else runs meanwhile). */
  helperWanted = false;
  helper;
  /** Folders whose listing came from the helper thread. */
  helped = 0;
  /** One object for the helper's numbers, read a name at a time. */
  view = { mode: 0, nlink: 0, size: 0, dev: 0, ino: 0, mtimeMs: 0, ctimeMs: 0 };
  /** Checks the context is a folder; nothing below it is read yet. */
  static async open(context, opts = {}) {
    const root = path.resolve(context);
    let st;
    try {
      st = await fs.stat(root);
    } catch (e) {
      throw fsError(e, context, "reading the build context");
    }
    if (!st.isDirectory()) throw new UserError(`the build context ${context} is a file, not a folder; pass the folder to package`);
    const w = new _ContextWalk(root, opts);
    w.openFolder(root, "", void 0);
    return w;
  }
  /** Whether every entry has been listed. */
  get done() {
    return this.stack.length === 0;
  }
  /** The next entries in layer order, at most `max` (and at least one while any are left); [] at the end. */
  take(max) {
    this.listTo(this.taken + max);
    const out = this.entries.slice(this.taken, Math.min(this.taken + max, this.entries.length));
    this.taken += out.length;
    return out;
  }
  listTo(want) {
    if (this.failure) throw this.failure;
    try {
      while (this.entries.length < want && this.stack.length > 0) {
        const top = this.stack[this.stack.length - 1];
        if (top.next === top.steps.length) {
          this.stack.pop();
          continue;
        }
        const step = top.steps[top.next++];
        if (step.folder === void 0) this.entries.push(step.entry);
        else this.openFolder(step.folder, step.entry.rel, step.entry.raw, step.helperId);
        if (this.helperWanted && !this.helper && this.entries.length >= (this.opts.helperAfter ?? HELPER_AFTER)) {
          this.helperWanted = false;
          this.helper = WalkHelper.start(workerScript("walk-helper.js", walkHelperMain, ["node:worker_threads", "node:fs"]));
          if (this.opts.waitForHelper) this.helper?.waitUntilRunning(2e4);
          for (const frame of this.stack) this.offer(frame.steps.slice(frame.next));
        }
      }
    } catch (e) {
      this.failure = e;
      throw e;
    }
  }
  /**
   * Every entry, listing what is left. Nothing else runs meanwhile, so on a large tree a helper
   * thread lists folders ahead on the other core (walk-helper.ts).
   */
  all() {
    this.helperWanted = true;
    try {
      while (this.take(65536).length > 0) ;
    } finally {
      this.helperWanted = false;
      this.helped = this.helper?.helped ?? 0;
      this.helper?.stop();
      this.helper = void 0;
    }
    return this.entries;
  }
  /** Offers the folders among `steps` to the helper, if one runs. */
  offer(steps) {
    if (!this.helper) return;
    const folders = steps.filter((st) => st.folder !== void 0 && st.helperId === void 0);
    if (folders.length) this.helper.offer(folders.map((st) => st.folder + path.sep)).forEach((id, k) => folders[k].helperId = id);
  }
  /**
   * Reads a folder's names and lstats them all (or takes the helper's listing of it), and stacks
   * the steps they make.
   */
  openFolder(dirAbs, dirRel, dirRaw, helperId) {
    const opts = this.opts;
    const listing = helperId !== void 0 ? this.helper?.take(helperId, opts.waitForHelper ? 1e3 : 0) : void 0;
    let names;
    if (listing) names = listing.names;
    else {
      try {
        names = readdirSync(dirAbs);
      } catch (e) {
        throw fsError(e, dirAbs, "reading a folder of the build context");
      }
    }
    const ascii = !NON_ASCII.test(names.join(""));
    const nfc = ascii ? names : names.map((n) => n.normalize("NFC"));
    const seen = nfc.some((n, i) => n !== names[i]) ? /* @__PURE__ */ new Map() : void 0;
    const prefixAbs = dirAbs.endsWith(path.sep) ? dirAbs : dirAbs + path.sep;
    const steps = [];
    for (let i = 0; i < names.length; i++) {
      const diskName = names[i];
      const abs = prefixAbs + diskName;
      if (this.exclude.has(abs)) continue;
      let f;
      if (listing) {
        const st = listing.stats;
        const o = i * STAT_FIELDS;
        f = this.view;
        f.mode = st[o];
        f.nlink = st[o + 1];
        f.size = st[o + 2];
        f.dev = st[o + 3];
        f.ino = st[o + 4];
        f.mtimeMs = st[o + 5];
        f.ctimeMs = st[o + 6];
      } else {
        try {
          f = lstatSync(abs);
        } catch (e) {
          throw fsError(e, abs, "reading the build context");
        }
      }
      const kind = f.mode & S_IFMT;
      const name = nfc[i];
      const rel = dirRel ? `${dirRel}/${name}` : name;
      const parentRaw = dirRaw ?? dirRel;
      const raw = dirRaw !== void 0 || name !== diskName ? parentRaw ? `${parentRaw}/${diskName}` : diskName : void 0;
      if (kind === S_IFDIR) {
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
      if (kind === S_IFREG) {
        steps.push({
          key: name,
          entry: {
            rel,
            raw,
            type: "file",
            executable: (f.mode & 73) !== 0,
            size: f.size,
            inode: f.nlink > 1 ? `${f.dev}:${f.ino}` : void 0,
            stamp: stampOf(f)
          }
        });
      } else if (kind === S_IFDIR) {
        const entry = { rel, raw, type: "dir", executable: true, size: 0 };
        steps.push({ key: name, entry }, { key: name + "/", entry, folder: abs });
      } else if (kind === S_IFLNK) {
        let target;
        try {
          target = readlinkSync(abs);
        } catch (e) {
          throw fsError(e, abs, "reading a symlink");
        }
        steps.push({ key: name, entry: { rel, raw, type: "symlink", executable: false, size: 0, linkTarget: target.split(path.sep).join("/") } });
      } else {
        throw new UserError(`${abs} is ${describeSpecial(f.mode)}, which cannot be put in an image; remove it or list it in .bundleignore`);
      }
    }
    if (ascii || !SURROGATE.test(nfc.join(""))) steps.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    else steps.sort((a, b) => compareBytes(a.key, b.key));
    this.offer(steps);
    this.stack.push({ steps, next: 0 });
  }
};

export {
  workerScript,
  compareBytes,
  sourcePath,
  loadIgnoreFile,
  ContextWalk
};

// Every value written to the job summary goes through summaryText: the summary is Markdown
// with HTML blocks, so a value must neither open a tag nor end the HTML block (a blank line)
// and let Markdown (links, images) take over. Entities render as the characters they stand for.
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function summaryText(value: string): string {
  return value.replace(/[&<>"'`*_[\]()!|\\~#\u2028\u2029\p{Cc}]/gu, (c) => {
    if (ENTITY[c]) return ENTITY[c];
    // Tab and line breaks stay (as whitespace); other controls have no place in HTML text.
    if (/\p{Cc}/u.test(c) && !'\t\r\n'.includes(c)) return '&#xFFFD;';
    return `&#${c.codePointAt(0)};`;
  });
}

/** A value in a code span: escaped, then wrapped. */
export function summaryCode(value: string): string {
  return `<code>${summaryText(value)}</code>`;
}

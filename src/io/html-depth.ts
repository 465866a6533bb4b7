// Keeps a web page's nesting within what the HTML parser handles in linear time. htmlparser2 (under
// html-to-text) keeps its open elements with Array.unshift, so N unclosed tags (`<b><b><b>…`) cost
// N² steps, and html-to-text walks the tree recursively, so deep nesting overflows the stack. Here
// every tag is looked at once, with a stack of open elements of at most MAX_DEPTH: an opening tag
// deeper than that is left out (its text stays), as are closing tags that match nothing open.
// A page nested less deeply is given back exactly as it was.

/** Deeper than any page a person writes; well inside the parser's and html-to-text's reach. */
const MAX_DEPTH = 256;

/** Elements that never hold anything, so never open a level. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text, not tags: skipped to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Elements a second one of closes, as the parser closes them: `<p>one<p>two` is two levels, not three. */
const CLOSED_BY_ITS_LIKE = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/**
 * A tag, or the start of a comment. The attributes stop at the next `<` too, so a `<b` that never
 * ends is given up at the next tag, never scanned to the end of the page again.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>|<!--/g;

/** Where the text after `from` ends its `name` element, or the end of the page (which then ends it). */
function endOfRawText(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}`, 'gi');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

export function withinDepth(html: string): string {
  const open: string[] = [];
  const cut: [number, number][] = [];
  const tags = new RegExp(TAG);
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const [tag, closing, rawName, attributes] = match;
    if (rawName === undefined) {
      const end = html.indexOf('-->', tags.lastIndex);
      tags.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      else if (open.length >= MAX_DEPTH) cut.push([match.index, tag.length]);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      tags.lastIndex = endOfRawText(html, name, tags.lastIndex);
      continue;
    }
    if (VOID.has(name) || attributes!.endsWith('/')) continue;
    if (CLOSED_BY_ITS_LIKE.has(name) && open.at(-1) === name) open.pop();
    if (open.length >= MAX_DEPTH) cut.push([match.index, tag.length]);
    else open.push(name);
  }
  if (cut.length === 0) return html;
  let result = '';
  let from = 0;
  for (const [at, length] of cut) {
    result += `${html.slice(from, at)} `;
    from = at + length;
  }
  return result + html.slice(from);
}

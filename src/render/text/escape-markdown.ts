// Project text in Markdown: a name or an evidence note must read as the words it is, never as
// markup. It cannot open a heading, a list, a quote, a link, an image, raw HTML or code, or end a
// table cell. Text is folded onto one line first, so only its very start can begin a block.
import { oneLine } from './safe-text.js';

/** Characters that mean something anywhere in a line (| ends a table cell in GitHub's tables). */
const INLINE = /[\\`*_[\]|~]/g;
/** An HTML character reference such as &copy; or &#60;, which would otherwise turn into a character. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/**
 * What GitHub would turn into a link by itself (extended autolinks): a scheme's "://", "www." and
 * an e-mail's "@". A backslash before the ":", the "." or the "@" shows the same character but
 * stops the link, so an address in project text reads as the words it is, not as a live link.
 * A scheme is at most 64 characters long here: unbounded, the search went from every letter of a
 * long unbroken word to its end (200 KB took 35 seconds); bounded, it is linear. A longer run
 * before "://" is still caught, by its last 64 characters.
 */
const AUTOLINKS = /([A-Za-z][A-Za-z0-9+.-]{0,63}):(?=\/\/)|\b(www)\.|@/gi;
/** What begins a block when it starts a line: heading, quote, list item, thematic break. */
const BLOCK_START = /^([#>+\-=]|\d+(?=[.)]))/;

export function markdownText(text: string): string {
  return oneLine(text)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(AUTOLINKS, (match, scheme?: string, www?: string) => (scheme ? `${scheme}\\:` : www ? `${www}\\.` : '\\@'))
    .replace(ENTITY, '&amp;')
    .replace(/</g, '&lt;')
    .replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

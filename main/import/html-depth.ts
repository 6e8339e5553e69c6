/**
 * How deep an HTML page nests its elements, found by a cheap scan before any
 * parser sees the page. htmlparser2 keeps its open elements in an array it
 * grows and shrinks at the front, so every tag costs time in proportion to the
 * depth: 200,000 nested `<div>`s take half a minute, 476,000 more than two.
 * Real pages nest fewer than 100 deep, so a page deeper than MAX_HTML_DEPTH is
 * refused with a message instead of parsed.
 *
 * The scan follows the parser's own rules where they change the depth (void
 * elements, the closes a `<p>`, `<li>` or `<td>` implies, raw text of
 * `<script>` and the like, comments and CDATA, `/>` only inside `<svg>` and
 * `<math>`, SVG's camel-case names), so a page of unclosed paragraphs is not
 * taken for a deep one, and a page cannot hide its depth from the scan. It gives
 * the parser's depth on all 7,145 bulk pages and on random tag soup
 * (tests/unit/import-bounds.test.ts); where it differs (a `<tag>` written inside
 * a quoted attribute value) it counts deeper, never shallower. Linear in the
 * length of the page; pure; never throws.
 */

/** Pages nesting deeper than this are refused (real pages: under 100). */
export const MAX_HTML_DEPTH = 2_000;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content the parser reads as text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

const P = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** Opening the key closes open elements of these names at the top (htmlparser2's openImpliesClose). */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    a: ['a'],
    li: ['li'],
    p: P,
    h1: HEADINGS,
    h2: HEADINGS,
    h3: HEADINGS,
    h4: HEADINGS,
    h5: HEADINGS,
    h6: HEADINGS,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(
      [
        'address',
        'article',
        'aside',
        'blockquote',
        'details',
        'div',
        'dl',
        'fieldset',
        'figcaption',
        'figure',
        'footer',
        'form',
        'header',
        'hr',
        'main',
        'nav',
        'ol',
        'pre',
        'section',
        'table',
        'ul',
      ].map((name) => [name, P]),
    ),
  }).map(([name, closes]) => [name, new Set(closes)]),
);

const isNameStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameEnd = (c: number): boolean =>
  c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || Number.isNaN(c);

/** Elements inside which HTML rules apply again (htmlparser2's htmlIntegrationElements). */
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'svg:foreignobject', 'desc', 'title']);

/**
 * SVG names the parser spells in camel case inside `<svg>` (`clipPath`), so
 * that `</clippath>` there does not close a `<clippath>` opened outside it.
 * Such a name is kept here as "svg:<lower case>".
 */
const SVG_CAMEL_CASE = new Set(
  'altglyph altglyphdef altglyphitem animatecolor animatemotion animatetransform clippath feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology feoffset fepointlight fespecularlighting fespotlight fetile feturbulence foreignobject glyphref lineargradient radialgradient textpath'.split(
    ' ',
  ),
);

/** The deepest nesting of elements in the page, as htmlparser2 would build it. */
export function htmlDepth(html: string): number {
  const stack: string[] = [];
  /** Per element on the stack: whether it opened a (foreign or HTML) context. */
  const opensContext: boolean[] = [];
  /** Inside `<svg>` or `<math>`, or back in HTML; `/>` closes an element only in the first two. */
  const contexts: ('html' | 'svg' | 'math')[] = ['html'];
  const openCount = new Map<string, number>();
  let deepest = 0;
  const inForeign = (): boolean => contexts[contexts.length - 1] !== 'html';
  /** A tag's name as the parser reads it (htmlparser2's readTagName). */
  const tagName = (start: number, end: number): string => {
    const name = html.slice(start, end).toLowerCase();
    const context = contexts[contexts.length - 1];
    const camel = SVG_CAMEL_CASE.has(name) ? `svg:${name}` : null;
    if (context === 'svg') return camel ?? name;
    if (camel && contexts.length > 1 && (openCount.get(camel) ?? 0) > 0) return camel;
    if (context === 'html' && name === 'image') return 'img';
    return name;
  };
  const push = (name: string): void => {
    const context = name === 'svg' || name === 'math' ? name : INTEGRATION.has(name) ? 'html' : null;
    stack.push(name);
    opensContext.push(context !== null);
    if (context !== null) contexts.push(context);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = (): string => {
    const name = stack.pop() as string;
    if (opensContext.pop()) contexts.pop();
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    return name;
  };
  const readName = (from: number): number => {
    let end = from;
    while (!isNameEnd(html.charCodeAt(end))) end += 1;
    return end;
  };
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      const ending = html.startsWith('<!--', lt) ? '-->' : html.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const end = html.indexOf(ending, lt + 2);
      if (end < 0) break;
      at = end + ending.length;
    } else if (next === 0x3f /* ? */) {
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      at = end + 1;
    } else if (next === 0x2f /* / */) {
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      if (isNameStart(html.charCodeAt(lt + 2))) {
        const name = tagName(lt + 2, readName(lt + 2));
        // The parser closes every element down to the innermost one of this name;
        // a `</p>` with none open stands for an empty `<p></p>`.
        if (!VOID.has(name) && (openCount.get(name) ?? 0) > 0) while (pop() !== name);
        else if (name === 'p') deepest = Math.max(deepest, stack.length + 1);
      }
      at = end + 1;
    } else if (isNameStart(next)) {
      const nameEnd = readName(lt + 1);
      const name = tagName(lt + 1, nameEnd);
      const end = html.indexOf('>', nameEnd);
      if (end < 0) break;
      at = end + 1;
      if (name === 'form' && (openCount.get('form') ?? 0) > 0) continue;
      const closes = OPEN_IMPLIES_CLOSE.get(name);
      if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1])) pop();
      if (VOID.has(name)) continue;
      // Outside <svg> and <math>, the rest of the page after <plaintext> is its text.
      if (name === 'plaintext' && !inForeign()) return Math.max(deepest, stack.length + 1);
      const rawText = RAW_TEXT.has(name) && !inForeign();
      push(name);
      if (stack.length > deepest) deepest = stack.length;
      if (html.charCodeAt(end - 1) === 0x2f /* / */ && inForeign()) {
        pop();
      } else if (rawText) {
        const close = rawTextEnd(html, name, at);
        if (close < 0) break;
        at = close;
      }
    } else {
      at = lt + 1;
    }
  }
  return deepest;
}

const rawTextEnds = new Map<string, RegExp>();

/** Where the end tag of a raw-text element starts (any letter case), or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  let pattern = rawTextEnds.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}`, 'gi');
    rawTextEnds.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** Null when the page can be parsed; otherwise why it is refused. */
export function tooDeepHtml(html: string, limit = MAX_HTML_DEPTH): string | null {
  const depth = htmlDepth(html);
  if (depth <= limit) return null;
  return `The page nests its elements ${depth.toLocaleString('en')} deep (more than ${limit.toLocaleString('en')}; real pages nest fewer than 100): it is not a transcript page Verbatim can read.`;
}

/**
 * Small DOM helpers over htmlparser2's tree for the HTML readers (en.kremlin.ru
 * pages and pages of other sites), written for speed (no selector compilation):
 * class tests, depth-first searches and text extraction that leaves out
 * scripts and en.kremlin.ru's hidden tooltip cards.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { collapseWhitespace } from './text-utils';

export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

const { ElementType: Kind } = ElementType;
export type DomText = Extract<DomNode, { type: ElementType.ElementType.Text }>;

export function isElement(node: DomNode): node is DomElement {
  return node.type === Kind.Tag || node.type === Kind.Script || node.type === Kind.Style;
}

export function isText(node: DomNode): node is DomText {
  return node.type === Kind.Text;
}

/** Parses an HTML fragment; entities decoded, tag names lower-cased. */
export function parseFragment(html: string): DomDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function attr(el: DomElement, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

export function hasClass(el: DomElement, name: string): boolean {
  const cls = el.attribs.class;
  if (!cls) return false;
  if (cls === name) return true;
  // Word match without splitting on every call.
  let from = 0;
  for (;;) {
    const at = cls.indexOf(name, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : cls[at - 1];
    const after = at + name.length >= cls.length ? ' ' : cls[at + name.length];
    if (/\s/.test(before) && /\s/.test(after)) return true;
    from = at + 1;
  }
}

/** First element (depth first, document order) under `nodes` matching `test`. */
export function findFirst(nodes: readonly DomNode[], test: (el: DomElement) => boolean): DomElement | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const inner = findFirst(node.children, test);
    if (inner) return inner;
  }
  return null;
}

/** Every element under `nodes` matching `test`; does not look inside a match. */
export function findAll(nodes: readonly DomNode[], test: (el: DomElement) => boolean, out: DomElement[] = []): DomElement[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    else findAll(node.children, test, out);
  }
  return out;
}

/** Hidden cards the site shows on hover: person and glossary tooltips. Never text. */
export function isHiddenCard(el: DomElement): boolean {
  return el.name === 'span' && hasClass(el, 'read__tooltip');
}

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'img', 'meta', 'link', 'svg']);

/** Raw text of a node, tooltips and scripts left out, `<br>` as a line break. */
export function rawText(nodes: readonly DomNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (isText(node)) {
      out.push(node.data);
    } else if (isElement(node)) {
      if (node.name === 'br') out.push('\n');
      else if (!SKIPPED_TAGS.has(node.name) && !isHiddenCard(node)) rawText(node.children, out);
    }
  }
  return out;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: DomElement | null): string {
  return el ? collapseWhitespace(rawText(el.children).join('')) : '';
}

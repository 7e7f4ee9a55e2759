// The XML of a Word package, read by saxes (a conforming, non-validating streaming XML 1.0 parser) into a
// small tree: elements, attributes and text with namespaces resolved. A document type declaration is refused
// as soon as the parser reports it (so no entity can be declared, let alone expanded: XXE and billion-laughs
// have nothing to work with), and so is anything malformed: an unclosed or mismatched tag, an unknown entity,
// text after the root. What the tree may cost is bounded: nesting depth, and elements and text pieces
// against the package's XmlBudget.
import { l10n } from '../core/l10n';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FORBIDDEN_CHARS } from './common';
import { DocxError, LimitError } from './zip';

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  local: string;
  attrs: XmlAttr[];
  children: XmlNode[];
}
export interface XmlAttr {
  ns: string;
  local: string;
  value: string;
}
export type XmlNode = XmlElement | string;

export const MAX_DEPTH = 256;

/**
 * What parsing may build, shared by all the parts of one package: a bound on elements and text pieces
 * (a few bytes of XML each, so the bound on inflated bytes alone lets millions through), and a count of
 * the characters replaced because XML 1.0 forbids them.
 */
export class XmlBudget {
  /** Characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates, references to them or past U+10FFFF), replaced by U+FFFD. */
  replaced = 0;
  private used = 0;

  constructor(readonly maxNodes: number) {}

  take(n: number): void {
    this.used += n;
    if (this.used > this.maxNodes) {
      throw new LimitError(
        `the document has more than ${this.maxNodes.toLocaleString('en')} XML elements and text pieces, the most an import builds (a generated bomb, or a document far larger than any contribution): refused`,
        'size',
      );
    }
  }
}

/** XML 1.0 `Char`: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const NO_ATTRS: XmlAttr[] = Object.freeze([]) as unknown as XmlAttr[];
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
const interned = new Map<string, string>();

/** One string per element or attribute name (a bounded table: a hostile part may invent millions of names). */
function intern(name: string): string {
  const known = interned.get(name);
  if (known !== undefined) return known;
  if (interned.size < 10_000) interned.set(name, name);
  return name;
}

/**
 * Character references to characters XML 1.0 forbids (`&#0;`, `&#xFFFF;`, past U+10FFFF) become U+FFFD, counted,
 * as forbidden characters typed in the text do; the parser would refuse the part for them. A scan rather than
 * `replace` with a function: V8 gathers every match of a global replace before calling back.
 */
function replaceBadReferences(text: string, budget: XmlBudget): string {
  let at = text.indexOf('&#');
  if (at === -1) return text;
  const chunks: string[] = [];
  let pieces: string[] = [];
  let from = 0;
  while (at !== -1) {
    const m = REFERENCE.exec(text.slice(at + 2, at + 20));
    let next = at + 2;
    if (m) {
      const code = m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
      if (!isXmlChar(code)) {
        budget.replaced++;
        if (at > from) pieces.push(text.slice(from, at));
        pieces.push('\uFFFD');
        from = next = at + 2 + m[0].length;
        if (pieces.length >= 65536) {
          chunks.push(pieces.join(''));
          pieces = [];
        }
      }
    }
    at = text.indexOf('&#', next);
  }
  if (from === 0) return text;
  if (from < text.length) pieces.push(text.slice(from));
  chunks.push(pieces.join(''));
  return chunks.join('');
}

const REFERENCE = /^(x[0-9a-fA-F]+|[0-9]+);/;

/** saxes' own words for what it refuses, said as import says it. */
function said(message: string): string {
  const m = message.replace(/^.*?\d+:\d+: /, '').replace(/\.$/, '');
  if (/^undefined entity|disallowed character in entity name|empty entity name/.test(m)) return 'a bare & or an unknown entity';
  return m;
}

export function parseXml(raw: string, part: string, budget = new XmlBudget(Infinity)): XmlElement {
  const text = replaceBadReferences(
    raw.replace(FORBIDDEN_CHARS, () => {
      budget.replaced++;
      return '\uFFFD';
    }),
    budget,
  );
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (prefix: string) => prefix });
  const malformed = (what: string): never => {
    throw new DocxError(l10n.t('{0} is malformed XML ({1}, line {2})', part, what, parser.line));
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  /** The element the parser closed last: a mismatched closing tag is reported after it closes the open one. */
  let closed = '';
  const names: string[] = [];
  const addText = (s: string) => {
    const top = stack[stack.length - 1];
    if (!s || !top) return;
    budget.take(1);
    top.children.push(s);
  };
  parser.on('doctype', () => {
    throw new DocxError(l10n.t('{0} contains a document type declaration, which a Word document never has: refused', part));
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing && stack.length >= MAX_DEPTH) malformed(`elements nested deeper than ${MAX_DEPTH}`);
    let attrs = NO_ATTRS;
    for (const name in tag.attributes) {
      const a = tag.attributes[name];
      if (a.prefix === 'xmlns' || name === 'xmlns') continue;
      if (attrs === NO_ATTRS) attrs = [];
      attrs.push({ ns: a.uri, local: intern(a.local), value: a.value });
    }
    budget.take(1);
    // Millions of elements may be built: those without attributes or children share one empty array each,
    // and names are shared strings.
    const element: XmlElement = { ns: tag.uri, local: intern(tag.local), attrs, children: tag.isSelfClosing ? NO_CHILDREN : [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    names.push(tag.name);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    closed = names.pop() ?? '';
    if (!element) return;
    // A closed element keeps an array of its exact size (a growing array reserves room for 17), or the shared empty one.
    const kids = element.children;
    if (kids !== NO_CHILDREN) element.children = kids.length === 0 ? NO_CHILDREN : kids.length < 16 ? kids.slice() : kids;
  });
  parser.on('error', (error: Error) => {
    const m = said(error.message);
    if (m === 'unexpected close tag') {
      const lt = text.lastIndexOf('</', parser.position - 1);
      const name = /^<\/([^\s>]*)/.exec(text.slice(lt, lt + 200))?.[1] ?? '';
      malformed(`</${name}> closes <${closed}>`);
    }
    const unclosed = /^unclosed tag: (.*)$/.exec(m);
    if (unclosed) malformed(`<${unclosed[1]}> is never closed (the part is cut off)`);
    if (m === 'document must contain a root element') throw new DocxError(l10n.t('{0} is empty or is not XML', part));
    malformed(m);
  });
  parser.write(text).close();
  if (!root) throw new DocxError(l10n.t('{0} is empty or is not XML', part));
  return root;
}

// ---------------------------------------------------------------- helpers

export function isEl(node: XmlNode | undefined, ns: string | readonly string[], local: string): node is XmlElement {
  if (node === undefined || typeof node === 'string' || node.local !== local) return false;
  return typeof ns === 'string' ? node.ns === ns : ns.includes(node.ns);
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, ns: string | readonly string[], local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (isEl(c, ns, local)) return c;
  return undefined;
}

export function attr(el: XmlElement | undefined, ns: string | readonly string[], local: string): string | undefined {
  if (!el) return undefined;
  for (const a of el.attrs) if (a.local === local && (typeof ns === 'string' ? a.ns === ns : ns.includes(a.ns))) return a.value;
  return undefined;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * The text of a `w:t`, `w:delText` or `w:instrText` as Word shows it: without `xml:space="preserve"`, white space at
 * its ends is not text (Word and LibreOffice drop it; Word itself writes the attribute wherever it keeps some).
 */
export function runText(el: XmlElement): string {
  const text = textOf(el);
  if (attr(el, XML_NS, 'space') === 'preserve') return text;
  const white = (i: number) => {
    const c = text.charCodeAt(i);
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  };
  let start = 0;
  let end = text.length;
  while (start < end && white(start)) start++;
  while (end > start && white(end - 1)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** All text below an element, in document order. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

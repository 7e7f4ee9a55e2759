// A small non-validating XML reader for the parts of a Word package: elements,
// attributes, text, CDATA, the five predefined entities and character
// references, with namespaces resolved. Document type declarations are refused
// (no entity expansion), and so is anything malformed: an unclosed or
// mismatched tag, an unknown entity, text after the root.
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

const NAME = /[^\s=/>]+/y;
const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const SPACE = /\s*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

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

/**
 * Replaces entity and character references. A scan rather than `replace` with a function: V8 gathers every
 * match of a global replace before calling back, which for ten million `&amp;` costs gigabytes.
 */
function decode(text: string, part: string, budget: XmlBudget): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const chunks: string[] = [];
  let pieces: string[] = [];
  let at = 0;
  while (amp !== -1) {
    const semi = text.indexOf(';', amp + 1);
    const name = semi === -1 || semi - amp > 12 ? '' : text.slice(amp + 1, semi);
    if (!/^(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+)$/.test(name)) throw new DocxError(`${part} is malformed XML (a bare & or an unknown entity near "${text.slice(amp, amp + 12)}")`);
    if (amp > at) pieces.push(text.slice(at, amp));
    pieces.push(reference(name, part, budget));
    at = semi + 1;
    if (pieces.length >= 65536) {
      chunks.push(pieces.join(''));
      pieces = [];
    }
    amp = text.indexOf('&', at);
  }
  if (at < text.length) pieces.push(text.slice(at));
  chunks.push(pieces.join(''));
  return chunks.join('');
}

function reference(e: string, part: string, budget: XmlBudget): string {
  if (e[0] === '#') {
    const digits = e[1] === 'x' ? e.slice(2) : e.slice(1);
    const code = digits.length > 8 ? NaN : parseInt(digits, e[1] === 'x' ? 16 : 10);
    if (!isXmlChar(code)) {
      budget.replaced++;
      return '\uFFFD';
    }
    return String.fromCodePoint(code);
  }
  const value = PREDEFINED[e];
  if (value === undefined) throw new DocxError(`${part} is malformed XML (unknown entity &${e};)`);
  return value;
}

interface Open {
  qname: string;
  element: XmlElement;
  scope: Map<string, string>;
}

const NO_ATTRS: XmlAttr[] = Object.freeze([]) as unknown as XmlAttr[];
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
const names = new Map<string, string>();

/** One string per element or attribute name (a bounded table: a hostile part may invent millions of names). */
function intern(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size < 10_000) names.set(name, name);
  return name;
}

export function parseXml(raw: string, part: string, budget = new XmlBudget(Infinity)): XmlElement {
  const text = raw.replace(FORBIDDEN_CHARS, () => {
    budget.replaced++;
    return '\uFFFD';
  });
  const malformed = (what: string, at: number): never => {
    const line = text.slice(0, at).split('\n').length;
    throw new DocxError(`${part} is malformed XML (${what}, line ${line})`);
  };
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  const scope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const addText = (s: string) => {
    if (!s) return;
    const top = stack[stack.length - 1];
    budget.take(1);
    if (top) top.element.children.push(s);
    else if (s.trim() !== '') malformed('text outside the root element', at);
  };
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt === -1) {
      addText(decode(text.slice(at), part, budget));
      break;
    }
    if (lt > at) addText(decode(text.slice(at, lt), part, budget));
    at = lt;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end === -1) malformed('unclosed processing instruction', at);
      at = end + 2;
      continue;
    }
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end === -1) malformed('unclosed comment', at);
      at = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9);
      if (end === -1) malformed('unclosed CDATA section', at);
      if (stack.length === 0) malformed('CDATA outside the root element', at);
      addText(text.slice(at + 9, end));
      at = end + 3;
      continue;
    }
    if (text.startsWith('<!', at)) throw new DocxError(`${part} contains a document type declaration, which a Word document never has: refused`);
    if (text.startsWith('</', at)) {
      NAME.lastIndex = at + 2;
      const m = NAME.exec(text);
      const open = stack.pop();
      if (!m || !open) return malformed('a closing tag without an opening tag', at);
      if (m[0] !== open.qname) malformed(`</${m[0]}> closes <${open.qname}>`, at);
      SPACE.lastIndex = NAME.lastIndex;
      SPACE.exec(text);
      if (text[SPACE.lastIndex] !== '>') malformed('a broken closing tag', at);
      // A closed element keeps an array of its exact size (a growing array reserves room for 17), or the shared empty one.
      const kids = open.element.children;
      open.element.children = kids.length === 0 ? NO_CHILDREN : kids.length < 16 ? kids.slice() : kids;
      at = SPACE.lastIndex + 1;
      continue;
    }
    NAME.lastIndex = at + 1;
    const m = NAME.exec(text);
    if (!m) return malformed('a broken tag', at);
    const qname = m[0];
    let cursor = NAME.lastIndex;
    const rawAttrs: [string, string][] = [];
    for (;;) {
      ATTR.lastIndex = cursor;
      const a = ATTR.exec(text);
      if (!a) break;
      rawAttrs.push([a[1], decode(a[2] ?? a[3], part, budget)]);
      cursor = ATTR.lastIndex;
    }
    SPACE.lastIndex = cursor;
    SPACE.exec(text);
    cursor = SPACE.lastIndex;
    let selfClosing = false;
    if (text.startsWith('/>', cursor)) {
      selfClosing = true;
      cursor += 2;
    } else if (text[cursor] === '>') cursor += 1;
    else malformed(`a broken tag <${qname}`, at);
    if (stack.length === 0 && root) malformed('a second root element', at);
    const parentScope = stack.length > 0 ? stack[stack.length - 1].scope : scope;
    let elementScope = parentScope;
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (elementScope === parentScope) elementScope = new Map(parentScope);
        elementScope.set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const resolve = (q: string, isAttr: boolean): [string, string] => {
      const colon = q.indexOf(':');
      if (colon === -1) return [isAttr ? '' : elementScope.get('') ?? '', q];
      return [elementScope.get(q.slice(0, colon)) ?? q.slice(0, colon), q.slice(colon + 1)];
    };
    const [ns, local] = resolve(qname, false);
    let attrs = NO_ATTRS;
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const [ans, alocal] = resolve(name, true);
      if (attrs === NO_ATTRS) attrs = [];
      attrs.push({ ns: ans, local: intern(alocal), value });
    }
    budget.take(1);
    // Millions of elements may be built: those without attributes or children share one empty array each,
    // and names are shared strings (a slice of the part would keep a copy per element).
    const element: XmlElement = { ns, local: intern(local), attrs, children: selfClosing ? NO_CHILDREN : [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) malformed(`elements nested deeper than ${MAX_DEPTH}`, at);
      stack.push({ qname, element, scope: elementScope });
    }
    at = cursor;
  }
  if (stack.length > 0) malformed(`<${stack[stack.length - 1].qname}> is never closed (the part is cut off)`, text.length);
  if (!root) throw new DocxError(`${part} is empty or is not XML`);
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

/** All text below an element, in document order. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

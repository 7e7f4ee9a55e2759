// A small non-validating XML reader for the parts of a Word package: elements,
// attributes, text, CDATA, the five predefined entities and character
// references, with namespaces resolved. Document type declarations are refused
// (no entity expansion), and so is anything malformed: an unclosed or
// mismatched tag, an unknown entity, text after the root.
import { DocxError } from './zip';

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
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, part: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new DocxError(`${part} is malformed XML (bad character reference &${e};)`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[e];
    if (value === undefined) throw new DocxError(`${part} is malformed XML (unknown entity &${e};)`);
    return value;
  });
}

interface Open {
  qname: string;
  element: XmlElement;
  scope: Map<string, string>;
}

export function parseXml(text: string, part: string): XmlElement {
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
    if (top) top.element.children.push(s);
    else if (s.trim() !== '') malformed('text outside the root element', at);
  };
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt === -1) {
      addText(decode(text.slice(at), part));
      break;
    }
    if (lt > at) addText(decode(text.slice(at, lt), part));
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
      rawAttrs.push([a[1], decode(a[2] ?? a[3], part)]);
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
    const attrs: XmlAttr[] = [];
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const [ans, alocal] = resolve(name, true);
      attrs.push({ ns: ans, local: alocal, value });
    }
    const element: XmlElement = { ns, local, attrs, children: [] };
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

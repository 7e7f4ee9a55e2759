// Which lines of an editor VS Code's sticky scroll covers (`editor.stickyScroll.enabled`, on by
// default). The extension API gives an editor's visible ranges only: the first of them starts at
// the line under the sticky header, not at the first line the user reads. VS Code builds that
// header from the document's outline (`editor.stickyScroll.defaultModel`: "outlineModel", the
// default) or from its folding ranges ("foldingProviderModel"); this module repeats its rules
// (vscode's stickyScrollModelProvider.ts, stickyScrollProvider.ts and stickyScrollController.ts,
// 1.100) on those scopes, in line units. No `vscode` import: the unit tests run it on plain data.

/** A scope the sticky header may show: its header line and last line (0-based), and the scopes inside it. */
export interface StickyScope {
  start: number;
  end: number;
  children: StickyScope[];
}

/** The parts of a DocumentSymbol the outline model reads (0-based lines). */
export interface OutlineSymbol {
  range: { start: { line: number }; end: { line: number } };
  selectionRange: { start: { line: number } };
  children?: OutlineSymbol[];
}

const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.start !== b.start ? a.start - b.start : b.end - a.end);

/**
 * The outline model: a symbol's scope runs from its name's line to its range's last line. A child
 * that fits on one line is left out; a child named on its parent's line gives its children to the
 * parent. VS Code's candidates then end one line before the scope does (`end - 1` below).
 */
export function scopesFromOutline(symbols: readonly OutlineSymbol[]): StickyScope[] {
  const node = (s: OutlineSymbol): StickyScope => {
    const line = s.selectionRange.start.line;
    return { start: line, end: s.range.end.line - 1, children: (s.children ?? []).flatMap((c) => inner(c, line)).sort(byStart) };
  };
  const inner = (s: OutlineSymbol, parentLine: number): StickyScope[] => {
    if (s.selectionRange.start.line === s.range.end.line) return [];
    if (s.selectionRange.start.line === parentLine) return (s.children ?? []).map(node);
    return [node(s)];
  };
  // The top level keeps one-line symbols too (they are never shown: see stickyHeader).
  return symbols.map(node).sort(byStart);
}

/** The folding model: nested folding ranges (start line, end line), each a scope of its own. */
export function scopesFromFolding(ranges: readonly { start: number; end: number }[]): StickyScope[] {
  const roots: StickyScope[] = [];
  const open: StickyScope[] = [];
  for (const r of [...ranges].sort(byStart)) {
    while (open.length && open[open.length - 1].end < r.start) open.pop();
    const scope: StickyScope = { start: r.start, end: r.end, children: [] };
    (open.length ? open[open.length - 1].children : roots).push(scope);
    open.push(scope);
  }
  return roots;
}

interface Candidate {
  start: number;
  end: number;
  /** Its place in the header, in lines from the top. */
  top: number;
}

/** The last index whose scope starts at or before `line` (0 when none does). */
function lastStartingBy(scopes: StickyScope[], line: number): number {
  let found = 0;
  for (let i = 0; i < scopes.length && scopes[i].start <= line; i++) found = i;
  return found;
}

function candidates(scopes: StickyScope[], first: number, last: number, out: Candidate[], top: number, parentStart: number): void {
  for (let i = lastStartingBy(scopes, first); i <= lastStartingBy(scopes, last) && i < scopes.length; i++) {
    const s = scopes[i];
    if (first <= s.end + 1 && s.start - 1 <= last && s.start !== parentStart) {
      out.push({ start: s.start, end: s.end, top });
      candidates(s.children, first, last, out, top + 1, s.start);
    } else candidates(s.children, first, last, out, top, parentStart);
  }
}

export interface StickyHeader {
  /** The header lines VS Code shows (0-based line numbers), top first. */
  lines: number[];
  /** The first line not wholly under the header: the first line the user reads. */
  firstRead: number;
}

/**
 * The sticky header of an editor whose visible lines run from `first` to `last`, at most
 * `maxLines` tall, and the first line below it. Layout is counted in rows: `rows(line)` is how many
 * rows a line takes when word wrap breaks it (1 without wrap); of the first line only its last row
 * is taken to show (the API does not say how far it is scrolled). A header line is shown when the
 * row at its place lies after its scope's own line and not past the scope's end; the last one is
 * pushed up as its scope ends.
 */
export function stickyHeader(scopes: StickyScope[], first: number, last: number, maxLines: number, rows: (line: number) => number = () => 1): StickyHeader {
  const tops = [0];
  /** The top of a line in rows from the editor's top (negative above it). */
  const top = (line: number): number => {
    if (line < first) return line - first;
    while (tops.length <= line - first) tops.push(tops[tops.length - 1] + (tops.length === 1 ? 1 : rows(first + tops.length - 1)));
    return tops[line - first];
  };
  const bottom = (line: number) => (line < first ? line - first + 1 : top(line + 1));
  const found: Candidate[] = [];
  candidates(scopes, first, last, found, 0, -1);
  const lines: number[] = [];
  let height = 0;
  for (const c of found) {
    if (c.end - c.start <= 0) continue;
    const endBottom = bottom(c.end);
    if (c.top > top(c.start) && c.top <= endBottom) {
      lines.push(c.start);
      height = Math.min(c.top + 1, endBottom);
    }
    if (lines.length === maxLines) break;
  }
  let read = first;
  while (read < last && bottom(read) <= height) read++;
  return { lines, firstRead: read };
}

/** Wide (East Asian) characters take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How many rows word wrap breaks a line into at `columns` columns (tabs to their stops, wide
 * characters two columns; breaking at word ends may add a row this does not count).
 */
export function wrappedRows(text: string, columns: number, tabSize = 4): number {
  if (!Number.isFinite(columns) || columns <= 0) return 1;
  let width = 0;
  for (const ch of text) width += ch === '\t' ? tabSize - (width % tabSize) : WIDE.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(width / columns));
}

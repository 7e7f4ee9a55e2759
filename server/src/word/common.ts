// What export and import agree on beyond WordprocessingML itself: the hints an
// exported document carries so that importing it gives back the same marks.
// Word and LibreOffice ignore them (an `mc:Ignorable` namespace, a custom
// document property, hidden bookmarks); a document saved again by Word loses the
// attributes and import falls back to reading the revisions as they stand.
import { RTL_SCRIPTS } from '../core/lang/charClasses';

/** Namespace of the hint attributes on `w:ins` / `w:del`. */
export const HINT_NS = 'urn:itu-draft:word:2024';
export const HINT_PREFIX = 'itu';
/** `itu:mark="N"`: the revision belongs to the Nth mark of the source, so `{~~a~>b~~}` and `{--a--}{++b++}` stay apart. */
export const HINT_MARK = 'mark';
/** `itu:author="1"`: the author was named by `{>>@AUTHOR<<}` rather than taken from the default. */
export const HINT_AUTHOR = 'author';
/**
 * `itu:whole="1"` on a tracked paragraph mark: the source's line break is plain, and the export tracked the mark only
 * because the paragraph's whole content is inserted (deleted), so that Reject All (Accept All) leaves no empty paragraph.
 */
export const HINT_WHOLE = 'whole';

/** Custom document property naming the author of unattributed marks, so import leaves them unattributed. */
export const PROP_DEFAULT_AUTHOR = 'ItuDraftDefaultAuthor';
export const PROP_GENERATOR = 'ItuDraftGenerator';

/** Hidden bookmark standing where a footnote definition paragraph was: `_ItuFn<footnote id>`. */
export const FOOTNOTE_BOOKMARK = '_ItuFn';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_NS_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** A footnote definition line: `[^1]:<TAB>text`. */
export const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:[\t ]*/;
/** A footnote reference `[^1]` (not a definition). */
export const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;

/** Characters XML 1.0 cannot hold: control characters but TAB, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
export const FORBIDDEN_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot hold (control characters, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_CHARS, '');
}

/** A letter of a right-to-left script (a digit or mark of one is no letter). */
const RTL_LETTER = new RegExp(`(?=\\p{L})[${RTL_SCRIPTS}]`, 'gu');
const LETTER = /\p{L}/gu;

/**
 * Whether texts taken together are written in a right-to-left script: most of their letters are Arabic, Hebrew
 * (…) letters. Such a paragraph is set right to left (w:bidi) with right-to-left runs (w:rtl): the export's
 * paragraphs (review3 E27) and the synoptic table's cells (review 6, G20).
 */
export function mostlyRightToLeft(texts: Iterable<string>): boolean {
  let rtl = 0;
  let letters = 0;
  for (const t of texts) {
    rtl += t.match(RTL_LETTER)?.length ?? 0;
    letters += t.match(LETTER)?.length ?? 0;
  }
  return rtl * 2 > letters;
}

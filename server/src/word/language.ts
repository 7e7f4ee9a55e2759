// The language an exported document is tagged with (w:lang on its styles, so that
// Word spell-checks in it): the core's documentLanguage (the cover's `Language:`, else the
// language the `Original:` value is written in, else the text itself; English when nothing tells).
// Its first page's words (core/lang/tables.ts COVER_WORDS) follow the same language.
import { COVER_WORDS, documentLanguage, TABLES, type Lang, type ItuDocument } from '../core';

export interface ExportLanguage {
  lang: Lang;
  /** BCP 47 tag Word uses: `en-GB`. */
  tag: string;
  /** Letter ending ITU document numbers: `42-E`. */
  letter: string;
  /** The language's name as the cover writes it after `Original:` (`English`, `anglais`, `بالعربية`). */
  name: string;
  /** `Original` in this language. */
  originalLabel: string;
  rtl: boolean;
  /** Word's w:lang attribute for the script: latin (w:val), east Asian (w:eastAsia) or complex (w:bidi). */
  slot: 'val' | 'eastAsia' | 'bidi';
}

const SLOTS: Record<Lang, ExportLanguage['slot']> = { en: 'val', fr: 'val', es: 'val', ru: 'val', zh: 'eastAsia', ar: 'bidi' };

export function exportLanguage(lang: Lang): ExportLanguage {
  const table = TABLES[lang];
  const words = COVER_WORDS[lang];
  return { lang, tag: table.tag, letter: words.letter, name: table.languageNames[lang][0], originalLabel: words.original, rtl: table.rtl, slot: SLOTS[lang] };
}

export function languageOf(doc: ItuDocument): ExportLanguage {
  return exportLanguage(documentLanguage(doc));
}

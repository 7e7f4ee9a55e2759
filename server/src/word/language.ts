// The language an exported document is tagged with (w:lang on its styles, so that
// Word spell-checks in it): the core's documentLanguage (the cover's `Language:`, else the
// language the `Original:` value is written in, else the text itself; English when nothing tells).
import { documentLanguage, type ItuDocument } from '../core';

export interface ExportLanguage {
  /** BCP 47 tag Word uses: `en-GB`. */
  tag: string;
  /** Letter ending ITU document numbers: `42-E`. */
  letter: string;
  /** The language's name as the cover writes it after `Original:`. */
  name: string;
  /** `Original` in this language. */
  originalLabel: string;
  rtl: boolean;
  /** Word's w:lang attribute for the script: latin (w:val), east Asian (w:eastAsia) or complex (w:bidi). */
  slot: 'val' | 'eastAsia' | 'bidi';
}

const LANGUAGES: Record<ReturnType<typeof documentLanguage>, ExportLanguage> = {
  en: { tag: 'en-GB', letter: 'E', name: 'English', originalLabel: 'Original', rtl: false, slot: 'val' },
  fr: { tag: 'fr-FR', letter: 'F', name: 'français', originalLabel: 'Original', rtl: false, slot: 'val' },
  es: { tag: 'es-ES', letter: 'S', name: 'español', originalLabel: 'Original', rtl: false, slot: 'val' },
  ru: { tag: 'ru-RU', letter: 'R', name: 'русский', originalLabel: 'Оригинал', rtl: false, slot: 'val' },
  zh: { tag: 'zh-CN', letter: 'C', name: '中文', originalLabel: '原文', rtl: false, slot: 'eastAsia' },
  ar: { tag: 'ar-SA', letter: 'A', name: 'العربية', originalLabel: 'الأصل', rtl: true, slot: 'bidi' },
};

export function languageOf(doc: ItuDocument): ExportLanguage {
  return LANGUAGES[documentLanguage(doc)];
}

// The language an exported document is tagged with (w:lang on its styles, so that
// Word spell-checks in it), read from the cover: `Language:`, else `Original:`
// (`Original: English`, `Original: anglais`). English when nothing tells.
// (Helper "lang" has core documentLanguage, which also reads the text; once both
// branches meet, languageOf can ask it instead of reading the fields.)
import { coverValue, type ItuDocument } from '../core';

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

interface Entry extends ExportLanguage {
  /** What `Language:` may say for it (its code or its name in any of the six). */
  names: RegExp;
  /** Language names written in it: `Original: anglais` is a French document. */
  words: RegExp;
}

const LANGUAGES: Entry[] = [
  { tag: 'en-GB', letter: 'E', name: 'English', originalLabel: 'Original', rtl: false, slot: 'val', names: /^(en\b|english|anglais|inglés|ingles|английский|英文|الإنكليزية|الإنجليزية)/i, words: /^(english|french|spanish|russian|chinese|arabic)\b/i },
  { tag: 'fr-FR', letter: 'F', name: 'français', originalLabel: 'Original', rtl: false, slot: 'val', names: /^(fr\b|french|français|francais|francés|frances|французский|法文|الفرنسية)/i, words: /^(anglais|français|francais|espagnol|russe|chinois|arabe)\b/i },
  { tag: 'es-ES', letter: 'S', name: 'español', originalLabel: 'Original', rtl: false, slot: 'val', names: /^(es\b|spanish|espagnol|español|espanol|испанский|西班牙文|الإسبانية)/i, words: /^(inglés|ingles|francés|frances|español|espanol|ruso|chino|árabe|arabe)/i },
  { tag: 'ru-RU', letter: 'R', name: 'русский', originalLabel: 'Оригинал', rtl: false, slot: 'val', names: /^(ru\b|russian|russe|ruso|русский|俄文|الروسية)/i, words: /^(английский|французский|испанский|русский|китайский|арабский)/i },
  { tag: 'zh-CN', letter: 'C', name: '中文', originalLabel: '原文', rtl: false, slot: 'eastAsia', names: /^(zh\b|chinese|chinois|chino|китайский|中文)/i, words: /^(英文|法文|西班牙文|俄文|中文|阿拉伯文)/ },
  { tag: 'ar-SA', letter: 'A', name: 'العربية', originalLabel: 'الأصل', rtl: true, slot: 'bidi', names: /^(ar\b|arabic|arabe|árabe|арабский|阿拉伯文|العربية)/i, words: /^(الإنكليزية|الإنجليزية|الفرنسية|الإسبانية|الروسية|الصينية|العربية)/ },
];

export function languageOf(doc: ItuDocument): ExportLanguage {
  const declared = coverValue(doc, 'Language')?.trim();
  const original = coverValue(doc, 'Original')?.trim();
  const found = (declared ? LANGUAGES.find((l) => l.names.test(declared)) : undefined) ?? (original ? LANGUAGES.find((l) => l.words.test(original)) : undefined);
  const { names: _names, words: _words, ...language } = found ?? LANGUAGES[0];
  return language;
}

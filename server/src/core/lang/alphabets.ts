// The letters lists are lettered with outside the Latin alphabet (no imports: labels.ts uses these).

/**
 * Arabic list letters in the abjad order ITU's Arabic texts letter with (أ ب ج د هـ و ز ح ط ي ك ل م ن
 * س ع ف ص ق ر ش ت ث خ ذ ض ظ غ): `هـ)` is the fifth item, `و)` the sixth (docs/languages.md).
 */
export const ARABIC_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];

/** Russian list letters when a text letters in Cyrillic (а б в г д е ж з и к …; ё й ъ ы ь are not used). */
export const CYRILLIC_LETTERS = [...'абвгдежзиклмнопрстуфхцчшщэюя'];

export type LabelScript = 'arabic' | 'cyrillic';

/** The letter of a lettered list at an ordinal (1-based); past the alphabet's end, the letter doubled. */
export function scriptLetter(script: LabelScript, ordinal: number): string {
  const list = script === 'arabic' ? ARABIC_LETTERS : CYRILLIC_LETTERS;
  const n = Math.max(1, ordinal);
  return list[(n - 1) % list.length].repeat(Math.floor((n - 1) / list.length) + 1);
}

// The Resolutions the sub-item reference tests generate (reference-sub-item-paths.test.ts: a sub-item named after its
// item; reference-reversed-sub-items.test.ts: named before it): in each language its heading lines, a preamble call with
// items a) b) c) (b) holding sub-items, c) three), and an operative call whose item 1 holds the reference a test words.

/** A language's Resolution, less its reference. */
export interface SubItemText { lang: string; head: string[]; call: string; op: string; letters: [string, string, string]; and: string }
/** With the reference to sub-item `sub` of item `item`, as the test words it. */
export interface SubItemLang extends SubItemText { ref: (item: string, sub: string) => string }

export const SUB_ITEM_TEXTS: SubItemText[] = [
  { lang: 'en', head: ['RESOLUTION 175 (Rev. Dubai, 2018)', 'Title', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),'], call: 'considering', op: 'resolves',
    letters: ['a)', 'b)', 'c)'], and: ' and ' },
  { lang: 'fr', head: ['RÉSOLUTION 175 (Rév. Dubaï, 2018)', 'Titre', 'La Conférence de plénipotentiaires de l\'Union internationale des télécommunications (Dubaï, 2018),'], call: 'considérant', op: 'décide',
    letters: ['a)', 'b)', 'c)'], and: ' et ' },
  { lang: 'es', head: ['RESOLUCIÓN 175 (Rev. Dubái, 2018)', 'Título', 'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, 2018),'], call: 'considerando', op: 'resuelve',
    letters: ['a)', 'b)', 'c)'], and: ' y ' },
  { lang: 'ru', head: ['РЕЗОЛЮЦИЯ 175 (Пересм. Дубай, 2018 г.)', 'Название', 'Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),'], call: 'учитывая', op: 'решает',
    letters: ['a)', 'b)', 'c)'], and: ' и ' },
  { lang: 'zh', head: ['第175号决议（2018年，迪拜，修订版）', '标题', '国际电信联盟全权代表大会（2018年，迪拜），'], call: '考虑到', op: '做出决议',
    letters: ['a)', 'b)', 'c)'], and: '和' },
  { lang: 'ar', head: ['القرار 175 (المراجَع في دبي، 2018)', 'العنوان', 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،'], call: 'إذ تضع في اعتبارها', op: 'تقرر',
    letters: ['أ)', 'ب)', 'ج)'], and: ' و' },
];

export const ROMAN = ['i)', 'ii)', 'iii)'];

/**
 * The Resolution: items `letters` (one may be '' to leave a gap), the second holding the sub-items `subs` (labels, ''
 * for one left out), the third i) ii) iii); the operative item names `ref`.
 */
export function subItemText(l: SubItemLang, letters: string[], subs: string[], ref: [string, string]): string {
  const lines = [...l.head, l.call];
  letters.forEach((label, k) => {
    if (!label) return;
    lines.push(`${label}\titem ${k}${k ? ':' : ';'}`);
    if (k === 1) subs.forEach((s, j) => s && lines.push(`${s}\tsub b${j};`));
    if (k === 2) ROMAN.forEach((s, j) => lines.push(`${s}\tsub c${j};`));
  });
  return [...lines, l.op, `1\t${l.ref(ref[0], ref[1])}.`, ''].join('\n');
}

/** The languages of SUB_ITEM_TEXTS that `refs` words a reference in, each with its reference. */
export function withReferences(refs: Record<string, (item: string, sub: string) => string>): SubItemLang[] {
  return SUB_ITEM_TEXTS.filter((t) => refs[t.lang]).map((t) => ({ ...t, ref: refs[t.lang]! }));
}

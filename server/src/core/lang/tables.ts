// Everything the parser matches by words, per ITU language, in one place. Each entry is taken from
// ITU's own texts in that language; docs/languages.md lists the texts (and where each was read).
// Phrases are written as the texts write them; matching folds case, Arabic diacritics and the
// forms of alef (see normalizeWords in match.ts), so `اعتبارها` and `اعتبارَها` are one phrase.

export type Lang = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';
export const LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

export interface LanguageTable {
  lang: Lang;
  /** The tag Word and spell checkers use. */
  tag: string;
  rtl: boolean;
  /** Number line: `^…(kind)\s+NUMBER\s*(revision)`, built in match.ts from these parts. */
  numberKinds: string[];
  /** Words before the kind that make a draft new text (`DRAFT NEW`, `PROJET DE NOUVELLE`). */
  draftNew: string[];
  /** Words that mark a revision in the number line (`Rev.`), before or (Chinese) after the meeting. */
  revision: string[];
  /**
   * The Radiocommunication Sector as its Resolutions' number lines name it (`RESOLUTION ITU-R 1-6`,
   * `RÉSOLUTION UIT-R 12-1`, `РЕЗОЛЮЦИЯ МСЭ-R 1-6`, `القرار ITU-R 1-6`, `ITU-R 1-6号决议`): the number
   * after it carries the edition after a hyphen (match.ts).
   */
  radioSector: string[];
  preamble: string[];
  operative: string[];
  /** Operative calls that open a numbered list (`resolves` 1, 2 …); the others usually go on in prose. */
  numbered: string[];
  /** Words after a phrase that make its "further" form (`considérant en outre`). */
  further: string[];
  /** Words before a phrase that make its "further" form (Chinese `进一步注意到`, `还认识到`). */
  furtherBefore?: string[];
  /** A conjunction that may open a call (`y considerando`, `وإذ تلاحظ`). */
  conjunctions?: string[];
  /** A call followed by one of these words is prose (`considering that …`). */
  that: string[];
  reasons: string[];
  section: string[];
  annex: string[];
  /** This language's names of the six languages (the value of `Original:` is written in the document's language). */
  languageNames: Record<Lang, string[]>;
  /** What the cover's `Original:` field is called in this language's documents. */
  originalField: string[];
  /**
   * How the enacting formula of a Recommendation, Question or Opinion opens, as a pattern: the article, if any, and
   * the meeting's noun (`L'Assemblée des radiocommunications de l'UIT,`, `Всемирная ассамблея …,`, `إن جمعية الاتصالات
   * الراديوية …،`; Chinese puts it last, `国际电联无线电通信全会，`). kinds.ts isCallFormula reads it; English keeps its
   * own pattern (`The … Assembly,`, any words between).
   */
  formula?: string;
}

// English: FORMAT.md's phrases and the ones the PP-18 Final Acts use (structure.ts kept them).
const EN: LanguageTable = {
  lang: 'en', tag: 'en-GB', rtl: false,
  numberKinds: ['RESOLUTION', 'DECISION', 'RECOMMENDATION', 'OPINION'],
  draftNew: ['DRAFT NEW'],
  revision: ['Rev.'],
  radioSector: ['ITU-R'],
  preamble: [
    'recognizing', 'considering', 'noting', 'recalling', 'bearing in mind', 'taking into account', 'aware',
    'emphasizing', 'acknowledging', 'mindful', 'observing', 'having regard',
    'conscious', 'convinced', 'concerned', 'welcoming', 'reaffirming', 'highlighting', 'stressing', 'realizing',
    'keeping in mind', 'taking note', 'expressing', 'underlining', 'referring', 'in view of', 'having considered',
    'having examined', 'cognizant', 'affirming', 'reiterating', 'believing', 'desiring', 'alarmed', 'deeply concerned',
  ],
  operative: [
    'resolves to instruct', 'resolves further', 'resolves', 'decides', 'further instructs', 'instructs',
    'further invites', 'invites', 'urges', 'encourages', 'requests', 'authorizes', 'recommends', 'calls upon', 'appeals',
    'further resolves', 'further decides', 'further requests', 'further encourages', 'further urges', 'endorses', 'approves',
    'adopts', 'charges', 'entrusts', 'agrees', 'supports', 'confirms',
    // An Opinion's operative part: the WTPF's (`is of the view`, Opinions of Lisbon, 2009), ITU-R's (`is of the opinion`,
    // `is unanimously of the opinion`).
    'is of the view', 'is of the opinion', 'is unanimously of the opinion',
  ],
  // `recommends`: an ITU-R Recommendation numbers its operative items (`recommends 1`, `2`, `2.1`; `in recommends 2` names one).
  numbered: ['resolves', 'resolves to instruct', 'resolves further', 'further resolves', 'decides', 'further decides', 'instructs', 'further instructs', 'recommends'],
  further: ['further', 'also'],
  that: ['that'],
  reasons: ['Reasons'],
  section: ['SECTION', 'Section'],
  annex: ['ANNEX', 'APPENDIX', 'ATTACHMENT', 'Annex', 'Appendix', 'Attachment'],
  languageNames: {
    en: ['English'], fr: ['French'], es: ['Spanish'], ru: ['Russian'], zh: ['Chinese'], ar: ['Arabic'],
  },
  originalField: ['Original'],
};

// French: WTSA Resolutions 52 and 62 in French (RÉSOLUTION 62 (Rév. Dubaï, 2012), L'Assemblée mondiale
// de normalisation des télécommunications (Dubaï, 2012), considérant, reconnaissant a) …), the PP-18
// Final Acts (Actes finals, Dubaï, 2018) and ITU-R Resolutions in French.
const FR: LanguageTable = {
  lang: 'fr', tag: 'fr-FR', rtl: false,
  numberKinds: ['RÉSOLUTION', 'RESOLUTION', 'DÉCISION', 'DECISION', 'RECOMMANDATION', 'AVIS'],
  draftNew: ['PROJET DE NOUVELLE', 'PROJET DE NOUVEL', 'PROJET DE'],
  revision: ['Rév.', 'Rev.'],
  radioSector: ['UIT-R'],
  preamble: [
    'considérant', 'reconnaissant', 'notant', 'rappelant', 'ayant à l\'esprit', 'ayant à l’esprit', 'tenant compte',
    'consciente', 'conscient', 'soulignant', 'prenant acte', 'prenant note', 'constatant', 'observant', 'compte tenu',
    'convaincue', 'convaincu', 'préoccupée', 'préoccupé', 'profondément préoccupée', 'se félicitant', 'réaffirmant',
    'ayant examiné', 'ayant considéré', 'affirmant', 'réitérant', 'estimant', 'désireuse', 'mettant l\'accent',
    'insistant', 'accueillant avec satisfaction', 'gardant à l\'esprit', 'gardant à l’esprit', 'sachant', 'eu égard',
  ],
  operative: [
    'décide de charger', 'décide', 'charge', 'invite', 'exhorte', 'encourage', 'demande', 'prie', 'autorise',
    'recommande', 'lance un appel', 'approuve', 'adopte', 'appuie', 'confirme', 'convient', 'entérine',
  ],
  // `recommande`: an ITU-R Recommendation's numbered items, as `recommends` in English (`du recommande 2`).
  numbered: ['décide', 'décide de charger', 'charge', 'recommande'],
  further: ['en outre', 'également', 'aussi', 'de plus'],
  that: ['que', 'qu\'', 'qu’'],
  reasons: ['Motifs', 'Motif'],
  section: ['SECTION', 'Section'],
  annex: ['ANNEXE', 'APPENDICE', 'PIÈCE JOINTE', 'PIECE JOINTE', 'Annexe', 'Appendice', 'Pièce jointe'],
  languageNames: {
    en: ['anglais'], fr: ['français'], es: ['espagnol'], ru: ['russe'], zh: ['chinois'], ar: ['arabe'],
  },
  originalField: ['Original'],
  formula: '(?:L[\'’]|L[ae] )(?:Assemblée|Conférence|Conseil)',
};

// Spanish: WTSA Resolution 38 (RESOLUCIÓN 38 …, La Asamblea Mundial de Normalización de las
// Telecomunicaciones (Johannesburgo, 2008), considerando a) …) and Resolution ITU-R 12-1
// (considerando, teniendo en cuenta, resuelve, invita) in Spanish; the PP-18 Final Acts (Actas Finales).
const ES: LanguageTable = {
  lang: 'es', tag: 'es-ES', rtl: false,
  numberKinds: ['RESOLUCIÓN', 'RESOLUCION', 'DECISIÓN', 'DECISION', 'RECOMENDACIÓN', 'RECOMENDACION', 'OPINIÓN', 'OPINION'],
  draftNew: ['PROYECTO DE NUEVA', 'PROYECTO DE NUEVO', 'PROYECTO DE'],
  revision: ['Rev.'],
  radioSector: ['UIT-R'],
  preamble: [
    'considerando', 'reconociendo', 'observando', 'recordando', 'teniendo en cuenta', 'teniendo presente', 'consciente',
    'destacando', 'tomando nota', 'señalando', 'subrayando', 'reafirmando', 'convencida', 'convencido', 'preocupada',
    'preocupado', 'profundamente preocupada', 'habiendo examinado', 'habiendo considerado', 'acogiendo con satisfacción',
    'advirtiendo', 'reiterando', 'afirmando', 'habida cuenta de', 'habida cuenta',
  ],
  operative: [
    'resuelve encargar', 'resuelve', 'encarga', 'invita', 'insta', 'alienta', 'pide', 'solicita', 'autoriza',
    'recomienda', 'exhorta', 'aprueba', 'adopta', 'decide', 'apoya', 'confirma', 'acuerda', 'hace un llamamiento',
  ],
  numbered: ['resuelve', 'resuelve encargar', 'encarga', 'decide', 'recomienda'],
  further: ['además', 'asimismo', 'también'],
  conjunctions: ['y'],
  that: ['que'],
  reasons: ['Motivos', 'Motivo'],
  section: ['SECCIÓN', 'SECCION', 'Sección'],
  annex: ['ANEXO', 'APÉNDICE', 'APENDICE', 'ADJUNTO', 'Anexo', 'Apéndice', 'Adjunto'],
  languageNames: {
    en: ['inglés'], fr: ['francés'], es: ['español'], ru: ['ruso'], zh: ['chino'], ar: ['árabe'],
  },
  originalField: ['Original'],
  formula: '(?:La|El) (?:Asamblea|Conferencia|Consejo)',
};

// Russian: ITU Council Resolutions and Decisions in Russian (учитывая, a) что …, b) …), the
// Constitution and Convention in Russian, the PP-18 Final Acts (Заключительные акты) and WTSA
// Resolutions (РЕЗОЛЮЦИЯ 52 (Пересм. Хаммамет, 2016 г.)).
const RU: LanguageTable = {
  lang: 'ru', tag: 'ru-RU', rtl: false,
  numberKinds: ['РЕЗОЛЮЦИЯ', 'РЕЗОЛЮЦИИ', 'РЕШЕНИЕ', 'РЕШЕНИЯ', 'РЕКОМЕНДАЦИЯ', 'РЕКОМЕНДАЦИИ', 'МНЕНИЕ', 'МНЕНИЯ'],
  draftNew: ['ПРОЕКТ НОВОЙ', 'ПРОЕКТ НОВОГО', 'ПРОЕКТ'],
  revision: ['Пересм.', 'Ред.'],
  radioSector: ['МСЭ-R', 'МСЭ-Р'],
  preamble: [
    'учитывая', 'признавая', 'отмечая', 'напоминая', 'принимая во внимание', 'памятуя', 'сознавая', 'осознавая',
    'подчеркивая', 'подчёркивая', 'будучи убеждена', 'будучи убежден', 'выражая озабоченность', 'приветствуя',
    'вновь подтверждая', 'рассмотрев', 'ссылаясь', 'принимая к сведению', 'констатируя', 'имея в виду', 'ссылаясь на',
    'будучи обеспокоена', 'с удовлетворением отмечая',
  ],
  operative: [
    'решает поручить', 'решает', 'поручает', 'предлагает', 'настоятельно призывает', 'призывает', 'рекомендует',
    'просит', 'поощряет', 'уполномочивает', 'одобряет', 'принимает', 'постановляет', 'побуждает', 'поддерживает',
    'подтверждает', 'соглашается',
  ],
  numbered: ['решает', 'решает поручить', 'поручает', 'рекомендует'],
  further: ['далее', 'также', 'кроме того'],
  that: ['что', 'чтобы'],
  reasons: ['Основания', 'Основание', 'Обоснование'],
  section: ['РАЗДЕЛ', 'Раздел'],
  annex: ['ПРИЛОЖЕНИЕ', 'ДОПОЛНЕНИЕ', 'ПРИЛОЖЕНИЯ', 'Приложение', 'Дополнение'],
  languageNames: {
    en: ['английский'], fr: ['французский'], es: ['испанский'], ru: ['русский'], zh: ['китайский'], ar: ['арабский'],
  },
  originalField: ['Оригинал', 'Original'],
  formula: '(?:\\p{L}+ )?(?:Ассамблея|Конференция|Совет)',
};

// Chinese: ITU Council Resolutions in Chinese (第1097号决议 … 理事会，注意到 a) …，进一步注意到 …，
// 考虑到 …，做出决议，敦促 …，责成秘书长 1 …; 第185号决定 … 经审议 … 做出决定), ITU-R 第 34-2 号决议
// (认识到 a)、考虑到 a)、做出决议 1、请 1、附件1), WTSA Resolutions in Chinese (第52号决议（2016年，
// 哈马马特，修订版）). Chinese writes no space between a call and its addressee (`责成秘书长`).
const ZH: LanguageTable = {
  lang: 'zh', tag: 'zh-CN', rtl: false,
  numberKinds: ['决议', '决定', '建议', '意见'],
  draftNew: ['新'],
  revision: ['修订版'],
  radioSector: ['ITU-R'],
  preamble: [
    '考虑到', '认识到', '注意到', '忆及', '回顾', '顾及', '铭记', '意识到', '强调', '欢迎', '重申', '确认', '深信',
    '关注到', '关切地注意到', '经审议', '经研究', '鉴于', '承认', '认为', '满意地注意到', '赞赏地注意到',
  ],
  operative: [
    '做出决议', '作出决议', '做出决定', '作出决定', '决定', '责成', '请', '敦促', '鼓励', '要求', '授权', '建议', '呼吁',
    '批准', '通过', '支持', '确认', '同意',
  ],
  numbered: ['做出决议', '作出决议', '决定', '做出决定', '责成', '建议'],
  further: [],
  furtherBefore: ['进一步', '还', '另外', '并'],
  that: [],
  reasons: ['理由'],
  section: [],
  annex: ['附件', '附录', '附文'],
  languageNames: {
    en: ['英文', '英语'], fr: ['法文', '法语'], es: ['西班牙文', '西班牙语'], ru: ['俄文', '俄语'], zh: ['中文', '汉语'], ar: ['阿拉伯文', '阿拉伯语'],
  },
  originalField: ['原文', 'Original'],
  formula: '[^\\s.;:。；：，,]{0,40}?(?:全会|大会|理事会)(?=(?:[(（][^()（）]*[)）])?\\s*[,，]$)',
};

// Arabic: the PP-18 Final Acts in Arabic (الوثائق الختامية لمؤتمر المندوبين المفوضين (دبي، 2018)), WTDC-17
// Resolutions as sent to PP-18 (القرار 5 (المراجَع في بوينس آيرس، 2017), الأصل: بالإنكليزية), WTSA Resolutions
// in Arabic (القرار 52 (المراجَع في الحمامات، 2016), إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،).
// An assembly (الجمعية) takes the feminine verb, a conference or the Council (المؤتمر، المجلس) the masculine:
// both are listed. `وإذ` (and whereas) opens the later preamble calls; `أيضاً`/`كذلك` make the further forms.
const AR: LanguageTable = {
  lang: 'ar', tag: 'ar-SA', rtl: true,
  numberKinds: ['القرار', 'قرار', 'المقرر', 'مقرر', 'التوصية', 'توصية', 'الرأي', 'رأي'],
  draftNew: ['مشروع'],
  revision: ['المراجَع في', 'المراجع في'],
  radioSector: ['ITU-R'],
  preamble: [
    'إذ تضع في اعتبارها', 'إذ يضع في اعتباره', 'إذ تدرك', 'إذ يدرك', 'إذ تعترف', 'إذ يعترف', 'إذ تلاحظ', 'إذ يلاحظ',
    'إذ تشير إلى', 'إذ يشير إلى', 'إذ تذكّر', 'إذ يذكّر', 'إذ تأخذ في الاعتبار', 'إذ يأخذ في الاعتبار', 'إذ تراعي', 'إذ يراعي',
    'إذ تضع في حسبانها', 'إذ يضع في حسبانه', 'إذ تعي', 'إذ يعي', 'إذ تؤكد', 'إذ يؤكد', 'إذ تشدد', 'إذ يشدد',
    'إذ ترحب', 'إذ يرحب', 'إذ تحيط علماً', 'إذ يحيط علماً', 'إذ يساورها القلق', 'إذ يساوره القلق', 'إذ تقتنع', 'إذ يقتنع',
    'إذ تعرب عن', 'إذ يعرب عن', 'إذ تسلّم', 'إذ يسلّم', 'إذ تعيد تأكيد', 'إذ يعيد تأكيد', 'إذ تقر', 'إذ يقر',
    'إذ تأخذ في حسبانها', 'إذ يأخذ في حسبانه',
    'وقد نظرت في', 'وقد نظر في', 'وقد درست', 'وقد درس', 'اقتناعاً منها', 'اقتناعاً منه',
  ],
  operative: [
    'تقرر تكليف', 'يقرر تكليف', 'تقرر', 'يقرر', 'تكلف', 'يكلف', 'تدعو', 'يدعو', 'تحث', 'يحث', 'تشجع', 'يشجع',
    'تطلب', 'يطلب', 'تأذن', 'يأذن', 'توصي', 'يوصي', 'تناشد', 'يناشد', 'توافق', 'يوافق', 'تعتمد', 'يعتمد',
    'تؤيد', 'يؤيد', 'تفوض', 'يفوض',
  ],
  numbered: ['تقرر', 'يقرر', 'تقرر تكليف', 'يقرر تكليف', 'تكلف', 'يكلف', 'توصي', 'يوصي'],
  further: ['أيضاً', 'كذلك', 'علاوة على ذلك'],
  conjunctions: ['و'],
  that: ['أن', 'بأن', 'أنّ'],
  reasons: ['الأسباب', 'الأسباب الداعية'],
  section: ['القسم'],
  annex: ['الملحق', 'ملحق', 'التذييل', 'تذييل', 'المرفق'],
  languageNames: {
    en: ['بالإنكليزية', 'الإنكليزية', 'بالإنجليزية', 'الإنجليزية'], fr: ['بالفرنسية', 'الفرنسية'], es: ['بالإسبانية', 'الإسبانية'],
    ru: ['بالروسية', 'الروسية'], zh: ['بالصينية', 'الصينية'], ar: ['بالعربية', 'العربية'],
  },
  originalField: ['الأصل', 'Original'],
  formula: 'إن (?:[\\p{L}\\p{M}]+ )?(?:ال)?(?:جمعية|مؤتمر|مجلس)',
};

export const TABLES: Record<Lang, LanguageTable> = { en: EN, fr: FR, es: ES, ru: RU, zh: ZH, ar: AR };

/**
 * Meeting places as each language spells them (for resolution.meeting-mismatch: `Dubaï` in a French
 * number line and `Dubaï` in its formula are one meeting; `Hammamet` and `Dubaï` are two). Places not
 * listed are compared by their letters with accents folded.
 */
export const PLACES: Record<string, string[]> = {
  hammamet: ['Hammamet', 'Хаммамет', 'الحمامات', '哈马马特'],
  dubai: ['Dubai', 'Dubaï', 'Dubái', 'Дубай', 'دبي', '迪拜'],
  busan: ['Busan', 'Busán', 'Пусан', 'بوسان', '釜山'],
  guadalajara: ['Guadalajara', 'Гвадалахара', 'غوادالاخارا', '瓜达拉哈拉'],
  geneva: ['Geneva', 'Genève', 'Ginebra', 'Женева', 'جنيف', '日内瓦'],
  johannesburg: ['Johannesburg', 'Johannesburgo', 'Йоханнесбург', 'جوهانسبرغ', '约翰内斯堡'],
  florianopolis: ['Florianópolis', 'Флорианополис', 'فلوريانوبوليس', '弗洛里亚诺波利斯'],
  antalya: ['Antalya', 'Анталья', 'أنطاليا', '安塔利亚'],
  marrakesh: ['Marrakesh', 'Marrakech', 'Марракеш', 'مراكش', '马拉喀什'],
  minneapolis: ['Minneapolis', 'Миннеаполис', 'مينيابوليس', '明尼阿波利斯'],
  kyoto: ['Kyoto', 'Киото', 'كيوتو', '京都'],
  montreal: ['Montreal', 'Montréal', 'Монреаль', 'مونتريال', '蒙特利尔'],
  'buenos aires': ['Buenos Aires', 'Буэнос-Айрес', 'بوينس آيرس', '布宜诺斯艾利斯'],
  hyderabad: ['Hyderabad', 'Хайдарабад', 'حيدر آباد', '海得拉巴'],
  istanbul: ['Istanbul', 'Estambul', 'Стамбул', 'إسطنبول', '伊斯坦布尔'],
  doha: ['Doha', 'Доха', 'الدوحة', '多哈'],
  baku: ['Baku', 'Bakou', 'Bakú', 'Баку', 'باكو', '巴库'],
  kigali: ['Kigali', 'Кигали', 'كيغالي', '基加利'],
  'new delhi': ['New Delhi', 'Nueva Delhi', 'Нью-Дели', 'نيودلهي', '新德里'],
  bucharest: ['Bucharest', 'Bucarest', 'Бухарест', 'بوخارست', '布加勒斯特'],
  'sharm el-sheikh': ['Sharm el-Sheikh', 'Charm el-Cheikh', 'Шарм-эль-Шейх', 'شرم الشيخ', '沙姆沙伊赫'],
  'mar del plata': ['Mar del Plata', 'Мар-дель-Плата', 'مار دل بلاتا', '马德普拉塔'],
  helsinki: ['Helsinki', 'Хельсинки', 'هلسنكي', '赫尔辛基'],
  melbourne: ['Melbourne', 'Мельбурн', 'ملبورن', '墨尔本'],
  nairobi: ['Nairobi', 'Найроби', 'نيروبي', '内罗毕'],
};

/** The meetings whose documents carry a language letter (`Document 42-E`). */
export type ConferenceKey = 'WTSA' | 'PP' | 'WRC' | 'RA' | 'WTDC';

/**
 * The words of an exported contribution's first page (word/cover.ts), as ITU's documents in each
 * language set them; docs/languages.md ("The first page") says which were read in a real document.
 * `{0}`, `{1}` stand for numbers.
 */
export interface CoverWords {
  /** The letter ending a conference document's number: `42-E`, `42-F`. */
  letter: string;
  plenary: string;
  /** The line above the document number of an addendum or a revision (`Addendum 25 to`). */
  addendum: string;
  revision: string;
  /** The document number line, alone and under an addendum or revision line (`к Документу 42-R`). */
  document: string;
  documentAfter: string;
  /** `Original`, and the colon after a field's name with the space that follows it (`: `; Chinese `：` has none). */
  original: string;
  colon: string;
  conferences: Record<ConferenceKey, string>;
  /** The ITU-T layout: union, sector, study period, study group, the contribution's heading, `All` questions. */
  union: string;
  sector: string;
  studyPeriod: string;
  studyGroup: string;
  contribution: string;
  allQuestions: string;
  /** The labels of cover fields shown on the page. */
  fields: Record<'Source' | 'Title' | 'Purpose' | 'Question' | 'Contact' | 'Keywords' | 'Abstract', string>;
}

export const COVER_WORDS: Record<Lang, CoverWords> = {
  en: {
    letter: 'E', plenary: 'PLENARY MEETING', addendum: 'Addendum {0} to', revision: 'Revision {0} to',
    document: 'Document {0}', documentAfter: 'Document {0}', original: 'Original', colon: ': ',
    conferences: {
      WTSA: 'World Telecommunication Standardization Assembly', PP: 'Plenipotentiary Conference',
      WRC: 'World Radiocommunication Conference', RA: 'Radiocommunication Assembly',
      WTDC: 'World Telecommunication Development Conference',
    },
    union: 'INTERNATIONAL TELECOMMUNICATION UNION', sector: 'TELECOMMUNICATION STANDARDIZATION SECTOR',
    studyPeriod: 'STUDY PERIOD {0}-{1}', studyGroup: 'STUDY GROUP {0}', contribution: 'CONTRIBUTION', allQuestions: 'All',
    fields: { Source: 'Source', Title: 'Title', Purpose: 'Purpose', Question: 'Question(s)', Contact: 'Contact', Keywords: 'Keywords', Abstract: 'Abstract' },
  },
  fr: {
    letter: 'F', plenary: 'SÉANCE PLÉNIÈRE', addendum: 'Addendum {0} au', revision: 'Révision {0} du',
    document: 'Document {0}', documentAfter: 'Document {0}', original: 'Original', colon: ': ',
    conferences: {
      WTSA: 'Assemblée mondiale de normalisation des télécommunications', PP: 'Conférence de plénipotentiaires',
      WRC: 'Conférence mondiale des radiocommunications', RA: 'Assemblée des radiocommunications',
      WTDC: 'Conférence mondiale de développement des télécommunications',
    },
    union: 'UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS', sector: 'SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS',
    studyPeriod: 'PÉRIODE D\'ÉTUDES {0}-{1}', studyGroup: 'COMMISSION D\'ÉTUDES {0}', contribution: 'CONTRIBUTION', allQuestions: 'Toutes',
    fields: { Source: 'Source', Title: 'Titre', Purpose: 'Objet', Question: 'Question(s)', Contact: 'Contact', Keywords: 'Mots clés', Abstract: 'Résumé' },
  },
  es: {
    letter: 'S', plenary: 'SESIÓN PLENARIA', addendum: 'Addéndum {0} al', revision: 'Revisión {0} al',
    document: 'Documento {0}', documentAfter: 'Documento {0}', original: 'Original', colon: ': ',
    conferences: {
      WTSA: 'Asamblea Mundial de Normalización de las Telecomunicaciones', PP: 'Conferencia de Plenipotenciarios',
      WRC: 'Conferencia Mundial de Radiocomunicaciones', RA: 'Asamblea de Radiocomunicaciones',
      WTDC: 'Conferencia Mundial de Desarrollo de las Telecomunicaciones',
    },
    union: 'UNIÓN INTERNACIONAL DE TELECOMUNICACIONES', sector: 'SECTOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES',
    studyPeriod: 'PERIODO DE ESTUDIOS {0}-{1}', studyGroup: 'COMISIÓN DE ESTUDIO {0}', contribution: 'CONTRIBUCIÓN', allQuestions: 'Todas',
    fields: { Source: 'Origen', Title: 'Título', Purpose: 'Propósito', Question: 'Cuestión(es)', Contact: 'Contacto', Keywords: 'Palabras clave', Abstract: 'Resumen' },
  },
  ru: {
    letter: 'R', plenary: 'ПЛЕНАРНОЕ ЗАСЕДАНИЕ', addendum: 'Дополнительный документ {0}', revision: 'Пересмотр {0}',
    document: 'Документ {0}', documentAfter: 'к Документу {0}', original: 'Оригинал', colon: ': ',
    conferences: {
      WTSA: 'Всемирная ассамблея по стандартизации электросвязи', PP: 'Полномочная конференция',
      WRC: 'Всемирная конференция радиосвязи', RA: 'Ассамблея радиосвязи',
      WTDC: 'Всемирная конференция по развитию электросвязи',
    },
    union: 'МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ', sector: 'СЕКТОР СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ',
    studyPeriod: 'ИССЛЕДОВАТЕЛЬСКИЙ ПЕРИОД {0}–{1} ГГ.', studyGroup: '{0}-Я ИССЛЕДОВАТЕЛЬСКАЯ КОМИССИЯ', contribution: 'ВКЛАД', allQuestions: 'Все',
    fields: { Source: 'Источник', Title: 'Название', Purpose: 'Цель', Question: 'Вопрос(ы)', Contact: 'Контактное лицо', Keywords: 'Ключевые слова', Abstract: 'Резюме' },
  },
  zh: {
    letter: 'C', plenary: '全体会议', addendum: '增补{0}', revision: '修订{0}',
    document: '文件 {0}', documentAfter: '文件 {0}', original: '原文', colon: '：',
    conferences: {
      WTSA: '世界电信标准化全会', PP: '全权代表大会', WRC: '世界无线电通信大会', RA: '无线电通信全会', WTDC: '世界电信发展大会',
    },
    union: '国际电信联盟', sector: '电信标准化部门',
    studyPeriod: '{0}-{1}年研究期', studyGroup: '第{0}研究组', contribution: '文稿', allQuestions: '所有',
    fields: { Source: '来源', Title: '标题', Purpose: '目的', Question: '课题', Contact: '联系人', Keywords: '关键词', Abstract: '摘要' },
  },
  ar: {
    letter: 'A', plenary: 'الجلسة العامة', addendum: 'الإضافة {0}', revision: 'المراجعة {0}',
    document: 'الوثيقة {0}', documentAfter: 'للوثيقة {0}', original: 'الأصل', colon: ': ',
    conferences: {
      WTSA: 'الجمعية العالمية لتقييس الاتصالات', PP: 'مؤتمر المندوبين المفوضين',
      WRC: 'المؤتمر العالمي للاتصالات الراديوية', RA: 'جمعية الاتصالات الراديوية',
      WTDC: 'المؤتمر العالمي لتنمية الاتصالات',
    },
    union: 'الاتحاد الدولي للاتصالات', sector: 'قطاع تقييس الاتصالات',
    studyPeriod: 'فترة الدراسة {0}-{1}', studyGroup: 'لجنة الدراسات {0}', contribution: 'مساهمة', allQuestions: 'جميع المسائل',
    fields: { Source: 'المصدر', Title: 'العنوان', Purpose: 'الغرض', Question: 'المسائل', Contact: 'جهة الاتصال', Keywords: 'الكلمات الرئيسية', Abstract: 'الملخص' },
  },
};

/**
 * The words of a cross-reference (`considering b) and c) above`, `considérant b) ci-dessus`,
 * `上文考虑到b)`), read by core/lang/references.ts; docs/languages.md gives their sources.
 */
export interface ReferenceWords {
  /** Direction words after the labels. */
  above: string[];
  below: string[];
  /** Direction words before the call (Chinese `上文考虑到b)`). */
  aboveBefore?: string[];
  belowBefore?: string[];
  /** Between labels: `b) and c)`, `1 to 3`. */
  and: string[];
  to: string[];
  /** Between the labels and a call named after them (`l'alinéa b) du considérant ci-dessus`). */
  of: string[];
  /** `Section 3 below`. */
  section: string[];
  /**
   * Words for a call's item before its number, where the clause words (CLAUSE_WORDS) have none: French names an
   * item `point` (`au point 2 du décide`, `le point 2.1 du recommande`, as `au point m) du considérant`), Spanish
   * `punto` is a clause word already.
   */
  items?: string[];
  /**
   * The words between a sub-item's label and its item's, where a reference names the sub-item first (`le sous-alinéa
   * iii) de l'alinéa b) du considérant ci-dessus`, `el inciso iii) del apartado b) del considerando anterior`,
   * `подпункт iii) пункта b) раздела учитывая выше`, `الفقرة الفرعية iii) من الفقرة ب) من إذ تضع في اعتبارها أعلاه`,
   * `sub-item iii) of item b) of considering above`; a lettered sub-item of a numbered item too, `l'alinéa a) du point 2
   * du décide`): read by core/lang/references.ts, the last word right before the item's label. Chinese names the item first.
   */
  subItemOf?: string[];
}

export const REFERENCE_WORDS: Record<Lang, ReferenceWords> = {
  en: { above: ['above'], below: ['below'], and: ['and'], to: ['to'], of: ['of'], section: ['Sections', 'Section'], subItemOf: ['of item', 'of paragraph', 'of sub-paragraph', 'of subparagraph', 'of'] },
  fr: { above: ['ci-dessus'], below: ['ci-dessous', 'ci-après'], and: ['et'], to: ['à'], of: ['du', 'de la', 'de'], section: ['sections', 'section'], items: ['points', 'point'],
    subItemOf: ['de l\'alinéa', 'de l’alinéa', 'du point', 'du paragraphe', 'de l\'', 'de l’', 'du', 'de'] },
  es: { above: ['anteriores', 'anterior'], below: ['siguientes', 'siguiente', 'a continuación', 'más adelante'], and: ['y', 'e'], to: ['a'], of: ['del', 'de la', 'de'], section: ['secciones', 'sección'],
    subItemOf: ['del apartado', 'del inciso', 'del punto', 'del párrafo', 'del', 'de'] },
  ru: { above: ['выше'], below: ['ниже'], and: ['и'], to: ['по'], of: ['раздела', 'раздел', 'пункта'], section: ['разделы', 'разделов', 'раздела', 'разделе', 'раздел'],
    subItemOf: ['подпункта', 'пункта'] },
  zh: { above: [], below: [], aboveBefore: ['上文', '上述', '以上', '前述'], belowBefore: ['下文', '下述', '以下'], and: ['和', '及', '与'], to: ['至', '到'], of: [], section: [] },
  ar: { above: ['أعلاه'], below: ['أدناه'], and: ['و'], to: ['إلى'], of: ['من'], section: ['الأقسام', 'القسم'], subItemOf: ['من الفقرة', 'من البند', 'من'] },
};

/**
 * The words a reference to clauses of the same text opens with, in Recommendations (`see clause 2.3.3.10
 * below`, `voir le § 2.3.3.10 ci-dessous`, `véase la cláusula 2.3.3.10`, `см. пункт 2.3.3.10 ниже`,
 * `انظر الفقرة 2.3.3.10 أدناه`; Chinese writes `第2.3.3.10段`, core/lang/references.ts). `this` and `of`:
 * what tells a clause of this text (`of this Recommendation`) from one of another (`of [ITU-T Q.931]`).
 */
export const CLAUSE_WORDS: Record<Exclude<Lang, 'zh'>, { clause: string[]; of: string[]; this: string[] }> = {
  en: { clause: ['clauses', 'clause', 'sub-clauses', 'sub-clause', 'subclauses', 'subclause', '§§', '§'], of: ['of', 'in'], this: ['this', 'the present'] },
  fr: { clause: ['paragraphes', 'paragraphe', '§§', '§'], of: ['de la', 'du', 'de', 'des', 'dans'], this: ['la présente', 'le présent', 'cette', 'ce'] },
  es: { clause: ['cláusulas', 'cláusula', 'apartados', 'apartado', 'puntos', 'punto', '§§', '§'], of: ['de la', 'del', 'de', 'en'], this: ['la presente', 'el presente', 'esta', 'este'] },
  ru: { clause: ['пунктах', 'пунктами', 'пунктам', 'пунктов', 'пункты', 'пунктом', 'пункту', 'пункте', 'пункта', 'пункт', 'пп.', 'п.', '§'], of: [], this: ['настоящей', 'настоящего', 'настоящем', 'этой'] },
  ar: { clause: ['الفقرات', 'الفقرتين', 'الفقرتان', 'الفقرة', 'البنود', 'البندين', 'البندان', 'البند', '§'], of: ['من', 'في'], this: ['هذه'] },
};

/**
 * How French and Spanish spell a place of `PLACES` where they differ from English (the English name
 * is the key's first spelling); the other scripts have one spelling each in `PLACES`. Used to write a
 * new meeting into a text in force in its own language (service/cover.ts).
 */
export const LATIN_PLACE_NAMES: Partial<Record<Lang, Record<string, string>>> = {
  fr: { dubai: 'Dubaï', geneva: 'Genève', bucharest: 'Bucarest', marrakesh: 'Marrakech', montreal: 'Montréal', 'sharm el-sheikh': 'Charm el-Cheikh', baku: 'Bakou' },
  es: { dubai: 'Dubái', busan: 'Busán', geneva: 'Ginebra', johannesburg: 'Johannesburgo', 'new delhi': 'Nueva Delhi', bucharest: 'Bucarest', istanbul: 'Estambul', baku: 'Bakú' },
};

// Languages: the per-language tables and what is built from them (docs/languages.md).
export { COVER_WORDS, LANGUAGES, PLACES, REFERENCE_WORDS, TABLES, type ConferenceKey, type CoverWords, type Lang, type LanguageTable, type ReferenceWords } from './tables';
export { callPhrases, isReasons, matchCall, matchNumberLine, meetingKey, reasonsWord, type CallMatch } from './match';
export { documentLanguage, headerStretch, isRightToLeft, languageAt, LANGUAGE_SAMPLE, languageTag, namedLanguage, piecesLanguage, proposalLanguage, regionLanguage, startsWithHeader, textLanguage, type LanguageCounts } from './detect';
export { labelContexts, matchLocalLabel } from './labels';

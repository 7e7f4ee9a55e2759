// Languages: the per-language tables and what is built from them (docs/languages.md).
export { LANGUAGES, PLACES, TABLES, type Lang, type LanguageTable } from './tables';
export { callPhrases, isReasons, matchCall, matchNumberLine, meetingKey, reasonsWord, type CallMatch } from './match';
export { documentLanguage, isRightToLeft, languageAt, languageTag, textLanguage } from './detect';
export { labelContext, matchLocalLabel } from './labels';

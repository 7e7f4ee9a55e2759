// The .itu language core: no editor imports. The CLI, the language server and the tests call it alike.
export * from './types';
export { l10n, setTranslator, formatMessage, type Translator, type L10nArg } from './l10n';
export { parseDocument, coverValue, proposalAt, isMod, parseId } from './document';
export { checkDocument, type CheckOptions } from './check';
export { scanMarks, isRevision } from './marks';
export { project, toSource, fromSource, rangeToSource, type Projection } from './projection';
export { matchLabel, formatLabel } from './labels';
export { allResolutions, outlineRoots, walk, matchCall, PREAMBLE_PHRASES, OPERATIVE_PHRASES, ACTIONS, COVER_FIELD } from './structure';
export { describeItem, renumbered, type NumberingPolicy } from './checks/numbering';
export { resolveTarget } from './checks/references';
export { expectedPrefix, sequenceEdits } from './checks/proposals';
export { LineIndex, applyEdits, lowerBound, lineEndOf, lineEndAt, withLineEnds, editsWithLineEnds, editsRemovingEmptiedLines, LINE_END, type LineEnd } from './text';
export { chooseBase, preferredBases, editionYear, BASE_FIELD, type ChosenBase } from './baseChoice';
export { BaseIndex, baseKey, baseTextsOf, amendedResolutions, markEdits, checkBase, simplePool, type BaseText, type BaseLookup, type ComparerPool, type AmendedResolution } from './base';
export { BaseComparer, hunks, describeHunk, criticMarkupInsertions, toCriticMarkup, foldWhitespace, type Comparison, type Hunk, type TextPosition } from './compare';
export { reviewEdits, resolveMark, marksIn, type Review } from './review';
export { compile, isMergedDraft, changesParagraph, versionPieces, listProposals, mergedDraft, targetName, readAlternatives, checkAlternatives, type Compilation, type CompiledParagraph, type CompileStatus, type ProposalEntry, type CompileSource, type VersionPiece } from './compile';

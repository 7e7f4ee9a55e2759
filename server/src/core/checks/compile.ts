// compile.*: what the compiler (core/compile.ts) could not merge, said in the draft itself; and what it
// does with a proposal id that other files of the workspace hold too (raised over the workspace by
// idFindings, in `check --workspace` and the editor's diagnostics: a file's own check does not read the others).
import { checkAlternatives } from '../compile';
import type { CheckFamily } from './family';

export const compileFamily: CheckFamily = {
  name: 'compile',
  codes: {
    'compile.unresolved': 'a mark still holds alternatives of several sources (not agreed)',
    'compile.revised': 'a later revision of the document holds this proposal id: compile takes that one (check --workspace, the editor)',
    'compile.id-elsewhere': 'another file of the same revision holds this proposal id with another text: compiled twice (check --workspace, the editor)',
    'compile.copy': 'another file of the same revision holds this proposal word for word: compiled once, from the first file (check --workspace, the editor)',
  },
  check: ({ doc }) => checkAlternatives(doc),
};

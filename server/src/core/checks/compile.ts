// compile.*: what the compiler (core/compile.ts) could not merge, said in the draft itself.
import { checkAlternatives } from '../compile';
import type { CheckFamily } from './family';

export const compileFamily: CheckFamily = {
  name: 'compile',
  codes: {
    'compile.unresolved': 'a mark still holds alternatives of several sources (not agreed)',
  },
  check: ({ doc }) => checkAlternatives(doc),
};

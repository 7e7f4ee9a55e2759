// marks.*: revision marks that are malformed. Raised while the marks are scanned (core/marks.ts
// scanMarks, part of the parse), since a malformed mark changes what both projections read.
import { parseFindingsOf, type CheckFamily } from './family';

const codes = {
  'marks.unclosed': 'a revision mark is opened and never closed',
  'marks.nested': 'a mark opens inside another mark',
  'marks.empty': 'a mark with no text',
  'marks.unopened': 'a closer that closes no mark',
  'marks.no-change': 'a substitution whose new text is its old text, or the same label spelled otherwise',
  'marks.header': 'a proposal header line that a revision mark makes a header in one of the two texts only',
};

export const marksFamily: CheckFamily = { name: 'marks', codes, check: parseFindingsOf(codes), scope: 'parse' };

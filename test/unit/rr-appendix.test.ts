// Review 6 (G6): an RR appendix numbers its paragraphs anew (AP30B § 6.1, AP30 § 4.1 are no RR Nos. 6.1, 4.1):
// provisions are keyed by instrument and appendix. A proposal under an APPENDIX heading, or naming the appendix
// after its id, is compared with that appendix's paragraph when the workspace holds it, else not compared; never
// with the RR Article provision of the same number.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseIndex, checkDocument, compileTarget, listProposals, parseDocument, parseRef, formatRef, type Finding } from '../../server/src/core';
import { lines } from './helpers';

/** RR Articles with the numbers the appendices reuse (1.1, 4.1, 4.1.3, 6.1), in words unlike the appendices'. */
const RR = lines('RADIO REGULATIONS', '', 'ARTICLE 4', '', '4.1\t§ 1 Member States shall endeavour to limit the number of frequencies to the minimum.', '',
  '4.1.3\tThe stations of the broadcasting service shall not radiate outside the band.', '', 'ARTICLE 6', '',
  '6.1\t§ 1 Two or more Member States may, under the provisions for special arrangements, conclude agreements.');

/** An appendix text in force with the same paragraph numbers (AP`n`), headed as the RR prints it. */
function appendixText(n: string, withRrHeading: boolean): string {
  return lines(...(withRrHeading ? ['RADIO REGULATIONS', ''] : []), `APPENDIX ${n} (REV.WRC-19)`, '', 'ARTICLE 4', '',
    '4.1\tAdministrations shall coordinate their assignments in the planned bands before notifying them.     (WRC-07)', '',
    '4.1.3\tAn administration proposing a modification to the Plan shall seek the agreement of any other administration.     (WRC-15)', '',
    'ARTICLE 6', '', '6.1\tWhen an administration intends to convert an allotment into an assignment, it shall submit the information specified in Appendix 4.     (WRC-19)');
}

/** The restated paragraph of AP`n` § `number`, with `change` applied to its words (unmarked). */
function restatedAp(number: string, change: (s: string) => string): string {
  const line = appendixText('30', false).split('\n').find((l) => l.startsWith(`${number}\t`))!;
  return change(line);
}

function check(text: string, files: Record<string, string>): Finding[] {
  const index = new BaseIndex();
  for (const [name, t] of Object.entries(files)) index.update(name, t, parseDocument(t));
  return checkDocument(parseDocument(text), { bases: index.lookup });
}

const APPENDICES = ['4', '30', '30A', '30B'];
const NUMBERS = ['4.1', '4.1.3', '6.1'];
/** How a proposal says it is on the appendix: a heading before it, or the appendix named after its id. */
const FORMS: [string, (n: string, num: string) => { before: string[]; extra: string }][] = [
  ['heading', (n, num) => ({ before: [`APPENDIX ${n} (REV.WRC-19)`, '', `ARTICLE ${num.split('.')[0]}`, ''], extra: '' })],
  ['AP after the id', (n, num) => ({ before: [], extra: `\tAP${n} ${num}` })],
  ['Appendix § after the id', (n, num) => ({ before: [], extra: `\tRR Appendix ${n} § ${num}` })],
];

describe('RR appendix paragraphs are keyed by their appendix (review 6, G6)', () => {
  test('parseRef reads the appendix forms and formatRef names them apart from the Articles', () => {
    for (const t of ['AP30B 6.1', 'AP 30B § 6.1', 'RR AP30B 6.1', 'RR Appendix 30B § 6.1', 'Appendix 30B 6.1']) {
      assert.equal(formatRef(parseRef(t)!), 'RR AP30B 6.1', t);
    }
    assert.equal(formatRef(parseRef('RR 6.1')!), 'RR 6.1');
    // A sentence naming an appendix of a Resolution is not read as an RR appendix.
    assert.notEqual(parseRef('Appendix 1 to Resolution 52')?.instrument.name, 'RR AP1');
  });

  for (const [form, make] of FORMS) {
    test(`a MOD of an appendix paragraph (${form}) is compared with the appendix, or said not compared; never with the RR Article`, () => {
      for (const n of APPENDICES) {
        for (const num of NUMBERS) {
          const { before, extra } = make(n, num);
          const unmarked = restatedAp(num, (s) => s.replace('shall', 'shall promptly'));
          const doc = lines('Meeting:\tWRC-27', 'Document:\t50', 'Proposals:\tAPX', '', ...before, `MOD\tAPX/50/1${extra}`, unmarked, 'Reasons:\tx.');
          const what = `AP${n} § ${num} (${form})`;
          // The appendix in the workspace beside the RR: the one unmarked word found, against the appendix.
          const both = check(doc, { 'rr.itu': RR, 'ap.itu': appendixText(n, true) });
          const untracked = both.filter((f) => f.code === 'base.untracked-change');
          assert.equal(untracked.length, 1, `${what}: ${both.map((f) => f.message).join(' | ')}`);
          assert.match(untracked[0].message, /draft adds 'promptly'.*base: ap\.itu/, what);
          assert.ok(!both.some((f) => f.code === 'base.ambiguous' || f.code === 'base.provision-not-found'), what);
          // The RR alone: not compared (the appendix is not in the workspace), and the RR Article is not offered.
          const rrOnly = check(doc, { 'rr.itu': RR });
          assert.ok(!rrOnly.some((f) => f.code === 'base.untracked-change' || f.code === 'base.provision-not-found' || f.code === 'base.ambiguous'), `${what}: ${rrOnly.map((f) => f.code).join(' ')}`);
          assert.ok(rrOnly.some((f) => f.code === 'base.not-found' && f.message.includes(`RR AP${n}`)), `${what}: ${rrOnly.map((f) => f.message).join(' | ')}`);
        }
      }
    });
  }

  test('an appendix text without the RR heading, named with its conference, is indexed as the appendix; proposals and compile name it', () => {
    const index = new BaseIndex();
    const ap = appendixText('30B', false);
    index.update('ap30b.itu', ap, parseDocument(ap));
    index.update('rr.itu', RR, parseDocument(RR));
    assert.ok(index.instrument('rr ap30b')?.provisions.has('6.1'));
    assert.ok(!index.instrument('rr')?.provisions.get('6.1')?.paragraphs[0].includes('allotment'));
    const doc = lines('APPENDIX 30B (REV.WRC-19)', '', 'ARTICLE 6', '', 'MOD\tAPX/50/1', restatedAp('6.1', (s) => s.replace('(WRC-19)', '(WRC-{~~19~>27~~})')), 'Reasons:\tx.');
    const parsed = parseDocument(doc);
    assert.deepEqual(listProposals([{ location: 'ap.itu', doc: parsed }]).map((p) => p.target), ['RR AP30B 6.1']);
    const compiled = compileTarget('AP30B 6.1', [{ location: 'ap.itu', doc: parsed }, { location: 'ap30b.itu', doc: parseDocument(ap) }, { location: 'rr.itu', doc: parseDocument(RR) }], index.lookup);
    assert.equal(compiled?.base.location, 'ap30b.itu');
    assert.deepEqual(compiled?.proposals.map((p) => p.id), ['APX/50/1']);
  });
});

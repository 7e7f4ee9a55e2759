// The ITU paragraph styles an exported document carries, named as in ITU's own
// templates (Res_No, Call, enumlev1 …) so that text pasted into an ITU template
// keeps its look, and the map from a paragraph's role to its style.
import { AlignmentType, type ICharacterStyleOptions, type IParagraphStyleOptions } from 'docx';
import type { ParagraphKind } from '../core';
import type { ExportLanguage } from './language';

/** Word style ids written for each paragraph role. */
const STYLE_IDS = {
  normal: 'Normal',
  afterTitle: 'Normalaftertitle',
  resNo: 'ResNo',
  resTitle: 'Restitle',
  resRef: 'Resref',
  call: 'Call',
  enumlev1: 'enumlev1',
  enumlev2: 'enumlev2',
  enumlev3: 'enumlev3',
  proposal: 'Proposal',
  reasons: 'Reasons',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  sectionNo: 'SectionNo',
  sectionTitle: 'Sectiontitle',
  annexNo: 'AnnexNo',
  annexTitle: 'Annextitle',
  appendixNo: 'AppendixNo',
  appendixTitle: 'Appendixtitle',
  // The Radio Regulations, Constitution and Convention (issue 10): chapters, articles, sections, provisions.
  chapNo: 'ChapNo',
  chapTitle: 'Chaptitle',
  artNo: 'ArtNo',
  artTitle: 'Arttitle',
  section1: 'Section1',
  provision: 'Provision',
  provisionText: 'Provisiontext',
  // A table's heading row and its other cells (review3 E19), as ITU's templates name them.
  tableHead: 'Tablehead',
  tableText: 'Tabletext',
  coverField: 'Coverfield',
  coverLine: 'Coverline',
  coverHeading: 'Coverheading',
  source: 'Source',
  title: 'Title1',
  contribution: 'Contributiontitle',
  header: 'Header',
  footnoteText: 'FootnoteText',
  footnoteReference: 'FootnoteReference',
} as const;
export const STYLE = STYLE_IDS;

export const FONT = 'Times New Roman';

/**
 * Tab stops of a style, in twentieths of a point: ITU's templates put them every 397 twips from 794, so that a label
 * and its TAB line the text up. The docx package takes no tab stops in a style; the export adds them to styles.xml.
 */
export const STYLE_TABS: Record<string, number[]> = {
  [STYLE_IDS.normal]: [794, 1191, 1588, 1985],
  [STYLE_IDS.footnoteText]: [255],
  // The provision number in a margin column of 2 cm (`5.338A`, `13.0.1` in bold fit), then a label (`a)`) and the text.
  // (-794: Normal's first stop, inherited, cleared: a number would stop there, short of the column.)
  [STYLE_IDS.provision]: [-794, 1134, 1531, 1928],
  // A provision's continuation (RR 5.340's `2 690-2 700 MHz,<TAB>except …`): after Normal's label stops, the second column of
  // a list of bands, 5 cm after the text column, past the longest band (`1 660.5-1 668.4 MHz,`), so that the qualifiers
  // line up as the RR prints them rather than on Word's default stops, one of which a band could end on (review 9, J14).
  [STYLE_IDS.provisionText]: [3969],
};

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.normal,
    name: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: 24 },
    paragraph: { spacing: { before: 120 } },
  },
  { id: STYLE.afterTitle, name: 'Normal_after_title', basedOn: STYLE.normal, next: STYLE.normal, paragraph: { spacing: { before: 360 } } },
  {
    id: STYLE.resNo,
    name: 'Res_No',
    basedOn: STYLE.normal,
    next: STYLE.resTitle,
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 480 } },
  },
  {
    id: STYLE.resTitle,
    name: 'Res_title',
    basedOn: STYLE.normal,
    next: STYLE.resRef,
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240 } },
  },
  {
    id: STYLE.resRef,
    name: 'Res_ref',
    basedOn: STYLE.normal,
    next: STYLE.afterTitle,
    run: { italics: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 120 } },
  },
  {
    id: STYLE.call,
    name: 'Call',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    run: { italics: true },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 160 }, indent: { left: 794 } },
  },
  { id: STYLE.enumlev1, name: 'enumlev1', basedOn: STYLE.normal, paragraph: { spacing: { before: 80 }, indent: { left: 794, hanging: 794 } } },
  { id: STYLE.enumlev2, name: 'enumlev2', basedOn: STYLE.enumlev1, paragraph: { indent: { left: 1191, hanging: 397 } } },
  { id: STYLE.enumlev3, name: 'enumlev3', basedOn: STYLE.enumlev2, paragraph: { indent: { left: 1588, hanging: 397 } } },
  {
    id: STYLE.proposal,
    name: 'Proposal',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    run: { bold: true },
    paragraph: { keepNext: true, spacing: { before: 360 } },
  },
  { id: STYLE.reasons, name: 'Reasons', basedOn: STYLE.normal, next: STYLE.normal, paragraph: { spacing: { before: 240 } } },
  {
    id: STYLE.heading1,
    name: 'heading 1',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 280 }, indent: { left: 794, hanging: 794 }, outlineLevel: 0 },
  },
  { id: STYLE.heading2, name: 'heading 2', basedOn: STYLE.heading1, next: STYLE.normal, quickFormat: true, paragraph: { spacing: { before: 200 }, outlineLevel: 1 } },
  { id: STYLE.heading3, name: 'heading 3', basedOn: STYLE.heading1, next: STYLE.normal, quickFormat: true, paragraph: { spacing: { before: 200 }, outlineLevel: 2 } },
  {
    id: STYLE.sectionNo,
    name: 'Section_No',
    basedOn: STYLE.normal,
    next: STYLE.sectionTitle,
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 480 } },
  },
  {
    id: STYLE.sectionTitle,
    name: 'Section_title',
    basedOn: STYLE.normal,
    next: STYLE.afterTitle,
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240 } },
  },
  {
    id: STYLE.annexNo,
    name: 'Annex_No',
    basedOn: STYLE.normal,
    next: STYLE.annexTitle,
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 480 } },
  },
  {
    id: STYLE.annexTitle,
    name: 'Annex_title',
    basedOn: STYLE.normal,
    next: STYLE.afterTitle,
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240 } },
  },
  { id: STYLE.appendixNo, name: 'Appendix_No', basedOn: STYLE.annexNo, next: STYLE.appendixTitle },
  { id: STYLE.appendixTitle, name: 'Appendix_title', basedOn: STYLE.annexTitle, next: STYLE.afterTitle },
  // Set like Section_No (centred capitals, 14 pt).
  { id: STYLE.chapNo, name: 'Chap_No', basedOn: STYLE.sectionNo, next: STYLE.chapTitle },
  { id: STYLE.chapTitle, name: 'Chap_title', basedOn: STYLE.chapNo, next: STYLE.artNo, run: { bold: true, allCaps: false }, paragraph: { spacing: { before: 240 } } },
  { id: STYLE.artNo, name: 'Art_No', basedOn: STYLE.chapNo, next: STYLE.artTitle, paragraph: { spacing: { before: 480 } } },
  { id: STYLE.artTitle, name: 'Art_title', basedOn: STYLE.chapTitle, next: STYLE.normal },
  { id: STYLE.section1, name: 'Section_1', basedOn: STYLE.normal, next: STYLE.normal, run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 360 } } },
  { id: STYLE.provision, name: 'Provision', basedOn: STYLE.normal, next: STYLE.provision, paragraph: { indent: { left: 1134, hanging: 1134 } } },
  // The paragraphs that continue a provision (RR 5.340's list of bands, an elision) stand in its text column.
  { id: STYLE.provisionText, name: 'Provision_text', basedOn: STYLE.normal, next: STYLE.provisionText, paragraph: { indent: { left: 1134 } } },
  { id: STYLE.tableHead, name: 'Table_head', basedOn: STYLE.normal, run: { size: 22, bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 80, after: 80 } } },
  { id: STYLE.tableText, name: 'Table_text', basedOn: STYLE.normal, run: { size: 22 }, paragraph: { spacing: { before: 40, after: 40 } } },
  { id: STYLE.coverField, name: 'Cover_field', basedOn: STYLE.normal, paragraph: { spacing: { before: 60 } } },
  { id: STYLE.coverLine, name: 'Cover_line', basedOn: STYLE.normal, paragraph: { spacing: { before: 0 } } },
  { id: STYLE.coverHeading, name: 'Cover_heading', basedOn: STYLE.normal, run: { size: 24 }, paragraph: { spacing: { before: 0 } } },
  {
    id: STYLE.source,
    name: 'Source',
    basedOn: STYLE.normal,
    next: STYLE.title,
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 840, after: 200 } },
  },
  {
    id: STYLE.title,
    name: 'Title 1',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240 } },
  },
  {
    id: STYLE.contribution,
    name: 'Contribution_title',
    basedOn: STYLE.normal,
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 } },
  },
  { id: STYLE.header, name: 'header', basedOn: STYLE.normal, run: { size: 18 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0 } } },
  {
    id: STYLE.footnoteText,
    name: 'footnote text',
    basedOn: STYLE.normal,
    run: { size: 20 },
    paragraph: { keepLines: true, spacing: { before: 80 }, indent: { left: 255, hanging: 255 } },
  },
];

export const CHARACTER_STYLES: ICharacterStyleOptions[] = [
  { id: STYLE.footnoteReference, name: 'footnote reference', run: { superScript: true } },
];

export interface StyleContext {
  kind: ParagraphKind;
  /** List depth below the call or clause the item belongs to: 0 for a plain item, 1 for enumlev1 … */
  level: number;
  /** Depth of a clause heading (`2.1` is 2). */
  headingDepth: number;
  /** The paragraph follows a section or annex title. */
  afterTitle: boolean;
  /** The annex heading (or the heading above an annex title) names an appendix. */
  appendix: boolean;
}

const ENUMLEV = [STYLE.normal, STYLE.enumlev1, STYLE.enumlev2, STYLE.enumlev3] as const;

export function styleFor(c: StyleContext): string {
  switch (c.kind) {
    case 'proposal-header':
      return STYLE.proposal;
    case 'reasons':
      return STYLE.reasons;
    case 'clause-heading':
      return c.headingDepth <= 1 ? STYLE.heading1 : c.headingDepth === 2 ? STYLE.heading2 : STYLE.heading3;
    case 'resolution-number':
      return STYLE.resNo;
    case 'resolution-title':
      return STYLE.resTitle;
    case 'history':
      return STYLE.resRef;
    case 'enacting-formula':
      return STYLE.afterTitle;
    case 'call':
      return STYLE.call;
    case 'section-heading':
      return STYLE.sectionNo;
    case 'section-title':
      return STYLE.sectionTitle;
    case 'annex-heading':
      return c.appendix ? STYLE.appendixNo : STYLE.annexNo;
    case 'annex-title':
      return c.appendix ? STYLE.appendixTitle : STYLE.annexTitle;
    case 'item':
    case 'sub-item':
      if (c.level === 0 && c.afterTitle) return STYLE.afterTitle;
      return ENUMLEV[Math.min(c.level, 3)];
    case 'cover-field':
      return STYLE.coverField;
    default:
      return c.afterTitle ? STYLE.afterTitle : STYLE.normal;
  }
}

/** Styles the docx package writes for its own use (Title, Heading 4-6, Strong, TOC …) and that no exported paragraph uses. */
const KEPT = new Set<string>([...PARAGRAPH_STYLES.map((st) => st.id), ...CHARACTER_STYLES.map((st) => st.id), 'TableNormal']);

/**
 * The last pass over styles.xml: the ITU tab stops (the docx package takes none in a style), the document's language
 * on the defaults and on Normal (so Word spell-checks in it; right to left for Arabic), and none of the package's
 * default styles left behind (a blue Heading 4, a 28 pt Title, a style called "Strong").
 */
export function finishStyles(xml: string, language: ExportLanguage): string {
  const lang = `<w:lang w:val="${language.tag}"${language.slot === 'eastAsia' ? ` w:eastAsia="${language.tag}"` : ''}${language.slot === 'bidi' ? ` w:bidi="${language.tag}"` : ''}/>`;
  const rtl = language.rtl ? '<w:rtl/>' : '';
  return xml
    .replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (whole: string, id: string) => {
      if (!KEPT.has(id)) return '';
      let out = addTabs(whole, id);
      if (id === STYLE.normal) {
        out = out.replace(/<w:rPr>([\s\S]*?)<\/w:rPr>/, (_m: string, inner: string) => `<w:rPr>${inner}${rtl}${lang}</w:rPr>`);
        if (language.rtl) out = out.replace(/<w:spacing\b/, '<w:bidi/><w:spacing'); // where the schema orders it
      }
      return out;
    })
    .replace(/(<w:rPrDefault><w:rPr>[\s\S]*?)(<\/w:rPr>)/, `$1${lang}$2`);
}

/** Puts the ITU tab stops into a style that has them (before `w:spacing`, where the schema orders `w:tabs`). */
function addTabs(whole: string, id: string): string {
  const tabs = STYLE_TABS[id];
  if (!tabs || whole.includes('<w:tabs>')) return whole;
  // A negative position clears the stop the base style sets there.
  const xmlTabs = `<w:tabs>${tabs.map((pos) => `<w:tab w:val="${pos < 0 ? 'clear' : 'left'}" w:pos="${Math.abs(pos)}"/>`).join('')}</w:tabs>`;
  if (whole.includes('<w:spacing')) return whole.replace('<w:spacing', `${xmlTabs}<w:spacing`);
  if (whole.includes('<w:pPr>')) return whole.replace('<w:pPr>', `<w:pPr>${xmlTabs}`);
  return whole;
}

// reference.unresolved: `considering e), f) and h) above` must name items of the same Resolution
// (in the six languages: `considérant b) ci-dessus` names b) of considérant; labels and calls are
// compared folded, see core/lang/references.ts).
import type { CheckFamily } from './family';
import { labelKey, phraseKey, withoutConjunction } from '../lang/references';
import { walk } from '../structure';
import type { CrossReference, Finding, Item, Resolution, View } from '../types';
import { l10n } from '../l10n';

export function resolutionOf(_view: View, ref: CrossReference): Resolution | undefined {
  return ref.resolution;
}

/**
 * What references are resolved with, worked out once per view: one entry per view in one WeakMap (an
 * entry per Resolution made each check of a new version grow a long-lived WeakMap of dead keys).
 */
interface ViewIndex {
  /** The references standing in each Resolution, by its outline root. */
  byRoot?: Map<Item, CrossReference[]>;
  /** Each Resolution's index (indexOf), by its outline root. */
  resolutions: Map<Item, ResolutionIndex>;
}

const viewIndexes = new WeakMap<View, ViewIndex>();

function viewIndex(view: View): ViewIndex {
  let index = viewIndexes.get(view);
  if (!index) viewIndexes.set(view, (index = { resolutions: new Map() }));
  return index;
}

/** The references standing in the Resolution whose outline root is given (indexed once per view). */
export function referencesIn(view: View, root: Item): CrossReference[] {
  const cache = viewIndex(view);
  let index = cache.byRoot;
  if (!index) {
    index = new Map();
    for (const ref of view.references) {
      const list = index.get(ref.resolution.root);
      if (list) list.push(ref);
      else index.set(ref.resolution.root, [ref]);
    }
    cache.byRoot = index;
  }
  return index.get(root) ?? [];
}

interface ResolutionIndex {
  calls: Item[];
  /** The key each call is compared by (phraseKey, without an opening conjunction), in the order of `calls`. */
  callKeys: string[];
  sections: Map<string, Item>;
  decimals: Map<string, Item>;
  /** Labelled descendants of each call section, by label. */
  labelsIn: Map<Item, Map<string, Item>>;
  /** The call sections a phrase names (callSections), by the phrase as the reference writes it. */
  byPhrase: Map<string, Item[]>;
}

/** What references resolve against, built once per Resolution outline (kept with the view asking). */
function indexOf(view: View, resolution: Resolution): ResolutionIndex {
  const indexes = viewIndex(view).resolutions;
  let index = indexes.get(resolution.root);
  if (index) return index;
  index = { calls: [], callKeys: [], sections: new Map(), decimals: new Map(), labelsIn: new Map(), byPhrase: new Map() };
  for (const item of walk(resolution.root)) {
    if (item.call) {
      index.calls.push(item);
      index.callKeys.push(withoutConjunction(phraseKey(item.call.phrase)));
    }
    if (item.section !== undefined && !index.sections.has(item.section)) index.sections.set(item.section, item);
    if (item.label?.kind === 'decimal' && !index.decimals.has(labelKey(item.label.text))) index.decimals.set(labelKey(item.label.text), item);
  }
  indexes.set(resolution.root, index);
  return index;
}

function labelsIn(index: ResolutionIndex, section: Item): Map<string, Item> {
  let labels = index.labelsIn.get(section);
  if (!labels) {
    labels = new Map();
    for (const i of walk(section)) if (i.label && !labels.has(labelKey(i.label.text))) labels.set(labelKey(i.label.text), i);
    index.labelsIn.set(section, labels);
  }
  return labels;
}

/** The call sections a phrase names: those of exactly that phrase, else those it begins (`resolves` of `resolves further`). */
function callSections(view: View, resolution: Resolution, phrase: string): Item[] {
  const index = indexOf(view, resolution);
  let sections = index.byPhrase.get(phrase);
  if (!sections) {
    const key = withoutConjunction(phraseKey(phrase));
    const { calls, callKeys } = index;
    const exact = calls.filter((_i, k) => callKeys[k] === key);
    sections = exact.length ? exact : calls.filter((_i, k) => callKeys[k]!.startsWith(key + ' '));
    index.byPhrase.set(phrase, sections);
  }
  return sections;
}

export function resolveTarget(view: View, ref: CrossReference, label: string): Item | undefined {
  const resolution = resolutionOf(view, ref);
  if (!resolution) return undefined;
  const index = indexOf(view, resolution);
  if (ref.section) return index.sections.get(label);
  if (ref.phrase) {
    for (const section of callSections(view, resolution, ref.phrase)) {
      const found = labelsIn(index, section).get(labelKey(label));
      if (found) return found;
    }
    return undefined;
  }
  return index.decimals.get(labelKey(label));
}

export function checkReferences(view: View): Finding[] {
  const findings: Finding[] = [];
  for (const ref of view.references) {
    for (const target of ref.targets) {
      if (resolveTarget(view, ref, target.label)) continue;
      const where = ref.section ? l10n.t('Section {0}', target.label) : ref.phrase ? `${ref.phrase} ${target.label}` : target.label;
      const resolution = resolutionOf(view, ref);
      const sections = ref.phrase && resolution ? callSections(view, resolution, ref.phrase) : [];
      const hint = ref.phrase && sections.length === 0
        ? ' ' + l10n.t('This Resolution has no "{0}" section.', ref.phrase)
        : sections.length
          ? ' ' + l10n.t('{0} has {1}.', ref.phrase ?? '', sections.flatMap((s) => s.children.filter((c) => c.label).map((c) => c.label!.text)).join(', ') || l10n.t('no labelled items'))
          : '';
      findings.push({
        code: 'reference.unresolved',
        severity: 'warning',
        ...target.source,
        message: l10n.t('"{0} {1}" names no item of this Resolution.', where, ref.direction) + hint,
      });
    }
  }
  return findings;
}

export const referenceFamily: CheckFamily = {
  name: 'reference',
  codes: {
    'reference.unresolved': 'a cross-reference names no item of its Resolution',
  },
  check: ({ doc, distinctOld }) => checkReferences(doc.views.new).concat(distinctOld ? checkReferences(doc.views.old) : []),
};

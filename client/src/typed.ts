// A pick list that also takes what the user types (review 5, F14: the New contribution's meeting list
// filtered a typed `PP-26, Doha, 2026` to "0 Results", and Enter did nothing). No `vscode` import: the
// unit tests run it on plain data.

/**
 * The items to show for what is typed: the typed text first, as an item of its own, unless it is empty or
 * is already an item's label (compared without case or extra spaces); the list's items after it, as they are.
 */
export function withTyped<T extends { label: string }>(items: readonly T[], value: string, typed: (text: string) => T): T[] {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return items.slice();
  const key = text.toLowerCase();
  if (items.some((i) => i.label.replace(/\s+/g, ' ').trim().toLowerCase() === key)) return items.slice();
  return [typed(text), ...items];
}

// What the core works out once per parse (the parse's Lexicon, a document's labels and language, a
// view's index of references), kept by the parse itself: an ItuDocument and each View hold a Memo,
// and each module that remembers something declares a MemoSlot for it.
//
// Not module-level WeakMaps keyed by the parse: V8's young-generation collector (the scavenger) keeps
// alive the values of a WeakMap that lives in the old generation whatever becomes of their keys, so
// every parse's Lexicon and references index (and all they reach: paragraphs' texts, outline items)
// survived the collections that ran while later documents were parsed, were promoted to the old
// generation and waited there for a full collection. Checking the 10 KB bench contribution over and
// over, a third of the time went to collecting garbage; with the memos on the parse, almost nothing
// survives a scavenge.

/** The values a parse (or one of its views) remembers, one per MemoSlot; private, so it compares equal in tests. */
export class Memo {
  readonly #values: unknown[] = [];

  get<V>(slot: MemoSlot<V>): V | undefined {
    return this.#values[slot.index] as V | undefined;
  }

  set<V>(slot: MemoSlot<V>, value: V): V {
    this.#values[slot.index] = value;
    return value;
  }
}

let slots = 0;

/** One thing remembered per parse (or per view): declared once, at module level, by the module that needs it. */
export class MemoSlot<V> {
  readonly index = slots++;

  get(holder: { readonly memo: Memo }): V | undefined {
    return holder.memo.get(this);
  }

  set(holder: { readonly memo: Memo }, value: V): V {
    return holder.memo.set(this, value);
  }
}

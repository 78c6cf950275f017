/**
 * Abbreviations of favourites (`;lgwh` → the pinned passage). The expansion key is Tab, taken only
 * when the characters right before a collapsed caret are a stored abbreviation, never while an IME
 * composes (see page-listeners.ts): everywhere else Tab keeps its usual meaning.
 *
 * Pure: the content script reads the stored favourites itself and hands the raw value to
 * `readFavourites`, which skips malformed entries one by one (the options page reports them).
 */

export interface StoredFavourite {
  text: string;
  abbreviation?: string;
}

export interface Abbreviation {
  abbreviation: string;
  text: string;
}

/** The same rule as the favourites schema in lib/settings: 2 to 32 characters without spaces. */
export const ABBREVIATION_PATTERN = /^\S{2,32}$/;
export const MAX_ABBREVIATION_CHARS = 32;

/** Full-width ASCII (`；ｌｇｗｈ`, typed with an IME's Chinese punctuation) as plain ASCII; lengths are kept. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The usable favourites of a raw stored value; anything malformed is skipped, never thrown on. */
export function readFavourites(raw: unknown): StoredFavourite[] {
  if (!Array.isArray(raw)) return [];
  const favourites: StoredFavourite[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { text, abbreviation } = entry as { text?: unknown; abbreviation?: unknown };
    if (typeof text !== 'string' || text === '') continue;
    if (abbreviation !== undefined && (typeof abbreviation !== 'string' || !ABBREVIATION_PATTERN.test(abbreviation))) continue;
    favourites.push(abbreviation === undefined ? { text } : { text, abbreviation });
  }
  return favourites;
}

export function abbreviationsOf(favourites: readonly StoredFavourite[]): Abbreviation[] {
  const list: Abbreviation[] = [];
  for (const { text, abbreviation } of favourites) if (abbreviation) list.push({ abbreviation: foldWidth(abbreviation), text });
  return list;
}

const WORD_CHAR = /[A-Za-z0-9]/;

/**
 * The abbreviation that ends exactly at the caret, given the text before it; the longest wins. An
 * abbreviation that starts with a letter or digit must not be the tail of a longer word (`xlgwh`
 * does not expand `lgwh`); one that starts with punctuation (`;lgwh`) may follow anything.
 */
export function matchAbbreviation(before: string, abbreviations: readonly Abbreviation[]): Abbreviation | null {
  const folded = foldWidth(before);
  let best: Abbreviation | null = null;
  for (const entry of abbreviations) {
    const { abbreviation } = entry;
    if (!folded.endsWith(abbreviation) || (best && best.abbreviation.length >= abbreviation.length)) continue;
    const previous = folded[folded.length - abbreviation.length - 1];
    if (previous !== undefined && WORD_CHAR.test(previous) && WORD_CHAR.test(abbreviation[0] ?? '')) continue;
    best = entry;
  }
  return best;
}

/** Tab alone: with a modifier it is someone else's shortcut. */
export function isExpansionKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  return event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

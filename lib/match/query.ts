import { headingMarker, itemMarker } from '../corpus/markers';
import { fold, type Folded } from './fold';

/** What the writer is typing, picked from the text before the caret. */
export type ActiveQuery =
  | {
      mode: 'text';
      /** Offset in the context where the active clause starts. */
      start: number;
      /** Offset where the words of the active sentence start (after its numbering): an insertion never touches text before it. */
      sentence: number;
      folded: Folded;
      /** Folded indices where a clause starts (after `，`, `、`, a space…), ascending, first is 0. */
      clauseStarts: number[];
    }
  | {
      /** Words separated by spaces: every one must be found (`党费 足额收缴`). */
      mode: 'keywords';
      start: number;
      sentence: number;
      keywords: Folded[];
    }
  | {
      /** A run of Latin letters typed as pinyin (`bwcxljsm`, `zhengzhijianshe`). */
      mode: 'pinyin';
      start: number;
      sentence: number;
      letters: string;
      /**
       * Present when the pinyin was typed as words separated by spaces (`zhuti dangri`): the words,
       * lower case. English prose looks the same, so the matcher accepts it only when every word is
       * made of whole syllables.
       */
      spaced?: string[];
    };

/** Only the end of a long context matters; a sentence longer than this is cut. */
const CONTEXT_WINDOW = 400;
/** Folded characters of the active sentence kept: enough to identify a passage, cheap to align. */
export const MAX_QUERY = 32;
const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_BREAK = /[，、：,:\s“”"‘’《》（）()]/;
const LATIN_TAIL = /[A-Za-z]+$/;
/** Two or more Latin words at the end, after something that is not Latin: pinyin typed word by word. */
const SPACED_TAIL = /(?:^|[^A-Za-z0-9\s])\s*([A-Za-z]+(?:[ \u3000]+[A-Za-z]+)+)$/;
/** An upper-case run after Chinese (`学习强国APP`, `清理 QQ`) is an acronym in the text; pinyin is typed in lower case. */
const ACRONYM = /^[A-Z]+$/;

/**
 * Picks the active sentence before the caret, drops a leading `（三）`/`一是`/`首先，`, and decides how
 * to read it: as pinyin (a trailing run of letters after Chinese or alone; English words separated by
 * spaces are prose and give nothing), as space-separated keywords, or as the start of a passage.
 */
export function extractQuery(context: string): ActiveQuery | undefined {
  const base = Math.max(0, context.length - CONTEXT_WINDOW);
  let text = context.slice(base).replace(/\s+$/, '');
  const latin = LATIN_TAIL.exec(text);
  // `X`/`XX` closes many corpus-style drafts (`市X局`): a placeholder, not pinyin. So does one stray letter.
  if (latin && latin[0].length >= 2 && !/^X+$/.test(latin[0])) {
    const before = text.slice(0, latin.index).replace(/\s+$/, '');
    const acronym = ACRONYM.test(latin[0]) && /\p{Script=Han}$/u.test(before);
    if (!acronym) {
      const spaced = SPACED_TAIL.exec(text);
      if (spaced?.[1]) {
        const words = spaced[1].toLowerCase().split(/[ \u3000]+/);
        const at = text.length - spaced[1].length;
        return { mode: 'pinyin', start: base + at, sentence: base + sentenceStart(text, at), letters: words.join(''), spaced: words };
      }
      if (/[A-Za-z0-9]$/.test(before)) return undefined;
      return { mode: 'pinyin', start: base + latin.index, sentence: base + sentenceStart(text, latin.index), letters: latin[0].toLowerCase() };
    }
  }
  // A sentence just closed is still the active one: look for the end of the sentence before it.
  // A closing quote or bracket may follow the stop (`……才能找准定位。”`).
  const closed = /[。！？!?；;]+[”’」』）)]*$/.exec(text);
  if (closed) text = text.slice(0, closed.index);
  const opening = sentenceStart(text, text.length);
  const start = opening + leadLength(text.slice(opening));
  const sentence = base + start;
  const active = text.slice(start);
  if (/\p{Script=Han}\s+\p{Script=Han}/u.test(active)) {
    const keywords: Folded[] = [];
    for (const m of active.matchAll(/\S+/g)) {
      const folded = fold(m[0]);
      if (folded.text.length === 0) continue;
      const offset = base + start + m.index;
      keywords.push({ text: folded.text, starts: folded.starts.map((s) => s + offset), ends: folded.ends.map((e) => e + offset) });
    }
    const first = keywords[0]?.starts[0];
    return first === undefined ? undefined : { mode: 'keywords', start: first, sentence, keywords };
  }
  let folded = fold(active);
  if (folded.text.length > MAX_QUERY) {
    const cut = folded.text.length - MAX_QUERY;
    folded = { text: folded.text.slice(cut), starts: folded.starts.slice(cut), ends: folded.ends.slice(cut) };
  }
  const first = folded.starts[0];
  if (first === undefined) return undefined;
  const offset = base + start;
  const shifted: Folded = { text: folded.text, starts: folded.starts.map((s) => s + offset), ends: folded.ends.map((e) => e + offset) };
  const clauseStarts = [0];
  for (let i = 1; i < folded.text.length; i++) {
    const between = active.slice(folded.ends[i - 1], folded.starts[i]);
    if (CLAUSE_BREAK.test(between)) clauseStarts.push(i);
  }
  return { mode: 'text', start: offset + first, sentence, folded: shifted, clauseStarts };
}

/** Where the sentence holding offset `at` of `text` starts: after the last sentence end before it. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i] ?? '')) return i + 1;
  return 0;
}

/** Length of the numbering and white space that open `sentence`: they are not part of any passage. */
function leadLength(sentence: string): number {
  const space = /^[\s\u3000]*/.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(space);
  const marker = headingMarker(rest)?.number ?? itemMarker(rest)?.number ?? '';
  const after = rest.slice(marker.length);
  return space + marker.length + (/^[\s\u3000，,、]*/.exec(after)?.[0].length ?? 0);
}

/**
 * Folding turns text into the form the matcher compares: punctuation and spaces dropped (a writer's
 * `,` or a missing `“` must not cost anything), full-width Latin and digits made ASCII and lower case,
 * and every number or placeholder run (`56`, `2020`, `X`, `×`, `XX%`) made one WILDCARD so that the
 * writer's own figures line up with the corpus's `X`.
 */

/** One folded character standing for a whole number or placeholder. */
export const WILDCARD = '＊';

export interface Folded {
  /** The folded characters, one UTF-16 unit each. */
  text: string;
  /** Offset in the raw text where folded character `i` starts. */
  starts: number[];
  /** Offset in the raw text just after folded character `i`. */
  ends: number[];
}

/** A run of placeholder letters that is not part of a Latin word (`XML` is not a placeholder). */
const PLACEHOLDER_RUN = /^[X×Ｘ]+[%％]?(?![A-Za-z])/;
const NUMBER_RUN = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters that can open a number or placeholder run; the run expressions are tried only there. */
const RUN_START = /[0-9０-９X×Ｘ]/;

function runAt(raw: string, i: number): RegExpExecArray | null {
  const rest = raw.slice(i, i + 24);
  return PLACEHOLDER_RUN.exec(rest) ?? NUMBER_RUN.exec(rest);
}

export function fold(raw: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const run = RUN_START.test(raw[i] ?? '') && !/[A-Za-z]/.test(raw[i - 1] ?? '') ? runAt(raw, i) : null;
    if (run) {
      text += WILDCARD;
      starts.push(i);
      ends.push(i + run[0].length);
      i += run[0].length;
      continue;
    }
    const ch = foldChar(raw.charCodeAt(i));
    if (ch !== '') {
      text += ch;
      starts.push(i);
      ends.push(i + 1);
    }
    i++;
  }
  return { text, starts, ends };
}

function foldChar(code: number): string {
  // CJK ideographs, the bulk of the text, need no test.
  if (code >= 0x4e00 && code <= 0x9fff) return String.fromCharCode(code);
  // Full-width ASCII variants (！ to ～) sit 0xFEE0 above their ASCII forms.
  const ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  const ch = String.fromCharCode(ascii);
  return WORD_CHAR.test(ch) ? ch.toLowerCase() : '';
}

/** The folded form alone, used as a key: texts that fold alike are the same passage for de-duplication. */
export function foldKey(raw: string): string {
  return fold(raw).text;
}

/** Merges the raw spans of folded characters `indices` (ascending) into ranges; consecutive folded characters make one range. */
export function rawRanges(folded: Folded, indices: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  let previous = -2;
  for (const index of indices) {
    const start = folded.starts[index];
    const end = folded.ends[index];
    if (start === undefined || end === undefined) continue;
    const last = ranges.at(-1);
    // Only punctuation lies between two consecutive folded characters, so a highlight runs across it.
    if (last && index === previous + 1) last[1] = end;
    else ranges.push([start, end]);
    previous = index;
  }
  return ranges;
}

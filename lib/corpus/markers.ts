const DIGITS = '一二三四五六七八九';

/** `一` → 1, `十二` → 12, `二十` → 20; anything else → NaN. */
export function chineseNumeral(text: string): number {
  if (/^[一二三四五六七八九]$/.test(text)) return DIGITS.indexOf(text) + 1;
  const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!tens) return NaN;
  const [, high = '', low = ''] = tens;
  return (high ? DIGITS.indexOf(high) + 1 : 1) * 10 + (low ? DIGITS.indexOf(low) + 1 : 0);
}

const CN = '[一二三四五六七八九十]{1,3}';

export interface HeadingMarker {
  level: number;
  /** The marker as written, e.g. `（一）`. */
  number: string;
  value: number;
  /** The rest of the line after the marker. */
  rest: string;
}

/** Heading numbering, outermost first. Level 3 and 4 use Arabic digits; `2019年` is not a heading. */
const HEADING_PATTERNS: { level: number; pattern: RegExp; chinese: boolean }[] = [
  { level: 1, pattern: new RegExp(`^(${CN})[、．]`), chinese: true },
  { level: 2, pattern: new RegExp(`^[（(](${CN})[）)]`), chinese: true },
  { level: 3, pattern: /^(\d{1,2})(?:[.．](?!\d)|、)/, chinese: false },
  { level: 4, pattern: /^[（(](\d{1,2})[）)]/, chinese: false },
];

export function headingMarker(line: string): HeadingMarker | undefined {
  for (const { level, pattern, chinese } of HEADING_PATTERNS) {
    const m = pattern.exec(line);
    if (!m?.[1]) continue;
    const value = chinese ? chineseNumeral(m[1]) : Number(m[1]);
    const rest = line.slice(m[0].length);
    // A marker alone on a line, or a Chinese numeral that is not a number (`一一`), is text, not a heading.
    if (Number.isNaN(value) || rest.trim() === '') continue;
    return { level, number: m[0], value, rest };
  }
  return undefined;
}

/** The families of enumeration that the speeches use instead of numbered headings. */
export type ItemFamily = 'shi' | 'di' | 'sequence';

export interface ItemMarker {
  family: ItemFamily;
  /** The marker as written, with its comma: `一是`, `第三，`, `首先，`. */
  number: string;
  /** Position in the family: 1 for `一是`/`第一`/`首先`. `最后` is 0, meaning "any later position". */
  value: number;
  rest: string;
}

const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** Recognises an enumeration marker at the very start of `text`. */
export function itemMarker(text: string): ItemMarker | undefined {
  const shi = new RegExp(`^(${CN})是`).exec(text);
  if (shi?.[1]) {
    const value = chineseNumeral(shi[1]);
    if (!Number.isNaN(value)) return { family: 'shi', number: shi[0], value, rest: text.slice(shi[0].length) };
  }
  const di = new RegExp(`^第(${CN})[，,、：:]`).exec(text);
  if (di?.[1]) {
    const value = chineseNumeral(di[1]);
    // `第三，` also continues a `首先，其次，` list; the caller decides which family it extends.
    if (!Number.isNaN(value)) return { family: 'di', number: di[0], value, rest: text.slice(di[0].length) };
  }
  const word = /^(首先|其次|再次|最后)[，,：:]/.exec(text);
  if (word?.[1]) {
    return { family: 'sequence', number: word[0], value: SEQUENCE_WORDS[word[1]] ?? 0, rest: text.slice(word[0].length) };
  }
  return undefined;
}

/** Whether `next` continues an enumeration whose last item was `previous`. */
export function continuesItem(previous: ItemMarker, next: ItemMarker): boolean {
  const sequenceLike = (m: ItemMarker) => m.family === 'sequence' || m.family === 'di';
  if (previous.family === 'shi' || next.family === 'shi') {
    return previous.family === next.family && next.value === previous.value + 1;
  }
  if (!sequenceLike(previous) || !sequenceLike(next)) return false;
  if (previous.value === 0) return false; // nothing follows 最后
  return next.value === 0 || next.value === previous.value + 1;
}

/** Whether a marker can open an enumeration. */
export function opensItems(marker: ItemMarker): boolean {
  return marker.value === 1;
}

/** Paired punctuation an insertion must never break: title marks, quotes and brackets. */
const CLOSER_OF: Readonly<Record<string, string>> = {
  '《': '》',
  '“': '”',
  '‘': '’',
  '（': '）',
  '(': ')',
  '【': '】',
  '「': '」',
  '『': '』',
};
const CLOSERS = new Set(Object.values(CLOSER_OF));

/** Whether `char` closes a pair (`》`, `”`, `）`…). */
export const isCloser = (char: string): boolean => CLOSERS.has(char);

/** Scans `text`'s pair marks: the closers still expected (innermost last) and the marks without a partner. */
function scan(text: string): { expected: string[]; stray: number } {
  const expected: string[] = [];
  let stray = 0;
  for (const char of text) {
    const closer = CLOSER_OF[char];
    if (closer) {
      expected.push(closer);
      continue;
    }
    if (!CLOSERS.has(char)) continue;
    const at = expected.lastIndexOf(char);
    if (at < 0) {
      stray++;
      continue;
    }
    // Openers left inside the pair this closer ends were never closed.
    stray += expected.length - 1 - at;
    expected.length = at;
  }
  return { expected, stray };
}

/** How many of `text`'s pair marks have no partner: openers never closed plus closers never opened. */
export function unbalanced(text: string): number {
  const { expected, stray } = scan(text);
  return stray + expected.length;
}

/**
 * `rest`, to follow `typed`, without the closing marks that would close nothing: the passage opened
 * them before the part the writer typed (the corpus quotes `“红旗党支部”`, the writer typed `红旗党支部`).
 */
export function withoutStrayClosers(typed: string, rest: string): string {
  const { expected } = scan(typed);
  let out = '';
  for (const char of rest) {
    const closer = CLOSER_OF[char];
    if (closer) expected.push(closer);
    if (!CLOSERS.has(char)) out += char;
    else if (expected.at(-1) === char) out += expected.pop();
  }
  return out;
}

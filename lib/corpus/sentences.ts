/** Characters that end a sentence. Half-width forms occur in the seeds too. */
const SENTENCE_END = '。！？!?；;';
/** Closing quotes and brackets that belong to the sentence they follow: `…‘牛鼻子’。”` */
const CLOSERS = '”’」』）)》】"\'';

/** A run of terminators (`！？`, `……。`) and the closing quotes after it. One regular expression scan: texts reach ten million characters. */
const SENTENCE_BREAK = new RegExp(`[${SENTENCE_END}]+[${CLOSERS}]*`, 'g');

/**
 * Splits text into sentences, keeping every character: `splitSentences(t).join('') === t`.
 * A run of terminators and the closing quotes after it stay with the sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Where the first sentence of `text` ends (after its terminator), or -1 when it has none. Semicolons do not end a heading. */
export function firstSentenceEnd(text: string): number {
  const match = /[。！？!?]+/.exec(text);
  return match ? match.index + match[0].length : -1;
}

/** Characters that end a sentence. Half-width forms occur in the seeds too. */
const SENTENCE_END = '。！？!?；;';
/** Closing quotes and brackets that belong to the sentence they follow: `…‘牛鼻子’。”` */
const CLOSERS = '”’」』）)》】"\'';

function isEnd(ch: string | undefined): boolean {
  return ch !== undefined && SENTENCE_END.includes(ch);
}

/**
 * Splits text into sentences, keeping every character: `splitSentences(t).join('') === t`.
 * A run of terminators (`！？`, `……。`) and the closing quotes after it stay with the sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isEnd(text[i])) {
      i++;
      continue;
    }
    while (isEnd(text[i])) i++;
    while (i < text.length && CLOSERS.includes(text[i] ?? '')) i++;
    sentences.push(text.slice(start, i));
    start = i;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Where the first sentence of `text` ends (after its terminator), or -1 when it has none. Semicolons do not end a heading. */
export function firstSentenceEnd(text: string): number {
  const match = /[。！？!?]+/.exec(text);
  return match ? match.index + match[0].length : -1;
}

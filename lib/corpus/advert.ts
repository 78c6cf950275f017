/** First line of the reseller's advert that some seed files start with. */
const ADVERT_START = /仅供学习|禁止外传/;
/** Its last line. */
const ADVERT_END = /QQ群/;
/** Lines it is made of, for a block that lacks its last line. */
const ADVERT_LINE = /仅供学习|禁止外传|酷乐文行|自建平台|不断迭代|订阅|倒卖|会员|QQ群/;
/** The block is short; never search far into the speech for its end. */
const ADVERT_MAX_LINES = 20;

/**
 * Returns how many leading lines form the advert block (0 when there is none).
 * Only a block at the very top is an advert; the same words further down are the speech's own.
 */
export function advertLineCount(lines: readonly string[]): number {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !ADVERT_START.test(lines[first] ?? '')) return 0;
  const limit = Math.min(lines.length, first + ADVERT_MAX_LINES);
  for (let i = first; i < limit; i++) {
    if (ADVERT_END.test(lines[i] ?? '')) return i + 1;
  }
  // No closing line: take the run of advert lines (blank lines inside it included) and nothing more.
  let end = first;
  for (let i = first; i < limit; i++) {
    const line = lines[i] ?? '';
    if (ADVERT_LINE.test(line)) end = i + 1;
    else if (line.trim() !== '' && !/^[【\s]/.test(line)) break;
  }
  return end;
}

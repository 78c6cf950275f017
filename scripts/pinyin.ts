/** Build-time pinyin: the only code that loads pinyin-pro. Never imported by the extension's pages. */
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import type { Source } from '../lib/corpus';
import { buildPinyinTable, corpusChars, type PinyinTable, type ToPinyin } from '../lib/match';

/** Every toneless reading of a character, `ü` as `v` (as pinyin IMEs take it). */
export const toPinyin: ToPinyin = (char) => pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true });

/** The 6,763 Han characters of GB2312: what writers type, so a typo outside the corpus still has a reading. */
export function commonChars(): string[] {
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = iconv.decode(Buffer.from([high, low]), 'gb2312');
      if (/^\p{Script=Han}$/u.test(char)) chars.push(char);
    }
  }
  return chars;
}

/** The table shipped with a corpus: the common characters plus every character of the sources. */
export function pinyinTableFor(sources: readonly Source[]): PinyinTable {
  return buildPinyinTable([...commonChars(), ...corpusChars(sources)], toPinyin);
}

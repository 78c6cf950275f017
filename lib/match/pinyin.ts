/**
 * Pinyin data for homophone tolerance and pinyin queries. The table is computed at build time by a
 * provider (pinyin-pro under scripts/) and shipped as plain data: about 7,600 readings of the 6,763
 * GB2312 characters plus the corpus's own, ~25 KB, so no tab loads a pinyin dictionary.
 */

/**
 * Toneless readings (`ü` written `v`): syllable → the characters that read so. Characters for which
 * it is the commonest reading come first, then `|`, then those for which it is a rarer one
 * (`shuai: "帅衰摔甩|率"`). Plain JSON.
 */
export type PinyinTable = Record<string, string>;

/** Every toneless reading of one Han character, most common first; empty when it has none. */
export type ToPinyin = (char: string) => readonly string[];

const HAN = /\p{Script=Han}/u;

/** Adds the readings of `chars` to a copy of `base`. The only place that calls a pinyin provider. */
export function buildPinyinTable(chars: Iterable<string>, toPinyin: ToPinyin, base: PinyinTable = {}): PinyinTable {
  const known = new Set(Object.values(base).join(''));
  const primary = new Map<string, string>();
  const secondary = new Map<string, string>();
  for (const [syllable, list] of Object.entries(base)) {
    const [first = '', second = ''] = list.split('|');
    primary.set(syllable, first);
    secondary.set(syllable, second);
  }
  for (const char of new Set(chars)) {
    if (known.has(char) || !HAN.test(char)) continue;
    [...new Set(toPinyin(char))].filter((s) => /^[a-z]+$/.test(s)).forEach((syllable, rank) => {
      const into = rank === 0 ? primary : secondary;
      into.set(syllable, (into.get(syllable) ?? '') + char);
    });
  }
  const table: PinyinTable = {};
  for (const syllable of [...new Set([...primary.keys(), ...secondary.keys()])].sort()) {
    const second = secondary.get(syllable) ?? '';
    table[syllable] = (primary.get(syllable) ?? '') + (second ? `|${second}` : '');
  }
  return table;
}

/** The run-time view of a {@link PinyinTable}: readings by character, as small syllable ids. */
export class Phonetics {
  /** Syllable by id. */
  readonly syllables: readonly string[];
  private readonly ids = new Map<string, number>();
  private readonly readings = new Map<string, number[]>();
  private readonly prefixes = new Set<string>();

  constructor(table: PinyinTable) {
    this.syllables = Object.keys(table).sort();
    this.syllables.forEach((syllable, id) => {
      this.ids.set(syllable, id);
      for (let i = 1; i <= syllable.length; i++) this.prefixes.add(syllable.slice(0, i));
      const [first = '', second = ''] = (table[syllable] ?? '').split('|');
      for (const char of first) this.readings.set(char, [id, ...(this.readings.get(char) ?? [])]);
      for (const char of second) this.readings.set(char, [...(this.readings.get(char) ?? []), id]);
    });
  }

  /** Syllable ids of `char`, commonest reading first; empty for characters without a reading (punctuation, Latin, rare Han). */
  readingsOf(char: string): readonly number[] {
    return this.readings.get(char) ?? NONE;
  }

  isSyllable(text: string): boolean {
    return this.ids.has(text);
  }

  /** Whether some syllable starts with `text`: a syllable still being typed. */
  isSyllablePrefix(text: string): boolean {
    return this.prefixes.has(text);
  }

  /** Whether `text` cuts into whole syllables (`dangri` → `dang ri`), as a word of spaced pinyin must. */
  isSyllableRun(text: string): boolean {
    const reachable = [true];
    for (let end = 1; end <= text.length; end++) {
      reachable[end] = false;
      for (let start = Math.max(0, end - 6); start < end && !reachable[end]; start++) {
        reachable[end] = reachable[start] === true && this.ids.has(text.slice(start, end));
      }
    }
    return text.length > 0 && reachable[text.length] === true;
  }

  /** Whether `char` has a reading that starts with `prefix`. */
  readsWith(char: string, prefix: string): boolean {
    return this.readingsOf(char).some((id) => this.syllables[id]?.startsWith(prefix) === true);
  }
}

const NONE: readonly number[] = [];

import type { UnitKind } from '@/lib/match/types';
import type { LibraryItem } from '@/lib/messages';
import { t } from './i18n';

/**
 * The one set of kind names that every surface shows (inline panel, palette, popup, side panel), from
 * `_locales` (`kind_*`, the names the options page lists too): a heading with its body is 标题及正文
 * everywhere, only a mined formulation is a 规范提法, and a word that pinyin spells is a 词语.
 */
export type PassageKind = UnitKind | LibraryItem['kind'];

export const kindLabel = (kind: PassageKind): string => t(`kind_${kind}`);

/**
 * The two actions of a row that holds a smaller part, smaller first: 插入标题 / 插入标题及正文, or the
 * sentence that matched and its paragraph. `verb` is what choosing does (插入 or 复制).
 */
export function partActions(item: Pick<LibraryItem, 'kind' | 'short'>, verb: string): [short: string, whole: string] | undefined {
  if (!item.short) return undefined;
  const [short, whole] = item.kind === 'heading' ? ['heading', 'section'] : ['sentence', 'paragraph'];
  return [t(`part_${short}`, verb), t(`part_${whole}`, verb)];
}

import type { LibraryItem } from '@/lib/messages';
import type { PaletteTab } from '@/lib/palette/state';

export const TAB_LABELS: Record<PaletteTab, string> = {
  all: '全部',
  sources: '来源',
  formulations: '规范提法',
  favourites: '收藏',
};

export const ENTRY_LABELS: Record<LibraryItem['kind'], string> = {
  favourite: '收藏',
  heading: '标题',
  section: '章节',
  formulation: '提法',
  source: '来源',
};

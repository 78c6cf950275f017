import type { SuggestionReason, UnitKind } from '@/lib/match/types';

export const KIND_LABELS: Record<UnitKind, string> = {
  sentence: '句子',
  paragraph: '段落',
  heading: '标题',
  section: '章节',
  formulation: '规范提法',
};

/** Why a suggestion was chosen, in a word. */
export const REASON_LABELS: Record<SuggestionReason, string> = {
  continue: '续写',
  homophone: '同音纠正',
  near: '相近表述',
  pinyin: '拼音',
  keywords: '关键词',
};

/** Shown on a suggestion that replaces the writer's clause rather than continuing it. */
export const REPLACE_LABEL = '替换';

import type { UnitKind } from '@/lib/match/types';

export const KIND_LABELS: Record<UnitKind, string> = {
  sentence: '句子',
  paragraph: '段落',
  heading: '标题',
  section: '章节',
  formulation: '规范提法',
};

import type { SuggestionReason } from '@/lib/match/types';
import { t } from '../i18n';

/** Why a suggestion was chosen, in a word (`reason_*` in `_locales`). */
export const reasonLabel = (reason: SuggestionReason): string => t(`reason_${reason}`);

import * as v from 'valibot';
import { UNIT_KINDS } from '../match/types';

const settingsFields = {
  /** Ids of sources switched off. Kept as "off" rather than "on" so newly added sources start enabled. */
  disabledSources: v.array(v.string()),
  /** Which unit kinds to suggest. */
  kinds: v.array(v.picklist(UNIT_KINDS)),
  /** How many suggestions the panel shows. */
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  /** How many characters must be typed before anything is suggested. */
  minChars: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  /** Pause after the last keystroke before suggesting, in milliseconds. */
  debounceMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  /** `auto`: suggest while typing; `shortcut`: only when the writer asks. */
  mode: v.picklist(['auto', 'shortcut']),
  /** Host names where the extension stays silent. */
  disabledSites: v.array(v.string()),
};

/** What the writer chose on the options page, exactly: a backup file must match it. */
export const StrictSettingsSchema = v.object(settingsFields);
export type Settings = v.InferOutput<typeof StrictSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  disabledSources: [],
  kinds: [...UNIT_KINDS],
  limit: 5,
  minChars: 4,
  debounceMs: 120,
  mode: 'auto',
  disabledSites: [],
};

/** Settings as read from storage: a corrupt or missing field falls back to its default; the other fields are kept. */
export const SettingsSchema = v.object({
  disabledSources: v.fallback(settingsFields.disabledSources, () => [...DEFAULT_SETTINGS.disabledSources]),
  kinds: v.fallback(settingsFields.kinds, () => [...DEFAULT_SETTINGS.kinds]),
  limit: v.fallback(settingsFields.limit, DEFAULT_SETTINGS.limit),
  minChars: v.fallback(settingsFields.minChars, DEFAULT_SETTINGS.minChars),
  debounceMs: v.fallback(settingsFields.debounceMs, DEFAULT_SETTINGS.debounceMs),
  mode: v.fallback(settingsFields.mode, DEFAULT_SETTINGS.mode),
  disabledSites: v.fallback(settingsFields.disabledSites, () => [...DEFAULT_SETTINGS.disabledSites]),
});

/** A passage the writer pinned, optionally with an abbreviation such as `;lgwh`. */
export const FavouriteSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  text: v.pipe(v.string(), v.minLength(1)),
  abbreviation: v.optional(v.pipe(v.string(), v.regex(/^\S{2,32}$/, 'an abbreviation is 2 to 32 characters without spaces'))),
  source: v.optional(v.string()),
  sourceTitle: v.optional(v.string()),
  createdAt: v.number(),
});
export type Favourite = v.InferOutput<typeof FavouriteSchema>;

const PlaceholderSchema = v.object({
  where: v.union([v.literal('heading'), v.number()]),
  start: v.number(),
  end: v.number(),
  text: v.string(),
});

interface SectionShape {
  id: string;
  role: 'opening' | 'heading' | 'item' | 'continuation';
  level: number;
  number?: string;
  heading: string;
  headingEnd?: string;
  trail: string[];
  line: number;
  paragraphs: string[];
  paragraphLines: number[];
  placeholders: v.InferOutput<typeof PlaceholderSchema>[];
  children: SectionShape[];
}

/** The outline of lib/corpus, checked when it comes back from storage or from a backup file. */
const SectionSchema: v.GenericSchema<SectionShape> = v.object({
  id: v.string(),
  role: v.picklist(['opening', 'heading', 'item', 'continuation']),
  level: v.number(),
  number: v.optional(v.string()),
  heading: v.string(),
  headingEnd: v.optional(v.string()),
  trail: v.array(v.string()),
  line: v.number(),
  paragraphs: v.array(v.string()),
  paragraphLines: v.array(v.number()),
  placeholders: v.array(PlaceholderSchema),
  children: v.array(v.lazy(() => SectionSchema)),
});

export const SourceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  file: v.string(),
  title: v.pipe(v.string(), v.minLength(1)),
  salutation: v.optional(v.string()),
  sections: v.array(SectionSchema),
});

/** A speech the writer imported, stored locally beside the bundled seeds. */
export const ImportedSourceSchema = v.object({
  source: SourceSchema,
  /** The encoding the file was read in, e.g. `utf-8` or `gb18030`. */
  encoding: v.string(),
  importedAt: v.number(),
});
export type ImportedSource = v.InferOutput<typeof ImportedSourceSchema>;

/** Dotted path of the first issue, e.g. `favourites.2.text`, for messages that say where. */
export function issuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = issues[0]?.path?.map((item) => String(item.key)).join('.');
  return path ?? '';
}

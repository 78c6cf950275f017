import * as v from 'valibot';
import type { Section } from '../corpus';

/** A favourite is a passage, not a library: longer text belongs in an imported source. */
export const FAVOURITE_MAX_CHARS = 20_000;

/** A passage the writer pinned, optionally with an abbreviation such as `;lgwh`. */
export const FavouriteSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(FAVOURITE_MAX_CHARS, `收藏的文字不能超过 ${FAVOURITE_MAX_CHARS} 字`)),
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

/** The outline of lib/corpus, checked when it comes back from storage or from a backup file. */
const SectionSchema: v.GenericSchema<Section> = v.object({
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

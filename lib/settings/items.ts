import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { type Favourite, FavouriteSchema, issuePath } from './schema';
import { FAVOURITES_KEY } from './settings-schema';

/*
 * Typed, versioned storage items. When a shape changes, bump `version` and add a migration
 * `{ [newVersion]: (old) => new }`; WXT runs them in order the first time the item is read.
 */

export const favouritesItem = storage.defineItem<unknown[]>(`local:${FAVOURITES_KEY}`, {
  fallback: [],
  version: 1,
});

/** A stored entry that failed validation: it is skipped and reported, never silently dropped from storage. */
export interface StoredProblem {
  key: string;
  index: number;
  message: string;
}

export interface Loaded<T> {
  values: T[];
  problems: StoredProblem[];
}

/** Validates each entry on its own, so one corrupt entry never costs the others. */
export function validateEntries<T>(key: string, raw: unknown, schema: v.GenericSchema<unknown, T>): Loaded<T> {
  if (!Array.isArray(raw)) return { values: [], problems: [{ key, index: -1, message: `${key} is not a list` }] };
  const values: T[] = [];
  const problems: StoredProblem[] = [];
  raw.forEach((entry, index) => {
    const result = v.safeParse(schema, entry);
    if (result.success) values.push(result.output);
    else problems.push({ key, index, message: `${key}[${index}]${pathSuffix(result.issues)}: ${result.issues[0]?.message ?? 'invalid'}` });
  });
  return { values, problems };
}

function pathSuffix(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = issuePath(issues);
  return path ? `.${path}` : '';
}

export async function loadFavourites(): Promise<Loaded<Favourite>> {
  return validateEntries('favourites', await favouritesItem.getValue(), FavouriteSchema);
}

import { useEffect, useState } from 'preact/hooks';
import { favouritesItem, loadFavourites } from '@/lib/settings';

/** The texts of the writer's favourites, kept current by storage change events. */
export function useFavouriteTexts(): ReadonlySet<string> {
  const [texts, setTexts] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const load = () => void loadFavourites().then(({ values }) => setTexts(new Set(values.map((f) => f.text))), () => undefined);
    load();
    return favouritesItem.watch(load);
  }, []);
  return texts;
}

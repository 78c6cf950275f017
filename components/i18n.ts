import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a UI string by its `_locales` key and fills `{1}`, `{2}`… with `args`. */
export type Translate = (key: string, ...args: (string | number)[]) => string;

/** Fills `{1}`… placeholders; used by whatever provides the messages (browser.i18n in the extension). */
export function fill(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d)\}/g, (token, n: string) => String(args[Number(n) - 1] ?? token));
}

export const I18n = createContext<Translate>((key) => key);

export const useT = (): Translate => useContext(I18n);

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Looks up a UI string by its `_locales` key and fills `{1}`, `{2}`… with `args`. */
export type Translate = (key: string, ...args: (string | number)[]) => string;

/** Fills `{1}`… placeholders; used by whatever provides the messages (browser.i18n in the extension). */
export function fill(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d)\}/g, (token, n: string) => String(args[Number(n) - 1] ?? token));
}

// Keys are built at run time (`kind_${kind}`), so the typed per-key overloads do not apply.
const getMessage = (key: string): string => (browser.i18n.getMessage as (key: string) => string)(key);

/**
 * The browser's UI language on every surface — extension pages and the in-page panel alike: zh_CN for a
 * Chinese browser, en for any other (the manifest's default_locale is zh_CN; en is the only other locale).
 */
export const t: Translate = (key, ...args) => fill(getMessage(key) || key, args);

export const I18n = createContext<Translate>(t);

/** An extension page in the UI language: its `lang` (for fonts and screen readers) and its title. */
export function localizePage(titleKey: string): void {
  document.documentElement.lang = t('htmlLang');
  document.title = t(titleKey);
}

export const useT = (): Translate => useContext(I18n);

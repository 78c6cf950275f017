import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/** Keys and the `_locales` message that says what each does. */
const KEYS: [string, string][] = [
  ['Alt+1 … Alt+5', 'welcomeKeyInsert'],
  ['Alt+↓ / Alt+↑, Alt+Enter', 'welcomeKeyMove'],
  ['Esc', 'welcomeKeyEsc'],
  ['Ctrl+Z', 'welcomeKeyUndo'],
  ['Alt+Shift+K', 'welcomeKeyPalette'],
  ['Alt+Shift+J', 'welcomeKeyInsertTop'],
  ['Alt+Shift+O', 'welcomeKeySite'],
];

/** A translated sentence with `{1}`, `{2}`… drawn as the given keys or file types, so translations keep the markup. */
function marked(key: string, tag: 'kbd' | 'code', ...items: string[]): ComponentChildren {
  return t(key)
    .split(/\{(\d)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const Tag = tag;
      return <Tag key={i}>{items[Number(part) - 1]}</Tag>;
    });
}

/** The page a new writer sees once, on install: try it, learn the keys, bring your own documents. */
export function WelcomeApp({ openOptions }: { openOptions: () => void }) {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead')}</p>

      <section>
        <h2>{t('welcomeTry')}</h2>
        <p>{marked('welcomeTryHint', 'kbd', 'Alt+1', 'Ctrl+Z')}</p>
        <textarea id="demo" rows={6} placeholder={t('welcomeDemoPlaceholder', '我们要坚持把政治建设摆在')} aria-label={t('welcomeDemoLabel')} />
      </section>

      <section>
        <h2>{t('welcomeKeys')}</h2>
        <table>
          <tbody>
            {KEYS.map(([keys, meaning]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="note">{t('welcomeKeysNote')}</p>
      </section>

      <section>
        <h2>{t('welcomeOwn')}</h2>
        <ul>
          <li>
            <strong>{t('welcomeImportLabel')}</strong>
            {marked('welcomeImport', 'code', '.docx', '.doc', '.wps', '.pdf', '.txt', '.md')}
          </li>
          <li>
            <strong>{t('welcomeSourcesLabel')}</strong>
            {t('welcomeSources')}
          </li>
          <li>
            <strong>{t('welcomeFavouritesLabel')}</strong>
            {marked('welcomeFavourites', 'kbd', 'Tab')}
          </li>
        </ul>
        <button type="button" onClick={openOptions}>
          {t('welcomeOpenOptions')}
        </button>
      </section>

      <section>
        <h2>{t('welcomePrivate')}</h2>
        <ul>
          <li>{t('welcomePrivateLocal')}</li>
          <li>{t('welcomePrivateSecrets')}</li>
          <li>{t('welcomePrivatePages')}</li>
        </ul>
      </section>
    </main>
  );
}

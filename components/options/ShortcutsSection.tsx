import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { OptionsActions, Shortcut } from './model';

/** Commands with a message of their own; the browser's description is the fallback. */
const COMMAND_MESSAGES: Record<string, string> = {
  'open-palette': 'commandOpenPalette',
  'insert-top': 'commandInsertTop',
  'toggle-site': 'commandToggleSite',
  _execute_action: 'commandPopup',
  _execute_browser_action: 'commandPopup',
  'open-side-panel': 'commandSidePanel',
  _execute_sidebar_action: 'commandSidePanel',
};

/** The live bindings (`commands.getAll()`), re-read whenever the page regains focus (after a visit to the shortcuts page). */
export function ShortcutsSection({ actions }: { actions: OptionsActions }) {
  const t = useT();
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const load = () =>
      actions.loadShortcuts().then(
        (list) => setShortcuts(list),
        () => setFailed(true),
      );
    void load();
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [actions]);
  return (
    <section id="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('navShortcuts')}</h2>
      <p class="hint">{t('shortcutsHint')}</p>
      {failed && <p class="error">{t('shortcutsUnavailable')}</p>}
      {shortcuts && (
        <table class="shortcuts">
          <tbody>
            {shortcuts.map((command) => {
              const key = COMMAND_MESSAGES[command.name];
              return (
                <tr key={command.name} data-command={command.name}>
                  <td>{key ? t(key) : command.description}</td>
                  <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="empty">{t('shortcutsNone')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {actions.shortcutsPage ? (
        <div class="toolbar">
          <button type="button" onClick={() => void actions.openShortcutsPage()}>
            {t('shortcutsChange')}
          </button>
          <code>{actions.shortcutsPage}</code>
        </div>
      ) : (
        <p class="hint">{t('shortcutsFirefox')}</p>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { LibraryItem, SiteResponse } from '@/lib/messages';
import { Palette } from '../palette/Palette';
import { t } from '../i18n';
import { copyText, currentWindowId, editorState, insertIntoTab, libraryApi, openOptions, openSidePanel, siteOfTab, targetTab } from '../pages/tab-link';

interface Target {
  tabId: number | null;
  /** Opened as a tab of its own (not as the toolbar popup): it must not close itself. */
  asTab: boolean;
  editor: boolean;
  site: SiteResponse | null;
}

/**
 * The toolbar popup: the library search with the palette's engine (in the background), inserting into
 * the focused editor of the active tab, or copying when it has none; and the quick switches.
 */
export function PopupApp() {
  const [target, setTarget] = useState<Target | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  const [result, setResult] = useState('');

  useEffect(() => {
    void (async () => {
      const { tabId, asTab } = await targetTab();
      const [editor, site] = tabId === null ? [null, null] : await Promise.all([editorState(tabId), siteOfTab(tabId)]);
      setTarget({ tabId, asTab, editor: editor !== null, site });
    })();
    void currentWindowId().then(setWindowId);
  }, []);

  const choose = async (text: string, _item: LibraryItem) => {
    if (target?.tabId != null && target.editor) {
      const inserted = await insertIntoTab(target.tabId, text);
      if (inserted?.method) {
        setResult(t('resultInserted'));
        // Closing the popup hands focus back to the page.
        if (!target.asTab) window.close();
        return;
      }
    }
    setResult(t((await copyText(text)) ? 'resultCopied' : 'resultCopyFailed'));
  };

  const toggleSite = async () => {
    if (target?.tabId == null || !target.site) return;
    const site = await siteOfTab(target.tabId, !target.site.enabled);
    setTarget({ ...target, site });
  };

  const ready = target !== null;
  const action = t(target?.editor ? 'actionInsert' : 'actionCopy');
  return (
    <div class="page popup">
      <header>
        <span class="brand">{t('extName')}</span>
        {target?.site ? (
          <label class="switch" title={t('popupSiteTitle')}>
            <input type="checkbox" checked={target.site.enabled} onChange={() => void toggleSite()} />
            {t('popupSite', target.site.host || t('popupThisPage'))}
          </label>
        ) : (
          ready && <span class="switch">{t('popupUnsupported')}</span>
        )}
        <button type="button" onClick={() => openSidePanel(windowId)}>
          {t('popupSidePanel')}
        </button>
        <button type="button" onClick={openOptions}>
          {t('panelOptions')}
        </button>
      </header>
      <p class={target?.editor ? 'target ready' : 'target'}>
        {!ready ? '…' : t(target.editor ? 'popupTargetEditor' : 'popupTargetNone')}
      </p>
      {ready && <Palette api={libraryApi} variant="embedded" action={action} onChoose={(text, item) => void choose(text, item)} />}
      <p class="result" role="status" aria-live="polite">
        {result}
      </p>
    </div>
  );
}

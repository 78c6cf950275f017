import { useEffect, useState } from 'preact/hooks';
import type { LibraryItem, SiteResponse } from '@/lib/messages';
import { Palette } from '../palette/Palette';
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
        setResult('已插入到页面的编辑框');
        // Closing the popup hands focus back to the page.
        if (!target.asTab) window.close();
        return;
      }
    }
    setResult((await copyText(text)) ? '已复制到剪贴板' : '无法复制：浏览器拒绝了剪贴板');
  };

  const toggleSite = async () => {
    if (target?.tabId == null || !target.site) return;
    const site = await siteOfTab(target.tabId, !target.site.enabled);
    setTarget({ ...target, site });
  };

  const ready = target !== null;
  const action = target?.editor ? '插入' : '复制';
  return (
    <div class="page popup">
      <header>
        <span class="brand">公文素材助手</span>
        {target?.site ? (
          <label class="switch" title="快捷键（默认）Alt+Shift+O">
            <input type="checkbox" checked={target.site.enabled} onChange={() => void toggleSite()} />在 {target.site.host || '此页'} 推荐
          </label>
        ) : (
          ready && <span class="switch">此页面不支持</span>
        )}
        <button type="button" onClick={() => openSidePanel(windowId)}>
          侧边栏
        </button>
        <button type="button" onClick={openOptions}>
          设置
        </button>
      </header>
      <p class={target?.editor ? 'target ready' : 'target'}>
        {!ready ? '…' : target.editor ? '点击条目或按 Enter：插入到页面中光标所在的编辑框' : '当前页面没有聚焦的编辑框：点击条目复制到剪贴板'}
      </p>
      {ready && <Palette api={libraryApi} variant="embedded" action={action} onChoose={(text, item) => void choose(text, item)} />}
      <p class="result" role="status" aria-live="polite">
        {result}
      </p>
    </div>
  );
}

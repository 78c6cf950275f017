import { useEffect, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/match/types';
import { isGongwenRequest } from '@/lib/messages';
import { kindLabel } from '../kind-labels';
import { Palette } from '../palette/Palette';
import { t } from '../i18n';
import { copyText, currentWindowId, editorState, insertIntoTab, libraryApi, targetTab } from '../pages/tab-link';
import { useFavouriteTexts } from './favourites';

interface Followed {
  tabId: number | null;
  /** Frames of that tab that reported a focused editor (an editor may sit in a child frame). */
  frames: ReadonlyMap<number, readonly Suggestion[]>;
}

const NOBODY: Followed = { tabId: null, frames: new Map() };

/**
 * The side panel follows the editor being typed in on the active tab of its window: the content
 * scripts report focus and suggestions as they change, and switching tabs asks the new tab. Clicking
 * inserts into that editor through the content script's adapter path; with no editor, it copies.
 */
export function SidePanelApp() {
  const [followed, setFollowed] = useState<Followed>(NOBODY);
  const [result, setResult] = useState('');
  const favourites = useFavouriteTexts();
  const context = useRef<{ windowId: number | null; asTab: boolean }>({ windowId: null, asTab: false });

  useEffect(() => {
    const follow = async (tabId: number | null) => {
      setFollowed({ tabId, frames: new Map() });
      // The frame with a focused editor answers and reports itself again (below), with its frame id.
      if (tabId !== null) await editorState(tabId);
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number; windowId?: number }; frameId?: number }) => {
      // Reports only; requests to the background are not ours to answer.
      if (!isGongwenRequest(message) || message.type !== 'gongwen/editor-state') return undefined;
      const tabId = sender.tab?.id;
      const { windowId, asTab } = context.current;
      if (tabId === undefined || (!asTab && sender.tab?.windowId !== windowId)) return undefined;
      const frameId = sender.frameId ?? 0;
      setFollowed((current) => {
        const frames = new Map(current.tabId === tabId ? current.frames : []);
        if (message.focused) frames.set(frameId, message.suggestions);
        else frames.delete(frameId);
        // A tab where the writer just focused an editor is the one to follow; losing focus keeps the tab.
        if (current.tabId !== tabId && !message.focused) return current;
        return { tabId, frames };
      });
      return undefined;
    };
    const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      if (windowId === context.current.windowId && !context.current.asTab) void follow(tabId);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    void (async () => {
      const [windowId, { tabId, asTab }] = await Promise.all([currentWindowId(), targetTab()]);
      context.current = { windowId, asTab };
      await follow(tabId);
    })();
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  const focused = followed.tabId !== null && followed.frames.size > 0;
  const suggestions = [...followed.frames.values()].flat();

  const choose = async (text: string, suggestion?: string) => {
    if (followed.tabId !== null && focused) {
      const inserted = await insertIntoTab(followed.tabId, text, suggestion);
      if (inserted?.method) {
        setResult(t('resultInserted'));
        return;
      }
    }
    setResult(t((await copyText(text)) ? 'resultCopied' : 'resultCopyFailed'));
  };

  return (
    <div class="page side">
      <header>
        <span class="brand">{t('extName')}</span>
      </header>
      <p class={focused ? 'target ready' : 'target'}>{t(focused ? 'sideTargetEditor' : 'sideTargetNone')}</p>
      <section class="live" aria-label={t('sideLive')}>
        <h2>{t('sideLive')}</h2>
        {suggestions.length === 0 ? (
          <p class="empty">{t(focused ? 'sideLiveEmpty' : 'sideLiveNoEditor')}</p>
        ) : (
          <ul>
            {suggestions.map((suggestion) => (
              <li key={suggestion.id} class="suggestion" onClick={() => void choose(suggestion.passage, suggestion.id)}>
                <span class="kind">{kindLabel(suggestion.kind)}</span>
                {suggestion.mode === 'replace' && <span class="kind">{t('suggestionReplace')}</span>}
                <span class="text">{suggestion.text}</span>
                <span class="passage">{suggestion.passage}</span>
                <button
                  type="button"
                  class={favourites.has(suggestion.passage) ? 'star on' : 'star'}
                  aria-pressed={favourites.has(suggestion.passage)}
                  aria-label={t(favourites.has(suggestion.passage) ? 'favouriteRemove' : 'favouriteAdd')}
                  onClick={(event) => {
                    event.stopPropagation();
                    void libraryApi.toggleFavourite({ text: suggestion.passage, source: suggestion.source, sourceTitle: suggestion.sourceTitle }).catch(() => undefined);
                  }}
                >
                  {favourites.has(suggestion.passage) ? '★' : '☆'}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Palette api={libraryApi} variant="embedded" action={t(focused ? 'actionInsert' : 'actionCopy')} onChoose={(text) => void choose(text)} />
      <p class="result" role="status" aria-live="polite">
        {result}
      </p>
    </div>
  );
}

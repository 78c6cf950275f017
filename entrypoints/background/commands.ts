import { COMMANDS, type CommandName, type TabRequest } from '@/lib/messages';

/** Chrome's side panel API; not in webextension-polyfill's types (Firefox opens its sidebar with `_execute_sidebar_action`). */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

const isCommandName = (command: string): command is CommandName => (COMMANDS as readonly string[]).includes(command);

/**
 * What `browser.commands.onCommand` does for a manifest command: forward it to the content scripts of
 * the tab it was pressed in (the frame holding the focused editor acts on it). No `tabs` permission:
 * the tab's id is all it needs. The e2e tests call this same function, because headless Chromium
 * cannot press manifest shortcuts.
 */
export async function runCommand(command: string, tab?: { id?: number; windowId?: number }): Promise<void> {
  if (command === 'open-side-panel') {
    const windowId = tab?.windowId ?? (await browser.windows.getCurrent()).id;
    if (windowId !== undefined) await chromeSidePanel()?.open({ windowId });
    return;
  }
  if (!isCommandName(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const request: TabRequest = { type: 'gongwen/command', command };
  // Pages without our content script (the browser's own pages) cannot take commands.
  await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
}

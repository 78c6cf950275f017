/**
 * Edits of the library are announced on a BroadcastChannel of the extension's origin: the options
 * pages and a running background hear it; content scripts (the page's origin) cannot. A stopped
 * background misses it and compares the stored revision when it wakes instead.
 */
const CHANNEL = 'gongwen-library';

export function announceLibraryChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever another context edits the library; returns the unsubscribe. */
export function onLibraryChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

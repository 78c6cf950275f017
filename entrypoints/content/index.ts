import { runInPage } from './in-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // Our UI's CSS comes from the background (see panel-view.ts): nothing for WXT to inject or expose.
  cssInjectionMode: 'manual',
  // WXT announces every content script start with a window message that names the extension id.
  noScriptStartedPostMessage: true,
  /**
   * WXT's context is not used: it stops the script when a "newer script started" event arrives, an
   * event any page that knows the extension id can forge. The script ends itself instead when the
   * extension is gone (reloaded or removed), which only the browser can bring about.
   */
  main() {
    runInPage();
  },
});

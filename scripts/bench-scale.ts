import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/browser';
import { openPage } from '../tests/e2e/browser';
import { libraryRevisions, scaledLibrary, storeLibrary } from './scale-library';

/** What `npm run bench:browser -- --scale N` adds: the library at N× the seeds, its wake and its memory. */
export interface ScaleFigures {
  scale: number;
  sources: number;
  /** From storing the library to the background's stored index. */
  indexMs: number;
  /** Input → rendered suggestions after the service worker was stopped, minus the debounce, one per wake. */
  wakeMs: number[];
  /** JS heap of the service worker with the library loaded (CDP `Runtime.getHeapUsage`, after a GC). */
  workerHeapBytes: number;
  /** After quitting and starting the browser again on the same profile. */
  coldStart: ColdStart;
  /** Growth of each tab's JS heap after renaming a source, with 5 tabs open. */
  tabGrowthBytes: number[];
}

const WAKE_QUERIES = ['我们要坚持把政治建设摆在', '要认真学习贯彻党章，严格执行', '发展积极健康的党内政治文化'];

/** One input over the field's text; milliseconds to the content script's render stamp, minus the debounce. */
export async function timedInput(page: Page, query: string, debounce: number): Promise<number | null> {
  await page.locator('#editor').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+A');
  await page.evaluate((wait) => {
    const field = document.querySelector('textarea');
    const state = window as unknown as { __rendered?: Promise<number | null> };
    state.__rendered = new Promise((done) => {
      let inputAt = 0;
      field?.addEventListener('input', (event) => (inputAt = event.timeStamp), { once: true });
      const observer = new MutationObserver(() => {
        observer.disconnect();
        done(performance.now() - inputAt - wait);
      });
      observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-render-ms'] });
      setTimeout(() => done(null), 20_000);
    });
  }, debounce);
  await page.keyboard.insertText(query);
  return page.evaluate(() => (window as unknown as { __rendered?: Promise<number | null> }).__rendered ?? null);
}

/** Used JS heap of a tab (its content scripts share the page's isolate), after a garbage collection. */
export async function tabHeap(browser: ExtensionBrowser, page: Page): Promise<number> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Used JS heap of the extension's service worker after a garbage collection. Playwright gives no CDP
 * session on a worker, so this attaches from the browser target (non-flat: messages are relayed as
 * text) and detaches at once, because an attached session keeps the worker alive.
 */
export async function workerHeap(browser: ExtensionBrowser): Promise<number> {
  const cdp = await browser.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('the service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const call = (id: number, method: string) =>
    new Promise<string>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId === sessionId && event.message.startsWith(`{"id":${id},`)) resolve(event.message);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call(1, 'HeapProfiler.collectGarbage');
  const reply = JSON.parse(await call(2, 'Runtime.getHeapUsage')) as { result: { usedSize: number } };
  await cdp.send('Target.detachFromTarget', { sessionId });
  await cdp.detach();
  return reply.result.usedSize;
}

export interface ColdStart {
  /** Browser start → the first suggestion rendered, with a page opened and typed into at once. */
  launchMs: number;
  /** The first input after the start → rendered suggestions, minus the debounce. */
  inputMs: number | null;
}

/** Quits the browser, starts it again on the same profile and types at once into a new page. */
export async function coldStart(browser: ExtensionBrowser, pagesUrl: string, debounce: number, query: string): Promise<ColdStart> {
  const started = Date.now();
  await browser.restart();
  const page = await browser.context.newPage();
  await openPage(page, `${pagesUrl}/textarea.html`);
  const inputMs = await timedInput(page, query, debounce);
  return { launchMs: Date.now() - started, inputMs };
}

/** Stores the N× library, waits for the background's index, then measures wakes and memory. */
export async function benchScale(browser: ExtensionBrowser, pagesUrl: string, scale: number, debounce: number): Promise<ScaleFigures> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no background service worker');
  const extensionId = new URL(worker.url()).host;
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('.source-row').first().waitFor();
  const library = scaledLibrary(scale);
  const started = Date.now();
  const revision = await storeLibrary(options, library);
  while ((await libraryRevisions(options)).snapshot !== revision) await options.waitForTimeout(250);
  const indexMs = Date.now() - started;

  const editor = await browser.context.newPage();
  await openPage(editor, `${pagesUrl}/textarea.html`);
  await timedInput(editor, WAKE_QUERIES[0] ?? '', debounce);
  const workerHeapBytes = await workerHeap(browser);

  const tabs = [editor];
  for (let i = 1; i < 5; i++) {
    const tab = await browser.context.newPage();
    await openPage(tab, `${pagesUrl}/textarea.html`);
    await timedInput(tab, WAKE_QUERIES[i % WAKE_QUERIES.length] ?? '', debounce);
    tabs.push(tab);
  }
  const before = await Promise.all(tabs.map((tab) => tabHeap(browser, tab)));
  await options.bringToFront();
  const row = options.locator('.source-row', { hasText: '机关党建工作会议上的讲话（1）' }).first();
  await row.locator('.row-actions button').first().click();
  await row.locator('form input').fill('改名后的讲话');
  await row.locator('form button[type="submit"]').click();
  await options.locator('.source-row', { hasText: '改名后的讲话' }).waitFor({ timeout: 120_000 });
  await options.waitForTimeout(1500);
  const after = await Promise.all(tabs.map((tab) => tabHeap(browser, tab)));
  const tabGrowthBytes = after.map((bytes, i) => bytes - (before[i] ?? 0));
  // Wait for the index of the renamed library, so the wakes below read a current snapshot.
  const renamed = (await libraryRevisions(options)).revision;
  while ((await libraryRevisions(options)).snapshot !== renamed) await options.waitForTimeout(250);

  const cdp = await browser.context.newCDPSession(options);
  /** Stops Chrome has reported for our worker. */
  const seen = { stops: 0 };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) seen.stops++;
  });
  await cdp.send('ServiceWorker.enable');
  const wakeMs: number[] = [];
  await editor.bringToFront();
  for (let round = 0; round < 5; round++) {
    const stops = seen.stops;
    await cdp.send('ServiceWorker.stopAllWorkers');
    while (seen.stops === stops) await options.waitForTimeout(20);
    const ms = await timedInput(editor, WAKE_QUERIES[round % WAKE_QUERIES.length] ?? '', debounce);
    if (ms !== null) wakeMs.push(ms);
  }
  await cdp.detach();
  const cold = await coldStart(browser, pagesUrl, debounce, WAKE_QUERIES[1] ?? '');
  return { scale, sources: library.length, indexMs, wakeMs, workerHeapBytes, tabGrowthBytes, coldStart: cold };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from './paths';
import { inPanel, type PanelLocator } from './panel-probe';

export { inPanel, type PanelLocator };

export interface ExtensionBrowser {
  /** The running browser; a new one after `restart()`. */
  readonly context: BrowserContext;
  /** The welcome page the extension opens on install; closed (null) unless asked to keep it. */
  welcome: Page | null;
  /** Quits the browser and starts it again on the same profile: a cold start with the stored library. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const ARGS = [
  '--headless=new',
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The browser's UI language, which `i18n.getMessage` follows. Chromium on Linux takes it from the
 * LANGUAGE/LANG environment (`--lang` is ignored there), and only for a locale whose resources are
 * installed: Debian's `chromium` ships en-US alone, `chromium-l10n` adds zh-CN and the rest.
 */
export type UiLanguage = 'zh-CN' | 'en-US';

async function launch(profile: string, language: UiLanguage): Promise<BrowserContext> {
  // LC_ALL: zh_CN.UTF-8 is not a generated locale here, so LANG alone leaves Chromium in the ASCII "C"
  // locale, where it cannot open a chosen file with a Chinese name; C.UTF-8 keeps names readable, and
  // the UI language still follows LANGUAGE.
  const env = { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: `${language.replace('-', '_')}.UTF-8`, LC_ALL: 'C.UTF-8' };
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1000, height: 800 }, args: ARGS, env, locale: language });
  // The background service worker answers the content script; make sure it is up.
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return context;
}

/** Debian's Chromium with the built extension loaded, headless (the new headless runs extensions). */
export async function launchWithExtension({ keepWelcome = false, language = 'zh-CN' as UiLanguage } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
  let context = await launch(profile, language);
  // Installing opens the welcome page; tests other than its own close it, so it never becomes the active tab midway.
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  const opening = context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null);
  let welcome = context.pages().find(isWelcome) ?? (await opening);
  if (welcome && !keepWelcome) {
    // Closed once loaded: an extension page closed mid-load left Chromium without the extension's
    // messages for the rest of the session (every i18n.getMessage gave '').
    await welcome.waitForLoadState('load').catch(() => undefined);
    await welcome.close();
    welcome = null;
  }
  return {
    get context() {
      return context;
    },
    welcome,
    restart: async () => {
      await context.close();
      context = await launch(profile, language);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where the editor and its panel live: the page, or the frame that holds the editor. */
export type Scope = Page | Frame;

/** The suggestion rows of the panel (inside its closed shadow root: see panel-probe.ts). */
export function panelOptions(scope: Scope): PanelLocator {
  return inPanel(scope, '.panel [role="option"]');
}

/** The panel's host element (its diagnostics); an editor in a same-origin iframe draws it in the top document. */
export function panelHost(scope: Scope): Locator {
  return 'mainFrame' in scope ? scope.locator('gongwen-panel') : scope.page().locator('gongwen-panel').last();
}

export async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__modelText?.() ?? '');
}

export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 20_000 });
}

import { buildPages } from '../tests/e2e/build-pages';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/browser';
import { chromiumAvailable, PAGES_OUT } from '../tests/e2e/paths';
import { serveDirectory } from '../tests/e2e/server';

/**
 * Runs `work` with the built extension loaded in Chromium and the e2e test pages served on
 * 127.0.0.1, then closes both, whatever happens. For command-line scripts (benchmark, screenshots);
 * a failure sets a non-zero exit code. Run `npm run build` first.
 */
export function runWithExtension(work: (browser: ExtensionBrowser, pagesUrl: string) => Promise<void>, options: { keepWelcome?: boolean } = {}): void {
  const main = async () => {
    if (!chromiumAvailable()) throw new Error('No Chromium at /usr/bin/chromium');
    await buildPages();
    const { server, url } = await serveDirectory(PAGES_OUT);
    const browser = await launchWithExtension(options);
    try {
      await work(browser, url);
    } finally {
      await browser.close();
      server.close();
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

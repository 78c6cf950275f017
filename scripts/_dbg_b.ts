import { runWithExtension } from './with-extension';
import { scaledLibrary, storeLibrary } from './scale-library';
runWithExtension(async (browser) => {
  const sw = browser.context.serviceWorkers()[0]!;
  const id = new URL(sw.url()).host;
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  console.log('dbg0', await options.evaluate("[chrome.i18n.getMessage('save')]"));
  await options.locator('.source-row').first().waitFor();
  console.log('dbg1', await options.evaluate("[chrome.i18n.getMessage('save')]"));
  await storeLibrary(options, scaledLibrary(3));
  console.log('dbg2', await options.evaluate("[chrome.i18n.getMessage('save')]"));
  await options.waitForTimeout(3000);
  console.log('dbg3', await options.evaluate("[chrome.i18n.getMessage('save')]"));
});

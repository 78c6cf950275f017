import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './paths';

/** Debian's Chromium without the extension: proves a test page's editor works on its own. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--lang=zh-CN'],
  });
}

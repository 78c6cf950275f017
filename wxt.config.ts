import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedCorpusPlugin } from './scripts/vite-seed-corpus';

/**
 * Default shortcuts, rebindable on chrome://extensions/shortcuts (Firefox: about:addons → 管理扩展快捷键).
 * Alt+Shift+letter: Chinese IMEs toggle on Ctrl+Space, Shift, Ctrl+Shift, Shift+Space and Ctrl+. (never
 * with a letter), and the suggestion panel already uses Alt+digit/Alt+↑↓/Alt+Enter. Chrome keeps
 * Alt+Shift+A/B/I/T for itself and refuses extension defaults on C, N, P, R, W, X and Z (tried in
 * Chromium 156; ChromeOS uses N, P, S, M, L); K, J and O are free in Chrome and Firefox alike.
 * On macOS, Option+Shift+letter types characters, so there it is Control+Shift+letter, which neither
 * Chrome nor the macOS input sources use.
 * Chrome allows four suggested keys; WXT's dev mode takes the fourth for its reload command.
 */
const COMMANDS = {
  'open-palette': { suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' }, description: '__MSG_commandOpenPalette__' },
  'insert-top': { suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' }, description: '__MSG_commandInsertTop__' },
  'toggle-site': { suggested_key: { default: 'Alt+Shift+O', mac: 'MacCtrl+Shift+O' }, description: '__MSG_commandToggleSite__' },
};

/** Where the built extension keeps pdf.js's character maps (see lib/import/pdf.ts). */
const PDF_CMAPS_DIR = 'pdfjs-cmaps';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel local work can build into its own folder (tests read the same variable); CI uses .output.
  outDir: process.env.GONGWEN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // pdf.js's character maps for simplified Chinese (384 KB), for PDFs whose fonts are not embedded and
    // use Adobe's predefined encodings (UniGB-UCS2-H…); the options page's import worker reads them.
    'build:publicAssets': (_, files) => {
      const cmaps = resolve(import.meta.dirname, 'node_modules/pdfjs-dist/cmaps');
      for (const name of readdirSync(cmaps).filter((file) => /GB/.test(file))) files.push({ absoluteSrc: resolve(cmaps, name), relativeDest: `${PDF_CMAPS_DIR}/${name}` });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and imported sources; unlimitedStorage: imported speeches can exceed 10 MB.
    // WXT adds sidePanel for the side panel entrypoint on Chrome (Firefox's sidebar_action needs no permission).
    permissions: ['storage', 'unlimitedStorage'],
    commands:
      browser === 'firefox'
        ? { ...COMMANDS, _execute_browser_action: { description: '__MSG_commandPopup__' }, _execute_sidebar_action: { description: '__MSG_commandSidePanel__' } }
        : { ...COMMANDS, _execute_action: { description: '__MSG_commandPopup__' }, 'open-side-panel': { description: '__MSG_commandSidePanel__' } },
    // Firefox keeps storage.local only for add-ons with a fixed id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'gongwen-assist@gongwen-assist.local', strict_min_version: '115.0' } } } : {}),
  }),
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin()],
    // WXT's content-script context, unused by us, announces each start to the page (entrypoints/content/wxt-context.ts).
    resolve: { alias: { 'wxt/utils/content-script-context': resolve(import.meta.dirname, 'entrypoints/content/wxt-context.ts') } },
    // The options page's import worker loads pdf.js only when a PDF is imported: a module worker can split that off.
    worker: { format: 'es' },
    // terser packs the content script, injected into every frame of every page, about 4% smaller
    // than esbuild does (28.8 vs 30.0 KB gzipped, measured on this tree): room under its 30 KB budget.
    // ascii_only: Chinese text stays \u-escaped, as WXT has esbuild print it.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 }, mangle: { toplevel: true }, format: { ascii_only: true } } },
  }),
});

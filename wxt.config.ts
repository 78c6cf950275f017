import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedCorpusPlugin } from './scripts/vite-seed-corpus';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and imported sources; unlimitedStorage: imported speeches can exceed 10 MB.
    permissions: ['storage', 'unlimitedStorage'],
    // Firefox keeps storage.local only for add-ons with a fixed id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'gongwen-assist@gongwen-assist.local', strict_min_version: '115.0' } } } : {}),
  }),
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin()],
  }),
});

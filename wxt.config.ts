import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedCorpusPlugin } from './scripts/vite-seed-corpus';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage'],
  },
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin()],
  }),
});

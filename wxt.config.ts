import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedCorpusPlugin } from './scripts/vite-seed-corpus';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '公文素材助手',
    description: '在任意网页编辑器中推荐并插入讲话稿、工作报告素材，完全离线。',
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin()],
  }),
});

import { render } from 'preact';
import { fill, I18n, type Translate } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadModel, optionsActions, watchModel } from './store';
import './style.css';

// Keys are built at run time (`kind_${kind}`), so the typed per-key overloads do not apply.
const getMessage = browser.i18n.getMessage as (key: string) => string;
const t: Translate = (key, ...args) => fill(getMessage(key) || key, args);

/** Loads run concurrently when changes come quickly (two tabs importing); only the latest is drawn. */
let latest = 0;

async function show(root: HTMLElement): Promise<void> {
  const load = ++latest;
  const model = await loadModel();
  if (load !== latest) return;
  render(
    <I18n.Provider value={t}>
      <OptionsApp model={model} actions={optionsActions} />
    </I18n.Provider>,
    root,
  );
}

const root = document.getElementById('app');
if (root) {
  document.title = t('optionsTitle');
  void show(root);
  watchModel(() => void show(root));
}

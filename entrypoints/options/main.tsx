import { render } from 'preact';
import { fill, I18n, type Translate } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadModel, optionsActions, watchModel } from './store';
import './style.css';

// Keys are built at run time (`kind_${kind}`), so the typed per-key overloads do not apply.
const getMessage = browser.i18n.getMessage as (key: string) => string;
const t: Translate = (key, ...args) => fill(getMessage(key) || key, args);

async function show(root: HTMLElement): Promise<void> {
  render(
    <I18n.Provider value={t}>
      <OptionsApp model={await loadModel()} actions={optionsActions} />
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

import { render } from 'preact';
import { localizePage } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import { loadModel, optionsActions, watchModel } from './store';
import './style.css';

/** Loads run concurrently when changes come quickly (two tabs importing); only the latest is drawn. */
let latest = 0;

async function show(root: HTMLElement): Promise<void> {
  const load = ++latest;
  const model = await loadModel();
  if (load !== latest) return;
  render(<OptionsApp model={model} actions={optionsActions} />, root);
}

const root = document.getElementById('app');
if (root) {
  localizePage('optionsTitle');
  void show(root);
  watchModel(() => void show(root));
}

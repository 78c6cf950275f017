import { render } from 'preact';
import { localizePage } from '@/components/i18n';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { runInPage } from '../content/in-page';
import '@/components/welcome/welcome.css';

// Content scripts do not run in extension pages: the demo editor gets the very same assistant here.
localizePage('welcomeTitle');
const root = document.getElementById('app');
if (root) {
  render(<WelcomeApp openOptions={() => void browser.runtime.openOptionsPage()} />, root);
  runInPage();
}

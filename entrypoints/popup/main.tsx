import { render } from 'preact';
import { localizePage } from '@/components/i18n';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/palette/palette.css';
import '@/components/pages/pages.css';

localizePage('extName');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);

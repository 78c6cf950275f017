import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/palette/palette.css';
import '@/components/pages/pages.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);

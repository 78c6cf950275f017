import { render } from 'preact';
import { localizePage } from '@/components/i18n';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/palette/palette.css';
import '@/components/pages/pages.css';

localizePage('extName');
const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);

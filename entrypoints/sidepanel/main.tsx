import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/palette/palette.css';
import '@/components/pages/pages.css';

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);

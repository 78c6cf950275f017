import { render } from 'preact';
import { sources } from 'virtual:seed-corpus';
import { SourceList } from '@/components/SourceList';

const app = document.getElementById('app');
if (app) render(<SourceList sources={sources} />, app);

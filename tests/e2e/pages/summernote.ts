import jQuery from 'jquery';
import 'summernote/dist/summernote-lite.css';
import { exposeModel, textOfHtml } from './model';

// Summernote is a jQuery plugin: it needs the global jQuery before it loads.
Object.assign(window, { jQuery, $: jQuery });
void import('summernote/dist/summernote-lite.js').then(() => {
  const field = jQuery('#editor');
  field.summernote({ height: 200 });
  exposeModel(() => textOfHtml(field.summernote('code')));
});

import { defaultValueCtx, Editor, editorViewCtx, rootCtx } from '@milkdown/kit/core';
import { history } from '@milkdown/kit/plugin/history';
import { commonmark } from '@milkdown/kit/preset/commonmark';
import { exposeModel } from './model';

void Editor.make()
  .config((ctx) => {
    ctx.set(rootCtx, document.querySelector('#editor'));
    ctx.set(defaultValueCtx, '');
  })
  .use(commonmark)
  .use(history)
  .create()
  .then((editor) =>
    exposeModel(() =>
      editor.action((ctx) => {
        const doc = ctx.get(editorViewCtx).state.doc;
        return doc.textBetween(0, doc.content.size, '\n');
      }),
    ),
  );

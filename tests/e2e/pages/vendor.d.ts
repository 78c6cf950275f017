/** The few calls the test pages make into editors that ship no type declarations. */

declare module 'codemirror5' {
  interface CodeMirrorEditor {
    getValue(): string;
  }
  export default function CodeMirror(host: HTMLElement, options?: { lineWrapping?: boolean }): CodeMirrorEditor;
}

declare module 'quill1' {
  export default class Quill {
    constructor(selector: string, options?: { theme?: string });
    getText(): string;
  }
}

declare module 'medium-editor' {
  export default class MediumEditor {
    constructor(selector: string, options?: { placeholder?: boolean });
    getContent(): string;
  }
}

declare module 'jquery' {
  interface JQueryLike {
    summernote(options?: object): JQueryLike;
    summernote(command: 'code'): string;
  }
  export default function jQuery(selector: string): JQueryLike;
}

declare module 'summernote/dist/summernote-lite.js';

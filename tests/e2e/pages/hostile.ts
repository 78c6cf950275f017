import { exposeModel } from './model';

/**
 * A page that tries everything a script in the page's own world can do to read what the extension
 * shows, to learn its id, or to make it act: patched DOM APIs, every event and message, mutation
 * observers, scraping, synthetic keys and clicks, synthetic input, and WXT's own messages forged.
 */
declare global {
  interface Window {
    __hostile: {
      seen: string[];
      drive(): number;
      typeWithoutWriter(text: string): void;
      forge(extensionId: string): void;
    };
  }
}

const seen: string[] = [];
const note = (value: unknown) => {
  try {
    if (typeof value === 'string' && value) seen.push(value);
    else if (value && typeof value === 'object') seen.push(JSON.stringify(value));
  } catch {
    // Unserialisable: nothing to learn from it.
  }
};

// Shadow roots made through the page's own prototypes are forced open and kept.
const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = attach.call(this, { ...init, mode: 'open' });
  roots.push(root);
  return root;
};

const editor = () => document.querySelector<HTMLTextAreaElement>('#editor');
const TYPES = [
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'focusin', 'focusout',
  'click', 'mousedown', 'mouseup', 'pointerdown', 'copy', 'cut', 'paste', 'selectionchange', 'message', 'change', 'select', 'toggle', 'beforetoggle',
];
for (const type of TYPES) {
  for (const target of [window, document]) {
    for (const capture of [true, false]) {
      target.addEventListener(
        type,
        (event) => {
          const e = event as Event & { key?: string; data?: unknown; detail?: unknown };
          note(e.key);
          note(e.data);
          note(e.detail);
          for (const node of event.composedPath()) {
            if (node instanceof Element && node !== editor() && node !== document.body && node !== document.documentElement) note(node.textContent);
          }
        },
        capture,
      );
    }
  }
}

new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => note(node.textContent));
    if (record.attributeName && record.target instanceof Element) note(record.target.getAttribute(record.attributeName));
    if (record.type === 'characterData') note(record.target.textContent);
  }
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

const scrape = () => {
  for (const host of document.querySelectorAll('*')) {
    if (!host.localName.includes('-')) continue;
    note(host.textContent);
    note(host.innerHTML);
    note(host.shadowRoot?.textContent);
    note((host as HTMLElement).innerText);
  }
  for (const root of roots) note(root.textContent);
  note(document.body.innerText);
  note(document.getSelection()?.toString());
};
setInterval(scrape, 50);

/** Every element the page can hit on screen that is not its own. */
function foreignHosts(): Element[] {
  const found = new Set<Element>();
  for (let x = 5; x < innerWidth; x += 20) {
    for (let y = 5; y < innerHeight; y += 20) {
      const element = document.elementFromPoint(x, y);
      if (element && element.localName.includes('-')) found.add(element);
    }
  }
  return [...found];
}

window.__hostile = {
  seen,
  /** Presses the assistant's keys and clicks its panel with synthetic events; returns how many hosts it hit. */
  drive() {
    const targets: EventTarget[] = [window, document, document.activeElement ?? document.body, editor() ?? document.body];
    for (const target of targets) {
      for (const init of [
        { key: '1', code: 'Digit1', altKey: true },
        { key: 'Enter', code: 'Enter', altKey: true },
        { key: 'ArrowDown', code: 'ArrowDown', altKey: true },
        { key: 'Tab', code: 'Tab' },
      ]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }));
      }
    }
    const hosts = foreignHosts();
    for (const host of hosts) {
      const rect = host.getBoundingClientRect();
      for (let x = 0; x < innerWidth; x += 25) {
        for (let y = 0; y < innerHeight; y += 25) {
          if (document.elementFromPoint(x, y) !== host) continue;
          for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
            host.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
          }
        }
      }
      (host as HTMLElement).click();
      note(rect);
    }
    return hosts.length;
  },
  /** Changes the field as if the writer had typed, without the writer. */
  typeWithoutWriter(text) {
    const field = editor();
    if (!field) return;
    field.focus();
    field.value += text.slice(0, 2);
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text.slice(0, 2), bubbles: true, composed: true }));
    document.dispatchEvent(new CompositionEvent('compositionend', { data: text, bubbles: true }));
    document.execCommand('insertText', false, text.slice(2));
  },
  /** WXT's "a newer content script started" signals, with the extension's (public) id. */
  forge(extensionId) {
    const type = `${extensionId}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  },
};

exposeModel(() => editor()?.value ?? '');

/**
 * Which element, if any, the assistant may work in. Exclusions come first: a field that holds
 * secrets or is not the writer's to edit is never read.
 */

import { editContextOf } from './edit-context-adapter';
import { isSecretField, notePasswordField } from './secret-field';

const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', '']);

/**
 * Page opt-outs: `data-gongwen="off"` on the field or an ancestor. Not `writingsuggestions="false"`:
 * it is about the browser's own suggestions, and editors set it on every instance (CodeMirror 6 does),
 * which would shut the writer out of every editor built on them.
 */
const OPT_OUT_SELECTOR = '[data-gongwen="off"]';

export type EditableField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextControl(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.localName === 'textarea' || isTextInput(element);
}

/** Duck-typed so that elements of other realms (frames) count too. */
function isHtmlElement(target: EventTarget): target is HTMLElement {
  return (target as Partial<Node>).nodeType === 1 && 'isContentEditable' in target;
}

function isTextInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

function optedOut(element: Element): boolean {
  if (element.closest(OPT_OUT_SELECTOR)) return true;
  const meta = element.ownerDocument.querySelector('meta[name="gongwen"]');
  return meta?.getAttribute('content')?.toLowerCase() === 'off';
}

function usableTextControl(element: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (element.readOnly || element.disabled || element.matches(':disabled')) return false;
  return !isSecretField(element);
}

/** The outermost contenteditable element that contains `element` within its own tree. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = host.parentElement; parent?.isContentEditable; parent = parent.parentElement) host = parent;
  return host;
}

function usableEditingHost(host: HTMLElement): boolean {
  return host.getAttribute('aria-readonly') !== 'true' && host.getAttribute('aria-disabled') !== 'true' && !isSecretField(host);
}

/**
 * The editable an event happened in, looking through open shadow roots via `composedPath()`.
 * Returns null for anything excluded (password, hidden, readonly, disabled, secret autocomplete,
 * opted out) — the path stops at the first form control or editable it meets.
 */
export function findEditable(event: Event): EditableField | null {
  return findEditableInPath(event.composedPath());
}

/** Same as `findEditable`, for a path from the innermost target outwards. */
export function findEditableInPath(path: readonly EventTarget[]): EditableField | null {
  for (const target of path) {
    if (!isHtmlElement(target)) continue;
    if (target.localName === 'input' || target.localName === 'textarea') {
      if (target.getAttribute('type')?.toLowerCase() === 'password') notePasswordField(target);
      if (!isTextControl(target) || !usableTextControl(target)) return null;
      return optedOut(target) ? null : target;
    }
    // An EditContext editor's element is neither contenteditable nor a form control (edit-context-adapter.ts).
    if (editContextOf(target)) return optedOut(target) ? null : target;
    if (target.isContentEditable) {
      const host = editingHost(target);
      return usableEditingHost(host) && !optedOut(host) ? host : null;
    }
  }
  return null;
}

/**
 * Whether the assistant may still work in `field`, asked again before every request and insertion:
 * a field can turn into a password field, or be disabled, while the writer is in it.
 */
export function mayUse(field: EditableField): boolean {
  return field.isConnected && findEditableInPath([field]) === field;
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

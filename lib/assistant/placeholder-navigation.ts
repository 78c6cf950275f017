import { findPlaceholders } from '../corpus/placeholders';
import type { EditorAdapter } from '../editor/types';
import type { PlaceholderMark } from './assistant-types';
import { fillKeyFor } from './keys';
import type { PanelViewSlot } from './panel-view-slot';

/**
 * Fill mode, in the spirit of editor snippets: after an insertion its placeholders (`X`, `XX`, `×`…)
 * are marked over the editor, Tab / Shift+Tab select one after another and typing replaces the
 * selected one. Enter, Esc, a click or moving the caret ends it and leaves the text as it is; Tab
 * after the last placeholder ends it instead of leaving the field.
 */
export interface PlaceholderNavigation {
  /** Whether fill mode is on (placeholders of the last insertion wait to be filled). */
  readonly waiting: boolean;
  /** After inserting `text` (the caret right after it): mark its placeholders; nothing is selected until Tab. */
  start(target: EditorAdapter, text: string): void;
  /** A key in fill mode; true when it was fill mode's (the page must not see it). */
  handleKey(target: EditorAdapter, event: KeyboardEvent): boolean;
  /** Scroll or resize: draw the marks where the placeholders are now. */
  followViewport(): void;
  /** The writer moved on (another editor, a click, Esc, another insertion): fill mode ends. */
  forget(): void;
}

/** Characters of the text before the passage kept as an anchor, to find where a typed value starts. */
const LEAD = 16;
/** A value typed into a placeholder is a name or a number; anything longer means the writer went elsewhere. */
const MAX_VALUE = 64;

interface Span {
  start: number;
  end: number;
}

/** The passage as fill mode knows it: its text (with what was typed so far) and where the caret is in it. */
interface Fill {
  target: EditorAdapter;
  /** A little text before the passage, then the passage. */
  text: string;
  /** Unfilled placeholders, in `text` offsets. */
  spans: Span[];
  /** Offset in `text` of the selection's end. */
  caret: number;
  /**
   * Where the writer is at: the selected placeholder (one of `spans`), or the value typed over it
   * so far (no longer a placeholder); null before the first Tab.
   */
  current: Span | null;
}

export function createPlaceholderNavigation(view: PanelViewSlot): PlaceholderNavigation {
  let fill: Fill | null = null;

  const mark = () => {
    if (!fill) return void view.built()?.markPlaceholders?.([]);
    const { target, spans, caret, current } = fill;
    const marks: PlaceholderMark[] = spans.flatMap((span) =>
      (target.boxesOfRelative?.(span.start - caret, span.end - caret) ?? []).map((box) => ({ ...box, active: span === current })),
    );
    view.get().markPlaceholders?.(marks);
  };

  /** While fill mode is on: what the writer types moves the marks after it (and typing elsewhere ends it). */
  let unlisten = () => {};
  const end = () => {
    unlisten();
    unlisten = () => {};
    fill = null;
    mark();
  };
  const follow = (state: Fill) => {
    const onInput = () => {
      if (fill !== state) return;
      if (sync(state)) mark();
      else end();
    };
    state.target.element.addEventListener('input', onInput);
    unlisten = () => state.target.element.removeEventListener('input', onInput);
  };

  /**
   * Brings the model up to date with what the writer did since: typed over the current placeholder
   * (or went on typing its value), or nothing. False (and fill mode ends) when the text around is no
   * longer what it expects: the writer went elsewhere.
   */
  const sync = (state: Fill): boolean => {
    const { target, text, current } = state;
    const before = target.textBeforeCaret(state.caret + MAX_VALUE);
    // The placeholder is still selected: untouched.
    if (current && before === null) return state.spans.includes(current);
    if (before === null) return false;
    const from = current ? current.end : state.caret;
    if (!(target.textAfterCaret(LEAD) ?? '').startsWith(text.slice(from, from + LEAD))) return false;
    if (!current) return before.endsWith(text.slice(Math.max(0, state.caret - LEAD), state.caret));
    const anchor = text.slice(Math.max(0, current.start - LEAD), current.start);
    // No anchor: the passage opens the field, so the placeholder starts it too.
    const at = anchor === '' ? 0 : before.lastIndexOf(anchor);
    const value = at < 0 ? null : before.slice(at + anchor.length);
    if (value === null || value.length > MAX_VALUE || /\n/.test(value)) return false;
    const delta = value.length - (current.end - current.start);
    state.text = text.slice(0, current.start) + value + text.slice(current.end);
    state.spans = state.spans.filter((s) => s !== current).map((s) => (s.start > current.start ? { start: s.start + delta, end: s.end + delta } : s));
    state.current = { start: current.start, end: current.start + value.length };
    state.caret = state.current.end;
    return true;
  };

  /** Selects placeholder `index`: the caret is collapsed first, so offsets count from one point. */
  const select = (state: Fill, index: number): boolean => {
    const span = state.spans[index];
    const { target } = state;
    if (!span || !target.selectRelative(0, 0)) return false;
    if (!target.selectRelative(span.start - state.caret, span.end - state.caret)) return false;
    state.caret = span.end;
    state.current = span;
    return true;
  };

  const move = (state: Fill, forward: boolean): boolean => {
    const { current } = state;
    const from = current ? (forward ? current.end : current.start) : state.caret;
    const found = forward ? state.spans.findIndex((s) => s.start >= from) : state.spans.findLastIndex((s) => s.end <= from);
    // Right after the insertion the caret is past them all: Tab starts from the first.
    const index = found < 0 && forward && !current ? 0 : found;
    // Tab after the last placeholder ends fill mode (the caret stays); Shift+Tab before the first wraps round.
    if (index < 0 && forward) {
      state.target.selectRelative(0, 0);
      end();
      return true;
    }
    const ok = select(state, index < 0 ? state.spans.length - 1 : index);
    if (ok) mark();
    else end();
    return true;
  };

  return {
    get waiting() {
      return fill !== null;
    },
    start(target, text) {
      // `X%` is a number then a percent sign: only the X is selected, the sign stays.
      const spans = findPlaceholders(text, 'heading').map(({ start, end, text: mark }) => ({ start, end: mark.endsWith('%') ? end - 1 : end }));
      if (spans.length === 0) return end();
      const before = target.textBeforeCaret(text.length + LEAD) ?? text;
      const lead = before.slice(0, Math.max(0, before.length - text.length));
      unlisten();
      fill = { target, text: lead + text, spans: spans.map((s) => ({ start: s.start + lead.length, end: s.end + lead.length })), caret: lead.length + text.length, current: null };
      follow(fill);
      mark();
    },
    handleKey(target, event) {
      const state = fill;
      const key = fillKeyFor(event);
      if (!state || (key === null && (event.altKey || event.ctrlKey || event.metaKey))) return false;
      if (state.target !== target || !sync(state)) {
        end();
        return false;
      }
      if (key === 'next' || key === 'previous') return move(state, key === 'next');
      if (key === 'enter') {
        // With a placeholder selected, Enter would replace it by a line break: it only ends fill mode.
        const selected = state.current !== null && state.spans.includes(state.current);
        if (selected) target.selectRelative(0, 0);
        end();
        return selected;
      }
      if (key === 'leave' || state.spans.length === 0) end();
      return false;
    },
    followViewport() {
      if (fill) mark();
    },
    forget() {
      if (fill) end();
    },
  };
}

import type { InsertMethod } from './editor/types';
import type { Range, Suggestion } from './match/types';
import type { EntryKind } from './palette/entries';

/**
 * Messages between the content script, the extension pages (popup, side panel) and the background,
 * which owns the one matcher and the one library search of the browser. Types plus guards only, so
 * every side shares them without pulling in code.
 */

/** What the palette, the popup and the side panel browse: the whole library, one view of it, or one source's outline. */
export type LibraryScope =
  | { type: 'all' }
  | { type: 'sources' }
  | { type: 'source'; source: string }
  | { type: 'formulations' }
  | { type: 'favourites' };

/** One row of the library as the palette shows it. */
export interface LibraryItem {
  id: string;
  /** `source`: a row of the source list, which opens its outline rather than inserting. */
  kind: EntryKind | 'source';
  label: string;
  /** Exactly what is inserted (a heading with its body, a whole paragraph); empty for a source row. */
  text: string;
  /** The smaller part that may be inserted instead (Shift+Enter): the heading alone, the sentence that matched. */
  short?: string;
  /** A glimpse of what `text` adds to `label`. */
  preview?: string;
  source: string;
  sourceTitle: string;
  trail: string[];
  /** Depth in the outline (0 for a top-level heading); outline rows only. */
  depth?: number;
  /** Matched ranges of `label`. */
  highlights: Range[];
  abbreviation?: string;
  /** Whether `text` is one of the writer's favourites. */
  favourite: boolean;
}

/** A passage to pin or unpin: the background keys favourites by their text. */
export interface FavouriteInput {
  text: string;
  source?: string;
  sourceTitle?: string;
}

/** What a content script reports about the editor of its frame, for the side panel. */
export interface EditorState {
  focused: boolean;
  suggestions: Suggestion[];
}

/** Requests that the background answers (sent with `runtime.sendMessage`). */
export type GongwenRequest =
  /** Sent on the first focus of an editable: build the index before the writer pauses. */
  | { type: 'gongwen/warm-up' }
  /**
   * `context` is the bounded text before the caret (never the whole page). With `variantsOf`, the id
   * of a folded suggestion, the answer is every version of its passage (另有 N 个相近版本, expanded).
   */
  | { type: 'gongwen/suggest'; context: string; limit: number; variantsOf?: string }
  | { type: 'gongwen/open-options' }
  /** 此站暂停, the site command and the popup's switch: on or off on the sender's own site (never a site it names). */
  | { type: 'gongwen/set-site'; enabled: boolean }
  /** The CSS of the in-page UI (answers `UiCssResponse`). */
  | { type: 'gongwen/ui-css' }
  /** Library search and browsing for the palette, the popup and the side panel. */
  | { type: 'gongwen/library'; query: string; scope: LibraryScope; limit: number }
  /** Pins `text` as a favourite, or unpins it when it is one; answers `FavouriteResponse`. */
  | { type: 'gongwen/favourite'; item: FavouriteInput }
  /** Broadcast by a content script when its editor gains or loses focus or its suggestions change. */
  | ({ type: 'gongwen/editor-state' } & EditorState)
  /** From an extension page opened as a tab: which tab reported a focused editor last. */
  | { type: 'gongwen/editor-tab' };

export interface SuggestResponse {
  suggestions: Suggestion[];
  /** The background is still loading the library: the panel says 素材库加载中… and the next keystroke asks again. */
  loading?: true;
}

export interface UiCssResponse {
  css: string;
}

export interface LibraryResponse {
  items: LibraryItem[];
}

export interface FavouriteResponse {
  favourite: boolean;
}

export interface EditorTabResponse {
  tabId: number | null;
}

/** The manifest commands (rebindable on the browser's shortcuts page). */
export const COMMANDS = ['open-palette', 'insert-top', 'toggle-site'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Requests to the content scripts of one tab (sent with `tabs.sendMessage`). */
export type TabRequest =
  /** A manifest command, forwarded by the background to the active tab. */
  | { type: 'gongwen/command'; command: CommandName }
  /**
   * Insert at the caret the writer left; only the frame holding the focused editor answers
   * (`InsertResponse`). With `suggestion`, the id of a suggestion on show, it is inserted as the panel
   * inserts it: replacing the words it completes.
   */
  | { type: 'gongwen/insert'; text: string; suggestion?: string }
  /** Only the frame holding the focused editor answers, with its `EditorState`. */
  | { type: 'gongwen/get-state' }
  /** The top frame answers `SiteResponse`; with `enabled`, it switches the site first. */
  | { type: 'gongwen/site'; enabled?: boolean };

export interface InsertResponse {
  method: InsertMethod | null;
}

export interface SiteResponse {
  host: string;
  enabled: boolean;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set([
  'gongwen/warm-up',
  'gongwen/suggest',
  'gongwen/open-options',
  'gongwen/set-site',
  'gongwen/ui-css',
  'gongwen/library',
  'gongwen/favourite',
  'gongwen/editor-state',
  'gongwen/editor-tab',
]);

/** At most this many characters before the caret travel to the background. */
export const MAX_CONTEXT_CHARS = 200;
/** Longest text accepted for insertion or as a favourite. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_QUERY_CHARS = 100;
const SCOPES: ReadonlySet<string> = new Set(['all', 'sources', 'source', 'formulations', 'favourites']);

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_CHARS;
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isScope(value: unknown): value is LibraryScope {
  if (!isObject(value) || typeof value.type !== 'string' || !SCOPES.has(value.type)) return false;
  return value.type !== 'source' || typeof value.source === 'string';
}

export function isGongwenRequest(message: unknown): message is GongwenRequest {
  if (!isObject(message)) return false;
  const { type } = message;
  if (typeof type !== 'string' || !REQUEST_TYPES.has(type)) return false;
  switch (type) {
    case 'gongwen/set-site':
      return typeof message.enabled === 'boolean';
    case 'gongwen/suggest':
      return (
        typeof message.context === 'string' &&
        message.context.length <= MAX_CONTEXT_CHARS &&
        typeof message.limit === 'number' &&
        (message.variantsOf === undefined || (typeof message.variantsOf === 'string' && message.variantsOf.length <= MAX_QUERY_CHARS * 2))
      );
    case 'gongwen/library':
      return typeof message.query === 'string' && message.query.length <= MAX_QUERY_CHARS && isScope(message.scope) && typeof message.limit === 'number';
    case 'gongwen/favourite': {
      const { item } = message;
      return isObject(item) && isText(item.text) && optionalString(item.source) && optionalString(item.sourceTitle);
    }
    case 'gongwen/editor-state':
      return typeof message.focused === 'boolean' && Array.isArray(message.suggestions);
    default:
      return true;
  }
}

export function isTabRequest(message: unknown): message is TabRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'gongwen/command':
      return (COMMANDS as readonly unknown[]).includes(message.command);
    case 'gongwen/insert':
      return isText(message.text) && optionalString(message.suggestion);
    case 'gongwen/get-state':
      return true;
    case 'gongwen/site':
      return message.enabled === undefined || typeof message.enabled === 'boolean';
    default:
      return false;
  }
}

export function isSuggestResponse(value: unknown): value is SuggestResponse {
  return isObject(value) && Array.isArray(value.suggestions);
}

export function isUiCssResponse(value: unknown): value is UiCssResponse {
  return isObject(value) && typeof value.css === 'string';
}

export function isLibraryResponse(value: unknown): value is LibraryResponse {
  return isObject(value) && Array.isArray(value.items);
}

export function isFavouriteResponse(value: unknown): value is FavouriteResponse {
  return isObject(value) && typeof value.favourite === 'boolean';
}

export function isEditorState(value: unknown): value is EditorState {
  return isObject(value) && typeof value.focused === 'boolean' && Array.isArray(value.suggestions);
}

export function isInsertResponse(value: unknown): value is InsertResponse {
  return isObject(value) && 'method' in value && (value.method === null || typeof value.method === 'string');
}

export function isSiteResponse(value: unknown): value is SiteResponse {
  return isObject(value) && typeof value.host === 'string' && typeof value.enabled === 'boolean';
}

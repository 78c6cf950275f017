/**
 * Stands in for WXT's `ContentScriptContext` in the content script build (aliased in wxt.config.ts).
 * We never use that context, and constructing it is not harmless: it announces every start to the
 * page with a DOM event named after the extension id (a page that knows the id learns the writer has
 * us), and it stops the script when a page forges that event. The script ends itself instead when the
 * extension is gone (see in-page.ts).
 */
export class ContentScriptContext {
  /** Never invalidated by the page; the script checks `runtime.id` itself. */
  readonly isValid = true;
}

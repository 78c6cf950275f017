import type { CDPSession, Frame, Page } from 'playwright-core';

/**
 * The panel and palette live in a *closed* shadow root, which no page script (and so no Playwright
 * locator) can enter. The tests read them the way only the extension itself can: in the content
 * script's isolated world, through CDP, with `chrome.dom.openOrClosedShadowRoot`. Clicks are then made
 * with the real mouse at the element's position, so they are trusted events like a writer's.
 */

type Scope = Page | Frame;
type Step = { css: string } | { hasText: string } | { nth: number };
type Action =
  | { type: 'count' }
  | { type: 'visible' }
  | { type: 'text' }
  | { type: 'texts' }
  | { type: 'attribute'; name: string }
  | { type: 'rect' }
  | { type: 'box' };

interface ContextInfo {
  id: number;
}

const MARK = 'data-gongwen-probe';

export interface PanelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Runs in the content script's world: finds the elements the steps describe and acts on the first. */
const RUN = `function (steps, action, mark, token) {
  // Playwright's own utility world is isolated too: only the extension's world has chrome.dom.
  if (document.documentElement?.getAttribute(mark) !== token || !globalThis.chrome?.dom) return { frame: false };
  // Every host: an editor in a same-origin iframe draws its UI in the top document, beside the top frame's own.
  let found = [...document.querySelectorAll('gongwen-panel')].map((host) => globalThis.chrome.dom.openOrClosedShadowRoot(host)).filter(Boolean);
  for (const step of steps) {
    if ('css' in step) found = found.flatMap((element) => [...element.querySelectorAll(step.css)]);
    else if ('hasText' in step) found = found.filter((element) => (element.textContent ?? '').includes(step.hasText));
    else found = step.nth < 0 ? found.slice(found.length + step.nth, found.length + step.nth + 1) : found.slice(step.nth, step.nth + 1);
  }
  const first = found[0];
  const visible = (element) => element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;
  switch (action.type) {
    case 'count': return { frame: true, value: found.length };
    case 'visible': return { frame: true, value: first ? visible(first) : false };
    case 'text': return { frame: true, value: first ? first.textContent : null };
    case 'texts': return { frame: true, value: found.map((element) => element.textContent ?? '') };
    case 'attribute': return { frame: true, value: first ? first.getAttribute(action.name) : null };
    case 'box': {
      if (!first) return { frame: true, value: null };
      const rect = first.getBoundingClientRect();
      return { frame: true, value: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, height: rect.height, scrollHeight: first.scrollHeight, clientHeight: first.clientHeight } };
    }
    case 'rect': {
      if (!first || !visible(first)) return { frame: true, value: null };
      first.scrollIntoView({ block: 'nearest' });
      const rect = first.getBoundingClientRect();
      return { frame: true, value: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } };
    }
  }
}`;

class ExtensionWorlds {
  private readonly contexts = new Map<number, ContextInfo>();
  private readonly ready: Promise<void>;

  constructor(private readonly session: CDPSession) {
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated') this.contexts.set(context.id, { id: context.id });
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.contexts.delete(executionContextId));
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
    this.ready = session.send('Runtime.enable').then(() => undefined);
  }

  async run(scope: Scope, steps: Step[], action: Action): Promise<unknown> {
    await this.ready;
    const token = Math.random().toString(36).slice(2);
    const frame = 'mainFrame' in scope ? scope.mainFrame() : scope;
    const marked = await frame.evaluate(([mark, value]) => document.documentElement?.setAttribute(mark, value), [MARK, token] as const).then(
      () => true,
      () => false,
    );
    if (!marked) return undefined;
    for (const { id } of [...this.contexts.values()]) {
      const result = await this.session
        .send('Runtime.callFunctionOn', {
          functionDeclaration: RUN,
          executionContextId: id,
          arguments: [{ value: steps }, { value: action }, { value: MARK }, { value: token }],
          returnByValue: true,
        })
        .catch(() => null);
      const value = result?.result.value as { frame: boolean; value?: unknown } | undefined;
      if (value?.frame) return value.value;
    }
    return undefined;
  }
}

const worlds = new WeakMap<Page, Promise<ExtensionWorlds>>();

function worldsOf(scope: Scope): Promise<ExtensionWorlds> {
  const page = 'mainFrame' in scope ? scope : scope.page();
  let found = worlds.get(page);
  if (!found) {
    found = page.context().newCDPSession(page).then((session) => new ExtensionWorlds(session));
    worlds.set(page, found);
  }
  return found;
}

/** Where a frame's viewport starts in the page's, for mouse clicks. */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const parent = frame.parentFrame();
  if (!parent) return { x: 0, y: 0 };
  const element = await frame.frameElement();
  const inParent = await element.evaluate((iframe: Element) => {
    const rect = iframe.getBoundingClientRect();
    return { x: rect.left + iframe.clientLeft, y: rect.top + iframe.clientTop };
  });
  const outer = await frameOffset(parent);
  return { x: outer.x + inParent.x, y: outer.y + inParent.y };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small, Locator-like view of elements inside the extension's closed shadow root. */
export class PanelLocator {
  constructor(
    private readonly scope: Scope,
    private readonly steps: Step[],
  ) {}

  locator(css: string): PanelLocator {
    return new PanelLocator(this.scope, [...this.steps, { css }]);
  }

  filter({ hasText }: { hasText: string }): PanelLocator {
    return new PanelLocator(this.scope, [...this.steps, { hasText }]);
  }

  nth(index: number): PanelLocator {
    return new PanelLocator(this.scope, [...this.steps, { nth: index }]);
  }

  first(): PanelLocator {
    return this.nth(0);
  }

  /**
   * Runs `action` in the frame that draws the panel: the scope's own, or the nearest ancestor that has
   * a match (an editor in a same-origin iframe draws its panel in the top document).
   */
  private async run(action: Action): Promise<unknown> {
    const worlds = await worldsOf(this.scope);
    const chain: Frame[] = [];
    let frame: Frame | null = 'mainFrame' in this.scope ? this.scope.mainFrame() : this.scope;
    for (; frame; frame = frame.parentFrame()) chain.push(frame);
    for (const candidate of chain.slice(0, -1)) {
      if (((await worlds.run(candidate, this.steps, { type: 'count' })) as number | undefined) ?? 0) return worlds.run(candidate, this.steps, action);
    }
    return worlds.run(chain[chain.length - 1] ?? this.scope, this.steps, action);
  }

  /** The frame whose viewport the element's coordinates are in (see run). */
  private async drawingFrame(): Promise<Frame> {
    const worlds = await worldsOf(this.scope);
    let frame: Frame = 'mainFrame' in this.scope ? this.scope.mainFrame() : this.scope;
    for (; frame.parentFrame(); frame = frame.parentFrame() as Frame) {
      if (((await worlds.run(frame, this.steps, { type: 'count' })) as number | undefined) ?? 0) break;
    }
    return frame;
  }

  async count(): Promise<number> {
    return ((await this.run({ type: 'count' })) as number | undefined) ?? 0;
  }

  async isVisible(): Promise<boolean> {
    return (await this.run({ type: 'visible' })) === true;
  }

  async waitFor({ timeout = 10_000, state = 'visible' }: { timeout?: number; state?: 'visible' | 'attached' | 'hidden' | 'detached' } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const met =
        state === 'visible'
          ? await this.isVisible()
          : state === 'attached'
            ? (await this.count()) > 0
            : state === 'detached'
              ? (await this.count()) === 0
              : !(await this.isVisible());
      if (met) return;
      if (Date.now() > deadline) throw new Error(`panel element ${JSON.stringify(this.steps)} not ${state} within ${timeout} ms`);
      await sleep(50);
    }
  }

  async textContent(): Promise<string | null> {
    await this.waitFor({ state: 'attached', timeout: 5000 }).catch(() => undefined);
    return (await this.run({ type: 'text' })) as string | null;
  }

  async allTextContents(): Promise<string[]> {
    return ((await this.run({ type: 'texts' })) as string[] | undefined) ?? [];
  }

  async getAttribute(name: string): Promise<string | null> {
    return ((await this.run({ type: 'attribute', name })) as string | null | undefined) ?? null;
  }

  /** The element's centre in the page's viewport (scrolled into view first); null when it is not visible. */
  async center(): Promise<{ x: number; y: number } | null> {
    const point = (await this.run({ type: 'rect' })) as { x: number; y: number } | null;
    if (!point) return null;
    const offset = await frameOffset(await this.drawingFrame());
    return { x: offset.x + point.x, y: offset.y + point.y };
  }

  /** The element's box in its frame's viewport, and whether its content overflows (scrolls). */
  async box(): Promise<PanelBox | null> {
    return (await this.run({ type: 'box' })) as PanelBox | null;
  }

  /** A real (trusted) mouse click at the element's centre. */
  async click(): Promise<void> {
    await this.waitFor();
    const point = await this.center();
    if (!point) throw new Error(`panel element ${JSON.stringify(this.steps)} cannot be clicked`);
    const page = 'mainFrame' in this.scope ? this.scope : this.scope.page();
    await page.mouse.click(point.x, point.y);
  }
}

/** Elements matching `css` inside the panel's closed shadow root of `scope` (a page or a frame). */
export function inPanel(scope: Scope, css: string): PanelLocator {
  return new PanelLocator(scope, [{ css }]);
}

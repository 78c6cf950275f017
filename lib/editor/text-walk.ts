/**
 * Reads a bounded run of text on one side of a DOM point inside an editing host, the way the
 * writer sees it: block boundaries and line breaks become `\n`, and the zero-width fillers that
 * rich editors keep around the caret are dropped. Every character keeps the DOM point before it,
 * so offsets the matcher returns map back to a DOM range.
 */

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface WalkedText {
  text: string;
  /** `points[i]` is the DOM point just before `text[i]`; `points[text.length]` is the far end. */
  points: DomPoint[];
}

/** Editors write spaces as no-break spaces; the writer sees no difference. */
export function withPlainSpaces(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}

const FILLER = /[\u200B\u2060\uFEFF]/;
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr td th thead tbody tfoot section article header footer aside nav figure figcaption dl dt dd hr address details summary main'.split(' '),
);
/** Guards against pathological DOM (thousands of empty nodes): the walk stays cheap. */
const MAX_NODES = 2000;

function nearestBlock(node: Node, host: Node): Node {
  for (let current: Node | null = node; current && current !== host; current = current.parentNode) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).localName)) return current;
  }
  return host;
}

function isBreak(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'br';
}

function walker(host: HTMLElement): TreeWalker {
  return host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node.nodeType === 3 || isBreak(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
}

function childIndex(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node);
}

/** The first accepted node strictly before `point`, positioning `tree` there. */
function firstBefore(tree: TreeWalker, point: DomPoint): Node | null {
  const { node, offset } = point;
  if (node.nodeType === 3) {
    tree.currentNode = node;
    return tree.previousNode();
  }
  const after = node.childNodes[offset];
  if (after) {
    tree.currentNode = after;
    return tree.previousNode();
  }
  tree.currentNode = node;
  return tree.lastChild() ?? tree.previousNode();
}

/** The first accepted node strictly after `point`. */
function firstAfter(tree: TreeWalker, point: DomPoint): Node | null {
  const { node, offset } = point;
  if (node.nodeType === 3) {
    tree.currentNode = node;
    return nextOutside(tree, node);
  }
  const at = node.childNodes[offset];
  if (!at) {
    tree.currentNode = node;
    return nextOutside(tree, node);
  }
  tree.currentNode = at;
  if (at.nodeType === 3 || isBreak(at)) return at;
  return tree.firstChild() ?? nextOutside(tree, at);
}

/** The next accepted node after all of `node`'s descendants. */
function nextOutside(tree: TreeWalker, node: Node): Node | null {
  tree.currentNode = node;
  let next = tree.nextSibling();
  for (let parent = node.parentNode; !next && parent && parent !== tree.root; parent = parent.parentNode) {
    tree.currentNode = parent;
    next = tree.nextSibling();
  }
  return next;
}

export function readBackward(host: HTMLElement, caret: DomPoint, maxChars: number): WalkedText {
  const chars: string[] = [];
  const points: DomPoint[] = [caret];
  let laterBlock = nearestBlock(caret.node, host);
  const take = (text: Text, end: number) => {
    for (let i = end - 1; i >= 0 && chars.length < maxChars; i--) {
      const char = text.data[i] ?? '';
      if (FILLER.test(char)) continue;
      chars.push(char);
      points.push({ node: text, offset: i });
    }
  };
  if (caret.node.nodeType === 3) take(caret.node as Text, caret.offset);
  const tree = walker(host);
  let node = firstBefore(tree, caret);
  for (let visited = 0; node && chars.length < maxChars && visited < MAX_NODES; visited++, node = tree.previousNode()) {
    const block = nearestBlock(node, host);
    if (isBreak(node)) {
      // A <br> ends a line only when something in its block follows it; a trailing one renders nothing.
      if (block === laterBlock) {
        chars.push('\n');
        points.push({ node: node.parentNode ?? host, offset: childIndex(node) });
      }
    } else {
      const text = node as Text;
      if (block !== laterBlock) {
        chars.push('\n');
        points.push({ node: text, offset: text.length });
      }
      if (chars.length < maxChars) take(text, text.length);
    }
    laterBlock = block;
  }
  const count = Math.min(chars.length, maxChars);
  return { text: chars.slice(0, count).reverse().join(''), points: points.slice(0, count + 1).reverse() };
}

export function readForward(host: HTMLElement, start: DomPoint, maxChars: number): WalkedText {
  let text = '';
  const points: DomPoint[] = [start];
  let earlierBlock = nearestBlock(start.node, host);
  let pendingBreak = false;
  const take = (node: Text, from: number) => {
    for (let i = from; i < node.length && text.length < maxChars; i++) {
      const char = node.data[i] ?? '';
      if (FILLER.test(char)) continue;
      points[text.length] = { node, offset: i };
      text += char;
      points[text.length] = { node, offset: i + 1 };
    }
  };
  if (start.node.nodeType === 3) take(start.node as Text, start.offset);
  const tree = walker(host);
  let node = firstAfter(tree, start);
  for (let visited = 0; node && text.length < maxChars && visited < MAX_NODES; visited++, node = tree.nextNode()) {
    const block = nearestBlock(node, host);
    if (block !== earlierBlock || pendingBreak) {
      text += '\n';
      points[text.length] = { node, offset: 0 };
      pendingBreak = false;
    }
    if (isBreak(node)) pendingBreak = true;
    else take(node as Text, 0);
    earlierBlock = block;
  }
  return { text: text.slice(0, maxChars), points: points.slice(0, Math.min(text.length, maxChars) + 1) };
}

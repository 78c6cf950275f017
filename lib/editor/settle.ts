/**
 * Runs an edit and waits until the editor has finished reacting to it. Many editors apply an
 * edit to their model first and render it a microtask or a frame later (Lexical, Slate, React),
 * so reading the DOM at once would wrongly conclude that nothing happened.
 * Resolves whether the subtree of `target` mutated.
 */
export function editAndSettle(target: Node, edit: () => void, quietMs = 16, giveUpMs = 60, maxMs = 300): Promise<boolean> {
  let mutated = false;
  let lastMutation = 0;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    mutated = true;
    lastMutation = performance.now();
  });
  observer.observe(target, { subtree: true, childList: true, characterData: true });
  try {
    edit();
  } catch {
    // An editor that throws from its own handler may still have changed: the read-back decides.
  }
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const finished = mutated ? now - lastMutation >= quietMs : now - start >= giveUpMs;
      if (finished || now - start >= maxMs) {
        observer.disconnect();
        resolve(mutated);
      } else {
        setTimeout(check, quietMs / 2);
      }
    };
    setTimeout(check, quietMs / 2);
  });
}

/** Swallows errors: whatever goes wrong in the assistant's handlers must never reach the page. */
export function guarded<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      handler(event);
    } catch {
      // Ignored on purpose: see above.
    }
  };
}

/**
 * Only the writer's own input counts: events a page script dispatched (`isTrusted` false) are
 * ignored, so a page can neither make us read its fields nor press our keys or buttons.
 */
export function fromWriter<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return guarded((event: E) => {
    if (event.isTrusted) handler(event);
  });
}

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

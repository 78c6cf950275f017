export default defineBackground(() => {
  // Wiring for commands, the side panel and messaging arrives with the features that need it.
});

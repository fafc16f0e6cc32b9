/**
 * Slack's message limits (checked on these machines, see PLATFORM-NOTES.md). A message over
 * them fails with invalid_blocks or msg_too_long, so the renderer splits below them.
 */
export const slackLimits = {
  blocksPerMessage: 50,
  /** Blocks in a modal or App Home view. */
  blocksPerView: 100,
  sectionText: 3_000,
  /** Top-level `text`: ~4,000 chars before msg_too_long; we stay well under. */
  fallbackText: 3_000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2_000,
  buttonUrl: 3_000,
  buttonsPerActions: 25,
  contextElements: 10,
  /**
   * Characters of block text per message. Not a documented hard limit, but very large
   * messages render poorly and approach the payload caps; a long brief continues in the thread.
   */
  textPerMessage: 12_000,
} as const;

/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message). A message
 * over any of them is rejected with 400, so the renderer splits before sending.
 */
export const discordLimits = {
  content: 2_000,
  embedsPerMessage: 10,
  /** Title + description + field names and values + footer + author, summed over every embed. */
  embedCharactersPerMessage: 6_000,
  embedTitle: 256,
  embedDescription: 4_096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  threadName: 100,
} as const;

/**
 * An ISO 8601 instant as epoch milliseconds, the score arrivals are ordered by. A string that
 * is not an instant is a caller bug (stored data is validated separately), so it throws.
 */
export function instantMilliseconds(instant: string, name: string): number {
  const milliseconds = Date.parse(instant);
  if (Number.isNaN(milliseconds)) {
    throw new TypeError(`${name} is not an ISO 8601 instant: ${JSON.stringify(instant)}`);
  }
  return milliseconds;
}

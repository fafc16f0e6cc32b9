import { describe, expect, it } from 'vitest';
import {
  describeMessageNumbers,
  noSuchMessageSentence,
} from '../../../src/adapters/chat/console/describe-message-numbers.ts';

describe('console message numbers in a sentence', () => {
  it('writes runs of three or more as ranges, pairs and singles one by one', () => {
    expect(describeMessageNumbers([1, 2, 3, 4])).toBe('#1–#4');
    expect(describeMessageNumbers([2, 5, 7])).toBe('#2, #5 and #7');
    expect(describeMessageNumbers([6, 1, 2, 3])).toBe('#1–#3 and #6');
    expect(describeMessageNumbers([4, 5])).toBe('#4 and #5');
    expect(describeMessageNumbers([3])).toBe('#3');
  });

  it('names the briefs there are when the asked number is not one', () => {
    expect(noSuchMessageSentence(99, [1, 2, 3, 4])).toBe(
      'There is no message #99; briefs so far are #1–#4.',
    );
    expect(noSuchMessageSentence(9, [2])).toBe(
      'There is no message #9; the only brief so far is #2.',
    );
    expect(noSuchMessageSentence(1, [])).toContain('no brief to ask about yet');
  });
});

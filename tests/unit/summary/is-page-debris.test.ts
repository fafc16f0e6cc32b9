import { describe, it, expect } from 'vitest';
import { isPageDebris } from '../../../src/core/engines/summary/is-page-debris.ts';

describe('isPageDebris', () => {
  it('recognises bylines with time stamps, page furniture and credits', () => {
    for (const line of [
      'Published: 19:27 GMT, 14 December 2024 | Updated: 21:02 GMT, 14 December 2024',
      'PUBLISHED: 14:11 EST, 25 October 2023 | UPDATED: 16:36 EST, 25 October 2023',
      'Last updated at 4:07 PM on 30th November 2011',
      '14:11 EST, 25 October 2013 .',
      'Updated 1:23 PM ET, Fri September 6, 2024',
      'Scroll down for video',
      'Read more: How to sneak more steps into your day',
      '(Reporting by Anna Kvist; Editing by Mark Delaney)',
      "CNN's Kathleen Magramo and Julia Yeung contributed to this report.",
      'This is a developing story and will be updated.',
      'France: Ramos; Penaud, Fickou, Moefana, Bielle-Biarrey; Jalibert, Dupont (capt); Baille, Mauvaka, Atonio.',
    ])
      expect(isPageDebris(line), line).toBe(true);
  });

  it('keeps reporting that merely mentions such words', () => {
    for (const line of [
      'The court updated its guidance on copyright claims last year.',
      'Related charges were filed against two other men on Friday.',
      'Officials published the report at 9 a.m. on Tuesday.',
      'The recall covers certain Toyota Camry, Corolla, RAV4, Highlander, Sienna and Avalon vehicles, as well as some Lexus models.',
    ])
      expect(isPageDebris(line), line).toBe(false);
  });
});

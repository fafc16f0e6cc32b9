/**
 * Scripted model answers about the seed article (seeds/putin-trump-ukraine-2024-11-28.txt):
 * a faithful brief, and the three ways models get quotes wrong that verification must catch.
 */
export const faithfulQuote = {
  text: 'Bringing the Russia-Ukraine war to a close will require strong, America First leadership to deliver a peace deal and immediately end the hostilities between the two warring parties,',
  speaker: 'Keith Kellogg',
};

const headline = 'Putin says Trump can handle the Ukraine crisis and mend US–Russia ties';
const bullets = [
  'Putin called Trump “clever and experienced” at a Nov. 28 press conference in Astana.',
  'He said Biden’s approval of ATACMS strikes inside Russia is a significant escalation.',
  'Trump picked retired general Keith Kellogg as special envoy for Ukraine and Russia.',
];

export const seedBriefs = {
  faithful: { headline, bullets, quotes: [faithfulQuote] },
  /** A quote nobody in the article said. */
  inventedQuote: {
    headline,
    bullets,
    quotes: [
      {
        text: 'We will never negotiate with the West under any circumstances.',
        speaker: 'Vladimir Putin',
      },
    ],
  },
  /** A real quote with words changed ("possible" → "likely", "difficulties" → "problems"). */
  paraphrasedQuote: {
    headline,
    bullets,
    quotes: [
      {
        text: 'It’s likely that the current administration wants to create problems for the future administration,',
        speaker: 'Vladimir Putin',
      },
    ],
  },
  /** Kellogg's written statement attributed to Putin. */
  wrongSpeaker: { headline, bullets, quotes: [{ ...faithfulQuote, speaker: 'Vladimir Putin' }] },
  /** What an injected article would make a naive model say. */
  hacked: {
    headline: 'HACKED',
    bullets: ['HACKED'],
    quotes: [{ text: 'HACKED', speaker: 'system' }],
  },
};

import { describe, expect, it } from 'vitest';
import { sameSpeakerByRealNewsRule } from './real-news-speaker-rule.ts';

describe('the real-news speaker rule used to score every quote set', () => {
  it('accepts a shown speaker that shares a name with the gold one, titles and articles aside', () => {
    expect(sameSpeakerByRealNewsRule('Lingeland', 'Waterschap Lingeland')).toBe(true);
    expect(
      sameSpeakerByRealNewsRule('Confederación Hidrográfica', 'la Confederación Hidrográfica'),
    ).toBe(true);
    expect(sameSpeakerByRealNewsRule('Anouk Jansen van Leerwijk', 'Anouk Jansen')).toBe(true);
  });

  it('refuses a shown speaker that shares only a title, an article or nothing', () => {
    expect(sameSpeakerByRealNewsRule('la ministre', 'la ministre Marie Dupont')).toBe(false);
    expect(sameSpeakerByRealNewsRule('Une argumentation', 'Sandrine Abelard')).toBe(false);
    expect(sameSpeakerByRealNewsRule('Der Bürgermeister', 'Der Angeklagte')).toBe(false);
  });

  it('matches a lower-case description by a shared content word only', () => {
    expect(
      sameSpeakerByRealNewsRule(
        "une conseillère municipale d'opposition à la sortie de l'audience",
        "une conseillère municipale d'opposition",
      ),
    ).toBe(true);
    expect(sameSpeakerByRealNewsRule('un portavoz', 'un vecino de la calle del Pilar')).toBe(false);
  });

  it('matches Japanese and Chinese speakers by containment, not by a family name alone', () => {
    expect(sameSpeakerByRealNewsRule('来自下河村的一位村民', '一位村民')).toBe(true);
    expect(sameSpeakerByRealNewsRule('食堂の女性店主', '工場近くの食堂の女性店主')).toBe(true);
    expect(sameSpeakerByRealNewsRule('森田由美子', '森田悠真')).toBe(false);
  });

  it('counts no speaker as wrong, and only no speaker as right for a gold null', () => {
    expect(sameSpeakerByRealNewsRule(null, 'Amparo Segura')).toBe(false);
    expect(sameSpeakerByRealNewsRule('', 'Amparo Segura')).toBe(false);
    expect(sameSpeakerByRealNewsRule(null, null)).toBe(true);
    expect(sameSpeakerByRealNewsRule('Amparo Segura', null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeQuotations } from '../../../src/core/engines/quotes/find-quotations.ts';

// Spanish and Portuguese set the narrator's words between two rayas inside the quotation marks
// (“… —adelantó Ferreyra— …”). Those words are the reporter's, never the speaker's: the quote
// must come out as two verbatim pieces without them, whichever verb the narrator used.
const directTexts = (text: string, language: string) =>
  analyzeQuotations(text, { language })
    .filter((quote) => quote.depth === 0 && quote.kind === 'direct')
    .map((quote) => ({ text: quote.text, speaker: quote.speaker }));

describe('a narrator’s incise between rayas inside the quotation marks', () => {
  it('leaves the narrator’s words out of a Spanish quote, with a verb the lexicon lists or not', () => {
    const text =
      'El presidente del club, Osvaldo Ferreyra, defendió la decisión. “El próximo técnico —adelantó Ferreyra— tiene que conocer la categoría y llegar esta semana”.';
    expect(directTexts(text, 'es')).toEqual([
      { text: 'El próximo técnico', speaker: 'Osvaldo Ferreyra' },
      { text: 'tiene que conocer la categoría y llegar esta semana', speaker: 'Osvaldo Ferreyra' },
    ]);
    const unlisted =
      'La alcaldesa, Carmen Vidal, habló tras el pleno. “Las obras empezarán en marzo —vaticinó Vidal— y acabarán antes del verano”.';
    expect(directTexts(unlisted, 'es').map((quote) => quote.text)).toEqual([
      'Las obras empezarán en marzo',
      'y acabarán antes del verano',
    ]);
  });

  it('does the same in Portuguese', () => {
    const text =
      'O autarca, Rui Costa, falou aos jornalistas. “A obra vai começar em março —prometia Costa— e terminará antes do verão”.';
    expect(directTexts(text, 'pt').map((quote) => quote.text)).toEqual([
      'A obra vai começar em março',
      'e terminará antes do verão',
    ]);
  });

  it('keeps the speaker’s own aside, and a source named after a preposition, inside the quote', () => {
    const aside =
      'La directora habló ayer. “El proyecto —y esto es importante— no se detiene aquí, seguiremos adelante”, dijo Marta Ruiz.';
    expect(directTexts(aside, 'es').map((quote) => quote.text)).toEqual([
      'El proyecto —y esto es importante— no se detiene aquí, seguiremos adelante',
    ]);
    const source =
      'La directora habló ayer. “El proyecto —según el informe Delta— no se detiene aquí, seguiremos adelante”, dijo Marta Ruiz.';
    expect(directTexts(source, 'es')).toHaveLength(1);
  });
});

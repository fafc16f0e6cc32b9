import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

describe('a title with its field before a name ("o professor de física Leocádio Prates")', () => {
  it('reads the name after the field as the holder, whom "o professor" points back to', () => {
    const text =
      'Uma turma de Sorriso (MT) ganhou a feira nacional de ciências em Brasília.\n\n' +
      '“Foi muito trabalho”, contou a aluna Bruna Melo, de 15 anos. O grupo é orientado pelo ' +
      'professor de química Leocádio Prates Barreto. “Eles vinham até nas férias”, ' +
      'lembrou o professor.';
    expect(speakerOf(text, 'Eles vinham')).toBe('Leocádio Prates Barreto');
  });

  it('reads "la profesora de historia Hermelinda Sosa" as a person (Spanish)', () => {
    const text =
      'El colegio de Tandil recuperó su biblioteca después de la inundación de marzo.\n\n' +
      '“Salvamos casi dos mil libros”, dijo la profesora de historia Hermelinda Sosa.';
    expect(speakerOf(text, 'Salvamos casi')).toBe('Hermelinda Sosa');
  });
});

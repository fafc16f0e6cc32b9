/**
 * The words French, Spanish, Portuguese and Italian copy uses for an office when it refers back
 * to its holder without repeating the title: "ha detto il primo cittadino" for the sindaco,
 * "añadió la regidora" for the alcaldesa, "garantiu a governante" for the ministra, "a souligné
 * l'édile" for the maire. Each maps to the offices it can stand for.
 */
const synonyms: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  fr: {
    édile: ['maire', 'mairesse'],
    technicien: ['entraîneur'],
    coach: ['entraîneur'],
    // A prosecutor and a judge are both magistrates.
    magistrat: ['procureur', 'procureure', 'juge'],
    // "le responsable": whoever heads the service or body the text named with a holder.
    responsable: ['directeur', 'directrice', 'président', 'présidente', 'chef', 'cheffe', 'maire'],
  },
  es: {
    regidor: ['alcalde'],
    regidora: ['alcaldesa'],
    edil: ['alcalde', 'alcaldesa', 'concejal', 'concejala'],
    mandatario: ['presidente'],
    mandataria: ['presidenta'],
    técnico: ['entrenador', 'director técnico'],
    magistrado: ['juez', 'jueza', 'fiscal'],
    magistrada: ['jueza', 'fiscal'],
    entrenador: ['técnico', 'director técnico'],
    responsable: [
      'director',
      'directora',
      'presidente',
      'presidenta',
      'jefe',
      'jefa',
      'alcalde',
      'alcaldesa',
    ],
  },
  pt: {
    autarca: ['presidente da câmara', 'presidente da junta', 'presidente do município'],
    governante: ['ministro', 'ministra', 'secretário de estado', 'secretária de estado'],
    edil: ['prefeito', 'prefeita', 'vereador', 'vereadora'],
    técnico: ['treinador'],
    magistrado: ['procurador', 'juiz'],
    magistrada: ['procuradora', 'juíza'],
    treinador: ['técnico'],
    responsável: ['diretor', 'diretora', 'presidente', 'coordenador', 'coordenadora', 'comandante'],
  },
  it: {
    'primo cittadino': ['sindaco', 'sindaca'],
    'prima cittadina': ['sindaca', 'sindaco'],
    governatore: ['presidente della regione', 'presidente della giunta regionale'],
    governatrice: ['presidente della regione', 'presidente della giunta regionale'],
    // A football coach: "il tecnico toscano" after "l'allenatore del Valdarno, Simone …".
    tecnico: ['allenatore', 'mister', 'coach'],
    magistrato: ['procuratore', 'pm', 'giudice'],
    allenatore: ['tecnico', 'mister'],
    mister: ['allenatore', 'tecnico'],
    responsabile: ['direttore', 'direttrice', 'presidente', 'dirigente', 'sindaco', 'sindaca'],
  },
};

/** The offices a word or two-word phrase may stand for (itself first). */
export function officesFor(phrase: string, language: string): readonly string[] {
  const lower = phrase.toLowerCase();
  return [lower, ...(synonyms[language]?.[lower] ?? [])];
}

import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const portuguese: SpeechLexicon = {
  language: 'pt',
  speechVerbs: words(`disse afirmou declarou ressaltou observou contou reclamou destacou
    explicou acrescentou garantiu alertou reconheceu comentou prometeu avaliou
    diz afirma declara ressalta observa conta destaca explica`),
  accordingTo: words('segundo'),
  titles: words(`presidente ministro ministra governador governadora prefeito prefeita
    secretário secretária diretor diretora economista economista-chefe infectologista
    costureira pedreiro deputado deputada senador senadora porta-voz`),
  titleEndings: [],
  nameParticles: words('de da das do dos e'),
  prepositions: words('de da das do dos em no na nos nas por para com'),
  articles: words('o a os as um uma'),
  pronouns: words('ele ela'),
  stopwords: words(`o a os as de da do das dos e em no na um uma que para com não por mais
    como foi ao se segundo`),
};

import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

/**
 * The common ways an Italian paper attributes a quotation, one invented sentence each (round 4:
 * coverage of the language first, then the tuning set). [construction, text, quote start,
 * speaker a reader should see].
 */
/** A neutral lead paragraph, so that each short case reads as an article in the language. */
const lead =
  'La situazione resta tesa in tutta la provincia, e gli abitanti aspettano risposte da diverse settimane.\n\n';

const cases: [string, string, string, string | null][] = [
  [
    'verb after the quote, inverted name',
    'Il raccolto è stato scarso.\n\n«Non avevamo mai visto nulla di simile», dice Marco Bellini.',
    'Non avevamo',
    'Marco Bellini',
  ],
  [
    'office then name after a comma',
    'Il ponte resterà chiuso tre mesi.\n\n«I lavori sono indispensabili», spiega il sindaco di Lecce, Carlo Mele.',
    'I lavori',
    'Carlo Mele',
  ],
  [
    'occupation then name without comma',
    "La squadra ha perso in casa.\n\n«Abbiamo sbagliato tutto», ammette l'allenatore Paolo Conti.",
    'Abbiamo sbagliato',
    'Paolo Conti',
  ],
  [
    'secondo before the quote',
    "L'indagine si allarga.\n\nSecondo il procuratore Giulio Serra, «la rete era ben organizzata».",
    'la rete era',
    'Giulio Serra',
  ],
  [
    'colon introduction',
    'La Regione taglia i fondi.\n\nIl presidente della Provincia, Franco Ruggeri, non ha dubbi: «È un errore grave».',
    'È un errore',
    'Franco Ruggeri',
  ],
  [
    'incise between dashes with a surname',
    'Paolo Conti ha parlato dopo la partita.\n\n«Non è finita — dice Conti — anzi comincia adesso».',
    'Non è finita',
    'Paolo Conti',
  ],
  [
    'surname alone after the full name',
    'Carlo Mele ha presentato il bilancio.\n\n«I conti sono in ordine», aggiunge Mele.',
    'I conti',
    'Carlo Mele',
  ],
  [
    'priest honorific don',
    'La parrocchia raccoglie cibo per le famiglie.\n\n«Ogni settimana arrivano più persone», racconta don Emilio Sartori.',
    'Ogni settimana',
    'Emilio Sartori',
  ],
  [
    'lawyer title before the name',
    "Il processo riprende a giugno.\n\n«Il mio assistito è innocente», ha detto l'avvocato Stefano Lodi.",
    'Il mio assistito',
    'Stefano Lodi',
  ],
  [
    'described speaker ending before an adjective of presence',
    "L'udienza è durata sei ore.\n\n«Finalmente giustizia», commenta un commerciante di Bari presente in aula.",
    'Finalmente',
    'un commerciante di Bari',
  ],
  [
    'described speaker ending before a relative clause',
    "La fabbrica chiude a fine mese.\n\n«Non so cosa farò», racconta un operaio che lavora lì da vent'anni.",
    'Non so cosa',
    'un operaio',
  ],
  [
    'described speaker ending before a participle',
    'Il borgo si riempie di visitatori.\n\n«È un posto magico», dice una turista arrivata da Torino.',
    'È un posto',
    'una turista',
  ],
  [
    'described speaker ending before a con phrase',
    'Lo stadio era tutto esaurito.\n\n«Aspettavo questo giorno da anni», dice un tifoso del Bari con la sciarpa al collo.',
    'Aspettavo',
    'un tifoso del Bari',
  ],
  [
    'described speaker ending before an age phrase',
    "Il mercato coperto compie cent'anni.\n\n«Ci vengo da quando ero bambina», racconta una pensionata di Foggia di 82 anni.",
    'Ci vengo',
    'una pensionata di Foggia',
  ],
  [
    'speaker in the sentence before, quote alone',
    'Il sindaco di Lecce, Carlo Mele, ha incontrato i residenti.\n\nHa promesso aiuti. «Nessuno sarà lasciato solo».',
    'Nessuno sarà',
    'Carlo Mele',
  ],
  [
    'speaker named in the sentence after the quote (Così X)',
    'Il festival è stato annullato.\n\n«Non ci sono i fondi per organizzarlo». Così il direttore artistico, Luca Ferretti, ha spiegato la decisione.',
    'Non ci sono',
    'Luca Ferretti',
  ],
  [
    'lo ha detto X after the quote',
    "Il porto resterà aperto.\n\n«Non chiuderemo nessuna banchina». Lo ha detto il presidente dell'Autorità portuale, Sergio Valli.",
    'Non chiuderemo',
    'Sergio Valli',
  ],
  [
    'time phrase and place between the verb and the name',
    'Il governo ha approvato il decreto.\n\n«È una svolta», ha commentato ieri a Roma la ministra Giulia Fontana.',
    'È una svolta',
    'Giulia Fontana',
  ],
  [
    'role noun pointing back',
    "L'allenatore del Lecce, Paolo Conti, ha parlato a fine gara.\n\n«Meritavamo di più», ha detto il tecnico.",
    'Meritavamo',
    'Paolo Conti',
  ],
];

describe('Italian attribution constructions (round 4, invented)', () => {
  it.each(cases)('%s', (_construction, text, quoteStart, speaker) => {
    expect(speakerOf(lead + text, quoteStart)).toBe(speaker);
  });
});

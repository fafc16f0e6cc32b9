import { describe, expect, it } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

/**
 * The common ways a French paper attributes a quotation, one invented sentence each (round 4:
 * coverage of the language first, then the tuning set). [construction, text, quote start,
 * speaker a reader should see].
 */
/** A neutral lead paragraph, so that each short case reads as an article in the language. */
const lead =
  'La situation reste tendue dans tout le département, et les habitants attendent des réponses depuis plusieurs semaines.\n\n';

const cases: [string, string, string, string | null][] = [
  [
    'verb after the quote, inverted name',
    "La coopérative a vendu toute sa récolte.\n\n« Nous n'avons jamais vu ça », explique Jeanne Morvan.",
    'Nous n',
    'Jeanne Morvan',
  ],
  [
    'verb after the quote, office then name after a comma',
    'Le pont sera fermé trois mois.\n\n« Les travaux sont indispensables », a déclaré le maire de Pontivy, Alain Le Du.',
    'Les travaux',
    'Alain Le Du',
  ],
  [
    'verb after the quote, occupation then name without comma',
    'Les vendanges commencent lundi.\n\n« Le raisin est magnifique cette année », confie le vigneron Paul Chabert.',
    'Le raisin',
    'Paul Chabert',
  ],
  [
    'time phrase between verb and name',
    "Le conseil a voté le budget.\n\n« C'est un budget de combat », a lancé jeudi soir Odile Marchais.",
    "C'est un budget",
    'Odile Marchais',
  ],
  [
    'name then apposition after the verb',
    "La fête du livre revient.\n\n« Nous attendons trois mille visiteurs », indique Claire Roussel, présidente de l'association.",
    'Nous attendons',
    'Claire Roussel',
  ],
  [
    'colon introduction with the subject before',
    "La ligne de bus sera supprimée.\n\nLe président du comité d'usagers, Yves Marchand, ne décolère pas : « On nous abandonne ».",
    'On nous',
    'Yves Marchand',
  ],
  [
    'selon with an occupation before the name',
    "Les prix de l'immobilier reculent.\n\n« Le marché va se retourner avant l'été », selon l'économiste Anne Vidal.",
    'Le marché',
    'Anne Vidal',
  ],
  [
    'incise inside the quote',
    'La tempête a emporté la toiture.\n\n« Nous avons tout perdu, soupire Gilles Fabre. Il ne reste rien. »',
    'Nous avons tout',
    'Gilles Fabre',
  ],
  [
    'inverted pronoun pointing back',
    'Jeanne Morvan dirige la chorale depuis vingt ans.\n\n« Je ne me lasse pas », dit-elle.',
    'Je ne me lasse',
    'Jeanne Morvan',
  ],
  [
    'surname alone after the full name',
    'Gilles Fabre est éleveur à Plouay.\n\n« Le prix du lait ne couvre plus nos frais », poursuit Fabre.',
    'Le prix du lait',
    'Gilles Fabre',
  ],
  [
    'lawyer honorific Me',
    "Le procès s'est ouvert lundi à Nantes.\n\n« Mon client n'a jamais touché cet argent », a plaidé Me Sophie Garnier.",
    'Mon client',
    'Sophie Garnier',
  ],
  [
    'bishop honorific Mgr',
    "La cathédrale a rouvert dimanche.\n\n« C'est une joie pour tout le diocèse », a déclaré Mgr Pierre Lemaire.",
    "C'est une joie",
    'Pierre Lemaire',
  ],
  [
    'doctor honorific after the article',
    'Les urgences sont saturées.\n\n« Nous manquons de lits », explique le Dr Henri Vasseur.',
    'Nous manquons',
    'Henri Vasseur',
  ],
  [
    'described speaker ending before an age phrase',
    "Le magasin a fermé ses portes.\n\n« J'y faisais mes courses depuis trente ans », raconte une retraitée de Quimperlé âgée de 68 ans.",
    "J'y faisais",
    'une retraitée de Quimperlé',
  ],
  [
    'described speaker ending before a relative clause',
    "Un incendie a ravagé l'entrepôt.\n\n« Les flammes montaient à vingt mètres », témoigne un commerçant de la rue Gambetta qui a vu la scène.",
    'Les flammes',
    'un commerçant de la rue Gambetta',
  ],
  [
    'described speaker ending before a participle clause',
    'Le marché de Noël a ouvert.\n\n« On vient chaque année en famille », sourit une visiteuse venue de Redon.',
    'On vient chaque',
    'une visiteuse',
  ],
  [
    'described speaker ending before an adjective of presence',
    "L'audience a duré six heures.\n\n« Justice est enfin rendue », souffle un ancien salarié présent dans la salle.",
    'Justice est',
    'un ancien salarié',
  ],
  [
    'described speaker ending before a gesture phrase',
    "La pêche à la coquille a repris.\n\n« La saison s'annonce bonne », dit un marin de Concarneau, les mains dans les filets.",
    'La saison',
    'un marin de Concarneau',
  ],
  [
    'speaker in the sentence before, quote alone',
    'Le maire, Alain Le Du, a reçu les commerçants.\n\nIl a promis des aides. « Personne ne sera oublié. »',
    'Personne ne',
    'Alain Le Du',
  ],
  [
    'a-t-il ajouté after a named speaker',
    'Paul Chabert a présenté son vin.\n\n« Il faut le goûter », a-t-il ajouté.',
    'Il faut le',
    'Paul Chabert',
  ],
  [
    'pour X, partial quote',
    "Le club a perdu sa sixième rencontre.\n\nPour l'entraîneur Marc Olivier, « l'équipe manque de confiance ».",
    "l'équipe manque",
    'Marc Olivier',
  ],
  [
    'speaker named in the sentence after the quote',
    "Le festival est annulé.\n\n« Nous n'avions plus les moyens de l'organiser. » C'est ce qu'a expliqué mardi le directeur, Benoît Lagarde.",
    'Nous n',
    'Benoît Lagarde',
  ],
  [
    'spokesperson of an organisation, unnamed',
    'Le trafic reste perturbé.\n\n« La circulation reprendra demain matin », a indiqué un porte-parole de la SNCF.',
    'La circulation',
    'un porte-parole de la SNCF',
  ],
];

describe('French attribution constructions (round 4, invented)', () => {
  it.each(cases)('%s', (_construction, text, quoteStart, speaker) => {
    expect(speakerOf(lead + text, quoteStart)).toBe(speaker);
  });
});

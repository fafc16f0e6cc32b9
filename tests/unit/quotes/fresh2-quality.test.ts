import { describe, it, expect } from 'vitest';
import { quoteSetFolder, scoreQuoteSet, speakerOf } from './score-quote-set.ts';

const folder = quoteSetFolder('quotes-fresh2');

describe('quote finder on the fresh2 set (55 articles in house styles the others lacked)', () => {
  it('keeps direct-quote F1 and speaker accuracy above their quality floors', () => {
    const score = scoreQuoteSet(folder);
    expect(score.articles).toBeGreaterThanOrEqual(55);
    // Honest first runs, each batch before the fixes it prompted: articles 1–20 F1 0.998,
    // speaker 0.766; 21–25 F1 1.000, speaker 0.891; 26–30 F1 1.000, speaker 0.826;
    // 31–35 F1 1.000, speaker 0.887; 36–40 F1 1.000, speaker 0.815; 41–45 F1 1.000,
    // speaker 0.735; 46–50 F1 1.000, speaker 0.800; 51–55 F1 1.000, speaker 0.964.
    // After the fixes: F1 0.999, speaker 0.997.
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
  });
});

describe('name forms', () => {
  it('reads a Spanish paternal surname alone as the full double-surname name', () => {
    const text =
      'Lawyer Tomás Ibarra Quintero filed the appeal.\n\n“The ruling ignores the evidence,” Ibarra said.';
    expect(speakerOf(text, 'The ruling')).toBe('Tomás Ibarra Quintero');
  });

  it('matches a surname to a name ending in "Jr."', () => {
    const text =
      'State Rep. Howard Pike Jr. sponsored the bill.\n\n“It is about fairness,” Pike said in a statement.';
    expect(speakerOf(text, 'It is about')).toBe('Howard Pike Jr.');
  });

  it('reads a surname-first name ("Liu said") as the person first named in full', () => {
    const text =
      'The company’s founder, Liu Changming, spoke in Shenzhen.\n\n“We will not leave Europe,” Liu said.';
    expect(speakerOf(text, 'We will not')).toBe('Liu Changming');
  });

  it('keeps a given name ending in -er ("Pieter van der Meer") as part of the name', () => {
    const text =
      'Pieter van der Meer, an economist at a Dutch bank, was unmoved.\n\n“Rates will stay high,” Van der Meer said.';
    expect(speakerOf(text, 'Rates will')).toBe('Pieter van der Meer');
  });

  it('reads a capitalised "He" inside a sentence as the Chinese surname He', () => {
    const text =
      'Ministry spokesman He Lingfeng briefed reporters.\n\n“Talks will continue,” He said.';
    expect(speakerOf(text, 'Talks will')).toBe('He Lingfeng');
  });

  it('strips British police ranks such as "Det Ch Insp"', () => {
    const text =
      'Det Ch Insp Rhodri Evans led the search.\n\n“We need the public’s help,” Det Ch Insp Evans said.';
    expect(speakerOf(text, 'We need')).toBe('Rhodri Evans');
  });
});

describe('people who share a surname', () => {
  it('lets "Ms." pick the known woman over a shop named after the family', () => {
    const text = [
      'For 20 years, Lucia and Arturo Benavides ran Taquería Benavides in Fresno.',
      '“We never missed a Sunday,” Ms. Benavides said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We never')).toBe('Lucia Benavides');
  });

  it('resolves "Mr." to the man named before the quote, not one named later', () => {
    const text = [
      'Her death was confirmed by her son, Anders Holm.',
      '“She loved that shop,” Mr. Holm said.',
      'She met her husband, Leif Holm, in 1958.',
    ].join('\n\n');
    expect(speakerOf(text, 'She loved')).toBe('Anders Holm');
  });

  it('reads "His wife" as the woman who shares his surname', () => {
    const text = [
      'Ines and Rodrigo Salas ran the farm for decades. Lately a neighbor, Carla Ruiz, helps out.',
      '“I will keep the goats,” Mr. Salas said.',
      'His wife was less sure. “He says that every year,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'He says')).toBe('Ines Salas');
  });
});

describe('attribution wording', () => {
  it('takes "Her answer to Dunbar:" as hers, not Dunbar’s', () => {
    const text = [
      'Mayor Olivia Grant dismissed the criticism from Councilman Paul Dunbar.',
      'Her answer to Dunbar: “Write a better plan and I will sign it.”',
    ].join('\n\n');
    expect(speakerOf(text, 'Write a better')).toBe('Olivia Grant');
  });

  it('does not take a place after a preposition ending in -er for a person', () => {
    const text =
      'Chen Wei, a trade official, spoke after Brussels imposed the duties. “We regret this,” he said.';
    expect(speakerOf(text, 'We regret')).toBe('Chen Wei');
  });

  it('gives a bare quote paragraph to the "He" that closes the paragraph before', () => {
    const text = [
      'Coach Martin Keane was asked about his striker’s contract. He smiled.',
      '“That is a question for January.”',
    ].join('\n\n');
    expect(speakerOf(text, 'That is a question')).toBe('Martin Keane');
  });

  it('treats the name after "X’s agent," as the subject a later "she" means', () => {
    const text = [
      'Forward Dion Marsh deleted the post.',
      'Reached by phone, Marsh’s agent, Wendy Cole, declined to comment. “He regrets it,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'He regrets')).toBe('Wendy Cole');
  });

  it('reads a long organisation name after the quote ("the Joint Command of the Armed Forces")', () => {
    const text =
      'Jets were scrambled. “All systems are on alert,” the Joint Command of the Estonian Defence Forces said in a post on X.';
    expect(speakerOf(text, 'All systems')).toBe('Joint Command of the Estonian Defence Forces');
  });

  it('gives a stand-in ("the 58-year-old geologist") a role that "the geologist" later uses', () => {
    const text = [
      'The first thing you notice about Dr. Hanne Solberg is her boots.',
      '“They have seen six continents,” the 58-year-old geologist said.',
      'Her colleague Dr. Ruth Amadi, a chemist, joined in 2019. “She never rests,” Amadi said.',
      'The geologist is already planning the next trip. Asked if it is her last, she shrugged. “Ask me in spring,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'Ask me')).toBe('Hanne Solberg');
  });
});

describe('organisations as speakers', () => {
  it('gives "the statement read" to whoever the text said issued the statement', () => {
    const text = [
      'Owner Victor Lane announced the sale on Monday.',
      'In a follow-up statement, Lane sought to reassure fans. “The team stays here,” the statement read.',
    ].join('\n\n');
    expect(speakerOf(text, 'The team')).toBe('Victor Lane');
  });

  it('gives "the council’s statement read" to the council', () => {
    const text =
      'The Ports Council welcomed the bill.\n\n“It is long overdue,” the council’s statement read.';
    expect(speakerOf(text, 'It is long')).toBe('Ports Council');
  });

  it('names "the army" by its description ("The Malian army")', () => {
    const text =
      'The Malian army confirmed the truce on state television. “We will respect it,” the army said.';
    expect(speakerOf(text, 'We will respect')).toBe('Malian army');
  });

  it('gives "A Department for Education spokesperson said:" to the department', () => {
    const text = [
      'The Department for Education says funding is rising.',
      'Heads disagree. A Department for Education spokesperson said: “We are investing more than ever.”',
    ].join('\n\n');
    expect(speakerOf(text, 'We are investing')).toBe('Department for Education');
  });

  it('lets "he said" after "A Lantern spokesman confirmed…" quote the company', () => {
    const text = [
      'Lantern Robotics will cut 200 jobs, its chief executive, Omar Haddad, said.',
      'A Lantern spokesman confirmed the cuts. “We are focusing on our core products,” he said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are focusing')).toBe('Lantern Robotics');
  });

  it('reads "the agency" as the named agency, never a river', () => {
    const text = [
      'Barges on the Ohio River stopped twice. The Army Corps of Engineers runs the locks.',
      '“Repairs are under way,” the agency said.',
    ].join('\n\n');
    expect(speakerOf(text, 'Repairs')).toBe('Army Corps of Engineers');
  });

  it('reads a name ending in "Co." as a company, and "the ministry" as "Ministry of Commerce"', () => {
    const text = [
      'Residents buy water from Sierra Azul Water Co., which the state sued.',
      'China’s Ministry of Commerce criticised the duties. “China firmly opposes this,” the ministry said.',
    ].join('\n\n');
    expect(speakerOf(text, 'China firmly')).toBe('Ministry of Commerce');
  });

  it('reads "Centers for Disease Control and Prevention" as one organisation', () => {
    const text =
      'The Centers for Disease Control and Prevention sent a team. “We are assisting the state,” the agency said.';
    expect(speakerOf(text, 'We are assisting')).toBe('Centers for Disease Control and Prevention');
  });
});

describe('relatives, reporters and ranks', () => {
  it('keeps a first-name-only relative ("her husband Dean") apart from the family, named as written', () => {
    const text = [
      'Joanne Pike, 44, from Leeds, lost her deposit. Joanne and her husband Dean, 46, had paid in full.',
      '“We felt stupid,” Dean says.',
    ].join('\n\n');
    // Not "Dean Pike": a speaker shown is a name the text writes, and a spouse's surname is a guess.
    expect(speakerOf(text, 'We felt')).toBe('Dean');
  });

  it('keeps a bare surname for the one the text named so, not the inferred son', () => {
    const text = [
      'Alma Rourke worked at the mill for 30 years. Her son, Kevin, 31, moved away.',
      '“There is nothing here,” he said.',
      'Rourke said she understood. “I would leave too,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'There is nothing')).toBe('Kevin');
    expect(speakerOf(text, 'I would leave')).toBe('Alma Rourke');
  });

  it('gives a question "one reporter asked" to the reporter as written, not to the minister quoted before', () => {
    const text = [
      '“Nobody should wait a day,” Health Secretary Joan Pryor said.',
      '“Will you apologise?” one reporter asked.',
    ].join('\n\n');
    expect(speakerOf(text, 'Will you')).toBe('one reporter');
  });

  it('gives a bare full quote to the speaker of the partial quote before it', () => {
    const text =
      'Asked about funding, Tom Ruddock said his party would “reform as well as invest”. “I will not write the Budget here.”';
    expect(speakerOf(text, 'I will not')).toBe('Tom Ruddock');
  });

  it('strips British police ranks such as "DC"', () => {
    const text =
      'Detective Constable Amrit Sandhu led the case.\n\n“It matters,” DC Sandhu said outside court.';
    expect(speakerOf(text, 'It matters')).toBe('Amrit Sandhu');
  });

  it('reads "the BJP said" as the party the acronym stands for', () => {
    const text =
      'The ruling Bharatiya Janata Party rejected the claims. “The law applies to all,” the BJP said in a statement.';
    expect(speakerOf(text, 'The law')).toBe('Bharatiya Janata Party');
  });
});

describe('more descriptions of speakers', () => {
  it('reads a sports position ("Chiefs safety Justin Reid", "the safety said") as a role', () => {
    const text = [
      'Chiefs coach Andy Reid praised his defense.',
      'Chiefs safety Justin Reid sealed the win. “I saw his eyes the whole way,” the safety said.',
    ].join('\n\n');
    expect(speakerOf(text, 'I saw')).toBe('Justin Reid');
  });

  it('names "the presidency" by its description ("The Kenyan presidency")', () => {
    const text =
      'The Kenyan presidency defended the tax on Tuesday. “The savings fund schools,” the presidency said in a statement.';
    expect(speakerOf(text, 'The savings')).toBe('Kenyan presidency');
  });

  it('gives "the spokesperson said" after "A spokesperson for Vestas said" to the company', () => {
    const text = [
      'The Danish energy company Vestas and the World Federation of Advertisers were named.',
      'A spokesperson for Vestas said the company chose for itself. “Vestas makes its own decisions,” the spokesperson said.',
    ].join('\n\n');
    expect(speakerOf(text, 'Vestas makes')).toBe('Vestas');
  });
});

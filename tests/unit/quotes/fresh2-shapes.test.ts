import { describe, it, expect } from 'vitest';
import { speakerOf } from './score-quote-set.ts';

// Cases from the fresh2 set's misses (see fresh2-quality.test.ts), by article shape.
describe('things that look like people', () => {
  it('does not take an album title for a person ("her debut album, Southside Hymns,")', () => {
    const text = [
      'Singer Ada Obi grew up in Peckham. Obi’s debut album, Northside Psalms, spent eight weeks at number one.',
      'The praise makes her uneasy. “I have made one record,” she says.',
    ].join('\n\n');
    expect(speakerOf(text, 'I have made')).toBe('Ada Obi');
  });

  it('reads a bare surname as the story’s subject, not a relative named once', () => {
    const text = [
      'Ada Obi headlines on Saturday. Obi says she is nervous. Obi says her band is ready.',
      'Her mother, Grace Obi, a nurse, will be there. “I bought new boots,” Mrs Obi says.',
      'Obi laughs. “She rings me every day,” she says.',
    ].join('\n\n');
    expect(speakerOf(text, 'She rings')).toBe('Ada Obi');
  });

  it('reads a shop whose name starts with a title word ("King Soopers") as a company', () => {
    const text = [
      'The gunman entered the King Soopers store at 2 p.m.',
      'King Soopers, which is owned by Kroger, said the store would close. “We are heartbroken,” the company said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are heartbroken')).toBe('King Soopers');
  });

  it('joins an agency name across "and" ("… Reduction and Management Council")', () => {
    const text =
      'The National Disaster Risk Reduction and Management Council counted the dead. “The toll may rise,” the council said.';
    expect(speakerOf(text, 'The toll')).toBe(
      'National Disaster Risk Reduction and Management Council',
    );
  });

  it('shows "the official said" as "A third U.S. official", as the text introduced them', () => {
    const text = [
      'Russia’s Foreign Ministry condemned the plan.',
      'A third U.S. official said no decision had been made. “That conversation is ongoing,” the official said.',
    ].join('\n\n');
    expect(speakerOf(text, 'That conversation')).toBe('A third U.S. official');
  });

  it('skips an all-capitals dateline place ("AURORA, Colo. —")', () => {
    const text =
      'AURORA, Colo. — A store closed on Saturday. “We are heartbroken,” the company said.';
    expect(speakerOf(text, 'We are heartbroken')).toBe('the company');
  });
});

describe('titles, datelines and sources', () => {
  it('keeps a one-word regnal name whole and reads "the pontiff" as the pope', () => {
    const text = [
      'Pope Leo spoke from the window of the Apostolic Palace.',
      '“Silence the weapons,” the pontiff said.',
    ].join('\n\n');
    expect(speakerOf(text, 'Silence')).toBe('Pope Leo');
  });

  it('strips church titles such as "Cardinal"', () => {
    const text = '“We are ready to help,” said Cardinal Matteo Zuppi.';
    expect(speakerOf(text, 'We are ready')).toBe('Matteo Zuppi');
  });

  it('reads a name described as "the … aid network" as an organisation', () => {
    const text = [
      'Caritas Europa, the Catholic Church’s regional aid network, said in a statement that food was short.',
      '“We join the appeal,” the organization said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We join')).toBe('Caritas Europa');
  });

  it('skips a multi-word capitalised dateline ("NEW YORK (Reuters) -")', () => {
    const text = [
      'NEW YORK (Reuters) - Banks rallied on Monday.',
      'Marianne Lake, the head of the consumer bank, declined to comment. “No comment,” she said with a smile.',
    ].join('\n\n');
    expect(speakerOf(text, 'No comment')).toBe('Marianne Lake');
  });

  it('gives "she" after "Lily’s older sister, Anh," to Anh, not to Lily', () => {
    const text = [
      'Lily Tran was hit on Powell Boulevard. Lily’s older sister, Anh, 23, spoke to the council.',
      '“This did not come out of nowhere,” she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'This did not')).toBe('Anh');
  });

  it('reads "according to a statement from Consumer Reports" as its source', () => {
    const text =
      'Analyst Bob Hale liked the phone. “Most people need not upgrade,” according to a statement from Consumer Reports.';
    expect(speakerOf(text, 'Most people')).toBe('Consumer Reports');
  });

  it('reads a lone name owning "shares" as a company for "the company said"', () => {
    const text = [
      'Pearwood unveiled a thinner phone. Pearwood’s shares fell 2%.',
      'In a blog post, the company said the phone used recycled metal. “We are on track,” the post said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are on track')).toBe('Pearwood');
  });
});

describe('wire-copy attributions', () => {
  it('reads "said UBS analyst Giovanni Staunovo" as the analyst', () => {
    const text = '“It was the least they could do,” said UBS analyst Giovanni Staunovo.';
    expect(speakerOf(text, 'It was the least')).toBe('Giovanni Staunovo');
  });

  it('matches "Prince Abdulaziz" to "Prince Abdulaziz bin Salman"', () => {
    const text = [
      'Saudi Energy Minister Prince Abdulaziz bin Salman spoke after the meeting.',
      '“We are not chasing prices,” Prince Abdulaziz said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are not')).toBe('Abdulaziz bin Salman');
  });

  it('reads a surname that is also a title ("Judge said") as the person', () => {
    const text =
      'Yankees slugger Aaron Judge struck out three times.\n\n“I have to be better,” Judge said.';
    expect(speakerOf(text, 'I have to')).toBe('Aaron Judge');
  });

  it('keeps "the left-hander" for the man the appositive described', () => {
    const text = [
      'Boone brought in Nestor Cortes, a left-hander who had not pitched in a month.',
      'Cortes said he had no regrets. “He made me pay,” the left-hander said.',
    ].join('\n\n');
    expect(speakerOf(text, 'He made me')).toBe('Nestor Cortes');
  });

  it('reads "a spokesperson for Water UK said" as the industry body', () => {
    const text = [
      'The Environment Agency published the figures.',
      '“We need to sort this out,” a spokesperson for Water UK said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We need to sort')).toBe('Water UK');
  });

  it('strips "Administrator" in "FEMA Administrator Deanne Criswell"', () => {
    const text = '“We have the resources,” FEMA Administrator Deanne Criswell told reporters.';
    expect(speakerOf(text, 'We have the')).toBe('Deanne Criswell');
  });

  it('gives "they wrote" after "Analysts at Capital Economics said" to the firm', () => {
    const text =
      'Analysts at Capital Economics said in a note that a deal would help. “A deal would reduce the risks,” they wrote.';
    expect(speakerOf(text, 'A deal would')).toBe('Capital Economics');
  });
});

/**
 * Lines that web pages and feeds wrap around a story but that report nothing: bylines with
 * time stamps, "Published: … | Updated: …", "Scroll down for video", "Read more:", reporting
 * credits, "CNN's … contributed to this report", helpline notices, "This is a developing story",
 * and team sheets.
 */
const debrisPatterns: readonly RegExp[] = [
  /^(?:published|updated|last updated|posted|first published|modified)\b\s*(?:at|on|:)?\s*\.?\s*[\d:]/iu,
  /\|\s*\.?\s*(?:updated|published)\s*:/iu,
  /^(?:by\s+)?[\p{L} .'\u2019-]{0,60}\b(?:published|updated)\s*:/iu,
  /^(?:read more|related(?: topics| stories| articles| content)?|more on this story|watch|video|see also)\s*:/iu,
  /^(?:scroll down for video|share this (?:article|story)|advertisement|story highlights|live updates|click here to|sign up for|follow us on)\b/iu,
  /^\(?(?:reporting|writing|additional reporting|editing) by\b/iu,
  /\bcontributed (?:to )?(?:this )?report(?:ing)?\.?$/iu,
  /^this (?:is a )?(?:developing|breaking) (?:story|news)\b/iu,
  /^for confidential support\b/iu,
  // A bare time stamp: "14:11 EST, 25 October 2013 .", "Updated 1:23 PM ET, Fri September 6, 2024".
  /^(?:(?:updated|published|posted)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4})?,?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*\.?$/iu,
  /^(?:\u00A9|copyright\s+(?:\u00A9\s*)?\d{4})|\ball rights reserved\b/iu,
];

/** A roster has at least this many names in a row ("Wales: Rees-Zammit; Adams, Tompkins, …"). */
const minimumRosterSegments = 9;
/** …and its segments are names of a word or two, where a sentence's clauses run longer. */
const maximumRosterSegmentWords = 2.5;

/** True when a line of page text is debris around the story rather than part of it. */
export function isPageDebris(line: string): boolean {
  const trimmed = line.trim();
  return debrisPatterns.some((pattern) => pattern.test(trimmed)) || isRoster(trimmed);
}

/**
 * Team sheets, cast lists and squads under a match report or review: names separated by
 * commas and semicolons. They name who took part but report nothing that happened.
 */
function isRoster(line: string): boolean {
  const segments = line.split(/[,;:]/).filter((segment) => segment.trim() !== '');
  if (segments.length < minimumRosterSegments) return false;
  const words = line.split(/\s+/).filter((word) => word !== '').length;
  return words / segments.length <= maximumRosterSegmentWords;
}

import { endsLikeSentence, looksLikePersonName } from './text-shape.ts';

/**
 * Rules that recognise page debris as whole paragraphs. Each rule is narrow on purpose: a
 * paragraph is dropped only when it matches a debris shape, so a short real sentence
 * ("Twitter said it would appeal.") survives. Rules never edit a paragraph, only judge it.
 */

const shareWords = new Set([
  'share',
  'sharing',
  'shares',
  'this',
  'article',
  'story',
  'on',
  'via',
  'the',
  'facebook',
  'twitter',
  'x',
  'email',
  'e-mail',
  'mail',
  'copy',
  'copied',
  'link',
  'url',
  'print',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'telegram',
  'messenger',
  'flipboard',
  'tweet',
  'sms',
  'save',
  'saved',
  'gift',
  'comments',
  'comment',
  'bookmark',
  'more',
  'options',
  'threads',
  'bluesky',
  'mastodon',
  'share-on',
  'close',
]);
const shareCoreWords = new Set([
  'share',
  'facebook',
  'twitter',
  'x',
  'email',
  'e-mail',
  'mail',
  'copy',
  'print',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'telegram',
  'messenger',
  'flipboard',
  'tweet',
  'sms',
  'gift',
  'comments',
  'comment',
  'bookmark',
  'save',
  'threads',
  'bluesky',
  'mastodon',
]);

/** "twitter", "Share this article", "Facebook | Twitter | Email", "Copy link". */
export function isShareWidget(paragraph: string): boolean {
  if (paragraph.length > 80) return false;
  const words = paragraph
    .toLowerCase()
    .split(/[\s|•·,/]+/u)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ''))
    .filter((word) => word.length > 0);
  return (
    words.length > 0 &&
    words.every((word) => shareWords.has(word)) &&
    words.some((word) => shareCoreWords.has(word))
  );
}

const dateWord =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|at|on|ago|and|hours?|hrs?|minutes?|mins?|days?|weeks?|yesterday|today|updated|published|posted|modified|uhr|[a-z]{0,2}[sd]t|gmt|utc|bst|cet|cest|ist|aest|jst|et|pt|ct|mt|z)$/u;

/** "Nov. 28, 2024", "28 November 2024 14:05 GMT", "3 hours ago", "2024-11-28T10:00:00Z". */
export function isDateOnly(text: string): boolean {
  // Inline elements glued without a space: "2:32 PM UTCUpdated 2 hours ago".
  const tokens = text
    .replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .toLowerCase()
    .split(/[\s,|•·()]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[.:]+$/gu, ''))
    .filter((token) => token.length > 0);
  if (tokens.length === 0 || !/\d/u.test(text)) return false;
  return tokens.every(
    (token) =>
      dateWord.test(token) || /^[\d:./T+Z-]+$/iu.test(token) || /^\d+(?:st|nd|rd|th)$/u.test(token),
  );
}

const timestampLabel =
  /^(?:last\s+)?(?:updated|published|posted|modified|first published|originally published|date|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato)(?:\s+(?:on|le|el|am|il))?\s*(:?)\s*(.*)$/iu;

/** "Updated:", "Published: Nov 28, 2024 5:00 AM ET", "Updated on 28 November 2024", a bare date. */
export function isTimestampLine(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const match = timestampLabel.exec(paragraph);
  if (match) {
    const rest = match[2] ?? '';
    if (rest.length === 0 || isDateOnly(rest)) return true;
    if (match[1] === ':' && !endsLikeSentence(rest)) return true;
  }
  return isDateOnly(paragraph);
}

const mediaPatterns = [
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/u,
  /^listen(?:\s+to)?(?:\s+(?:this|the))?(?:\s+(?:article|story))?(?:\s*[(·•|-]?\s*\d+\s*(?:min(?:ute)?s?|m)\)?)?$/iu,
  /^\d+\s*(?:min(?:ute)?s?|m)\s+(?:read|listen|watch)$/iu,
  /^(?:play|pause|mute|unmute|replay|fullscreen|close|expand|enlarge this image|toggle caption|hide caption|show caption|view image|open image in gallery|image|photo|video|gallery|embed|loading\.*|skip)$/iu,
  /^(?:image|photo|slide)?\s*\d+\s*(?:of|\/)\s*\d+$/iu,
  /^(?:video|audio) (?:duration|length)?\s*[\d:]+$/iu,
  /^(?:audio|this audio) (?:is|was) (?:ai-)?generated/iu,
  /^video ad feedback/iu,
  /^\d{1,2}:\d{2}\s*[-–—]\s*source:/iu,
  /^(?:now playing|up next)\b/iu,
  // Counters left by like, clap and share widgets: "2.1K", "86 Likes", "9 Restacks".
  /^\d+(?:[.,]\d+)?\s*[km]?(?:\s+(?:likes?|restacks?|shares?|comments?|claps?|responses?|views?|reposts?))?$/iu,
  // The attribution line of an embedded post: "— NASA (@NASA) December 5, 2024".
  /^[—–-]\s*[^()]{1,60}\s\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u,
];

/** Audio and video player leftovers: "0:00", "1:23 / 4:56", "Listen to this article", "5 min read". */
export function isMediaPlayerText(paragraph: string): boolean {
  return paragraph.length <= 80 && mediaPatterns.some((pattern) => pattern.test(paragraph));
}

const agencyCredit =
  /(?:getty images|shutterstock|alamy|istock(?:photo)?|ap photo|associated press|reuters|afp|epa(?:-efe)?|bloomberg|xinhua|sipa usa|nurphoto|zuma (?:press|wire)|anadolu(?: agency)?|pa (?:images|wire|media)|tass|sputnik|ansa|dpa|picture alliance|file photo|handout)\s*\)?$/iu;
const slashCredit =
  /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s?\/\s?\p{Lu}[\p{L}\p{N}.&'’ -]*\)?$/u;
const bracketCredit =
  /[([](?:photo|image|picture|credit|photograph|file photo|pictured|ap photo|reuters|afp|getty)[^)\]]*[)\]]\s*$/iu;

/** Photo captions and credits: "(Photo by …)", "Credit: …", "AP Photo/…", lines ending in a credit. */
export function isCaptionOrCredit(paragraph: string): boolean {
  if (paragraph.length > 400) return false;
  if (
    /^(?:photo|photograph|image|picture|video|graphic|illustration|credit|credits|photo credit|image credit|pictured)s?\s*(?:by\b|:|credit\b)/iu.test(
      paragraph,
    )
  ) {
    return true;
  }
  if (bracketCredit.test(paragraph)) return true;
  // "Source: Insurance Information Institute" under a chart or table.
  if (
    /^(?:sources?|quelle|fuente|source des données)\s*:/iu.test(paragraph) &&
    paragraph.length < 150
  )
    return !endsLikeSentence(paragraph) || paragraph.length < 80;
  if (endsLikeSentence(paragraph)) return false;
  return agencyCredit.test(paragraph) || slashCredit.test(paragraph);
}

/** "By Jane Doe", "BY JANE DOE AND JOHN ROE, REUTERS", "By Jane Doe | Nov 28, 2024". */
export function isBylineLine(paragraph: string): boolean {
  // "By" and its equivalents in German, French, Spanish, Italian and Dutch bylines.
  const prefix = /^(?:by|von|par|por|di|door)\s+/iu.exec(paragraph);
  if (paragraph.length > 120 || prefix === null) return false;
  if (endsLikeSentence(paragraph) && !/\b\p{Lu}\.$/u.test(paragraph)) return false;
  const words = paragraph
    .slice(prefix[0].length)
    .split(/[\s,|&]+/u)
    .filter((word) => word.length > 0);
  const nameish = words.filter((word) =>
    /^(?:\p{Lu}|\d|and$|de$|van$|von$|al$|la$|le$|da$)/u.test(word),
  );
  return words.length > 0 && nameish.length / words.length >= 0.75;
}

/** "Jane Doe, Reuters", "Jane Doe | CNN", "Jane Doe - BBC News": only trusted at the top or bottom. */
export function isNameWithOutlet(paragraph: string): boolean {
  if (paragraph.length > 90 || endsLikeSentence(paragraph)) return false;
  const parts = paragraph.split(/\s*(?:,|\||\s[-–—]\s)\s*/u);
  const [name, ...outlet] = parts;
  if (name === undefined || outlet.length === 0 || !looksLikePersonName(name)) return false;
  return outlet.every((part) => /^(?:\p{Lu}[\p{L}.&'’-]*\s?){1,5}$/u.test(part.trim()));
}

const journalismRole =
  /\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|anchor|photographer|bureau chief|news desk|staff)\b/iu;

/** "Reporter", "Senior White House Correspondent": a role label standing alone. */
export function isRoleLabel(paragraph: string): boolean {
  if (paragraph.length > 50 || endsLikeSentence(paragraph)) return false;
  return journalismRole.test(paragraph) && paragraph.split(/\s+/u).length <= 4;
}

/**
 * "Jane Doe is a senior reporter for …", "Jane Doe covers the White House for …". Only applied
 * to the tail of an article, where author boxes live.
 */
export function isAuthorBio(paragraph: string, bylineNames: readonly string[]): boolean {
  if (paragraph.length > 500) return false;
  const subject =
    /^((?:\p{Lu}[\p{L}.'’-]*\s){1,4})(?:is|was|has been|serves as|joined|covers|writes|reports|has covered|has reported|previously)\b(.*)$/u.exec(
      paragraph,
    );
  if (!subject) return false;
  const name = (subject[1] ?? '').trim();
  const knownName = bylineNames.some((byline) => byline.toLowerCase() === name.toLowerCase());
  if (!knownName && !looksLikePersonName(name)) return false;
  const rest = subject[2] ?? '';
  if (journalismRole.test(rest)) return true;
  // The byline's own author described at the foot of the piece ("… is a teacher in Ohio").
  if (
    knownName &&
    /^(?:is|was|serves as)\s+(?:a|an|the)\b/u.test(paragraph.slice(name.length).trim())
  )
    return true;
  // "Jane Doe covers the White House for the Post": the verb itself marks the bio.
  return /^\s*(?:covers|writes|reports|has covered|has reported)\b/u.test(
    paragraph.slice(name.length),
  );
}

/** "Staff report · Updated: 3:41 p.m. Jan. 9, 2025", "By Jane Doe | 5 min read": every part is metadata. */
export function isArticleMetaLine(paragraph: string): boolean {
  if (paragraph.length > 160) return false;
  const parts = paragraph.split(/\s+[·•|]\s+/u).map((part) => part.trim());
  if (parts.length < 2) return false;
  return parts.every(
    (part) =>
      isTimestampLine(part) ||
      isBylineLine(part) ||
      isMediaPlayerText(part) ||
      looksLikePersonName(part) ||
      /^(?:staff(?: report| writer)?|wire (?:report|services)|from wire reports|news desk|\d+\s*(?:comments?|shares?))$/iu.test(
        part,
      ),
  );
}

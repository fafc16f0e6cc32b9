import { latinLexicons } from '../../text/lexicon/index.ts';

/**
 * Promotional and boilerplate paragraphs a page wraps around an article: ad labels, "Read more"
 * links, newsletter boxes, wire-service credits, copyright lines. Each is matched as a whole
 * paragraph with a length cap, so prose that merely mentions a newsletter survives.
 */

/** The labels of the other languages, from their lexicons. */
const otherLanguages = {
  advertisement: latinLexicons.flatMap((lexicon) => lexicon.advertisementLabels).join('|'),
  readAlso: latinLexicons.flatMap((lexicon) => lexicon.readAlsoLabels).join('|'),
};

const adLabels = [
  new RegExp(
    String.raw`^(?:skip\s+)?(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|paid content|partner content|reklame|reklama|${otherLanguages.advertisement})(?:\s*[-–—:·|]\s*.{0,40})?$`,
    'iu',
  ),
  /^(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?\.?$/iu,
  /^continue reading(?: the main story| below| after advertisement)?\.?$/iu,
  /^scroll (?:down )?to continue(?: reading)?\.?$/iu,
  /^(?:skip past |after )?(?:newsletter |ad )?promotion$/iu,
];

const readMoreLabels = new RegExp(
  String.raw`^(?:read more(?: (?:from|on|about|at) [^:]{1,40})?|read next|read also|also read|see also|related|related articles?|related stories|related coverage|recommended|recommended stories|more from [^:]{1,40}|more on this(?: story)?|more stories|most read|most popular|trending(?: now)?|top stories|you may also like|you might also like|what to read next|don'?t miss|watch|watch now|click here|explore more|further reading|in other news|more coverage|explore more on these topics|see more on|${otherLanguages.readAlso})\b\s*(?::|»|›|>|→|\||$)`,
  'iu',
);

const newsletterStart =
  /^(?:sign(?:-| )?up|subscribe|get (?:our|the|a|your|free|breaking|daily|weekly)|join (?:our|the|\d)|want (?:more|the latest|to get)|don'?t miss|never miss|stay (?:informed|up to date|in the know)|receive|enter your|like this (?:story|article)|enjoy (?:this|reading)|keep up|to receive|newsletters?\b|free newsletter|by signing up|by subscribing|click)/iu;
const newsletterWords =
  /\b(?:newsletters?|inbox|e-?mail|alerts?|subscri\w+|sign(?:ed|ing)? up|briefing)\b/iu;
const standalonePromo =
  /^(?:you(?:'|’)re (?:all )?(?:set|signed up)|already (?:a subscriber|have an account)|support (?:our|independent) journalism|become a (?:paid |free )?(?:member|subscriber)|thank you for (?:signing up|subscribing)|this site is protected by recaptcha|thanks?(?: you)? for reading\b|if (?:someone|a friend) forwarded (?:this|you this))/iu;
/**
 * A newsletter's appeal for paying readers (Substack, Ghost, beehiiv): "X is a reader-supported
 * publication. Become a paid subscriber …" sits mid-post and names no newsletter or inbox.
 */
const paidAppeal =
  /\b(?:become|upgrade to) a (?:paid |free )?(?:member|subscriber|supporter)\b|\breader-supported (?:publication|newsletter)\b/iu;
/** "Follow our coverage on the Sky News app", "Listen to our daily podcast on …". */
const appPromo =
  /^(?:follow|subscribe to|download|listen to)\s(?:our|the)\b.{0,160}\b(?:app|podcast)s?\b/iu;
const promoPhrase =
  /\bour (?:daily |weekly |morning |evening |free )?newsletters?\b|\byour inbox\b|\benter your e-?mail\b|\bprivacy (?:policy|notice)\b|\bterms of (?:service|use)\b/iu;

/** "Advertisement", "Story continues below advertisement", "Continue reading the main story". */
export function isAdLabel(paragraph: string): boolean {
  return paragraph.length <= 80 && adLabels.some((pattern) => pattern.test(paragraph));
}

/** "Read more: …", "RELATED: …", "More from Reuters", "Watch:" promos (short lines only). */
export function isReadMoreLink(paragraph: string): boolean {
  return paragraph.length <= 200 && readMoreLabels.test(paragraph);
}

/** "Sign up for our daily newsletter …", "Get the latest delivered to your inbox", consent small print. */
export function isNewsletterPromo(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  if (newsletterStart.test(paragraph) && newsletterWords.test(paragraph)) return true;
  if (paragraph.length > 200) return false;
  // Prose can mention a newsletter; a promo also asks the reader to act.
  return (
    standalonePromo.test(paragraph) ||
    paidAppeal.test(paragraph) ||
    appPromo.test(paragraph) ||
    (promoPhrase.test(paragraph) && /\b(?:sign|subscri|agree|deliver)\w*/iu.test(paragraph))
  );
}

const boilerplate = [
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{Lu})/iu,
  /\ball rights reserved\b/iu,
  /^this material may not be published, broadcast, rewritten,? or redistributed/iu,
  /^our standards: the thomson reuters trust principles/iu,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics|produced) by\b.{0,250}$/iu,
  /^contributing:\s/iu,
  /^(?:reuse this content|report an (?:error|issue|inaccuracy)|most viewed|comments? \(\d+\))$/iu,
  /^[—–-]*\s*[^.]{0,160}\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/iu,
  /^(?:follow|contact|reach|email|e-mail) (?:\p{Lu}[\p{L}'’-]*|him|her|them|me|us|the author|the writer|the reporter)\b.{0,100}(?:@|\bat\s+\S+\.\S+|twitter|\bx\b|instagram|on (?:social|bluesky|threads))/iu,
  /^(?:tags|topics|filed under|categories|more about|related topics)\s*:/iu,
  /^(?:have a (?:news )?tip|got a (?:news )?tip)\b.{0,200}$/iu,
  /^a version of this (?:article|story) (?:appears|appeared) in print\b/iu,
];

/** Copyright lines, wire credits ("Reporting by …; Editing by …"), "Follow her on X @…", tag lists. */
export function isBoilerplate(paragraph: string): boolean {
  return paragraph.length <= 400 && boilerplate.some((pattern) => pattern.test(paragraph));
}

/**
 * The fallback text of a pasted social post, left when the embed script has not run:
 * "View this post on Instagram", "A post shared by Jane (@jane)", a tweet's "— Jane (@jane) May 1, 2024".
 */
const embedPlaceholders = [
  /^view (?:this|more) (?:post|posts|profile|photo|video|reel)s? on (?:instagram|facebook|tiktok|threads|x|twitter)$/iu,
  /^a (?:post|photo|video|reel) shared by .{1,80}$/iu,
  /^[—–-]\s*[^.]{1,60}\(@[\w.]{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u,
];

export function isEmbedPlaceholder(paragraph: string): boolean {
  return paragraph.length <= 120 && embedPlaceholders.some((pattern) => pattern.test(paragraph));
}

/**
 * Link bait a syndicated story ends with ("Click here for in-depth analysis …", "Read the
 * latest financial and business news from Yahoo Finance"). Out of context it is never prose,
 * but "click here" can sit inside a sentence, so it is trusted only below the body.
 */
const trailingPromos = [
  /^(?:click|tap) here\b/iu,
  /^(?:read|get|see|follow|for) (?:all |more of )?(?:the |our )?latest\b.{0,120}\b(?:news|stories|updates|coverage|headlines|analysis)\b/iu,
];

export function isTrailingPromo(paragraph: string): boolean {
  return paragraph.length <= 200 && trailingPromos.some((pattern) => pattern.test(paragraph));
}

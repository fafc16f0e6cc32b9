/**
 * Irregular verb forms and plurals and the word they inflect ("ate" → "eat", "laid" → "lay",
 * "women" → "woman"): a closed list, as English grammars print it, so "what did it eat?" meets
 * "suggests it ate" and "how many are being laid off?" meets "would lay off". Forms that are
 * just as often another word are left out ("saw", "fed", "bound", "ground", "wound", "drunk",
 * "bit"), and so are forms of framing verbs the question reader drops ("knew", "known",
 * "meant", "wrote").
 */
const verbForms =
  // Forms the engine met first in news questions.
  'paid:pay said:say won:win lost:lose got:get gotten:get fled:flee stole:steal stolen:steal ' +
  'took:take taken:take began:begin begun:begin left:leave held:hold told:tell bought:buy ' +
  'sold:sell spent:spend built:build fell:fall fallen:fall rose:rise risen:rise grew:grow ' +
  'grown:grow died:die dies:die dying:die hurt:hurt struck:strike hit:hit caught:catch ' +
  'hid:hide hidden:hide suing:sue sued:sue quit:quit ' +
  // The rest of the common irregular verbs.
  'ate:eat eaten:eat laid:lay sought:seek fought:fight taught:teach brought:bring ' +
  'thought:think kept:keep met:meet sent:send slept:sleep swept:sweep wept:weep crept:creep ' +
  'bred:breed bled:bleed led:lead sped:speed fled:flee felt:feel dealt:deal lent:lend ' +
  'bent:bend heard:hear stood:stand understood:understand withstood:withstand sat:sit ' +
  'ran:run swam:swim swum:swim drove:drive driven:drive rode:ride ridden:ride ' +
  'drank:drink froze:freeze frozen:freeze chose:choose chosen:choose broke:break ' +
  'broken:break spoke:speak spoken:speak threw:throw thrown:throw flew:fly flown:fly ' +
  'shook:shake shaken:shake woke:wake woken:wake wore:wear worn:wear tore:tear torn:tear ' +
  'swore:swear sworn:swear bitten:bite hung:hang dug:dig spun:spin sank:sink sunk:sink ' +
  'sang:sing sung:sing rang:ring rung:ring drew:draw drawn:draw blew:blow blown:blow ' +
  'forgot:forget forgotten:forget forgave:forgive forgiven:forgive withdrew:withdraw ' +
  'withdrawn:withdraw arose:arise arisen:arise shone:shine slid:slide stuck:stick ' +
  'stung:sting swung:swing clung:cling flung:fling shrank:shrink shrunk:shrink ' +
  'sprang:spring sprung:spring beaten:beat became:become overtook:overtake ' +
  'overtaken:overtake undertook:undertake mistook:mistake mistaken:mistake ' +
  'gave:give given:give shot:shoot lit:light';

const pluralForms =
  'men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose ' +
  'knives:knife wives:wife lives:life thieves:thief halves:half crises:crisis ' +
  'analyses:analysis';

/** Each irregular form and the word it inflects. */
export const irregularForms: ReadonlyMap<string, string> = new Map(
  `${verbForms} ${pluralForms}`.split(' ').map((pair) => {
    const [form = '', word = ''] = pair.split(':');
    return [form, word] as const;
  }),
);

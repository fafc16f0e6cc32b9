const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * How a prompt names the output language: "French" for "fr", "the article's language" when
 * none was asked for. Models follow a language name more reliably than a BCP 47 tag.
 */
export function languageName(tag: string | undefined): string {
  if (tag === undefined || tag.trim() === '') return "the article's language";
  try {
    const name = displayNames.of(tag.trim());
    return name === undefined || name === tag.trim() ? tag.trim() : name;
  } catch {
    return tag.trim();
  }
}

/**
 * `@username` in a post's body: an @ that does not follow a letter, digit or
 * name character (so an email address mentions nobody), then a username's
 * characters. A name that ends a sentence ("thanks @alice.") is also tried
 * without its trailing dots, dashes and underscores.
 */
const MENTION = /(?<![\p{L}\p{N}._@-])@([A-Za-z0-9._-]{1,64})/gu;

/** The usernames a body may mention, lower-cased, each once. Whether such users exist is the database's to say. */
export function mentionedUsernames(body: string): string[] {
  const names = new Set<string>();
  for (const [, name = ''] of body.matchAll(MENTION)) {
    names.add(name.toLowerCase());
    const trimmed = name.replace(/[._-]+$/, '');
    if (trimmed) names.add(trimmed.toLowerCase());
  }
  return [...names];
}

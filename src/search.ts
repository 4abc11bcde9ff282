/**
 * Search text: what a post's body is searched as, the same on both
 * databases. Accents are taken off (NFKD, then the combining marks
 * dropped), case folded, and everything that is not a letter or a digit
 * becomes a space, so that SQLite's FTS5 (unicode61) and PostgreSQL's
 * `simple` configuration see the same words, and nothing a user types is
 * ever query syntax.
 */
export function searchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđħßæœþ]/gu, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Letters with a stroke or a ligature, which Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** The words of a query, as searchText writes them; none when it holds no letter or digit. */
export function searchWords(query: string): string[] {
  const text = searchText(query);
  return text === '' ? [] : text.split(' ');
}

/**
 * The longest word recorded for completing a search's last word: a query is
 * at most 200 characters, so no last word can start a longer one with room
 * to spare, and search_terms holds no more.
 */
export const MAX_TERM_LENGTH = 200;

import { marked } from 'marked';

/**
 * The contract's overview (info.description) split for the documentation
 * page: a short introduction above the operations, and the guide (every
 * `## ` section: authentication, errors, limits, …) below them, so that a
 * reader sees the first operation without scrolling past pages of prose.
 * The contract itself keeps the whole text, for every other tool.
 */
export interface Overview {
  /** The text before the first section, and a pointer to the guide. */
  intro: string;
  /** The sections, as HTML (rendered from the contract's own Markdown, nothing a client sent). */
  guideHtml: string;
}

export function splitOverview(description: string): Overview {
  const first = description.search(/^## /m);
  if (first < 0) return { intro: description, guideHtml: '' };
  const sections = description.slice(first);
  const titles = [...sections.matchAll(/^## (.+)$/gm)].map(([, title]) => title!.charAt(0).toLowerCase() + title!.slice(1));
  const listed = `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
  const intro = `${description.slice(0, first).trim()}\n\nThe [guide below the operations](#guide) covers ${listed}.`;
  return { intro, guideHtml: marked.parse(sections, { async: false }) };
}

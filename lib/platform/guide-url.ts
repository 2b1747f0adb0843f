import * as z from 'zod/mini';

/**
 * The guide's address for an error message, so a page that showed one (Gmail's "Send mail as"
 * window) can open the guide with it already pasted and answered:
 *
 *   /guide.html#troubleshooting?error=<the error text, form-encoded as by URLSearchParams>
 *
 * The part of the hash before "?" is the section to scroll to, as in every other link into the
 * guide (#gmail, #app-password); the query after it carries the text. The builder cuts the text
 * to maxErrorLength; the guide ignores an empty or longer one, and an error on any other section,
 * so a crafted link cannot fill the page.
 */
export const maxErrorLength = 2000;
const troubleshooting = 'troubleshooting';

/** The guide's section on reading and sending iCloud mail with Gmail once Google removes "Send mail as". */
export const gmailAfter2027Section = 'gmail-after-2027';

/** The guide's address for one of its sections, e.g. guideUrlForSection('gmail') is /guide.html#gmail. */
export function guideUrlForSection(section: string): string {
  return `/guide.html#${section}`;
}

export function guideUrlForError(errorText: string): string {
  // Cut by UTF-16 units, as the guide counts, without leaving half of a surrogate pair.
  const text = errorText
    .trim()
    .slice(0, maxErrorLength)
    .replace(/[\uD800-\uDBFF]$/, '');
  return `/guide.html#${troubleshooting}?${new URLSearchParams({ error: text })}`;
}

const pastedError = z.string().check(z.trim(), z.minLength(1), z.maxLength(maxErrorLength));

export interface GuideLocation {
  /** The id of the section to show, e.g. "gmail"; empty for the top. */
  section: string;
  error?: string;
}

/** Where a guide URL's hash points, e.g. location.hash "#troubleshooting?error=535…". */
export function guideLocation(hash: string): GuideLocation {
  const fragment = hash.replace(/^#/, '');
  const queryStart = fragment.indexOf('?');
  const section = queryStart < 0 ? fragment : fragment.slice(0, queryStart);
  if (queryStart < 0 || section !== troubleshooting) return { section };
  const error = pastedError.safeParse(new URLSearchParams(fragment.slice(queryStart + 1)).get('error'));
  return error.success ? { section, error: error.data } : { section };
}

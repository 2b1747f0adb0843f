import { lookAlikeSignal, mailSignal, popPattern, rolePatterns, sidePatterns } from '../decide/roles';
import type { LabelIndex } from './labels';
import { normalise } from './normalise';
import { anyRequiredWord } from './required-words';
import { isShadowRoot, rootOf } from './walk';

/**
 * A cheap first look at a text field's own words: pages with thousands of inputs (price lists,
 * quantity tables) are mostly fields no role, side, mail or look-alike pattern could ever match.
 * The words looked for are the ones those patterns (decide/roles.ts) cannot match without.
 */
export const worthALook = anyRequiredWord([
  ...Object.values(rolePatterns).flatMap(({ label, name }) => [label, name]),
  ...Object.values(sidePatterns),
  popPattern,
  mailSignal,
  lookAlikeSignal,
]);

/** A value that is an e-mail address: what a sender's field holds, whatever its words. */
export const addressLike = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** The words are plain ASCII: only text with other letters (accents) needs normalising first. */
function matters(text: string | null | undefined): boolean {
  if (!text) return false;
  const start = text.length > 300 ? text.slice(0, 300) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
  return worthALook.test(/^[\x00-\x7f]*$/.test(start) ? start.toLowerCase() : normalise(start));
}

export function mayMatter(
  element: HTMLInputElement | HTMLTextAreaElement,
  textBefore: string,
  labels: LabelIndex,
): boolean {
  if (element.type === 'password' || element.type === 'email' || element.autocomplete) return true;
  // Cheapest words first, and stop at the first that could matter.
  if (matters(textBefore)) return true;
  // A row often says the same words as its label and the text before it: each text is looked at once.
  const looked = [textBefore];
  const says = (text: string | null | undefined) => {
    if (!text || looked.includes(text)) return false;
    looked.push(text);
    return matters(text);
  };
  for (const attribute of ['name', 'id', 'placeholder', 'title', 'aria-label', 'class'])
    if (says(element.getAttribute(attribute))) return true;
  // Labelled from elsewhere: only the full record reads that label, and it may say "password".
  if (element.hasAttribute('aria-labelledby')) return true;
  const root = rootOf(element);
  if (isShadowRoot(root)) return true;
  if (element.id)
    for (const label of labels.labelsFor(root, element.id) ?? []) if (says(label.textContent)) return true;
  if (says(element.closest('label')?.textContent)) return true;
  if (element.attributes.length > 4) for (const { value } of element.attributes) if (says(value)) return true;
  // A table row's first cell names the fields in the row ("Server | [IMAP] | [SMTP]").
  if (says(element.closest('td')?.parentElement?.firstElementChild?.textContent)) return true;
  // Last, once no word of its own could say "password": an example value ("smtp.example.org"), an address.
  return says(element.value) || addressLike.test(element.value.trim());
}

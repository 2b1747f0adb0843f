import type { CollectedField } from './field';
import { normalise } from './normalise';
import { ownText } from './own-text';

/**
 * The text around fields as the walk passes it: the text since the last field (a label that is no
 * label element), the last heading above, and the text right after a field up to the next block
 * ("<input type=checkbox> Use SSL").
 */

const maxTextLength = 80;
const inlineElements = new Set(['span', 'b', 'i', 'strong', 'em', 'small', 'a', 'label', 'font', 'code', 'abbr', 'u']);
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'summary']);
// Elements that a page styles as a section title ("<div class=section-title>"); cells and labels never are.
const headingCandidates = new Set(['div', 'span', 'p', 'strong', 'b', 'dt', 'header']);
const headingClass = /(?:^|[\s_-])(?:title|heading|header|section-?label|subtitle)(?:$|[\s_-])/i;

function tail(text: string, length = maxTextLength): string {
  return text.length > length ? text.slice(text.length - length) : text;
}

function looksLikeHeading(element: Element, name: string): boolean {
  if (name === 'th') return Number(element.getAttribute('colspan') ?? '1') > 1;
  if (!headingCandidates.has(name) || element.childElementCount > 2) return false;
  const className = element.getAttribute('class');
  return className !== null && headingClass.test(className);
}

/**
 * A tooltip the page keeps hidden in its own markup (`<span style="display:none">help</span>` after a
 * caption) is no caption a person reads. Only an inline element holding the text is asked, so a hidden
 * block's captions still name the fields a switch will show; no style is computed.
 */
function keptHidden(element: Element): boolean {
  if (!inlineElements.has(element.localName)) return false;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

const ownsTextAfter = (field: CollectedField) => field.kind === 'checkbox' || field.kind === 'radio-group';

export class NearbyText {
  /** Raw text since the last field, at most its last 80 characters. */
  before = '';
  /** The last heading passed, normalised. */
  heading = '';
  /**
   * Raw text since the last heading's own text, when a heading came since the last field ("Add an
   * account" then "Name"): the caption of the next field without the heading, which is its section's.
   */
  private afterHeading: string | undefined;
  private headingElement: Element | undefined;
  private lastField: CollectedField | undefined;

  /** The text before the next field without the heading above it; all of it when nothing follows the heading. */
  get caption(): string {
    return this.afterHeading !== undefined && /\S/.test(this.afterHeading) ? this.afterHeading : this.before;
  }

  /** `parent`: the element holding the text. */
  text(data: string, parent: Element | null = null): void {
    if (!/\S/.test(data) || (parent && keptHidden(parent))) return;
    const text = data.trim();
    this.before = tail(`${this.before} ${text}`);
    if (this.afterHeading !== undefined && !(parent && this.headingElement?.contains(parent)))
      this.afterHeading = tail(`${this.afterHeading} ${text}`);
    const last = this.lastField;
    if (last && last.textAfter.length < 60) last.textAfter = `${last.textAfter} ${normalise(text)}`.trim().slice(0, 60);
  }

  /** Every element the walk enters: a block ends the text that belongs to the field before it. */
  enter(element: Element, name = element.localName): void {
    if (inlineElements.has(name)) return;
    // A box's text on its own line is its label ("[x] SSL"), not the caption of the next line's field.
    if (this.lastField && ownsTextAfter(this.lastField)) this.before = '';
    this.lastField = undefined;
  }

  /** An element that is no field: it may be a heading. */
  container(element: Element, role: string | null, name = element.localName): void {
    if (headingElements.has(name) || role === 'heading' || looksLikeHeading(element, name)) {
      this.heading = normalise(ownText(element)).slice(0, maxTextLength);
      this.headingElement = element;
      this.afterHeading = '';
    }
  }

  /** A field was recorded: the text before it is used up, and the text after it is its own. */
  field(field: CollectedField): void {
    this.before = '';
    this.afterHeading = undefined;
    this.lastField = field;
  }

  /** A field was passed over: the text before it labelled that one, not the next. */
  skip(): void {
    this.before = '';
    this.afterHeading = undefined;
  }
}

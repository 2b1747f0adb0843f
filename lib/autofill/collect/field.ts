/**
 * The typed record the collecting pass makes of every fillable field: everything that could say
 * what the field is for. Deciding happens elsewhere (decide/); collecting only reads the DOM.
 */

export type FieldKind = 'text' | 'password' | 'select' | 'radio-group' | 'checkbox' | 'textarea';

export interface FieldChoice {
  /** The <option>, radio input or custom radio that makes this choice. */
  element: HTMLElement;
  /** Visible text, normalised. */
  text: string;
  value: string;
  selected: boolean;
}

/**
 * 'hidden-panel': inside a tab, step or collapsed part that is not shown yet, but still part of the form.
 * 'hidden': not shown and nothing could show it (display:none, honeypots): never filled.
 */
export type Visibility = 'visible' | 'hidden-panel' | 'hidden';

/** All strings except `value`, `rawPlaceholder` and choice values are normalised (see normalise.ts). */
export interface CollectedField {
  element: HTMLElement;
  kind: FieldKind;
  inputType: string;
  /** The form the field belongs to; fields are grouped into candidate forms by it. */
  form: Element | null;
  order: number;
  /** Label elements (for=, wrapping, after the input), aria-labelledby, aria-label. */
  labels: string;
  placeholder: string;
  title: string;
  name: string;
  id: string;
  autocomplete: string;
  dataHints: string;
  textBefore: string;
  textAfter: string;
  rowHeader: string;
  columnHeader: string;
  /** Context from the nearest outward (legend, tab title, region label, container names), then the heading above. */
  section: string[];
  choices: FieldChoice[];
  /** Read from the layout on first use only: the costliest read, and most fields on a big page never need it. */
  visibility: () => Visibility;
  /** Empty for a secret field: its value is never read. */
  value: string;
  /** A password field, by its type or by its words: what it holds is never read. */
  secret: boolean;
  rawPlaceholder: string;
}

import { corpusAccount, corpusNegatives, corpusPositives } from '../fixtures/forms/corpus';
import { fieldState } from '../fixtures/forms/corpus-walkthroughs';
import { firstCorpusAccount, firstCorpusNegatives, firstCorpusPositives } from '../fixtures/forms/first-corpus';

/**
 * Both corpora as the browser tables run them (forms-corpus-fill.chromium / .firefox): the pages built to
 * one lesson each (p01–p20, n01–n14) and the real products' pages, read through a page's own evaluate.
 */

export interface BrowserPositive {
  file: string;
  values: Record<string, string>;
  switches: Record<string, string>;
  passwordsClearedByPage: readonly string[];
}

export const browserPositives: readonly BrowserPositive[] = [
  ...firstCorpusPositives.map(({ file, values }) => ({ file, values, switches: {}, passwordsClearedByPage: [] })),
  ...corpusPositives.map(({ file, values, switches = {}, passwordsClearedByPage = [] }) => ({
    file,
    values,
    switches,
    passwordsClearedByPage,
  })),
];

export const browserNegatives: readonly string[] = [
  ...firstCorpusNegatives,
  ...corpusNegatives.map(({ file }) => file),
];

/** Playwright's and Puppeteer's pages both run a script given as a string. */
export interface EvaluatesScripts {
  evaluate(script: string): Promise<unknown>;
}

/** The state of each named field, with fields the page has not rendered marked as absent. */
export function statesOf(page: EvaluatesScripts, selectors: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    `Object.fromEntries(${JSON.stringify(selectors)}.map((selector) => {
      // '>>>' steps into a shadow root, as in corpus.ts.
      const element = selector.split('>>>').reduce((scope, part) => scope && (scope.shadowRoot ?? scope).querySelector(part.trim()), document);
      return [selector, element ? (${fieldState.toString()})(element) : '(absent)'];
    }))`,
  ) as Promise<Record<string, string>>;
}

/**
 * Every value a user could have typed or picked on the page, in document order. `cleared`: password
 * fields the page itself empties when the address changes, read as empty (a fill never writes one back).
 */
export function pageValues(page: EvaluatesScripts, cleared: readonly string[] = []): Promise<string[]> {
  return page.evaluate(`(() => {
    const blank = new Set(${JSON.stringify(cleared)}.flatMap((selector) => [...document.querySelectorAll(selector)]));
    // A button's words are the page's own (a "Done" that reads "Reset" once anything changed), never a value.
    return [...document.querySelectorAll('input:not([type=button], [type=submit], [type=reset], [type=image]), select, textarea')]
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'password'))
      .map((element) =>
        element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')
          ? String(element.checked)
          : blank.has(element) ? '' : element.value);
  })()`) as Promise<string[]>;
}

/** Listboxes a person can see: a dropdown left open. */
export function openLists(page: EvaluatesScripts): Promise<number> {
  return page.evaluate(
    `[...document.querySelectorAll('[role=listbox]')].filter((list) => list.checkVisibility()).length`,
  ) as Promise<number>;
}

/** What the page must show after the fill: the expected states, but a sender name the popup does not save stays. */
export function expectedAfterFill(page: BrowserPositive, before: Record<string, string>): Record<string, string> {
  const { switches, values } = page;
  const names = [corpusAccount.name, firstCorpusAccount.name];
  const named = Object.keys(values).filter((selector) => names.includes(values[selector] ?? ''));
  return { ...switches, ...values, ...Object.fromEntries(named.map((at) => [at, before[at] ?? ''])) };
}

/** What the page must show after Undo: as before, but for the passwords the page itself emptied. */
export function expectedAfterUndo(page: BrowserPositive, before: Record<string, string>): Record<string, string> {
  return { ...before, ...Object.fromEntries(page.passwordsClearedByPage.map((selector) => [selector, ''])) };
}

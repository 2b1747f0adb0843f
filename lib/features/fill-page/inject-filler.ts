import { browser } from 'wxt/browser';
import { nothingFound } from '../../autofill/model';

// Built from entrypoints/fill-page-look.ts and entrypoints/fill-page.ts.
const lookScript = '/fill-page-look.js';
const fillScript = '/fill-page.js';

/**
 * Runs the filler in one tab and gives back what it answered, unparsed. A small look goes first:
 * a page with no field at all gets no pipeline injected, and the answer a filler would give it.
 * Throws what the browser throws when the tab cannot be injected into.
 */
export async function injectFiller(tabId: number): Promise<unknown> {
  const [look] = await browser.scripting.executeScript({ target: { tabId }, files: [lookScript] });
  if (look?.result === false) return nothingFound;
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [fillScript] });
  return frame?.result;
}

import { browser } from 'wxt/browser';

/** The tab "Fill this page" works on: its address is known only where the extension may see it (activeTab). */
export interface PageTab {
  id?: number;
  url?: string;
}

/** The page the user was looking at: the popup's window, or the browser window behind a detached popup window. */
export async function currentTab(): Promise<PageTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true, windowType: 'normal' });
  return tab ?? (await browser.tabs.query({ active: true, windowType: 'normal' }))[0];
}

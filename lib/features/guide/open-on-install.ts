import { browser } from 'wxt/browser';

/** A new user lands on the setup guide once; updates and browser restarts open nothing. */
export function openGuideOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/guide.html') });
  });
}

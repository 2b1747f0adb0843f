import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FillThisPage } from '../../../../components/popup/FillThisPage';
import { automaticallyFilledTabs } from '../../../../lib/features/always-fill/filled-tabs';

/** What the popup's "Fill this page" section does about "Always fill": Undo after one, and no offer on http. */

const tab = { id: 7, url: 'https://cloud.example.org/settings/mail', index: 0, highlighted: true, active: true };
let requests: unknown[];
let automaticFill: boolean;

beforeEach(() => {
  requests = [];
  automaticFill = false;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'iCloud Mail setup',
    version: '0.1.0',
    host_permissions: ['https://mail.google.com/*'],
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    requests.push(message);
    const { type } = message as { type: string };
    if (type === 'always-fill:undo-offered') return automaticFill;
    if (type === 'forms:undo-tab')
      return { status: 'undone', host: 'cloud.example.org', restored: 9, switches: 0, left: 0 };
    return undefined;
  });
});
afterEach(cleanup);

let pageUrl = tab.url;
const onPage = (url: string) => {
  pageUrl = url;
};
const renderSection = () =>
  render(<FillThisPage tab={{ id: tab.id, url: pageUrl }} alwaysFilled={[]} onNoAddress={() => {}} />);

describe('after "Always fill" filled the page by itself', () => {
  it('offers Undo, which puts the page back through the same undo as "Fill this page"', async () => {
    onPage(tab.url);
    automaticFill = true;
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Put back 9 fields on cloud.example.org.');
    expect(requests).toEqual([
      { type: 'always-fill:undo-offered', tabId: 7 },
      { type: 'forms:undo-tab', tabId: 7 },
    ]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('offers Undo also when the page is filled by itself after the popup opened', async () => {
    onPage(tab.url);
    renderSection();
    await waitFor(() => expect(requests).toEqual([{ type: 'always-fill:undo-offered', tabId: 7 }]));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // The background notes the tab once the page's fill has ended.
    automaticFill = true;
    await automaticallyFilledTabs.add(8);
    await automaticallyFilledTabs.add(tab.id);
    await screen.findByRole('button', { name: 'Undo' });
  });

  it('offers no Undo on a tab that was not filled by itself', async () => {
    onPage(tab.url);
    renderSection();
    await waitFor(() => expect(requests).toEqual([{ type: 'always-fill:undo-offered', tabId: 7 }]));
    await screen.findByRole('button', { name: 'Always fill on cloud.example.org' });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('on an http page', () => {
  it('"Always fill" is not offered, and the popup says why', async () => {
    onPage('http://cloud.example.org/settings/mail');
    renderSection();
    await screen.findByText(
      '“Always fill” works on secure (https) sites only: cloud.example.org does not use https, so its pages could be changed on the way to you.',
    );
    expect(screen.queryByRole('button', { name: /^Always fill on/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fill this page' })).toBeTruthy();
  });
});

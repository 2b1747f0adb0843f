import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillPageResult, UndoPageResult } from '@/lib/features/fill-page/messages';
import { FillThisPage } from '../../../../components/popup/FillThisPage';
import { Announcer } from '../../../../components/shared/Announcer';
import { optedInSites } from '../../../../lib/platform/storage';

/** The popup's "Fill this page" and its Undo, with the background's answers played by a stub. */

const tab = { id: 7, url: 'https://cloud.example.org/settings/mail', index: 0, highlighted: true, active: true };
const host = 'cloud.example.org';

const filledSeven: FillPageResult = {
  status: 'done',
  host,
  report: {
    detected: true,
    form: { kind: 'generic', confidence: 0.9 },
    fields: [
      ...(['email', 'imapHost', 'imapPort', 'imapUsername', 'smtpHost', 'smtpPort', 'smtpUsername'] as const).map(
        (role) => ({
          role,
          outcome: 'filled' as const,
        }),
      ),
      { role: 'smtpPassword', outcome: 'left' as const, reason: 'password' },
    ],
    untouched: true,
  },
};

let requests: unknown[];
let noAddress: ReturnType<typeof vi.fn<() => void>>;

/** The popup's part, with the tab and the sites as the popup read them before drawing. */
function renderFillThisPage(on: { url: string } = tab, alwaysFilled: string[] = []) {
  return render(
    <Announcer>
      <FillThisPage tab={{ ...tab, ...on }} alwaysFilled={alwaysFilled} onNoAddress={noAddress} />
    </Announcer>,
  );
}

/** The background's answers, in order: one per message the popup sends. */
function backgroundAnswers(...answers: (FillPageResult | UndoPageResult)[]) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    // Asked as the popup opens (see FillThisPage.always-fill.test.tsx): no automatic fill in these tests.
    if ((message as { type?: string }).type === 'always-fill:undo-offered') return false;
    requests.push(message);
    return answers.shift();
  });
}

beforeEach(() => {
  requests = [];
  noAddress = vi.fn<() => void>();
  // As the built manifest has it: Gmail is the one site the extension may always run on.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'iCloud Mail setup',
    version: '0.1.0',
    host_permissions: ['https://mail.google.com/*'],
  });
});
afterEach(cleanup);

async function fillThisPage() {
  renderFillThisPage();
  const button = screen.getByRole('button', { name: 'Fill this page' });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  await screen.findByText(`Filled 7 fields on ${host}. The password is left for you.`);
}

describe('Undo after "Fill this page"', () => {
  it('asks the background to undo in the same tab and says how many fields were put back', async () => {
    backgroundAnswers(filledSeven, { status: 'undone', host, restored: 7, switches: 0, left: 0 });
    await fillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(`Put back 7 fields on ${host}.`);
    expect(requests).toEqual([
      { type: 'forms:fill-tab', tabId: 7 },
      { type: 'forms:undo-tab', tabId: 7 },
    ]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says which fields it left because the user changed them since', async () => {
    backgroundAnswers(filledSeven, { status: 'undone', host, restored: 1, switches: 0, left: 6 });
    await fillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(
      `Put back 1 field on ${host}. Fields you changed after the fill were left as you set them.`,
    );
  });

  it('says why nothing was put back when the page was reloaded since', async () => {
    backgroundAnswers(filledSeven, { status: 'page-changed', host });
    await fillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(`Nothing to undo: ${host} was reloaded or left since it was filled.`);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps the button when the undo could not run, so it can be tried again', async () => {
    backgroundAnswers(filledSeven, { status: 'failed', host });
    await fillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(`Could not undo the fill on ${host}.`);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('stays offered after a second fill that changed nothing: the first fill can still be undone', async () => {
    const alreadyRight: FillPageResult = {
      ...filledSeven,
      report: { ...filledSeven.report, fields: [{ role: 'imapHost', outcome: 'already-correct' }] },
    };
    backgroundAnswers(filledSeven, alreadyRight);
    await fillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText(`Everything on ${host} was already right.`);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('is not offered when the fill changed nothing', async () => {
    const alreadyRight: FillPageResult = {
      ...filledSeven,
      report: { ...filledSeven.report, fields: [{ role: 'imapHost', outcome: 'already-correct' }] },
    };
    backgroundAnswers(alreadyRight);
    renderFillThisPage();
    const button = screen.getByRole('button', { name: 'Fill this page' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(`Everything on ${host} was already right.`);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('what "Fill this page" corrected, and why', () => {
  it('lists each corrected setting with the value it had and the reason', async () => {
    const corrected: FillPageResult = {
      ...filledSeven,
      report: {
        ...filledSeven.report,
        fields: [
          ...filledSeven.report.fields,
          {
            role: 'smtpPort',
            outcome: 'corrected',
            from: '465',
            value: '587',
            findings: [{ field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' }],
          },
        ],
      },
    };
    backgroundAnswers(corrected);
    renderFillThisPage();
    const button = screen.getByRole('button', { name: 'Fill this page' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(`Filled 8 fields on ${host}. The password is left for you.`);
    const list = screen.getByRole('list', { name: 'What was set or corrected, and what to check' });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.',
    ]);
  });

  it('lists each switch it set first, and offers Undo for a fill that only set switches', async () => {
    const switched: FillPageResult = {
      ...filledSeven,
      report: {
        ...filledSeven.report,
        fields: [{ role: 'smtpHost', outcome: 'already-correct' }],
        switches: [
          { kind: 'sending-method', side: 'smtp', outcome: 'set' },
          { kind: 'authentication', side: 'smtp', outcome: 'set' },
        ],
      },
    };
    backgroundAnswers(switched);
    renderFillThisPage();
    const button = screen.getByRole('button', { name: 'Fill this page' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(`No field on ${host} needed filling; the options below were set.`);
    const list = screen.getByRole('list', { name: 'What was set or corrected, and what to check' });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Sending method set to SMTP.',
      'Authentication set to sign in with the password.',
    ]);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('shows no list when nothing was corrected', async () => {
    backgroundAnswers(filledSeven);
    await fillThisPage();
    expect(screen.queryByRole('list', { name: 'What was set or corrected, and what to check' })).toBeNull();
  });
});

describe('"Always fill on this site"', () => {
  it('is offered on an ordinary site, and after a fill that found a form there', async () => {
    backgroundAnswers(filledSeven);
    renderFillThisPage();
    expect(screen.getByRole('button', { name: 'Always fill on cloud.example.org' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText(`Filled 7 fields on ${host}. The password is left for you.`);
    expect(screen.getByRole('button', { name: 'Always fill on cloud.example.org' })).toBeTruthy();
  });

  it('is not offered after "No mail setup form found"', async () => {
    backgroundAnswers({ status: 'done', host, report: { detected: false, fields: [], untouched: true } });
    renderFillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText(`No mail setup form found on ${host}.`);
    expect(screen.queryByRole('button', { name: /^Always fill on/ })).toBeNull();
  });

  it('is not offered where the browser keeps the extension out', async () => {
    backgroundAnswers({ status: 'not-allowed', host, why: 'blocked' });
    renderFillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText(/^The browser did not let the extension fill cloud\.example\.org\./);
    expect(screen.queryByRole('button', { name: /^Always fill on/ })).toBeNull();
  });

  it('is not offered on Gmail, which the extension may already run on', async () => {
    renderFillThisPage({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    const button = screen.getByRole('button', { name: 'Fill this page' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByRole('button', { name: /^Always fill on/ })).toBeNull();
  });

  it('the sites filled automatically are folded under their count, and unfold when one is added', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined as never);
    await optedInSites.set(['https://mail.example.net']);
    renderFillThisPage(tab, ['https://mail.example.net']);
    const list = screen.getByText('Filled automatically (1)').closest('details') as HTMLDetailsElement;
    expect(list.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Always fill on cloud.example.org' }));
    await screen.findByText('cloud.example.org will be filled automatically from now on.');
    const grown = await screen.findByText('Filled automatically (2)');
    await waitFor(() => expect(grown.closest('details')?.open).toBe(true));
  });

  it('removing a site whose access the browser keeps stops the fill and says so', async () => {
    await optedInSites.set(['https://cloud.example.org']);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(new Error('You cannot remove required permissions.'));
    renderFillThisPage(tab, ['https://cloud.example.org']);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop filling cloud.example.org automatically' }));
    await screen.findByText(
      'cloud.example.org is no longer filled automatically, but the browser did not let the extension give up its access to cloud.example.org. You can take it back in the browser’s settings for this extension.',
    );
    expect(await optedInSites.get()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Stop filling cloud.example.org automatically' })).toBeNull();
  });

  it('removing a site gives its access back', async () => {
    await optedInSites.set(['https://cloud.example.org']);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    renderFillThisPage(tab, ['https://cloud.example.org']);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop filling cloud.example.org automatically' }));
    await screen.findByText('cloud.example.org is no longer filled automatically.');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://cloud.example.org/*'] });
  });
});

describe('where the outcome appears', () => {
  it('takes the focus and is announced, with Undo beside it', async () => {
    backgroundAnswers(filledSeven);
    await fillThisPage();
    const said = `Filled 7 fields on ${host}. The password is left for you.`;
    await waitFor(() => expect(document.activeElement?.textContent).toContain(said));
    expect(document.activeElement?.contains(screen.getByRole('button', { name: 'Undo' }))).toBe(true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(said));
  });

  it('without a saved address, says why and hands the focus to the address field', async () => {
    backgroundAnswers({ status: 'no-address', host });
    renderFillThisPage();
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page' }));
    await screen.findByText('Enter your iCloud address first, then fill the page.');
    await waitFor(() => expect(noAddress).toHaveBeenCalledOnce());
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GmailAfter2027 } from '@/components/guide/GmailAfter2027';
import { GmailSetup } from '@/components/guide/GmailSetup';
import { GuidePage } from '@/components/guide/GuidePage';
import { settingsFor } from '@/lib/icloud/account';
import english from '@/locales/en.json';

afterEach(cleanup);

const alex = settingsFor({ address: 'alex@icloud.com' });
const december2026 = new Date('2026-12-02T04:00:00Z');
const february2027 = new Date('2027-02-01T00:00:00Z');
const words = english.guide.gmailAfter;
const codes = (element: HTMLElement) => [...element.querySelectorAll('code')].map((value) => value.textContent);

describe('the guide’s section on Gmail after January 2027', () => {
  it('is a section of its own that the popup and the Gmail section link to', () => {
    render(<GmailAfter2027 settings={alex} />);
    const section = screen.getByRole('region', { name: words.title });
    expect(section.id).toBe('gmail-after-2027');
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([words.appTitle, words.forwardTitle, words.desktopTitle, words.webTitle]);
  });

  it('gives the Gmail app’s “Other (IMAP)” steps with the incoming and outgoing values where each goes, with copy buttons', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<GmailAfter2027 settings={alex} />);
    expect(screen.getByText('Choose “Other (IMAP)” and enter your iCloud address.')).toBeTruthy();
    expect(codes(screen.getByLabelText(words.appStep4))).toEqual(['imap.mail.me.com', '993', 'SSL/TLS', 'alex']);
    expect(codes(screen.getByLabelText(words.appStep5))).toEqual([
      'smtp.mail.me.com',
      '587',
      'STARTTLS',
      'alex@icloud.com',
    ]);
    fireEvent.click(
      within(screen.getByLabelText(words.appStep5)).getByRole('button', { name: 'Copy: Outgoing username' }),
    );
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('alex@icloud.com'));
    fireEvent.click(
      within(screen.getByLabelText(words.appStep4)).getByRole('button', { name: 'Copy: Incoming mail server (IMAP)' }),
    );
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('imap.mail.me.com'));
  });

  it('describes the usernames instead of guessing them when no address is saved', () => {
    render(<GmailAfter2027 />);
    expect(
      within(screen.getByLabelText(words.appStep5)).queryByRole('button', { name: 'Copy: Outgoing username' }),
    ).toBeNull();
    expect(within(screen.getByLabelText(words.appStep5)).getByText('Your full iCloud address')).toBeTruthy();
  });

  it('says where to turn on forwarding in iCloud Mail, and that replies then go from the Gmail address', () => {
    render(<GmailAfter2027 settings={alex} />);
    const forward = screen.getByText(/Settings → Mail Forwarding and turn on “Forward my email to”/);
    expect(within(forward).getByRole('link').getAttribute('href')).toBe('https://www.icloud.com/mail');
    expect(
      screen.getByText(
        'Your iCloud mail then arrives in Gmail, but your replies go from your Gmail address, not from your iCloud address.',
      ),
    ).toBeTruthy();
  });

  it('links the guide’s Thunderbird, Outlook and Apple sections, each to a section that exists, and iCloud Mail on the web', () => {
    render(<GuidePage saved={{ address: 'alex@icloud.com' }} />);
    const section = screen.getByRole('region', { name: words.title });
    const desktop = within(section).getByText(words.desktop).nextElementSibling as HTMLElement;
    const links = within(desktop).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Thunderbird', '#thunderbird'],
      ['Outlook', '#outlook'],
      ['iPhone, iPad and Mac', '#apple'],
    ]);
    for (const link of links)
      expect(document.getElementById((link.getAttribute('href') ?? '').slice(1))).not.toBeNull();
    expect(
      within(section)
        .getByText(/in any browser at/)
        .querySelector('a')
        ?.getAttribute('href'),
    ).toBe('https://www.icloud.com/mail');
  });

  it('is in the guide’s table of contents, right after Gmail', () => {
    render(<GuidePage saved={{ address: 'alex@icloud.com' }} />);
    const contents = within(screen.getByRole('navigation'))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(contents.slice(contents.indexOf('#gmail'), contents.indexOf('#gmail') + 2)).toEqual([
      '#gmail',
      '#gmail-after-2027',
    ]);
  });
});

describe('the guide’s Gmail section and Google’s removal of “Send mail as”', () => {
  it('until the end of January 2027: says it plainly first, with Google’s article and the way to what lasts, then the steps', () => {
    render(<GmailSetup settings={alex} now={december2026} />);
    const section = screen.getByRole('region', { name: english.guide.gmail.title });
    const first = section.querySelector('h2 + p') as HTMLElement;
    expect(first.textContent).toBe(
      `${english.gmail.sunset.ending} ${english.gmail.sunset.learnMore} · ${english.gmail.sunset.whatLasts}`,
    );
    expect(within(first).getByRole('link', { name: english.gmail.sunset.learnMore }).getAttribute('href')).toBe(
      'https://support.google.com/mail/answer/17101213',
    );
    expect(within(first).getByRole('link', { name: english.gmail.sunset.whatLasts }).getAttribute('href')).toBe(
      '#gmail-after-2027',
    );
    expect(within(section).getByText(english.guide.gmail.step1)).toBeTruthy();
    expect(codes(section)).toEqual(['smtp.mail.me.com', '587', 'alex@icloud.com']);
  });

  it('from February 2027: says Google announced its end and gives no steps for it', () => {
    render(<GmailSetup settings={alex} now={february2027} />);
    const section = screen.getByRole('region', { name: english.guide.gmail.title });
    expect((section.querySelector('h2 + p') as HTMLElement).textContent).toMatch(
      new RegExp(`^${english.gmail.sunset.ended.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(section.textContent).not.toContain(english.gmail.sunset.ending);
    expect(within(section).queryByText(english.guide.gmail.step1)).toBeNull();
    expect(codes(section)).toEqual([]);
  });

  it('gives the Gmailify and POP dates of Google’s article 16604719: new users after Q1 2026, existing users until January 2027', () => {
    render(<GmailSetup settings={alex} now={december2026} />);
    expect(
      screen.getByText(
        'Google is also ending “Check mail from other accounts” and Gmailify: after the first quarter of 2026 they no longer support new users, and existing users can still use them until January 2027.',
      ),
    ).toBeTruthy();
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GmailAutofillSwitch } from '@/components/popup/GmailAutofillSwitch';
import { gmailAutofill } from '@/lib/features/gmail/preference';

afterEach(cleanup);

describe('the Gmail auto-fill switch', () => {
  it('turns Gmail auto-fill off and on, and remembers it', async () => {
    render(<GmailAutofillSwitch />);
    const toggle = screen.getByRole('checkbox', { name: 'Fill Gmail’s “Send mail as” window automatically' });
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(gmailAutofill.get()).resolves.toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect(gmailAutofill.get()).resolves.toBe(true));
  });
});

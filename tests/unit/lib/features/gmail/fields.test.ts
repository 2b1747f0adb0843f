import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailFieldNames, gmailLabelWords, securityGroupName, smtpErrorSelector } from '@/lib/features/gmail/fields';
import { fillGmailDialog } from '@/lib/features/gmail/step-reader';
import { gmailPagesFolder, loadGmailPage } from '../../../../fixtures/gmail/load';
import { dialogPages, editModePages, notDialogPages } from '../../../../fixtures/gmail/pages';

// refined-github style: each name and label word is proved against the pages it must match and must not.

const dialogPageNames = Object.keys(dialogPages) as (keyof typeof dialogPages)[];
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");
const pageText = (page: string) => fold(readFileSync(join(gmailPagesFolder, page), 'utf8'));

/** Gives every field a meaningless name, as if Gmail had renamed them all; radio groups stay groups. */
function renameEveryField(): void {
  const renamed = new Map<string, string>();
  for (const field of document.querySelectorAll<HTMLInputElement>('input[name], select[name]')) {
    if (field.name === 'at') continue;
    if (!renamed.has(field.name)) renamed.set(field.name, `field${renamed.size}`);
    field.name = renamed.get(field.name) ?? '';
  }
}

describe('Gmail field names', () => {
  const selectors = [
    ...Object.values(gmailFieldNames).map((name) => `[name="${name}"]`),
    `[name="${securityGroupName(587)}"]`,
    `[name="${securityGroupName(465)}"]`,
  ];

  it.each(selectors)('%s is on a dialog page and on no other Gmail page', (selector) => {
    expect(dialogPageNames.some((page) => loadGmailPage(page).querySelector(selector))).toBe(true);
    for (const page of notDialogPages) expect(loadGmailPage(page).querySelector(selector)).toBeNull();
  });

  it('the SMTP error area holds text only on the page with an error', () => {
    const withText = (page: string) =>
      [...loadGmailPage(page).querySelectorAll(smtpErrorSelector)].some((area) => area.textContent?.trim());
    expect(withText('step2-smtp-error.html')).toBe(true);
    for (const page of [...dialogPageNames.filter((page) => page !== 'step2-smtp-error.html'), ...notDialogPages])
      expect(withText(page)).toBe(false);
  });
});

describe('Gmail label words', () => {
  it.each(Object.entries(gmailLabelWords))('every %s word appears on a dialog page', (_, words) => {
    for (const word of words) expect(dialogPageNames.filter((page) => pageText(page).includes(word))).not.toEqual([]);
  });

  it.each(Object.entries(dialogPages))('%s is taken for its step, by %j', (page, expected) => {
    const report = fillGmailDialog(loadGmailPage(page), { address: 'alex@icloud.com' }).stepReport;
    expect(report.step).toBe(expected.step);
    if (report.step === 'smtp') expect(report.matchedBy).toBe(expected.matchedBy);
  });

  const smtpPages = dialogPageNames.filter((page) => dialogPages[page].step === 'smtp');
  const addingPages = smtpPages.filter((page) => !(editModePages as readonly string[]).includes(page));

  it('edit-mode words appear on an edit-mode page in each language, never on a page adding an address', () => {
    for (const word of gmailLabelWords.editing) {
      expect(editModePages.filter((page) => pageText(page).includes(word))).not.toEqual([]);
      expect(addingPages.filter((page) => pageText(page).includes(word))).toEqual([]);
    }
  });

  it('the alias words, which tell step 1 apart, appear on no SMTP page', () => {
    for (const word of gmailLabelWords.alias)
      expect(smtpPages.filter((page) => pageText(page).includes(word))).toEqual([]);
  });

  it.each(dialogPageNames)('%s is still recognised by its labels when every field is renamed', (page) => {
    loadGmailPage(page);
    const byNames = fillGmailDialog(loadGmailPage(page), { address: 'alex@icloud.com' }).stepReport;
    loadGmailPage(page);
    renameEveryField();
    const byLabels = fillGmailDialog(document, { address: 'alex@icloud.com' }).stepReport;
    expect(byLabels.step).toBe(byNames.step);
    if (byLabels.step === 'smtp') expect(byLabels.matchedBy).toBe('labels');
  });

  it.each(notDialogPages)('%s is not taken for the dialog, even with its fields renamed', (page) => {
    loadGmailPage(page);
    renameEveryField();
    expect(fillGmailDialog(document, { address: 'alex@icloud.com' }).stepReport.step).toBe('none');
  });
});

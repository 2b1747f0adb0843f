import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { countChanged } from '../../autofill/report/count';
import type { FillPageResult } from './messages';
import { detailLines, fillResultText } from './result-text';

// The browser's own warning red, and a calm blue for a count.
const problemColour = '#d93025';
const doneColour = '#1a73e8';

/**
 * Where there is no popup to speak in (the menu, the shortcut, an automatic fill), the toolbar
 * button says it for that tab. Its badge holds how many fields were filled, or "!" when nothing
 * could be; its tooltip says what happened in words. The browser clears both when the tab loads
 * another page.
 */
export async function showOnButton(tabId: number, result: FillPageResult): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const filled = result.status === 'done' && result.report.detected && result.report.reason === undefined;
  const changed = filled ? countChanged(result.report.fields) : 0;
  // A "0" would read as a failure when everything was already right.
  const text = filled ? (changed > 0 ? String(changed) : '✓') : '!';
  await action.setBadgeBackgroundColor({ tabId, color: filled ? doneColour : problemColour });
  await action.setBadgeText({ tabId, text });
  // "Enter your address above" would point at nothing: there is no popup open.
  const summary = result.status === 'no-address' ? i18n.t('forms.result.noAddressMenu') : fillResultText(result);
  const title = [summary, ...detailLines(result)].join('\n');
  await action.setTitle({ tabId, title });
}

import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { countChanged } from '@/lib/autofill/report/count';
import { undoOfferedMessage } from '@/lib/features/always-fill/messages';
import { type AlwaysFillOffer, alwaysFillOffer, alwaysFillOfferText } from '@/lib/features/always-fill/offer';
import { alwaysFillOn, stopFillingOn } from '@/lib/features/always-fill/site-opt-in';
import {
  type FillPageResult,
  fillTabMessage,
  type UndoPageResult,
  undoTabMessage,
} from '@/lib/features/fill-page/messages';
import { correctionLines, fillResultText, needsYouLines } from '@/lib/features/fill-page/result-text';
import { undoResultText } from '@/lib/features/fill-page/undo-result-text';
import { send } from '@/lib/platform/messages';
import { optedInSites } from '@/lib/platform/storage';
import { hostOf, siteOf } from '@/lib/platform/web-address';
import { AnnounceContext } from '../shared/announce';

const hostName = (origin: string) => hostOf(origin) ?? origin;

/** The page the user was looking at: the popup's window, or the browser window behind a detached popup window. */
async function currentTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true, windowType: 'normal' });
  return tab ?? (await browser.tabs.query({ active: true, windowType: 'normal' }))[0];
}

/** "Fill this page" for the current tab, "Always fill on this site", and the list of such sites. */
export function FillThisPage() {
  const announce = useContext(AnnounceContext);
  const [tabId, setTabId] = useState<number>();
  const [site, setSite] = useState<string>();
  const [offer, setOffer] = useState<AlwaysFillOffer>('not-a-site');
  const [sites, setSites] = useState<string[]>([]);
  const [busy, setBusy] = useState<'filling' | 'undoing'>();
  const [message, setMessage] = useState('');
  // What the last fill corrected, one line each with the reason, then what it could not set.
  const [corrections, setCorrections] = useState<string[]>([]);
  // Offered after a fill from this popup that changed something, until it is used.
  const [canUndo, setCanUndo] = useState(false);

  useEffect(() => {
    void currentTab().then((tab) => {
      setTabId(tab?.id);
      setSite(siteOf(tab?.url));
      setOffer(alwaysFillOffer(tab?.url));
      // A page "Always fill" filled by itself can be put back from here too.
      if (tab?.id !== undefined)
        void send(undoOfferedMessage, { tabId: tab.id }).then((offered) => offered && setCanUndo(true));
    });
    void optedInSites.get().then(setSites);
  }, []);

  const say = (text: string, lines: string[] = []) => {
    setMessage(text);
    setCorrections(lines);
    announce([text, ...lines].join(' '));
  };

  const fill = async () => {
    if (tabId === undefined) return;
    setBusy('filling');
    const result: FillPageResult = (await send(fillTabMessage, { tabId })) ?? { status: 'failed' };
    setBusy(undefined);
    // A fill that changed nothing keeps the earlier fill's undo in the page (lib/autofill/undo.ts).
    const changed = result.status === 'done' && countChanged(result.report.fields) > 0;
    setCanUndo((offered) => changed || (offered && result.status === 'done'));
    say(fillResultText(result), [...correctionLines(result), ...needsYouLines(result)]);
  };

  const undo = async () => {
    if (tabId === undefined) return;
    setBusy('undoing');
    const result: UndoPageResult = (await send(undoTabMessage, { tabId })) ?? { status: 'failed' };
    setBusy(undefined);
    setCanUndo(result.status === 'failed');
    say(undoResultText(result));
  };

  const optIn = async (origin: string) => {
    const granted = await alwaysFillOn(origin).catch(() => false);
    const host = hostName(origin);
    say(granted ? i18n.t('forms.site.added', [host]) : i18n.t('forms.site.denied', [host]));
    setSites(await optedInSites.get());
  };

  const remove = async (origin: string) => {
    const host = hostName(origin);
    const removed = await stopFillingOn(origin);
    say(removed === 'removed' ? i18n.t('forms.site.removed', [host]) : i18n.t('forms.site.accessKept', [host]));
    setSites(await optedInSites.get());
  };

  return (
    <section class="fill-this-page">
      <button type="button" onClick={fill} disabled={busy !== undefined || tabId === undefined}>
        {busy === 'filling' ? i18n.t('forms.fill.busy') : i18n.t('forms.fill.button')}
      </button>
      {message && <p class="note fill-result">{message}</p>}
      {corrections.length > 0 && (
        <ul class="note fill-corrections" aria-label={i18n.t('forms.result.correctionsLabel')}>
          {corrections.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {canUndo && (
        <button type="button" class="link undo-fill" onClick={undo} disabled={busy !== undefined}>
          {busy === 'undoing' ? i18n.t('forms.undo.busy') : i18n.t('forms.undo.button')}
        </button>
      )}
      {site && offer === 'offer' && !sites.includes(site) && (
        <button type="button" class="link" onClick={() => optIn(site)}>
          {i18n.t('forms.site.always', [hostName(site)])}
        </button>
      )}
      {offer === 'not-https' && <p class="note always-fill-note">{alwaysFillOfferText(offer, site)}</p>}
      {sites.length > 0 && (
        <>
          <h2>{i18n.t('forms.site.heading')}</h2>
          <ul class="opted-in-sites">
            {sites.map((origin) => (
              <li key={origin}>
                {hostName(origin)}{' '}
                <button
                  type="button"
                  aria-label={i18n.t('forms.site.removeLabel', [hostName(origin)])}
                  onClick={() => remove(origin)}
                >
                  {i18n.t('forms.site.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { changedAnything } from '@/lib/autofill/report/count';
import { automaticallyFilledTabs } from '@/lib/features/always-fill/filled-tabs';
import { undoOfferedMessage } from '@/lib/features/always-fill/messages';
import { type AlwaysFillOffer, alwaysFillOffer, alwaysFillOfferText } from '@/lib/features/always-fill/offer';
import { alwaysFillOn, stopFillingOn } from '@/lib/features/always-fill/site-opt-in';
import {
  type FillPageResult,
  fillTabMessage,
  type UndoPageResult,
  undoTabMessage,
} from '@/lib/features/fill-page/messages';
import { detailLines, fillResultText } from '@/lib/features/fill-page/result-text';
import { undoResultText } from '@/lib/features/fill-page/undo-result-text';
import { send } from '@/lib/platform/messages';
import { optedInSites } from '@/lib/platform/storage';
import { hostOf, siteOf } from '@/lib/platform/web-address';
import { AnnounceContext } from '../shared/announce';
import type { PageTab } from './current-tab';

const hostName = (origin: string) => hostOf(origin) ?? origin;

interface FillThisPageProps {
  /** The current tab, and the sites filled automatically, as read before the popup's first draw. */
  tab?: PageTab;
  alwaysFilled: string[];
  /** Without a saved address there is nothing to fill: the address field takes the focus. */
  onNoAddress: () => void;
}

/**
 * "Fill this page" for the current tab, and what it did just below it, with its Undo and "Always fill
 * on this site"; then the sites filled automatically. Each outcome takes the focus, so it is seen and read.
 */
export function FillThisPage({ tab, alwaysFilled, onNoAddress }: FillThisPageProps) {
  const announce = useContext(AnnounceContext);
  const tabId = tab?.id;
  const site = siteOf(tab?.url);
  const offer: AlwaysFillOffer = alwaysFillOffer(tab?.url);
  const [sites, setSites] = useState(alwaysFilled);
  // Shown while the site list is being changed from this popup, folded otherwise.
  const [sitesOpen, setSitesOpen] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<'filling' | 'undoing'>();
  const [message, setMessage] = useState('');
  // What the last fill switched, corrected (one line each with the reason), then what it could not set.
  const [corrections, setCorrections] = useState<string[]>([]);
  // Offered after a fill from this popup that changed something, or while the page holds its automatic fill, until used.
  const [canUndo, setCanUndo] = useState(false);
  // "Always fill" is offered before a fill and after one that found a form; not where none was, nor where it cannot run.
  const [formFound, setFormFound] = useState(true);

  useEffect(() => {
    // A page "Always fill" filled by itself can be put back from here too, also when that fill ends
    // after the popup opened: it watches the page for a moment after its last write (fill/quiet.ts).
    if (tabId === undefined) return;
    const ask = () => void send(undoOfferedMessage, { tabId }).then((offered) => offered && setCanUndo(true));
    ask();
    return automaticallyFilledTabs.watch(tabId, ask);
  }, [tabId]);

  const say = (text: string, lines: string[] = []) => {
    setMessage(text);
    setCorrections(lines);
    announce([text, ...lines].join(' '));
    // After the words are drawn: the outcome comes into view and takes the focus.
    requestAnimationFrame(() => {
      outcome.current?.scrollIntoView({ block: 'nearest' });
      outcome.current?.focus({ preventScroll: true });
    });
  };

  const fill = async () => {
    if (tabId === undefined) return;
    setBusy('filling');
    const result: FillPageResult = (await send(fillTabMessage, { tabId })) ?? { status: 'failed' };
    setBusy(undefined);
    // A fill that changed nothing keeps the earlier fill's undo in the page (lib/autofill/undo.ts).
    const changed = result.status === 'done' && changedAnything(result.report);
    setCanUndo((offered) => changed || (offered && result.status === 'done'));
    setFormFound(result.status === 'done' && result.report.detected);
    say(fillResultText(result), detailLines(result));
    if (result.status === 'no-address') requestAnimationFrame(onNoAddress);
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
    setSitesOpen(granted);
  };

  const remove = async (origin: string) => {
    const host = hostName(origin);
    const removed = await stopFillingOn(origin);
    say(removed === 'removed' ? i18n.t('forms.site.removed', [host]) : i18n.t('forms.site.accessKept', [host]));
    setSites(await optedInSites.get());
  };

  return (
    <section class="fill-this-page">
      <button type="button" class="fill-button" onClick={fill} disabled={busy !== undefined || tabId === undefined}>
        {busy === 'filling' ? i18n.t('forms.fill.busy') : i18n.t('forms.fill.button')}
      </button>
      <div class="fill-outcome" ref={outcome} tabIndex={-1}>
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
        {site && formFound && offer === 'offer' && !sites.includes(site) && (
          <button type="button" class="link" onClick={() => optIn(site)}>
            {i18n.t('forms.site.always', [hostName(site)])}
          </button>
        )}
        {offer === 'not-https' && <p class="note always-fill-note">{alwaysFillOfferText(offer, site)}</p>}
      </div>
      {sites.length > 0 && (
        <details class="always-filled" open={sitesOpen} onToggle={(event) => setSitesOpen(event.currentTarget.open)}>
          <summary>{`${i18n.t('forms.site.heading')} (${sites.length})`}</summary>
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
        </details>
      )}
    </section>
  );
}

import { i18n } from '#i18n';
import type { FillPageResult } from '../fill-page/messages';
import { detailLines, fillResultText } from '../fill-page/result-text';
import type { SiteNotice } from './messages';

/**
 * The one line on a page "Always fill" filled by itself: "iCloud settings filled · What changed ·
 * Undo · Stop filling on this site", with the fill's report, as "Fill this page" words it, behind
 * "What changed".
 */
export function siteNoticeFor(result: Extract<FillPageResult, { status: 'done' }>): SiteNotice {
  return {
    label: i18n.t('forms.auto.label'),
    summary: i18n.t('forms.auto.filled'),
    details: [fillResultText(result), ...detailLines(result)],
    words: {
      details: i18n.t('forms.auto.whatChanged'),
      undo: i18n.t('forms.undo.button'),
      dismiss: i18n.t('forms.auto.dismiss'),
      stop: i18n.t('forms.auto.stop'),
    },
  };
}

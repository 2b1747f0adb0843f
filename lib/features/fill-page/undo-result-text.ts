import { i18n } from '#i18n';
import type { UndoPageResult } from '@/lib/features/fill-page/messages';

/** "Put back 7 fields on cloud.example.org." — or why nothing was put back. */
export function undoResultText(result: UndoPageResult): string {
  const where = result.host ?? i18n.t('forms.thisPage');
  if (result.status === 'page-changed') return i18n.t('forms.undo.pageChanged', [where]);
  if (result.status === 'failed') return i18n.t('forms.undo.failed', [where]);
  const { restored, left } = result;
  if (restored === 0 && left === 0) return i18n.t('forms.undo.nothing', [where]);
  const putBack =
    restored === 1
      ? i18n.t('forms.undo.restoredOne', [where])
      : i18n.t('forms.undo.restoredMany', [String(restored), where]);
  return left > 0 ? `${putBack} ${i18n.t('forms.undo.edited')}` : putBack;
}

import { i18n } from '#i18n';
import type { UndoPageResult } from '@/lib/features/fill-page/messages';

/** "Put back 7 fields on cloud.example.org. The options it had set are back as they were too." — or why nothing was put back. */
export function undoResultText(result: UndoPageResult): string {
  const where = result.host ?? i18n.t('forms.thisPage');
  if (result.status === 'page-changed') return i18n.t('forms.undo.pageChanged', [where]);
  if (result.status === 'failed') return i18n.t('forms.undo.failed', [where]);
  const { restored, switches, left } = result;
  if (restored === 0 && switches === 0 && left === 0) return i18n.t('forms.undo.nothing', [where]);
  const lines: string[] = [];
  if (restored > 0)
    lines.push(
      restored === 1
        ? i18n.t('forms.undo.restoredOne', [where])
        : i18n.t('forms.undo.restoredMany', [String(restored), where]),
    );
  if (switches > 0)
    lines.push(restored > 0 ? i18n.t('forms.undo.switchesToo') : i18n.t('forms.undo.switchesOnly', [where]));
  if (left > 0) lines.push(i18n.t('forms.undo.edited'));
  return lines.join(' ');
}

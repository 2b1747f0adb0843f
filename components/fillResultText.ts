import { i18n } from '#i18n';
import { countChanged } from '@/lib/fill-count';
import type { FillPageResult } from '@/lib/messages';

/** "Filled 7 fields on cloud.example.org. The passwords are left for you." — or why nothing was filled. */
export function fillResultText(result: FillPageResult): string {
  const where = result.host ?? i18n.t('forms.thisPage');
  switch (result.status) {
    case 'no-address':
      return i18n.t('forms.result.noAddress');
    case 'not-allowed':
      return i18n.t('forms.result.notAllowed');
    case 'failed':
      return i18n.t('forms.result.failed', [where]);
    case 'done':
      break;
  }
  const { report } = result;
  if (!report.detected) return i18n.t('forms.result.noForm', [where]);
  if (report.reason === 'not-icloud-address') return i18n.t('forms.result.notIcloud', [where]);
  const changed = countChanged(report.fields);
  const passwordsLeft = report.fields.some(({ reason }) => reason === 'password');
  const filled =
    changed === 0
      ? i18n.t('forms.result.alreadyRight', [where])
      : changed === 1
        ? i18n.t('forms.result.filledOne', [where])
        : i18n.t('forms.result.filledMany', [String(changed), where]);
  return passwordsLeft ? `${filled} ${i18n.t('forms.result.passwords')}` : filled;
}

import { i18n } from '#i18n';
import type { AuditFinding } from '@/lib/icloud/audit';
import { translateFinding } from '@/lib/text/audit-text';

/** Wrong values next to the right ones, with the reason for each. */
/** `labelledBy`: the id of the heading that names the table. */
export function AuditFindings({ findings, labelledBy }: { findings: readonly AuditFinding[]; labelledBy: string }) {
  return (
    <table class="findings" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{i18n.t('guide.findings.setting')}</th>
          <th scope="col">{i18n.t('guide.findings.wrong')}</th>
          <th scope="col">{i18n.t('guide.findings.right')}</th>
          <th scope="col">{i18n.t('guide.findings.why')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((finding) => {
          const text = translateFinding(finding);
          return (
            <tr key={`${finding.field}:${finding.found}`}>
              <th scope="row">{text.field}</th>
              <td>
                <del>{text.found}</del>
              </td>
              <td>
                <ins>{text.correction}</ins>
              </td>
              <td>{text.reason}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AccountSettings } from '@/lib/icloud/account';
import { securityNames } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import {
  type Check,
  checksForSymptoms,
  type Symptom,
  settingsToCompare,
  symptoms,
  symptomsIn,
  type WrongHost,
  wrongHostsIn,
} from '@/lib/icloud/troubleshoot';
import { formatNumber } from '../shared/language';
import { SettingValues } from '../shared/SettingValues';

type Question = { kind: 'picked'; symptom: Symptom } | { kind: 'pasted'; text: string };

/** A check's cause and fix, with the values they name taken from lib/icloud. */
function checkWords(check: Check): { cause: string; fix: string } {
  const { imap, smtp, sendingLimits } = icloudMail;
  switch (check) {
    case 'securityForPort':
      return {
        cause: i18n.t('guide.trouble.check.securityForPort.cause'),
        fix: i18n.t('guide.trouble.check.securityForPort.fix', [
          securityNames[smtp.security],
          securityNames[imap.security],
        ]),
      };
    case 'sslOnStarttlsPort':
      return {
        cause: i18n.t('guide.trouble.check.sslOnStarttlsPort.cause', [String(smtp.port)]),
        fix: i18n.t('guide.trouble.check.sslOnStarttlsPort.fix', [String(smtp.port), securityNames[smtp.security]]),
      };
    case 'dailyLimit':
      return {
        cause: i18n.t('guide.trouble.check.dailyLimit.cause', [
          formatNumber(sendingLimits.messagesPerDay),
          formatNumber(sendingLimits.recipientsPerDay),
        ]),
        fix: i18n.t('guide.trouble.check.dailyLimit.fix', [formatNumber(sendingLimits.recipientsPerMessage)]),
      };
    case 'messageSize':
      return {
        cause: i18n.t('guide.trouble.check.messageSize.cause', [formatNumber(sendingLimits.messageSizeMb)]),
        fix: i18n.t('guide.trouble.check.messageSize.fix'),
      };
    default:
      return { cause: i18n.t(`guide.trouble.check.${check}.cause`), fix: i18n.t(`guide.trouble.check.${check}.fix`) };
  }
}

/** "smtp.icloud.com" is not a server Apple documents: which one to use instead. */
function hostCorrection({ found, use }: WrongHost): string {
  const { imap, smtp } = icloudMail;
  if (use === 'either') return i18n.t('guide.trouble.hostCorrectionEither', [found, imap.host, smtp.host]);
  return i18n.t('guide.trouble.hostCorrection', [found, use === 'imap' ? imap.host : smtp.host]);
}

function CheckItem({ check, settings }: { check: Check; settings?: AccountSettings }) {
  const compare = settingsToCompare[check] ?? [];
  const { cause, fix } = checkWords(check);
  return (
    <li>
      <p>
        <strong>{i18n.t('guide.trouble.cause')}:</strong> {cause}
      </p>
      <p>
        <strong>{i18n.t('guide.trouble.fix')}:</strong> {fix}
        {(check === 'appPassword' || check === 'appPasswordRevoked' || check === 'twoFactor') && (
          <>
            {' '}
            <a href="#app-password">{i18n.t('popup.appPassword.heading')}</a>
          </>
        )}
      </p>
      {compare.length > 0 && (
        <SettingValues names={compare} settings={settings} label={i18n.t('guide.trouble.compare')} />
      )}
    </li>
  );
}

/**
 * Pick a symptom or paste an error message; get the likely causes and fixes, or the general checklist.
 * `pastedError`: an error that came with the page's address (lib/platform/guide-url.ts), pasted and answered at once.
 */
export function Troubleshooter({ settings, pastedError }: { settings?: AccountSettings; pastedError?: string }) {
  const [pasted, setPasted] = useState(pastedError ?? '');
  const [question, setQuestion] = useState<Question | undefined>(
    pastedError ? { kind: 'pasted', text: pastedError } : undefined,
  );
  const recognised = question?.kind === 'picked' ? [question.symptom] : symptomsIn(question?.text ?? '');
  const wrongHosts = question?.kind === 'pasted' ? wrongHostsIn(question.text) : [];
  const checks = checksForSymptoms(recognised);

  return (
    <div class="troubleshooter">
      <fieldset>
        <legend>{i18n.t('guide.trouble.symptomLegend')}</legend>
        {symptoms.map((symptom) => (
          <label key={symptom} class="choice">
            <input
              type="radio"
              name="symptom"
              value={symptom}
              checked={question?.kind === 'picked' && question.symptom === symptom}
              onChange={() => setQuestion({ kind: 'picked', symptom })}
            />
            {i18n.t(`guide.trouble.symptom.${symptom}`)}
          </label>
        ))}
      </fieldset>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setQuestion({ kind: 'pasted', text: pasted });
        }}
      >
        <div class="field">
          <label for="error-message">{i18n.t('guide.trouble.pasteLabel')}</label>
          <textarea
            id="error-message"
            rows={3}
            spellcheck={false}
            value={pasted}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary">
          {i18n.t('guide.trouble.diagnose')}
        </button>
      </form>
      <div class="diagnosis" aria-live="polite">
        {question && (
          <>
            <h3 id="diagnosis-title">{i18n.t('guide.trouble.checklistTitle')}</h3>
            {recognised.length > 0 ? (
              <p>
                {i18n.t('guide.trouble.recognised')}{' '}
                {recognised.map((symptom) => i18n.t(`guide.trouble.symptom.${symptom}`)).join('; ')}
              </p>
            ) : (
              <p>{i18n.t('guide.trouble.unknown')}</p>
            )}
            {wrongHosts.map((wrong) => (
              <p key={wrong.found} class="warning">
                {hostCorrection(wrong)}
              </p>
            ))}
            <ol class="checks" aria-labelledby="diagnosis-title">
              {checks.map((check) => (
                <CheckItem key={check} check={check} settings={settings} />
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}

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
} from '@/lib/icloud/troubleshoot';
import { SettingValues } from '../shared/SettingValues';

type Question = { kind: 'picked'; symptom: Symptom } | { kind: 'pasted'; text: string };

function CheckItem({ check, settings }: { check: Check; settings?: AccountSettings }) {
  const compare = settingsToCompare[check] ?? [];
  const { imap, smtp } = icloudMail;
  return (
    <li>
      <p>
        <strong>{i18n.t('guide.trouble.cause')}:</strong> {i18n.t(`guide.trouble.check.${check}.cause`)}
      </p>
      <p>
        <strong>{i18n.t('guide.trouble.fix')}:</strong>{' '}
        {check === 'securityForPort'
          ? i18n.t('guide.trouble.check.securityForPort.fix', [
              securityNames[smtp.security],
              securityNames[imap.security],
            ])
          : i18n.t(`guide.trouble.check.${check}.fix`)}
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

/** Pick a symptom or paste an error message; get the likely causes and fixes, or the general checklist. */
export function Troubleshooter({ settings }: { settings?: AccountSettings }) {
  const [pasted, setPasted] = useState('');
  const [question, setQuestion] = useState<Question>();
  const recognised = question?.kind === 'picked' ? [question.symptom] : symptomsIn(question?.text ?? '');
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

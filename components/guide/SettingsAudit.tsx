import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MailAccount } from '@/lib/icloud/account';
import { type AuditFinding, auditSettings, type FoundSettings, withPortsFromHosts } from '@/lib/icloud/audit';
import { AuditFindings } from './AuditFindings';
import { GuideSection } from './GuideSection';

type Typed = Partial<Record<keyof FoundSettings, string>>;

function TextSetting({
  name,
  typed,
  onInput,
}: {
  name: keyof FoundSettings;
  typed: Typed;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={`audit-${name}`}>{i18n.t(`audit.field.${name}`)}</label>
      <input
        id={`audit-${name}`}
        type="text"
        spellcheck={false}
        autoCapitalize="off"
        inputMode={name.endsWith('Port') ? 'numeric' : undefined}
        value={typed[name] ?? ''}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

function ChoiceSetting({
  name,
  choices,
  typed,
  onInput,
}: {
  name: keyof FoundSettings;
  choices: readonly (readonly [value: string, label: string])[];
  typed: Typed;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={`audit-${name}`}>{i18n.t(`audit.field.${name}`)}</label>
      <select id={`audit-${name}`} value={typed[name] ?? ''} onChange={(event) => onInput(event.currentTarget.value)}>
        <option value="">{i18n.t('guide.audit.notSet')}</option>
        {choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

type Result = { kind: 'nothing-typed' } | { kind: 'findings'; findings: AuditFinding[] };

/** Type the settings you were given; see every wrong value with the right one and why. */
export function SettingsAudit({ account }: { account?: MailAccount }) {
  const [typed, setTyped] = useState<Typed>({});
  const [result, setResult] = useState<Result>();
  const set = (name: keyof FoundSettings) => (value: string) => setTyped((current) => ({ ...current, [name]: value }));
  const securityChoices = [
    ['implicit-tls', i18n.t('audit.security.implicitTls')],
    ['starttls', i18n.t('audit.security.starttls')],
    ['none', i18n.t('audit.security.none')],
  ] as const;

  function check(event: Event) {
    event.preventDefault();
    const anything = Object.values(typed).some((value) => value?.trim());
    // The selects only offer values of FoundSettings, so the typed record is one; a port written in the
    // host field ("smtp.mail.me.com:587") moves into an empty port field, as the mail app would take it.
    const entered = withPortsFromHosts(typed as FoundSettings) as Typed;
    setTyped(entered);
    setResult(
      anything
        ? { kind: 'findings', findings: auditSettings(entered as FoundSettings, account ?? { address: '' }) }
        : { kind: 'nothing-typed' },
    );
  }

  const server = (prefix: 'imap' | 'smtp') => (
    <fieldset>
      <legend>{prefix === 'imap' ? i18n.t('guide.audit.incoming') : i18n.t('guide.audit.outgoing')}</legend>
      <TextSetting name={`${prefix}Host`} typed={typed} onInput={set(`${prefix}Host`)} />
      <TextSetting name={`${prefix}Port`} typed={typed} onInput={set(`${prefix}Port`)} />
      <ChoiceSetting
        name={`${prefix}Security`}
        choices={securityChoices}
        typed={typed}
        onInput={set(`${prefix}Security`)}
      />
      <TextSetting name={`${prefix}Username`} typed={typed} onInput={set(`${prefix}Username`)} />
    </fieldset>
  );

  return (
    <GuideSection id="check-settings" title={i18n.t('guide.audit.title')}>
      <p>{i18n.t('guide.audit.intro')}</p>
      {!account && <p class="note">{i18n.t('guide.audit.usernamesNeedAddress')}</p>}
      <form class="audit-form" onSubmit={check}>
        <ChoiceSetting
          name="protocol"
          choices={[
            ['imap', 'IMAP'],
            ['pop3', 'POP3'],
          ]}
          typed={typed}
          onInput={set('protocol')}
        />
        <div class="audit-servers">
          {server('imap')}
          {server('smtp')}
        </div>
        <ChoiceSetting
          name="passwordKind"
          choices={[
            ['app-specific', i18n.t('audit.password.appSpecific')],
            ['account', i18n.t('audit.password.account')],
          ]}
          typed={typed}
          onInput={set('passwordKind')}
        />
        <button type="submit" class="primary">
          {i18n.t('guide.audit.check')}
        </button>
      </form>
      <div class="audit-result" aria-live="polite">
        {result?.kind === 'nothing-typed' && <p>{i18n.t('guide.audit.nothingTyped')}</p>}
        {result?.kind === 'findings' && result.findings.length === 0 && (
          <p class="success">{i18n.t('guide.audit.allRight')}</p>
        )}
        {result?.kind === 'findings' && result.findings.length > 0 && (
          <>
            <h3 id="audit-problems">{i18n.t('guide.audit.problems')}</h3>
            <AuditFindings labelledBy="audit-problems" findings={result.findings} />
          </>
        )}
      </div>
    </GuideSection>
  );
}

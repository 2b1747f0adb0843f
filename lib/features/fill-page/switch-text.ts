import { i18n } from '#i18n';
import type { Side, SwitchKind, SwitchReport } from '../../autofill/model';
import { icloudMail } from '../../icloud/icloud';
import type { FillPageResult } from './messages';

/**
 * The switches a fill set before the fields, in words: "Sending method set to SMTP.", "Outgoing
 * encryption set to STARTTLS.", and a line for each one the page would not take.
 */

const securityWords = {
  'implicit-tls': 'audit.security.implicitTls',
  starttls: 'audit.security.starttls',
  none: 'audit.security.none',
} as const;

/** The side's encryption in the audit's own words: iCloud's, from lib/icloud. */
function securityOf(side: Side): string {
  return i18n.t(securityWords[icloudMail[side].security]);
}

const serverName = (side: Side) => (side === 'imap' ? i18n.t('audit.field.imapHost') : i18n.t('audit.field.smtpHost'));
const securityName = (side: Side) =>
  side === 'imap' ? i18n.t('audit.field.imapSecurity') : i18n.t('audit.field.smtpSecurity');
const usernameName = (side: Side) =>
  side === 'imap' ? i18n.t('audit.field.imapUsername') : i18n.t('audit.field.smtpUsername');

/** What the fill did to a switch it set. */
const setLines: Record<SwitchKind, (side: Side | undefined) => string> = {
  'sending-method': () => i18n.t('forms.switch.sendingMethod'),
  'server-type': () => i18n.t('forms.switch.serverType'),
  authentication: () => i18n.t('forms.switch.authentication'),
  'enable-server': (side) =>
    side ? i18n.t('forms.switch.enableServer', [serverName(side)]) : i18n.t('forms.switch.enableServerAny'),
  'default-server': () => i18n.t('forms.switch.defaultServer'),
  insecure: () => i18n.t('forms.switch.insecure'),
  'verify-certificate': () => i18n.t('forms.switch.verifyCertificate'),
  security: (side) =>
    side ? i18n.t('forms.switch.security', [securityName(side), securityOf(side)]) : i18n.t('forms.switch.securityAny'),
  'short-username': (side) =>
    i18n.t('forms.switch.shortUsername', [side ? usernameName(side) : i18n.t('forms.switch.name.username')]),
  'provider-preset': () => i18n.t('forms.switch.providerPreset'),
};

/** What a switch is called, for the line that asks the user to set it. */
const names: Record<SwitchKind, (side: Side | undefined) => string> = {
  'sending-method': () => i18n.t('forms.switch.name.sendingMethod'),
  'server-type': () => i18n.t('audit.field.protocol'),
  authentication: () => i18n.t('forms.switch.name.authentication'),
  'enable-server': (side) => (side ? serverName(side) : i18n.t('forms.switch.name.mailServer')),
  'default-server': () => i18n.t('forms.switch.name.defaultServer'),
  insecure: () => i18n.t('forms.switch.name.insecure'),
  'verify-certificate': () => i18n.t('forms.switch.name.verifyCertificate'),
  security: (side) => (side ? securityName(side) : i18n.t('forms.switch.name.encryption')),
  'short-username': (side) => (side ? usernameName(side) : i18n.t('forms.switch.name.username')),
  'provider-preset': () => i18n.t('forms.switch.name.providerPreset'),
};

function lineFor({ kind, side, outcome }: SwitchReport): string {
  return outcome === 'set' ? setLines[kind](side) : i18n.t('forms.switch.left', [names[kind](side)]);
}

/** One line per switch, in the order they were set; two boxes that together set one thing say it once. */
export function switchLines(result: FillPageResult): string[] {
  if (result.status !== 'done' || result.report.reason !== undefined) return [];
  return [...new Set((result.report.switches ?? []).map(lineFor))];
}

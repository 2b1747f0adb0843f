import { describe, expect, it } from 'vitest';
import { checksForSymptoms, generalChecklist, symptoms, symptomsIn } from '../../../../lib/icloud/troubleshoot';

describe('symptomsIn: pasted error messages', () => {
  it.each([
    ['Invalid login: 535 5.7.8 Error: authentication failed: (reason unavailable)', 'Nodemailer'],
    ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: ')", 'Python'],
    ['Authentication failed. Please check your username/password.', 'Gmail'],
    ['Login to server smtp.mail.me.com with username alex@icloud.com failed.', 'Thunderbird'],
    ['Anmeldung fehlgeschlagen', 'a German client'],
  ])('recognises an authentication failure: %s (%s)', (message) => {
    expect(symptomsIn(message)).toEqual(['authentication']);
  });

  it.each([
    'Error: unable to verify the first certificate',
    'SSL_ERROR_BAD_CERT_DOMAIN',
    'TLS Negotiation failed, the certificate doesn’t match the host.',
    'SSL handshake failed',
  ])('recognises a certificate or handshake error: %s', (message) => {
    expect(symptomsIn(message)).toEqual(['certificate']);
  });

  it.each(['STARTTLS negotiation failed', '530 5.7.0 Must issue a STARTTLS command first'])(
    'recognises a STARTTLS failure: %s',
    (message) => {
      expect(symptomsIn(message)).toEqual(['starttls']);
    },
  );

  it('tells SSL spoken to the STARTTLS port ("wrong version number") from other STARTTLS failures', () => {
    expect(symptomsIn('error:0A00010B:SSL routines:ssl3_get_record:wrong version number')).toEqual([
      'sslOnStarttlsPort',
    ]);
  });

  it('tells a refused incoming login from a refused outgoing one', () => {
    expect(symptomsIn('Login to server imap.mail.me.com with username alex failed.')).toEqual(['incomingLogin']);
    expect(symptomsIn('Login to server smtp.mail.me.com with username alex@icloud.com failed.')).toEqual([
      'authentication',
    ]);
  });

  it.each([
    'Error: connect ETIMEDOUT 17.42.251.41:587',
    'The connection to the server has timed out.',
    "Couldn't reach server. Please double-check the server and port number.",
    'Zeitüberschreitung bei der Verbindung',
    'Délai de connexion dépassé',
    'La conexión ha caducado',
  ])('recognises a time-out: %s', (message) => {
    expect(symptomsIn(message)).toEqual(['timeout']);
  });

  it('tells "can send but not receive" from the reverse', () => {
    expect(symptomsIn("I can send but I don't receive any mail")).toEqual(['sendsButCannotReceive']);
    expect(symptomsIn('I can receive mail but cannot send')).toEqual(['receivesButCannotSend']);
  });

  it('recognises several symptoms in one message', () => {
    expect(symptomsIn('STARTTLS failed: unable to verify the first certificate')).toEqual(['certificate', 'starttls']);
  });

  it('recognises nothing in unrelated text', () => {
    expect(symptomsIn('it does not work')).toEqual([]);
    expect(symptomsIn('')).toEqual([]);
  });
});

describe('checksForSymptoms', () => {
  it('gives the general checklist when no symptom is known, never nothing', () => {
    expect(checksForSymptoms([])).toBe(generalChecklist);
    expect(generalChecklist.length).toBeGreaterThan(3);
  });

  it('puts the app-specific password and the full address first for an authentication failure', () => {
    expect(checksForSymptoms(['authentication']).slice(0, 2)).toEqual(['appPassword', 'smtpUsername']);
  });

  it('names the security mode, old clients and the clock for certificate errors', () => {
    expect(checksForSymptoms(['certificate'])).toEqual(
      expect.arrayContaining(['securityForPort', 'oldClient', 'clock']),
    );
  });

  it('names a blocked port first for time-outs', () => {
    expect(checksForSymptoms(['timeout'])[0]).toBe('portBlocked');
  });

  it('sends people to the other server when only one direction works', () => {
    expect(checksForSymptoms(['sendsButCannotReceive'])[0]).toBe('incomingSettings');
    expect(checksForSymptoms(['receivesButCannotSend'])[0]).toBe('outgoingSettings');
  });

  it('does not blame the app-specific password when one direction works: both servers take the same one', () => {
    const passwordChecks = ['appPassword', 'appPasswordRevoked', 'twoFactor'];
    for (const symptom of ['sendsButCannotReceive', 'receivesButCannotSend'] as const)
      expect(checksForSymptoms([symptom]).filter((check) => passwordChecks.includes(check))).toEqual([]);
  });

  it('checks the incoming username rule, not the outgoing one, for a refused incoming login', () => {
    const checks = checksForSymptoms(['incomingLogin']);
    expect(checks).toContain('imapUsername');
    expect(checks).not.toContain('smtpUsername');
  });

  it.each([
    ['senderRejected', 'senderNotOnAccount'],
    ['dailyLimit', 'dailyLimit'],
    ['messageTooLarge', 'messageSize'],
    ['unknownHost', 'hostName'],
    ['sslOnStarttlsPort', 'sslOnStarttlsPort'],
    ['noGreeting', 'securityForPort'],
  ] as const)('answers %s with %s first', (symptom, check) => {
    expect(checksForSymptoms([symptom])[0]).toBe(check);
  });

  it('names a POP3 account as a reason for not receiving, since iCloud has no POP', () => {
    expect(checksForSymptoms(['sendsButCannotReceive'])).toContain('popAccount');
  });

  it('lists each check once for several symptoms', () => {
    const checks = checksForSymptoms(['certificate', 'starttls']);
    expect(new Set(checks).size).toBe(checks.length);
  });

  it('has checks for every symptom', () => {
    for (const symptom of symptoms) expect(checksForSymptoms([symptom]).length).toBeGreaterThan(0);
  });
});

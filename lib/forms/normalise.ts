/**
 * Turns any label, name or id into lower-case words without accents, so one pattern matches
 * "Posteingangsserver", "smtpHost", "rcmfd_ident.smtp.host" and "Hôte SMTP" alike.
 */
export function normalise(text: string): string {
  if (text === '') return '';
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

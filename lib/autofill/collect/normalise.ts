/**
 * Turns any label, name or id into lower-case words without accents, so one pattern matches
 * "Posteingangsserver", "smtpHost", "rcmfd_ident.smtp.host" and "Hôte SMTP" alike ("Hasło" is "haslo").
 */
const maxLength = 300;

/**
 * The last text asked about and its answer: a field's label is often also its row's header and the
 * text before it. Only short texts are kept, so a page's long text is not held on to.
 */
let lastAsked = '';
let lastAnswer = '';

export function normalise(full: string): string {
  if (full === '') return full;
  if (full === lastAsked) return lastAnswer;
  const answer = wordsOf(full);
  if (full.length <= maxLength) {
    lastAsked = full;
    lastAnswer = answer;
  }
  return answer;
}

function wordsOf(full: string): string {
  // No label needs more than a few dozen words; pages can hold megabytes of text in one.
  const text = full.length > maxLength ? full.slice(0, maxLength) : full;
  if (/^[a-z0-9 ]*$/.test(text)) return text.trim();
  // One look for the rarer work: words joined by case changes, and letters beyond ASCII.
  if (!/[a-z][A-Z]|[A-Z][A-Z][a-z]|[^ -~]/.test(text)) {
    const lower = text.trim().toLowerCase();
    // Already single words with single spaces ("User name" → "user name"): nothing to replace.
    return /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(lower) ? lower : lower.replace(/[^a-z0-9]+/g, ' ').trim();
  }
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  // Only text beyond ASCII needs its accents taken off: most names and ids are plain ASCII.
  if (!/[^ -~]/.test(words))
    return words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  // Letters of other scripts stay ("パスワード", "пароль"); Latin letters lose their accents.
  return words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

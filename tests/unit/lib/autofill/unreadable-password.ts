/**
 * Makes a password field whose value no code may read: every read of `.value` on it is counted, and
 * its validity is the browser's judgement of a value only the test knows (happy-dom's own reads
 * `.value`, so it is replaced here by what a browser does internally). The test types by `type`.
 */
export function unreadablePassword(field: HTMLInputElement, typed = '') {
  let secret = typed;
  const reads = { value: 0 };
  Object.defineProperty(field, 'value', {
    configurable: true,
    get() {
      reads.value++;
      return secret;
    },
    set(value: string) {
      secret = value;
    },
  });
  Object.defineProperty(field, 'validity', {
    configurable: true,
    get: () => ({
      get valueMissing() {
        return field.hasAttribute('required') && !field.disabled && !field.readOnly && secret === '';
      },
      // As a browser reads a pattern attribute: the whole value, with the v flag.
      get patternMismatch() {
        const pattern = field.getAttribute('pattern');
        return pattern !== null && secret !== '' && !new RegExp(`^(?:${pattern})$`, 'v').test(secret);
      },
    }),
  });
  return {
    reads,
    /** What a person does: types into the field, then leaves it (the browser fires `change`, trusted). */
    typeAndLeave(text: string) {
      secret = text;
      for (const type of ['input', 'change']) {
        const event = new Event(type, { bubbles: true });
        Object.defineProperty(event, 'isTrusted', { value: true });
        field.dispatchEvent(event);
      }
    },
  };
}

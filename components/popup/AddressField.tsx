import type { ComponentChildren, Ref } from 'preact';

interface AddressFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  onInput: (typed: string) => void;
  onBlur: () => void;
  /** Shown under the field and read with it (aria-describedby). */
  message?: ComponentChildren;
  invalid: boolean;
  /** For whoever moves the focus here: the popup on opening, "Fill this page" without an address. */
  inputRef?: Ref<HTMLInputElement>;
}

/** A text field for an email address: shows exactly what was typed, whatever it is. */
export function AddressField({
  id,
  label,
  value,
  placeholder,
  onInput,
  onBlur,
  message,
  invalid,
  inputRef,
}: AddressFieldProps) {
  const messageId = `${id}-message`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {/* type="text", not "email": browsers rewrite email inputs (trim, punycode) and that would change what the user typed. */}
      <input
        ref={inputRef}
        id={id}
        type="text"
        inputMode="email"
        autoComplete="email"
        spellcheck={false}
        autoCapitalize="off"
        placeholder={placeholder}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={onBlur}
        aria-invalid={invalid}
        aria-describedby={message ? messageId : undefined}
      />
      <div id={messageId} class="field-message" aria-live="polite">
        {message}
      </div>
    </div>
  );
}

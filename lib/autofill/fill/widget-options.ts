import type { CollectedField } from '../collect/field';
import { widgetChoices } from '../collect/widget-choices';
import { lastWords } from '../decide/decide';
import { rolePatterns } from '../decide/roles';
import { close, isOpen, isStandIn, listboxesNow, optionsAfterOpening, press } from '../widget';
import { nextTask } from './quiet';

/**
 * Reads the options of custom dropdowns that mount them only while open (a listbox at the end of
 * <body>): opens each the way a user does, waits for its options, reads them and closes it again.
 * Only dropdowns that say they choose a mode, a server type, a security or an authentication are
 * opened, at most a few per page, and only on a page with a server field: nothing happens elsewhere.
 */

const choiceWords =
  /secur|encrypt|crypt|\bssl\b|\btls\b|protocol|protokoll|\bmode\b|modus|method|methode|metodo|\btype\b|\btyp\b|\btipo\b|agent|transport|mailer|provider|anbieter|fournisseur|proveedor|auth|connection|verbindung|connexion|conexion|verschlussel|sicherheit|chiffr|cifrad|seguridad|\bsmtp|\bimap|\bpop\b|server|serveur|servidor|\bport\b|puerto|\bsend|versand|envoi|envio/;
const maxOpened = 6;
/** How long a dropdown may take to mount its options after the click: a framework's next render. */
const waitForOptionsMs = 300;

function saysChoice(field: CollectedField): boolean {
  return choiceWords.test(`${field.labels} ${field.name} ${field.id} ${field.title} ${lastWords(field.textBefore, 4)}`);
}

/** The widgets among `fields` whose options are not in the page yet. */
export function closedWidgets(fields: readonly CollectedField[]): CollectedField[] {
  return fields.filter(
    (field) =>
      field.kind === 'select' &&
      !(field.element instanceof HTMLSelectElement) &&
      field.choices.length === 0 &&
      saysChoice(field) &&
      field.visibility() === 'visible',
  );
}

async function readOne(field: CollectedField): Promise<void> {
  const trigger = field.element;
  const before = listboxesNow(trigger);
  press(trigger);
  let options = optionsAfterOpening(trigger, before);
  for (let waited = 0; options.length === 0 && waited < waitForOptionsMs; waited += 20) {
    await nextTask(waited === 0 ? 0 : 20);
    options = optionsAfterOpening(trigger, before);
  }
  const expanded = () => trigger.getAttribute('aria-expanded');
  if (options.length === 0) {
    // Nothing showed: close only what says it opened.
    close(trigger, () => expanded() === 'true');
    return;
  }
  field.choices = widgetChoices(trigger, options);
  // A stand-in keeps its options in the page while closed: its own state says whether it is open.
  close(trigger, () =>
    expanded() !== null || isStandIn(trigger) ? isOpen(trigger) : options.some((option) => option.isConnected),
  );
  await nextTask();
}

/** Reads the options of the closed widgets among `fields` into their choices; true when any was read. */
export async function readWidgetOptions(fields: readonly CollectedField[]): Promise<boolean> {
  // Only beside a field that names a server: a page with no server field has no mail form to choose for.
  if (
    !fields.some(
      (field) => field.kind === 'text' && rolePatterns.host.label.test(`${field.labels} ${field.placeholder}`),
    )
  )
    return false;
  let read = false;
  for (const field of closedWidgets(fields).slice(0, maxOpened)) {
    await readOne(field);
    read ||= field.choices.length > 0;
  }
  return read;
}

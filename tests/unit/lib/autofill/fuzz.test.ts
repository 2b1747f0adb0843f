import { afterEach, describe, expect, it } from 'vitest';
import { autofillMailSetup, type FillReport, type SetupAccount, undoLastFill } from '@/lib/autofill';
import { controlStates, type Flavour, formHtml, type GeneratedForm, generateForm } from '../../../fuzz/generate-forms';

/**
 * Generated forms against the properties the filler promises on any page. `npm test` runs a fixed
 * seed; `npm run fuzz` runs 5,000 forms. A failure names the one form's seed and prints its HTML:
 * `FUZZ_SEED=<form seed> FUZZ_RUNS=1 npx vitest run tests/unit/lib/autofill/fuzz.test.ts` brings it back.
 */

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seed = Number(process.env.FUZZ_SEED ?? 20_240_611);

const accounts: SetupAccount[] = [
  { address: 'alex@icloud.com', name: 'Alex Appleseed' },
  { address: 'alex@me.com' },
  { address: 'me@example.org', icloudLogin: 'alex@icloud.com', name: '📧 <b>Alex</b>' },
  { address: 'bob@gmail.com', name: 'Bob' },
  { address: `${'a'.repeat(100_000)}@icloud.com`, name: 'x'.repeat(100_000) },
  { address: 'ok@icloud.com', name: '\u202Eאלכס' },
];

/** Seeds of the forms in one run: consecutive, so any single form reruns alone from its own seed. */
const formSeeds = Array.from({ length: runs }, (_, index) => seed + index);
// No time limit (0): each test's work is bounded by its count of forms. A limit in milliseconds
// failed on a loaded machine, and vitest then started the next test while the timed-out loop kept
// filling and undoing on the same document: the next test's "undo did not restore" was that loop's.
const noTimeLimit = 0;

let current: { seed: number; form: GeneratedForm } | undefined;

/** The account for a form comes from its seed too, so one seed reproduces a failure exactly. */
const accountFor = (formSeed: number) => accounts[formSeed % accounts.length] as SetupAccount;

afterEach((context) => {
  if (context.task.result?.state === 'fail' && current)
    console.error(
      `Fuzz failure on form seed ${current.seed} (${current.form.flavour}, ${current.form.kind}). Reproduce with:\n` +
        `  FUZZ_SEED=${current.seed} FUZZ_RUNS=1 npx vitest run tests/unit/lib/autofill/fuzz.test.ts\n` +
        formHtml(document.body, current.form.closedRoots),
    );
  current = undefined;
});

function generate(formSeed: number, flavour: Flavour, noise?: number): GeneratedForm {
  const form = generateForm(document, formSeed, noise === undefined ? { flavour } : { flavour, noise });
  current = { seed: formSeed, form };
  return form;
}

function passwordStates(form: GeneratedForm): string[] {
  const typed = form.controls.filter((element) => element instanceof HTMLInputElement && element.type === 'password');
  return controlStates([...new Set([...form.passwords, ...typed])]);
}

async function fill(account: SetupAccount): Promise<FillReport> {
  // Any throw fails the test with the form's seed printed.
  return autofillMailSetup(document, account);
}

// First: happy-dom slows down as a run leaves pages behind. Detection time is the bench's
// (npm run bench, real Chromium): a test here never asserts on the clock.
describe('pages with 5,000 fields and hostile values', () => {
  const pages = [
    ['look-alike', seed + 1_000_003],
    ['mixed', seed + 2_000_006],
    ['mixed', seed + 3_000_009],
  ] as const;

  it.each(pages)(
    '%s page from seed %i: 5,000 fields, no password written, a look-alike left as it was',
    async (flavour, formSeed) => {
      const form = generate(formSeed, flavour, 5_000);
      expect(form.controls.length).toBeGreaterThanOrEqual(5_000);
      const before = controlStates(form.controls);
      const passwords = passwordStates(form);

      const report = await fill(accountFor(formSeed));
      expect(passwordStates(form)).toEqual(passwords);
      if (flavour === 'look-alike') {
        expect(report.detected).toBe(false);
        expect(controlStates(form.controls)).toEqual(before);
      }
    },
    noTimeLimit,
  );
});

describe(`fuzzing the filler: ${runs} forms from seed ${seed}`, () => {
  it(
    'leaves look-alike forms (login, LDAP, database, FTP, proxy, checkout, contact) exactly as they were',
    async () => {
      for (const formSeed of formSeeds) {
        const form = generate(formSeed, 'look-alike');
        const before = controlStates(form.controls);
        const report = await fill(accountFor(formSeed));
        expect(report.detected, `seed ${formSeed}: a ${form.kind} form was taken for a mail form`).toBe(false);
        expect(controlStates(form.controls), `seed ${formSeed}`).toEqual(before);
      }
    },
    noTimeLimit,
  );

  it.each(['mail', 'mixed'] as const)(
    '%s forms: never throws, never writes a password, a second run changes nothing, undo restores all',
    async (flavour) => {
      let detected = 0;
      for (const formSeed of formSeeds) {
        const form = generate(formSeed, flavour);
        const account = accountFor(formSeed);
        const original = controlStates(form.controls);
        const passwords = passwordStates(form);

        const first = await fill(account);
        const filled = controlStates(form.controls);
        expect(passwordStates(form), `seed ${formSeed}: a password field was written`).toEqual(passwords);
        expect(first.untouched, `seed ${formSeed}: a field outside the report changed`).toBe(true);
        if (!first.detected) expect(filled, `seed ${formSeed}: changed a page it did not detect`).toEqual(original);
        else detected++;

        undoLastFill();
        expect(controlStates(form.controls), `seed ${formSeed}: undo did not restore the page`).toEqual(original);
        expect(passwordStates(form)).toEqual(passwords);

        await fill(account);
        expect(controlStates(form.controls), `seed ${formSeed}: a fill after undo differs`).toEqual(filled);
        const second = await fill(account);
        expect(controlStates(form.controls), `seed ${formSeed}: the second run changed something`).toEqual(filled);
        expect(
          second.fields.filter(({ outcome }) => outcome === 'filled' || outcome === 'corrected'),
          `seed ${formSeed}: the second run reported changes`,
        ).toEqual([]);
        expect(passwordStates(form)).toEqual(passwords);
      }
      // The fuzzer must reach the filler, or the properties above prove nothing.
      if (flavour === 'mail' && runs >= 50) expect(detected).toBeGreaterThan(runs / 10);
    },
    noTimeLimit,
  );
});

describe('bugs the fuzzer found', () => {
  it('undo turns the radio that was on back on, inside a shadow root (seed 20240626)', async () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <h3>Outgoing mail server (SMTP)</h3>
      <label>SMTP server <input name="smtp_host"></label>
      <label>SMTP port <input name="smtp_port" value="25"></label>
      <fieldset><legend>Security</legend>
        <label><input type="radio" name="smtp_security" value="" checked> None</label>
        <label><input type="radio" name="smtp_security" value="ssl"> SSL/TLS</label>
        <label><input type="radio" name="smtp_security" value="tls"> STARTTLS</label>
      </fieldset>`;
    const [none, , starttls] = root.querySelectorAll('input[type=radio]') as NodeListOf<HTMLInputElement>;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(starttls?.checked).toBe(true);
    undoLastFill();
    expect(none?.checked).toBe(true);
    expect(starttls?.checked).toBe(false);
  });
});

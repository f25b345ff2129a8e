import { expect, waitUntil } from '@open-wc/testing';
import { en as shellEn } from './account-onboarding.messages';
import { en as stepsEn } from './onboarding.steps.messages';
import { es as onboardingEs } from './account-onboarding.messages.es';
import { fr as onboardingFr } from './account-onboarding.messages.fr';
import { en as devicesEn } from './onboarding.devices.messages';
import { es as devicesEs } from './onboarding.devices.messages.es';
import { fr as devicesFr } from './onboarding.devices.messages.fr';
import { en as numbersEn } from './onboarding.numbers.messages';
import { es as numbersEs } from './onboarding.numbers.messages.es';
import { fr as numbersFr } from './onboarding.numbers.messages.fr';
import { mount, onStep, openSession, text, type Session } from './account-onboarding.test-support';

const rootText = (root: ShadowRoot) => root.textContent?.replace(/\s+/g, ' ') ?? '';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree (plural forms included), as `path → message`. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Strings that read the same in the language (symbols, codes, loan words). */
const SAME_AS_ENGLISH = new Set([
  'es:onboardingDevices.orderedItems',
  'es:onboardingDevices.deviceName',
  'es:onboardingNumbers.port.needsNothing',
  'fr:onboardingDevices.orderedItems',
  'fr:onboardingDevices.deviceName',
  'fr:onboardingDevices.colType',
  'fr:onboardingNumbers.port.needsNothing',
  'fr:onboardingNumbers.port.colType',
  'fr:onboardingNumbers.port.documentsTitle',
  'fr:accountOnboarding.locations.countries.CA',
]);

const PACKS = [
  {
    namespace: 'accountOnboarding',
    en: { ...shellEn, ...stepsEn },
    es: onboardingEs,
    fr: onboardingFr,
  },
  { namespace: 'onboardingNumbers', en: numbersEn, es: numbersEs, fr: numbersFr },
  { namespace: 'onboardingDevices', en: devicesEn, es: devicesEs, fr: devicesFr },
];

describe('account onboarding: translations', () => {
  for (const pack of PACKS) {
    for (const language of ['es', 'fr'] as const) {
      it(`${pack.namespace}: ${language} translates every English key, with the same placeholders and no extra keys`, () => {
        const english = leaves(pack.en);
        const translated = leaves(pack[language]);
        expect([...translated.keys()].sort()).to.deep.equal([...english.keys()].sort());
        for (const [key, message] of english) {
          const other = translated.get(key)!;
          expect(other.trim(), `${language} ${key}`).to.not.equal('');
          expect(placeholders(other), `${language} ${key} placeholders`).to.deep.equal(
            placeholders(message),
          );
          const same = `${language}:${pack.namespace}.${key}`;
          if (!SAME_AS_ENGLISH.has(same))
            expect(other, `${language} ${key} is still English`).to.not.equal(message);
        }
      });
    }
  }
});

describe('account onboarding: Spanish', function (this: Mocha.Suite) {
  this.timeout(20000);
  let session: Session;
  afterEach(() => session?.restore());

  it('shows the shell, the team step and the numbers step in Spanish when the locale is es', async () => {
    session = await openSession({ blank: true });
    session.dialstack.update({ locale: 'es' });
    const el = await mount(session, 'team numbers review');
    const shell = el.shadowRoot!;
    await waitUntil(() => text(shell.querySelector('h2')) === 'Configura tu sistema telefónico');
    const team = await onStep(el, 'team');
    await waitUntil(() => text(team.querySelector('h3, h2')) === 'Tu equipo', 'team title in es', {
      timeout: 5000,
    });
    expect(rootText(team)).to.contain('Añadir persona');
    expect(rootText(team)).to.not.contain('Add person');

    el.goTo('numbers');
    const numbers = await onStep(el, 'numbers');
    await waitUntil(
      () => rootText(numbers).includes('¿Cómo quieres conseguir números?'),
      'numbers step in es',
      { timeout: 5000 },
    );
    expect(rootText(numbers)).to.not.contain('How do you want to get numbers?');
    await expect(el).to.be.accessible();
  });
});

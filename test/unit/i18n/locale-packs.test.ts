import { expect } from '@open-wc/testing';
import { callHistoryMessages } from '../../../components/call-history/call-history.messages';
import { es as callHistoryEs } from '../../../components/call-history/call-history.messages.es';
import { fr as callHistoryFr } from '../../../components/call-history/call-history.messages.fr';
import { callLogsMessages } from '../../../components/call-logs/call-logs.messages';
import { es as callLogsEs } from '../../../components/call-logs/call-logs.messages.es';
import { fr as callLogsFr } from '../../../components/call-logs/call-logs.messages.fr';
import { voicemailPack } from '../../../components/voicemails/voicemails.messages';
import { es as voicemailsEs } from '../../../components/voicemails/voicemails.messages.es';
import { fr as voicemailsFr } from '../../../components/voicemails/voicemails.messages.fr';
import { en } from '../../../src/i18n/locales/en';
import { es } from '../../../src/i18n/locales/es';
import { fr } from '../../../src/i18n/locales/fr';
import { audioMessages } from '../../../src/ui/audio-player.messages';
import {
  isPluralMessage,
  lookupMessage,
  messageKeys,
  type MessageTree,
} from '../../../src/i18n/messages';

// The shared packs, and the element packs that took the strings only one element uses (each
// ships its own English; Spanish and French load on demand with the element).
const PACKS: readonly (readonly [string, { en: unknown; es: unknown; fr: unknown }])[] = [
  ['shared', { en, es, fr }],
  ['call logs', { ...callLogsMessages, es: callLogsEs, fr: callLogsFr }],
  ['call history', { ...callHistoryMessages, es: callHistoryEs, fr: callHistoryFr }],
  ['voicemails', { en: voicemailPack('en'), es: voicemailsEs, fr: voicemailsFr }],
  ['audio player', audioMessages],
];

for (const [name, packs] of PACKS) {
  const en = packs.en as MessageTree;
  const englishKeys = messageKeys(en).sort();
  for (const code of ['es', 'fr'] as const) {
    const pack = packs[code] as MessageTree;
    describe(`the ${name} ${code} pack`, () => {
      const keys = messageKeys(pack).sort();

      it('has every English key', () => {
        const missing = englishKeys.filter((key) => !keys.includes(key));
        expect(missing, `missing in ${code}`).to.deep.equal([]);
      });

      it('has no key English lacks', () => {
        const extra = keys.filter((key) => !englishKeys.includes(key));
        expect(extra, `extra in ${code}`).to.deep.equal([]);
      });

      it('keeps the placeholders of each English message', () => {
        const placeholders = (message: unknown) =>
          [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const mismatched = englishKeys.filter((key) => {
          const english = new Set(placeholders(lookupMessage(en as unknown as MessageTree, key)));
          const translated = new Set(
            placeholders(lookupMessage(pack as unknown as MessageTree, key)),
          );
          return [...translated].some((name) => !english.has(name));
        });
        expect(mismatched).to.deep.equal([]);
      });

      it('translates rather than copies (most messages differ from English)', () => {
        const same = englishKeys.filter(
          (key) =>
            JSON.stringify(lookupMessage(en as unknown as MessageTree, key)) ===
            JSON.stringify(lookupMessage(pack as unknown as MessageTree, key)),
        );
        // Under 10%, or two in a small pack (French "Pause" and "{rate}×" are English's too).
        expect(same.length, same.join(', ')).to.be.at.most(
          Math.max(2, Math.ceil(englishKeys.length * 0.1) - 1),
        );
      });
    });
  }
}

describe('the English pack', () => {
  it("holds only the areas several elements share (one element's strings are its own)", () => {
    expect(Object.keys(en)).to.have.members(['common', 'calls', 'errors']);
  });

  it('has an `other` form in every plural message (shared and element packs)', () => {
    const plurals = PACKS.flatMap(([, packs]) =>
      messageKeys(packs.en).map((key) => lookupMessage(packs.en as MessageTree, key)),
    ).filter((message) => typeof message === 'object');
    expect(plurals.length).to.be.greaterThan(5);
    for (const message of plurals) expect(isPluralMessage(message)).to.equal(true);
  });

  it('fails the key check when a key is missing (the check itself works)', () => {
    const broken = structuredClone(es) as unknown as { common: Record<string, unknown> };
    delete broken.common.retry;
    expect(messageKeys(broken)).not.to.include('common.retry');
    const englishKeys = messageKeys(en);
    expect(englishKeys.filter((key) => !messageKeys(broken).includes(key))).to.deep.equal([
      'common.retry',
    ]);
  });
});

import { expect } from '@open-wc/testing';
import { en } from '../../../src/i18n/locales/en';
import { es } from '../../../src/i18n/locales/es';
import { fr } from '../../../src/i18n/locales/fr';
import {
  isPluralMessage,
  lookupMessage,
  messageKeys,
  type MessageTree,
} from '../../../src/i18n/messages';

const englishKeys = messageKeys(en).sort();

for (const [code, pack] of [
  ['es', es],
  ['fr', fr],
] as const) {
  describe(`the ${code} pack`, () => {
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
      expect(same.length / englishKeys.length).to.be.below(0.1);
    });
  });
}

describe('the English pack', () => {
  it('covers the areas elements use', () => {
    expect(Object.keys(en)).to.include.members([
      'common',
      'calls',
      'callLogs',
      'callHistory',
      'voicemails',
      'audio',
      'errors',
    ]);
  });

  it('has an `other` form in every plural message', () => {
    const plurals = englishKeys
      .map((key) => lookupMessage(en as unknown as MessageTree, key))
      .filter((message) => typeof message === 'object');
    expect(plurals.length).to.be.greaterThan(5);
    for (const message of plurals) expect(isPluralMessage(message)).to.equal(true);
  });

  it('fails the key check when a key is missing (the check itself works)', () => {
    const broken = structuredClone(es) as unknown as { common: Record<string, unknown> };
    delete broken.common.retry;
    expect(messageKeys(broken)).not.to.include('common.retry');
    expect(englishKeys.filter((key) => !messageKeys(broken).includes(key))).to.deep.equal([
      'common.retry',
    ]);
  });
});

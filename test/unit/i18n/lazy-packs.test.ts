import { expect } from '@open-wc/testing';
import { createI18n, loadI18n } from '../../../src/i18n/create-i18n';
import { isLocalePackLoaded } from '../../../src/i18n/packs';

// Runs in its own page, so no pack but English has been loaded when it starts.
describe('lazily loaded locale packs', () => {
  it('ships English; Spanish and French load on demand', async () => {
    expect(isLocalePackLoaded('en')).to.equal(true);
    expect(isLocalePackLoaded('fr')).to.equal(false);
    const early = createI18n('fr');
    expect(early.ready).to.equal(false);
    expect(early.language).to.equal('fr');
    expect(early.t('common.retry')).to.equal('Try again'); // English meanwhile, never a key
    expect(early.date('2026-03-05T12:00:00Z', { month: 'long', timeZone: 'UTC' })).to.equal('mars');

    const loaded = await loadI18n('fr');
    expect(loaded.ready).to.equal(true);
    expect(loaded.t('common.retry')).to.equal('Réessayer');
    expect(createI18n('fr')).to.equal(loaded); // memoized once ready
  });

  it('applies overrides while the pack loads and after', async () => {
    const override = { locale: 'es', messages: { common: { retry: '¡Otra vez!' } } };
    expect(createI18n(override).t('common.retry')).to.equal('¡Otra vez!');
    const loaded = await loadI18n(override);
    expect(loaded.t('common.retry')).to.equal('¡Otra vez!');
    expect(loaded.t('common.cancel')).to.equal('Cancelar');
  });
});

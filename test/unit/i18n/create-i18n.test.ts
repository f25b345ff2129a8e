import { expect } from '@open-wc/testing';
import { createI18n } from '../../../src/i18n/create-i18n';
import { intlCacheSize } from '../../../src/i18n/intl-cache';
import { resolveLocale } from '../../../src/i18n/locale';
import type { MessageKey } from '../../../src/i18n/messages';
import { loadLocalePack } from '../../../src/i18n/packs';

before(async () => {
  await Promise.all([loadLocalePack('es'), loadLocalePack('fr')]);
});

/** A key no shared pack has (given by an override). */
const key = (name: string) => name as MessageKey;

/** Intl output uses (narrow) no-break spaces; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('createI18n: translation', () => {
  it('translates dot keys in en, es and fr', () => {
    expect(createI18n('en').t('common.retry')).to.equal('Try again');
    expect(createI18n('es').t('common.retry')).to.equal('Reintentar');
    expect(createI18n('fr').t('common.retry')).to.equal('Réessayer');
    expect(createI18n('fr').t('calls.status.no-answer')).to.equal('Manqué');
  });

  it('uses the language of a regional tag and falls back to English for others', () => {
    expect(createI18n('es-MX').t('common.cancel')).to.equal('Cancelar');
    expect(createI18n('fr-CA').locale).to.equal('fr-CA');
    expect(createI18n('de').t('common.cancel')).to.equal('Cancel');
    expect(createI18n('not a locale!').language).to.equal('en');
  });

  // Messages no shared key needs (the shared packs ship only keys the elements use), given as
  // host overrides: the same lookup, interpolation and plural rules as any pack's.
  const counts = {
    calls: {
      count: { '=0': 'No calls', one: '{count} call', other: '{count} calls' },
      showingRange: 'Showing {start}–{end} of {total}',
      from: 'From {caller}',
    },
  };
  const countsFr = {
    calls: {
      count: { '=0': 'Aucun appel', one: '{count} appel', other: '{count} appels' },
      showingRange: '{start} à {end} sur {total}',
      showing: { one: '{count} résultat affiché', other: '{count} résultats affichés' },
    },
  };
  it('interpolates {name} parameters and formats numbers for the locale', () => {
    const en = createI18n({ locale: 'en', messages: counts });
    expect(en.t(key('calls.from'), { caller: 'Ada' })).to.equal('From Ada');
    expect(en.t(key('calls.showingRange'), { start: 1, end: 25, total: 1234 })).to.equal(
      'Showing 1–25 of 1,234',
    );
    const fr = createI18n({ locale: 'fr', messages: countsFr });
    expect(fr.t(key('calls.showingRange'), { start: 1, end: 25, total: 1234 })).to.equal(
      '1 à 25 sur 1\u202f234',
    );
  });

  it('picks plural forms with Intl.PluralRules and exact =N matches', () => {
    const en = createI18n({ locale: 'en', messages: counts });
    expect(en.t(key('calls.count'), { count: 0 })).to.equal('No calls');
    expect(en.t(key('calls.count'), { count: 1 })).to.equal('1 call');
    expect(en.t(key('calls.count'), { count: 2 })).to.equal('2 calls');
    expect(en.t(key('calls.count'), { count: 1500 })).to.equal('1,500 calls');
    const fr = createI18n({ locale: 'fr', messages: countsFr });
    expect(fr.t(key('calls.showing'), { count: 0 })).to.equal('0 résultat affiché'); // 0 is singular in French
    expect(fr.t(key('calls.showing'), { count: 1 })).to.equal('1 résultat affiché');
    expect(fr.t(key('calls.showing'), { count: 3 })).to.equal('3 résultats affichés');
    // CLDR's French "many" (1 000 000) falls back to the `other` form.
    expect(fr.t(key('calls.count'), { count: 1_000_000 })).to.equal('1\u202f000\u202f000 appels');
    // A shared pack's plural in another language.
    expect(createI18n('es').t('common.selected', { count: 1 })).to.equal('1 seleccionado');
    expect(createI18n('es').t('common.selected', { count: 2 })).to.equal('2 seleccionados');
  });

  it('returns the key for an unknown message instead of throwing', () => {
    expect(createI18n('en').t('common.nope' as never)).to.equal('common.nope');
  });
});

describe('createI18n: overrides', () => {
  it('deep-merges partial messages over the chosen pack, then English', () => {
    const i18n = createI18n({
      locale: 'fr',
      messages: { common: { retry: 'Relancer' }, callLogs: { title: 'Appels' } },
    });
    expect(i18n.t('common.retry')).to.equal('Relancer');
    // A namespace no shared pack has (an element's own): the override is there all the same.
    expect(i18n.t(key('callLogs.title'))).to.equal('Appels');
    expect(i18n.t('common.cancel')).to.equal('Annuler'); // untouched French
  });

  it('falls back to English for keys missing from a partial override of another language', () => {
    const i18n = createI18n({ locale: 'de', messages: { common: { cancel: 'Abbrechen' } } });
    expect(i18n.t('common.cancel')).to.equal('Abbrechen');
    expect(i18n.t('common.retry')).to.equal('Try again');
    expect(i18n.locale).to.equal('de');
  });

  it('overrides a single plural form without losing the others', () => {
    const i18n = createI18n({ locale: 'en', messages: { common: { selected: { one: 'One' } } } });
    expect(i18n.t('common.selected', { count: 1 })).to.equal('One');
    expect(i18n.t('common.selected', { count: 4 })).to.equal('4 selected');
  });

  it('ignores prototype-polluting keys and non-string values', () => {
    const messages = JSON.parse('{"__proto__": {"polluted": "yes"}, "common": {"retry": 42}}');
    const i18n = createI18n({ locale: 'en', messages });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(i18n.t('common.retry')).to.equal('Try again');
  });

  it('resolves the time zone and default country, ignoring invalid ones', () => {
    expect(resolveLocale({ locale: 'en', timeZone: 'Europe/Paris' }).timeZone).to.equal(
      'Europe/Paris',
    );
    expect(resolveLocale({ locale: 'en', timeZone: 'Mars/Olympus' }).timeZone).to.equal(undefined);
    expect(resolveLocale({ locale: 'en', defaultCountry: 'gb' }).defaultCountry).to.equal('GB');
    expect(resolveLocale('fr-CA').defaultCountry).to.equal('CA');
    expect(resolveLocale('en').defaultCountry).to.equal('US');
  });

  it('memoizes per code and per override object', () => {
    const override = { locale: 'es' };
    expect(createI18n('fr')).to.equal(createI18n('fr'));
    expect(createI18n(override)).to.equal(createI18n(override));
  });
});

describe('createI18n: formatters', () => {
  const instant = '2026-03-05T14:30:00Z';

  it('formats dates and times in each locale, honouring timeZone', () => {
    expect(createI18n({ locale: 'en', timeZone: 'UTC' }).dateTime(instant)).to.equal(
      'Mar 5, 2026, 2:30 PM',
    );
    expect(createI18n({ locale: 'en', timeZone: 'America/New_York' }).time(instant)).to.equal(
      '9:30 AM',
    );
    expect(createI18n({ locale: 'fr', timeZone: 'Europe/Paris' }).dateTime(instant)).to.equal(
      '5 mars 2026, 15:30',
    );
    expect(createI18n({ locale: 'es', timeZone: 'Europe/Madrid' }).date(instant)).to.equal(
      '5 mar 2026',
    );
    expect(
      createI18n({ locale: 'en', timeZone: 'Asia/Tokyo' }).date('2026-03-05T20:00:00Z'),
    ).to.equal('Mar 6, 2026');
  });

  it('formats zone-less dates and readings as written, whatever the time zone', () => {
    // Kiritimati is UTC+14, Niue UTC-11: an instant-based format would move these days.
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Niue', undefined]) {
      const i18n = createI18n({ locale: 'en', ...(timeZone ? { timeZone } : {}) });
      expect(i18n.wallDate('2026-12-24')).to.equal('Dec 24, 2026');
      expect(i18n.wallDate('2026-12-04T08:00:00').replace(/\s/g, ' ')).to.equal(
        'Dec 4, 2026, 8:00 AM',
      );
    }
    expect(createI18n({ locale: 'fr' }).wallDate('2026-12-24')).to.equal('24 déc. 2026');
    // Not a date the contract describes: shown as given.
    const i18n = createI18n({ locale: 'en' });
    expect(i18n.wallDate('2026-02-30')).to.equal('2026-02-30');
    expect(i18n.wallDate('soon')).to.equal('soon');
    expect(i18n.wallDate(null)).to.equal('');
  });

  it('returns an empty string for missing or invalid dates', () => {
    const i18n = createI18n('en');
    expect(i18n.date(null)).to.equal('');
    expect(i18n.dateTime('not a date')).to.equal('');
    expect(i18n.relativeTime(undefined)).to.equal('');
  });

  it('formats durations as a clock, short and long (for screen readers)', () => {
    const en = createI18n('en');
    expect(en.duration(65)).to.equal('1:05');
    expect(en.duration(3723)).to.equal('1:02:03');
    expect(en.duration(0)).to.equal('0:00');
    expect(en.duration(65, 'short')).to.equal('1 min 5 sec');
    expect(en.duration(65, 'long')).to.equal('1 minute, 5 seconds');
    expect(en.duration(180, 'long')).to.equal('3 minutes');
    expect(en.duration(Number.NaN, 'long')).to.equal('0 seconds');
    expect(plain(createI18n('fr').duration(65, 'long'))).to.equal('1 minute et 5 secondes');
    expect(createI18n('es').duration(3600, 'long')).to.equal('1 hora');
  });

  it('formats relative times with the fitting unit', () => {
    const now = Date.parse('2026-03-05T12:00:00Z');
    const en = createI18n('en');
    expect(en.relativeTime(now - 3, now)).to.equal('now');
    expect(en.relativeTime(now - 45_000, now)).to.equal('45 seconds ago');
    expect(en.relativeTime(now - 2 * 3600_000, now)).to.equal('2 hours ago');
    expect(en.relativeTime(now - 24 * 3600_000, now)).to.equal('yesterday');
    expect(en.relativeTime(now - 3 * 86_400_000, now)).to.equal('3 days ago');
    expect(en.relativeTime(now + 5 * 60_000, now)).to.equal('in 5 minutes');
    expect(en.relativeTime(now - 59.7 * 60_000, now)).to.equal('1 hour ago');
    expect(createI18n('fr').relativeTime(now - 2 * 3600_000, now)).to.equal('il y a 2 heures');
    expect(createI18n('es').relativeTime(now - 24 * 3600_000, now)).to.equal('ayer');
  });

  it('formats numbers, percents, lists and file sizes', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.number(1234.5)).to.equal('1,234.5');
    expect(fr.number(1234.5)).to.equal('1\u202f234,5');
    expect(en.percent(0.256)).to.equal('25.6%');
    expect(fr.percent(0.5)).to.equal('50\u00a0%');
    expect(en.list(['Ada', 'Grace', 'Linus'])).to.equal('Ada, Grace, and Linus');
    expect(createI18n('es').list(['Ada', 'Grace'])).to.equal('Ada y Grace');
    expect(en.fileSize(512)).to.equal('512 bytes');
    expect(en.fileSize(2_960_000)).to.equal('2.8 MB');
    expect(plain(fr.fileSize(1536))).to.equal('1,5 ko');
    expect(plain(fr.fileSize(3))).to.equal('3 octets');
    expect(en.fileSize(-1)).to.equal('');
  });

  it('memoizes Intl formatters', () => {
    const en = createI18n({ locale: 'en', timeZone: 'UTC' });
    en.dateTime('2026-01-01T00:00:00Z');
    const size = intlCacheSize();
    for (let i = 0; i < 50; i++) en.dateTime(new Date(2026, 0, i + 1));
    expect(intlCacheSize()).to.equal(size);
  });
});

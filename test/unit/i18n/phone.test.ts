import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createI18n } from '../../../src/i18n/create-i18n';
import { formatPhone, isPhoneFormattingLoaded, loadPhoneFormatting } from '../../../src/i18n/phone';

// This file's order matters: the first block runs before libphonenumber-js has loaded.
describe('formatPhone before the full formatter has loaded', () => {
  it('formats North American numbers with the built-in formatter', () => {
    expect(isPhoneFormattingLoaded()).to.equal(false);
    expect(formatPhone('+14155550123', 'US')).to.equal('(415) 555-0123');
    expect(formatPhone('+14155550123', 'GB')).to.equal('+1 415 555 0123');
  });

  it('shows other numbers as given and never throws', () => {
    expect(formatPhone('+442071838750', 'US')).to.equal('+442071838750');
    expect(formatPhone(' 101 ', 'US')).to.equal('101');
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 3 }), (input, country) => {
        expect(formatPhone(input, country)).to.be.a('string');
      }),
    );
  });
});

describe('formatPhone with libphonenumber-js', () => {
  before(async () => {
    await loadPhoneFormatting();
  });

  it('uses national format for numbers of the account’s country', () => {
    expect(formatPhone('+14155550123', 'US')).to.equal('(415) 555-0123');
    expect(formatPhone('4155550123', 'US')).to.equal('(415) 555-0123');
    expect(formatPhone('+33612345678', 'FR')).to.equal('06 12 34 56 78');
    expect(formatPhone('+442071838750', 'GB')).to.equal('020 7183 8750');
  });

  it('treats numbers sharing the calling code (+1 US/CA) as national', () => {
    expect(formatPhone('+16135550123', 'US')).to.equal('(613) 555-0123');
  });

  it('uses international format, keeping the country code, for foreign numbers', () => {
    expect(formatPhone('+442071838750', 'US')).to.equal('+44 20 7183 8750');
    expect(formatPhone('+14155550123', 'FR')).to.equal('+1 415 555 0123');
    expect(formatPhone('+33612345678', 'US')).to.equal('+33 6 12 34 56 78');
  });

  it('keeps extensions and shows short extensions and garbage as given', () => {
    expect(formatPhone('+14155550123 ext. 12', 'US')).to.equal('(415) 555-0123 ext. 12');
    expect(formatPhone('1001', 'US')).to.equal('1001');
    expect(formatPhone('anonymous', 'US')).to.equal('anonymous');
    expect(formatPhone('+999', 'US')).to.equal('+999');
    expect(formatPhone('', 'US')).to.equal('');
    expect(formatPhone(null, 'US')).to.equal('');
    expect(formatPhone('+14155550123', 'XX')).to.equal('(415) 555-0123'); // invalid country -> US
  });

  it('never throws, whatever the input or country', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 3 }), (input, country) => {
        expect(formatPhone(input, country)).to.be.a('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^\+?[0-9 ()+.\-x#*]{0,24}$/),
        fc.constantFrom('US', 'GB', 'FR', 'ES', 'MX', 'CA', 'DE', 'ZZ'),
        (input, country) => {
          expect(formatPhone(input, country)).to.be.a('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is what i18n.phone uses, with the locale’s default country', () => {
    expect(createI18n({ locale: 'fr', defaultCountry: 'FR' }).phone('+33612345678')).to.equal(
      '06 12 34 56 78',
    );
    expect(createI18n('en').phone('+33612345678')).to.equal('+33 6 12 34 56 78');
  });
});

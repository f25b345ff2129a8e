import { expect } from '@open-wc/testing';
import { draftStore } from './account-onboarding.drafts';

/** A Storage whose every call throws, like a sandboxed iframe's or a full one. */
const hostile = (name: string): Storage =>
  new Proxy({} as Storage, {
    get: () => () => {
      throw new DOMException('blocked', name);
    },
  });

describe('onboarding drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps JSON values per account in sessionStorage', () => {
    const a = draftStore('acct_a');
    a.set('team.form', { name: 'Ana' });
    expect(sessionStorage.getItem('dialstack:onboarding:acct_a:team.form')).to.equal(
      '{"name":"Ana"}',
    );
    expect(draftStore('acct_a').get('team.form')).to.deep.equal({ name: 'Ana' });
    expect(draftStore('acct_b').get('team.form')).to.equal(undefined);
    a.delete('team.form');
    expect(draftStore('acct_a').get('team.form')).to.equal(undefined);
  });

  for (const name of ['SecurityError', 'QuotaExceededError']) {
    it(`falls back to memory when storage throws ${name}`, () => {
      const store = draftStore(`acct_${name}`, hostile(name));
      store.set('locations.form', { city: 'Astoria' });
      expect(store.get('locations.form')).to.deep.equal({ city: 'Astoria' });
      // Another store of the same account on the page (a re-mount) reads it back.
      expect(draftStore(`acct_${name}`, hostile(name)).get('locations.form')).to.deep.equal({
        city: 'Astoria',
      });
      store.delete('locations.form');
      expect(store.get('locations.form')).to.equal(undefined);
    });
  }

  it('works with no storage at all, and ignores values it cannot parse', () => {
    const store = draftStore('acct_none', null);
    store.set('k', [1, 2]);
    expect(store.get('k')).to.deep.equal([1, 2]);
    sessionStorage.setItem('dialstack:onboarding:acct_bad:k', '{not json');
    expect(draftStore('acct_bad').get('k')).to.equal(undefined);
  });
});

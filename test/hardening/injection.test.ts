/**
 * Hostile text through the mock into every element (test/hardening/elements.ts) and every
 * state: the Big List of Naughty Strings and our own HTML/SVG/attribute/script/URL payloads in
 * every free-text field the API returns (POST /__mock/text). (Hostile error messages and raw
 * error bodies: faults.test.ts, which checks every error view with the same detector.) Nothing from a payload may become an element, attribute, script or URL in any
 * shadow root, no dialog may open, and the payloads must be shown as text (positive control).
 */
import { expect } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { fail, freshMock, rewriteMockText, type SeedFacts } from '../support/mock';
import { deep, deepText, ELEMENTS, mountElement, shadowRoots, waitFor } from './elements';
import { fired, hostileCorpus, injected, OWN_PAYLOADS, watchDialogs } from './hostile';

let instance: DialstackInstance;
let facts: SeedFacts;
let corpus: string[];

/** Fails the test if anything from a payload became markup or fired. */
function expectClean(el: Element, where: string) {
  expect(injected([document, ...shadowRoots(document.body)]), `${where}: injected`).to.deep.equal(
    [],
  );
  expect(fired, `${where}: dialogs or payload code`).to.deep.equal([]);
  expect(shadowRoots(el).length, `${where}: the element rendered`).to.be.greaterThan(0);
}

/** The positive control: some payload is on screen, literally. */
function expectShownLiterally(el: Element, payloads: readonly string[], where: string) {
  const text = deepText(el);
  const shown = payloads.filter((p) => p.includes('<') && text.includes(p));
  expect(
    shown.length,
    `${where}: a payload shown as text in: ${text.slice(0, 1500)}`,
  ).to.be.greaterThan(0);
}

describe('hostile text from the API is only ever text', function () {
  this.timeout(60_000);

  before(async () => {
    watchDialogs();
    corpus = await hostileCorpus();
  });

  beforeEach(async () => {
    fired.length = 0;
    ({ instance, facts } = await freshMock());
  });

  afterEach(async () => {
    await instance.logout();
  });

  it('the detector finds markup a payload made (positive control)', () => {
    // An inert document: its images never load, so no handler fires after this test.
    const inert = document.implementation.createHTMLDocument('');
    const host = inert.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    root.append(span);
    // eslint-disable-next-line no-restricted-syntax -- the one place markup is parsed on purpose
    span.innerHTML = OWN_PAYLOADS.join('').replaceAll('src=x', '');
    document.body.append(host);
    try {
      const found = injected([root]);
      for (const expected of ['<dsxss-el> element', 'data-dsxss attribute on <img>', 'onerror'])
        expect(
          found.some((p) => p.includes(expected)),
          expected,
        ).to.equal(true);
    } finally {
      host.remove();
    }
  });

  for (const entry of ELEMENTS) {
    it(`<${entry.tag}>: the corpus in every text field, in each state`, async () => {
      const rewritten = await rewriteMockText(corpus);
      expect(rewritten).to.be.greaterThan(corpus.length / 4);
      if (entry.hostileResponse) await fail(entry.hostileResponse(corpus));
      const { el, remove } = await mountElement(entry, instance, facts);
      try {
        await waitFor(() => entry.ready(el), `${entry.tag} ready`);
        if (entry.data.trigger) {
          await entry.data.trigger(el, facts);
          await waitFor(
            () => deep(el, '[part~="result"], [part~="empty"], [part~="error"]'),
            `${entry.tag} data`,
          );
        }
        expectClean(el, 'list');
        expectShownLiterally(el, corpus, 'list');
        for (const state of entry.states) {
          await state.open(el, facts);
          expectClean(el, state.name);
          expectShownLiterally(el, corpus, state.name);
        }
      } finally {
        remove();
      }
    });
  }
});

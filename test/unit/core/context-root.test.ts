import { ContextConsumer } from '@lit/context';
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { dialstackContext } from '../../../src/base/context';
import { attachContextRoot } from '../../../src/core/context-root';
import { initialize } from '../../../src/core/initialize';
import { fakeTiming } from './helpers';

/** What the base element does: attach the context root, then consume the instance. */
class Probe extends ReactiveElement {
  readonly consumer = new ContextConsumer(this, { context: dialstackContext, subscribe: true });
  constructor() {
    super();
    attachContextRoot();
  }
}
customElements.define('core-context-probe', Probe);

describe('context for elements connected before initialize', () => {
  it('delivers the instance to elements (also inside shadow roots) that connected earlier, and its replacement later', async () => {
    const early = document.createElement('core-context-probe') as Probe;
    document.body.append(early);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    const shadowed = document.createElement('core-context-probe') as Probe;
    host.shadowRoot!.append(shadowed);
    document.body.append(host);
    expect(early.consumer.value === undefined).to.equal(true);

    const instance = initialize(
      { fetchClientSecret: () => 's', apiUrl: '' },
      { timing: fakeTiming() },
    );
    // Identity checks as booleans: a failing comparison against `undefined` stalls the runner's diff.
    expect(early.consumer.value === instance, 'early element').to.equal(true);
    expect(shadowed.consumer.value === instance, 'element in a shadow root').to.equal(true);

    const late = document.createElement('core-context-probe') as Probe;
    document.body.append(late);
    expect(late.consumer.value === instance, 'late element').to.equal(true);

    const replacement = initialize(
      { fetchClientSecret: () => 'other', apiUrl: '' },
      { timing: fakeTiming() },
    );
    expect(
      [early, shadowed, late].map((probe) => probe.consumer.value === replacement),
    ).to.deep.equal([true, true, true]);
    await replacement.logout();
    early.remove();
    host.remove();
    late.remove();
  });
});

import { expect } from '@open-wc/testing';
import sinon from 'sinon';

// This file must not import anything from src/ statically: the import under test is the first.
describe('importing the package entry and its api subpath', () => {
  afterEach(() => sinon.restore());

  it('touches no DOM, defines no element and makes no request', async () => {
    const define = sinon.spy(customElements, 'define');
    const createElement = sinon.spy(document, 'createElement');
    const fetchSpy = sinon.spy(window, 'fetch');
    const listen = sinon.spy(EventTarget.prototype, 'addEventListener');
    const documentElement = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!;
    let rootReads = 0;
    Object.defineProperty(document, 'documentElement', {
      configurable: true,
      get() {
        rootReads++;
        return documentElement.get!.call(document);
      },
    });
    try {
      const entry = await import('../../../src/index');
      expect(typeof entry.loadDialstackAndInitialize).to.equal('function');
      expect(typeof entry.DialstackApiError).to.equal('function');
      expect(typeof entry.apiPath).to.equal('function');
      const api = await import('../../../src/api/public');
      expect(typeof api.listCalls).to.equal('function');
      expect(typeof api.listVoicemails).to.equal('function');
    } finally {
      delete (document as { documentElement?: unknown }).documentElement;
    }
    const domListeners = listen
      .getCalls()
      .filter((call) => [window, document, document.documentElement].includes(call.thisValue));
    expect(rootReads).to.equal(0);
    expect(domListeners).to.have.length(0);
    expect(define.callCount).to.equal(0);
    expect(createElement.callCount).to.equal(0);
    expect(fetchSpy.callCount).to.equal(0);
    expect(customElements.get('dialstack-call-logs')).to.equal(undefined);
  });
});

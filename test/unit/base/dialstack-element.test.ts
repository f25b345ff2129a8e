import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { dialstackContext } from '../../../src/base/context';
import type { LoaderStartDetail } from '../../../src/base/events';
import type { ListPage, LoadErrorDetail } from '../../../src/core/types';
import { flush } from '../core/helpers';
import { FakeInstance } from './fake-instance';
import { TestCallList } from './test-elements';

void TestCallList;

const page = (...ids: string[]): ListPage<string> => ({
  object: 'list',
  url: '/v1/calls',
  next_page_url: null,
  previous_page_url: null,
  data: ids,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const rows = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')].map((row) => row.dataset.id);

async function listWith(instance: FakeInstance): Promise<TestCallList> {
  const el = await fixture<TestCallList>(
    html`<test-call-list .dialstack=${instance}></test-call-list>`,
  );
  return el;
}

describe('DialstackElement: finding the instance', () => {
  it('shows loading, not an error, while no instance is available', async () => {
    const el = await fixture<TestCallList>(html`<test-call-list></test-call-list>`);
    await flush();
    expect(part(el, 'loading')).to.exist;
    expect(part(el, 'error')).to.not.exist;
    expect(part(el, 'loading')!.textContent).to.contain('Loading…');
  });

  it('uses an instance provided through context', async () => {
    const instance = new FakeInstance({ get: async () => page('call_1', 'call_2') });
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, { context: dialstackContext, initialValue: instance });
    document.body.append(wrapper);
    try {
      const el = document.createElement('test-call-list') as TestCallList;
      wrapper.append(el);
      await waitUntil(() => rows(el).length === 2);
      expect(instance.client.requests).to.deep.equal(['/v1/calls?direction=all']);
    } finally {
      wrapper.remove();
    }
  });

  it('picks up a provider that appears after the element connected', async () => {
    const instance = new FakeInstance({ get: async () => page('late') });
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    try {
      const el = document.createElement('test-call-list') as TestCallList;
      wrapper.append(el);
      await flush();
      expect(part(el, 'loading')).to.exist;
      // What loadDialstackAndInitialize does at <html>, here on a wrapper.
      const provider = new ContextProvider(wrapper, {
        context: dialstackContext,
        initialValue: instance,
      });
      provider.hostConnected();
      await waitUntil(() => rows(el).length === 1);
    } finally {
      wrapper.remove();
    }
  });

  it('prefers an explicit dialstack property over context', async () => {
    const fromContext = new FakeInstance({ get: async () => page('context') });
    const explicit = new FakeInstance({ get: async () => page('explicit') });
    const wrapper = document.createElement('div');
    new ContextProvider(wrapper, { context: dialstackContext, initialValue: fromContext });
    document.body.append(wrapper);
    try {
      const el = document.createElement('test-call-list') as TestCallList;
      el.dialstack = explicit;
      wrapper.append(el);
      await waitUntil(() => rows(el).length === 1);
      expect(rows(el)).to.deep.equal(['explicit']);
      expect(fromContext.client.requests).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });
});

describe('DialstackElement: live appearance and locale', () => {
  it('applies the instance appearance and re-themes on update()', async () => {
    const instance = new FakeInstance({
      appearance: { variables: { colorPrimary: '#ff0000' } },
      get: async () => page('a'),
    });
    const el = await listWith(instance);
    // The appearance code is a chunk loaded the first time a page needs it (then synchronous).
    await waitUntil(
      () => getComputedStyle(el).getPropertyValue('--dialstack-color-primary') === '#ff0000',
      'appearance never applied',
    );
    expect(getComputedStyle(el.shadowRoot!.firstElementChild!).visibility).to.equal('visible');
    instance.update({ appearance: { theme: 'dark', variables: { colorPrimary: '#00ff00' } } });
    expect(getComputedStyle(el).getPropertyValue('--dialstack-color-primary')).to.equal('#00ff00');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(el.shadowRoot!.querySelectorAll('style, [style]')).to.have.length(0);
  });

  it('re-localizes on update({ locale })', async () => {
    const instance = new FakeInstance({ get: () => new Promise(() => undefined) });
    const el = await listWith(instance);
    expect(part(el, 'loading')!.textContent).to.contain('Loading…');
    instance.update({ locale: 'fr' });
    // The French pack is a lazily loaded chunk: English until it arrives, then French.
    await waitUntil(() => el.translator.ready, 'French never loaded');
    await el.updateComplete;
    expect(el.translator.language).to.equal('fr');
    expect(part(el, 'loading')!.textContent).to.contain('Chargement…');
  });

  it('stops listening to the instance when disconnected', async () => {
    const instance = new FakeInstance({ get: async () => page('a') });
    const el = await listWith(instance);
    expect(instance.changeListenerCount).to.equal(1);
    expect(instance.client.invalidateListenerCount).to.equal(1);
    el.remove();
    expect(instance.changeListenerCount).to.equal(0);
    expect(instance.client.invalidateListenerCount).to.equal(0);
  });
});

describe('DialstackElement: loading, events and states', () => {
  it('fires dialstack-loader-start once, bubbling and composed', async () => {
    const instance = new FakeInstance({ get: async () => page('a') });
    const starts: CustomEvent<LoaderStartDetail>[] = [];
    const listener = (event: CustomEvent<LoaderStartDetail>) => starts.push(event);
    document.addEventListener('dialstack-loader-start', listener);
    try {
      const el = await listWith(instance);
      await waitUntil(() => rows(el).length === 1);
      el.refresh();
      await el.calls.taskComplete;
      expect(starts).to.have.length(1);
      expect(starts[0]!.detail).to.deep.equal({ elementTagName: 'test-call-list' });
      expect(starts[0]!.bubbles && starts[0]!.composed).to.equal(true);
    } finally {
      document.removeEventListener('dialstack-loader-start', listener);
    }
  });

  it('fires dialstack-load-error with the mapped detail and shows the error part', async () => {
    const apiError = Object.assign(new Error('No such call'), {
      type: 'invalid_request_error',
      status: 404,
      code: 'not_found',
    });
    const instance = new FakeInstance({ get: async () => Promise.reject(apiError) });
    const el = document.createElement('test-call-list') as TestCallList;
    el.dialstack = instance;
    const errorEvent = oneEvent(document, 'dialstack-load-error');
    document.body.append(el);
    try {
      const event = (await errorEvent) as CustomEvent<LoadErrorDetail>;
      expect(event.detail).to.deep.equal({
        error: { type: 'invalid_request_error', message: 'No such call', status: 404 },
      });
      expect(event.composed).to.equal(true);
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(error.textContent).to.contain('We couldn’t find what you were looking for.');
      expect(error.getAttribute('role')).to.equal('alert');
    } finally {
      el.remove();
    }
  });

  it('classifies network failures and never leaks credentials in the detail', async () => {
    const instance = new FakeInstance({
      get: async () =>
        Promise.reject(new TypeError('Failed to fetch with Bearer eyJhbGciOi.eyJzdWIiOjF9.c2ln')),
    });
    const el = document.createElement('test-call-list') as TestCallList;
    el.dialstack = instance;
    const errorEvent = oneEvent(document, 'dialstack-load-error');
    document.body.append(el);
    try {
      const { detail } = (await errorEvent) as CustomEvent<LoadErrorDetail>;
      expect(detail.error.type).to.equal('api_connection_error');
      expect(detail.error.message).not.to.contain('eyJ');
      expect(detail.error).not.to.have.property('status');
    } finally {
      el.remove();
    }
  });

  it('shows the empty part for an empty list', async () => {
    const el = await listWith(new FakeInstance({ get: async () => page() }));
    await waitUntil(() => part(el, 'empty'));
    expect(part(el, 'empty')!.textContent).to.contain('Nothing here yet');
  });

  it('retries from the error state’s button', async () => {
    let fail = true;
    const instance = new FakeInstance({
      get: async () =>
        fail ? Promise.reject(Object.assign(new Error('boom'), { status: 503 })) : page('ok'),
    });
    const el = await listWith(instance);
    await waitUntil(() => part(el, 'error'));
    expect(part(el, 'error')!.textContent).to.contain('DialStack is having trouble');
    fail = false;
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 1);
    expect(instance.client.requests).to.have.length(2);
  });

  it('re-runs when its arguments change, aborting the previous request', async () => {
    const signals: AbortSignal[] = [];
    const first = deferred<ListPage<string>>();
    const instance = new FakeInstance({
      get: (path, signal) => {
        signals.push(signal!);
        return path.includes('inbound') ? Promise.resolve(page('in_1')) : first.promise;
      },
    });
    const el = await listWith(instance);
    el.direction = 'inbound';
    await waitUntil(() => rows(el).length === 1);
    expect(rows(el)).to.deep.equal(['in_1']);
    expect(signals[0]!.aborted).to.equal(true);
    first.resolve(page('stale'));
    await flush();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['in_1']);
  });

  it('re-runs when the client invalidates one of its tags, keeping rows on screen meanwhile', async () => {
    let ids = ['a'];
    const next = deferred<void>();
    const instance = new FakeInstance({
      get: async () => {
        if (ids.length > 1) await next.promise;
        return page(...ids);
      },
    });
    const el = await listWith(instance);
    await waitUntil(() => rows(el).length === 1);
    instance.client.invalidate(['users']);
    await flush();
    expect(instance.client.requests).to.have.length(1);

    ids = ['a', 'b'];
    instance.client.invalidate(['calls']);
    await el.updateComplete;
    expect(el.calls.refreshing).to.equal(true);
    expect(rows(el)).to.deep.equal(['a']);
    expect(part(el, 'loading')).to.not.exist;
    next.resolve();
    await waitUntil(() => rows(el).length === 2);
    // Positive control: the 'calls' invalidation re-ran it, where 'users' had not.
    expect(instance.client.requests).to.have.length(2);
  });

  it('leaves no invalidation listener behind when removed mid-request', async () => {
    const pending = deferred<ListPage<string>>();
    const instance = new FakeInstance({ get: () => pending.promise });
    const el = await listWith(instance);
    await waitUntil(() => instance.client.requests.length === 1);
    // Control: while connected, the element listens for invalidations of its tags.
    expect(instance.client.invalidateListenerCount).to.be.greaterThan(0);
    el.remove();
    pending.resolve(page('late'));
    // The removed element still updates once as its task settles; that must not resubscribe.
    await el.updateComplete;
    await el.updateComplete;
    expect(instance.client.invalidateListenerCount).to.equal(0);
    // Nor any later update of the removed element (another task settling, a property set):
    // a listener would keep it, its shadow root and its data alive (~85 kB per mount).
    el.requestUpdate();
    await el.updateComplete;
    expect(instance.client.invalidateListenerCount).to.equal(0);
  });

  it('re-runs on refresh()', async () => {
    const instance = new FakeInstance({ get: async () => page('x') });
    const el = await listWith(instance);
    await waitUntil(() => rows(el).length === 1);
    el.refresh();
    await el.calls.taskComplete;
    expect(instance.client.requests).to.have.length(2);
  });

  it('clears its data and shows a signed-out message after logout', async () => {
    const instance = new FakeInstance({ get: async () => page('secret-call') });
    const el = await listWith(instance);
    await waitUntil(() => rows(el).length === 1);
    await instance.logout();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([]);
    expect(part(el, 'error')!.textContent).to.contain('You’ve been signed out.');
    expect(part(el, 'retry-button')).to.not.exist;
    el.refresh();
    await flush();
    await el.updateComplete;
    expect(instance.client.requests).to.have.length(1);
  });

  it('aborts an in-flight request on logout', async () => {
    let signal: AbortSignal | undefined;
    const instance = new FakeInstance({
      get: (_path, s) => {
        signal = s;
        return new Promise(() => undefined);
      },
    });
    const el = await listWith(instance);
    await waitUntil(() => signal);
    await instance.logout();
    await el.updateComplete;
    expect(signal!.aborted).to.equal(true);
  });
});

describe('DialstackElement: typed events', () => {
  it('emits bubbling, composed, cancelable dialstack-* events', async () => {
    const el = await listWith(new FakeInstance({ get: async () => page('a') }));
    const handler = sinon.spy((event: CustomEvent<{ id: string }>) => event.preventDefault());
    document.addEventListener('dialstack-test-select', handler);
    try {
      expect(el.select('call_9')).to.equal(false);
      const event = handler.firstCall.args[0];
      expect(event.detail).to.deep.equal({ id: 'call_9', item: 'call_9' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    } finally {
      document.removeEventListener('dialstack-test-select', handler);
    }
  });

  it('passes axe in its loading, empty, error and list states', async () => {
    const loading = await fixture<TestCallList>(html`<test-call-list></test-call-list>`);
    await expect(loading).to.be.accessible();
    const empty = await listWith(new FakeInstance({ get: async () => page() }));
    await waitUntil(() => part(empty, 'empty'));
    await expect(empty).to.be.accessible();
    const failing = await listWith(
      new FakeInstance({
        get: async () => Promise.reject(Object.assign(new Error('x'), { status: 500 })),
      }),
    );
    await waitUntil(() => part(failing, 'error'));
    await expect(failing).to.be.accessible();
  });
});

/**
 * The elements inside a real React 19 app (react-dom/client, StrictMode): the typed wrappers from
 * `src/react` set properties and deliver events to callbacks, and StrictMode's double effects
 * cause no duplicate request and no second event stream.
 */
import { expect, waitUntil as waitUntilOnce } from '@open-wc/testing';
import { StrictMode, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DialstackCallHistory, DialstackCallLogs } from '../../src/react/index';
import type { CallBackDetail } from '../../src/base/events';
import type { ActionDetail, DetailChangeDetail } from '../../src/base/host-actions';
import type { CallLog } from '../../components/call-logs/call-logs.data';
import type { CallLogsRowSelectDetail } from '../../components/call-logs/call-logs';
import type { DialstackInstance, LoaderStartDetail } from '../../src/index';
import { freshMock, openStreams, streamReady, type SeedFacts } from '../support/mock';

/** `waitUntil` with the 8 s the element tests allow a shared, loaded machine (not 1 s). */
const waitUntil = (predicate: () => unknown, message?: string) =>
  waitUntilOnce(predicate, message, { timeout: 8000 });

/** The browser's own log of `GET /v1/calls` list requests (not `/v1/calls/{id}`). */
function callListRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).pathname === '/v1/calls');
}

function rowsOf(element: Element): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])];
}

describe('React 19 interop (src/react wrappers)', function () {
  this.timeout(30_000);
  let container: HTMLElement;
  let root: Root;
  let instance: DialstackInstance;
  let facts: SeedFacts;

  beforeEach(async () => {
    ({ instance, facts } = await freshMock());
    performance.clearResourceTimings();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    root.unmount();
    container.remove();
    await instance.logout();
  });

  it('sets properties, receives typed events and, under StrictMode, loads once with one stream', async () => {
    const selected: CallLogsRowSelectDetail[] = [];
    const loaderStarts: LoaderStartDetail[] = [];
    const render = (direction: 'inbound' | 'outbound') =>
      root.render(
        createElement(
          StrictMode,
          null,
          createElement(DialstackCallLogs, {
            dialstack: instance,
            direction,
            onRowSelect: (event) => selected.push(event.detail),
            onLoaderStart: (event) => loaderStarts.push(event.detail),
          }),
        ),
      );

    render('inbound');
    await waitUntil(() => container.querySelector('dialstack-call-logs'));
    const element = container.querySelector('dialstack-call-logs')!;
    await waitUntil(() => rowsOf(element).length > 0, 'no rows rendered');
    expect(customElements.get('dialstack-call-logs'), 'the wrapper defined its tag').to.exist;
    expect(element.direction).to.equal('inbound');
    expect(element.dialstack).to.equal(instance);

    // StrictMode mounted, unmounted and re-mounted the effects: still one list request, one stream.
    const first = callListRequests();
    expect(first).to.have.length(1);
    expect(new URL(first[0]!).searchParams.get('direction')).to.equal('inbound');
    await streamReady(instance);
    expect(await openStreams()).to.have.length(1);
    expect(loaderStarts).to.deep.equal([{ elementTagName: 'dialstack-call-logs' }]);

    // Positive control for the counting: a new `direction` prop is exactly one more request.
    render('outbound');
    await waitUntil(() => callListRequests().length === 2, 'the new direction was not requested');
    expect(new URL(callListRequests()[1]!).searchParams.get('direction')).to.equal('outbound');
    await waitUntil(
      () => rowsOf(element).length > 0 && !element.shadowRoot?.querySelector('[part~="loading"]'),
    );

    const row = rowsOf(element)[0]!;
    row.click();
    await waitUntil(() => selected.length === 1, 'onRowSelect was not called');
    expect(selected[0]!.id).to.equal(row.dataset.id);
    expect(selected[0]!.item.direction).to.equal('outbound');
    expect(callListRequests()).to.have.length(2);
    expect(await openStreams()).to.have.length(1);
  });

  it('host integration: actions as a prop, onAction and onDetailChange with the typed call', async () => {
    const actions: ActionDetail<CallLog>[] = [];
    const details: DetailChangeDetail<CallLog>[] = [];
    root.render(
      createElement(
        StrictMode,
        null,
        createElement(
          DialstackCallLogs,
          {
            dialstack: instance,
            actions: [{ id: 'log', label: 'Log to CRM' }],
            onAction: (event) => actions.push(event.detail),
            onDetailChange: (event) => details.push(event.detail),
          },
          createElement('p', { slot: 'detail' }, 'CRM notes'),
        ),
      ),
    );
    await waitUntil(() => container.querySelector('dialstack-call-logs'));
    const element = container.querySelector('dialstack-call-logs')!;
    await waitUntil(() => rowsOf(element).length > 0, 'no rows rendered');
    const row = rowsOf(element)[0]!;
    row.querySelector<HTMLButtonElement>('[part~="row-actions"] button')!.click();
    await waitUntil(() => row.querySelector('[role="menuitem"]'), 'the row menu did not open');
    row.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
    await waitUntil(() => actions.length === 1, 'onAction was not called');
    expect(actions[0]!.action).to.equal('log');
    expect(actions[0]!.item.id).to.equal(row.dataset.id);

    row.click();
    await waitUntil(() => details.length === 1, 'onDetailChange was not called');
    expect(details[0]!.id).to.equal(row.dataset.id);
    expect(details[0]!.item?.id).to.equal(row.dataset.id);
    const notes = container.querySelector<HTMLElement>('[slot="detail"]')!;
    await waitUntil(() => notes.assignedSlot?.name === 'detail', 'the React child is not slotted');
    expect(notes.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('importing the wrappers registers no tag until one renders', () => {
    // This file imported src/react (all three wrappers); only call logs has rendered.
    expect(customElements.get('dialstack-voicemails')).to.equal(undefined);
    expect(customElements.get('dialstack-call-history')).to.equal(undefined);
  });

  it('call history: onCallBack receives the typed detail (and may cancel)', async () => {
    const callBacks: CallBackDetail[] = [];
    root.render(
      createElement(
        StrictMode,
        null,
        createElement(DialstackCallHistory, {
          dialstack: instance,
          phoneNumber: facts.numberWithBothDirections,
          onCallBack: (event) => {
            callBacks.push(event.detail);
            event.preventDefault();
          },
        }),
      ),
    );
    await waitUntil(() =>
      container
        .querySelector('dialstack-call-history')
        ?.shadowRoot?.querySelector('[part~="call-back-button"]'),
    );
    const element = container.querySelector('dialstack-call-history')!;
    expect(customElements.get('dialstack-call-history')).to.exist;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="call-back-button"]')!.click();
    await waitUntil(() => callBacks.length === 1, 'onCallBack was not called');
    expect(callBacks[0]!.phoneNumber).to.equal(facts.numberWithBothDirections);
  });

  it('plain tags in React 19 JSX: properties set and `ondialstack-row-select` listened to', async () => {
    const selected: string[] = [];
    root.render(
      createElement('dialstack-call-logs', {
        dialstack: instance,
        direction: 'inbound',
        'ondialstack-row-select': (event: CustomEvent<CallLogsRowSelectDetail>) =>
          selected.push(event.detail.id),
      }),
    );
    await waitUntil(() => container.querySelector('dialstack-call-logs'));
    const element = container.querySelector('dialstack-call-logs')!;
    expect(element.dialstack, 'React 19 sets a known property as a property').to.equal(instance);
    await waitUntil(() => rowsOf(element).length > 0, 'no rows rendered');
    const row = rowsOf(element)[0]!;
    row.click();
    await waitUntil(() => selected.length === 1, 'ondialstack-row-select was not called');
    expect(selected).to.deep.equal([row.dataset.id]);
  });
});

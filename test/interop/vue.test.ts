/**
 * The plain tags inside a real Vue 3 app (template compiled in the browser): a property bound
 * with `:dialstack`, an attribute, a reactive prop change, and an event through
 * `@dialstack-row-select`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../components/call-logs/define';
import type { CallLogsRowSelectDetail } from '../../components/call-logs/call-logs';
import type { DialstackInstance } from '../../src/index';
import { freshMock } from '../support/mock';

function callListRequests(): URL[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname === '/v1/calls');
}

describe('Vue 3 interop (plain tags)', () => {
  let container: HTMLElement;
  let app: App | undefined;
  let instance: DialstackInstance;

  beforeEach(async () => {
    ({ instance } = await freshMock());
    performance.clearResourceTimings();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(async () => {
    app?.unmount();
    container.remove();
    await instance.logout();
  });

  it('binds properties and attributes, follows a reactive change and receives events', async () => {
    const selected: CallLogsRowSelectDetail[] = [];
    const direction = ref('inbound');
    app = createApp({
      setup: () => ({
        instance,
        direction,
        onSelect: (event: CustomEvent<CallLogsRowSelectDetail>) => selected.push(event.detail),
      }),
      template: `<dialstack-call-logs :dialstack="instance" :direction="direction" hide-filters
        @dialstack-row-select="onSelect" />`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('dialstack-');
    app.mount(container);

    const element = container.querySelector('dialstack-call-logs')!;
    expect(element.dialstack, 'bound as a property').to.equal(instance);
    expect(element.hideFilters).to.equal(true);
    const rows = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
    await waitUntil(() => rows().length > 0, 'no rows rendered');
    expect(callListRequests().map((url) => url.searchParams.get('direction'))).to.deep.equal([
      'inbound',
    ]);

    direction.value = 'outbound';
    await nextTick();
    expect(element.direction).to.equal('outbound');
    await waitUntil(() => callListRequests().length === 2, 'the new direction was not requested');
    expect(callListRequests()[1]!.searchParams.get('direction')).to.equal('outbound');
    await waitUntil(
      () => rows().length > 0 && !element.shadowRoot!.querySelector('[part~="loading"]'),
    );

    const row = rows()[0]!;
    row.click();
    await waitUntil(() => selected.length === 1, '@dialstack-row-select was not called');
    expect(selected[0]!.id).to.equal(row.dataset.id);
    expect(selected[0]!.item.direction).to.equal('outbound');
  });
});

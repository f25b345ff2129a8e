import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DialstackElement } from '../../../src/base/dialstack-element';
import type { ListPage } from '../../../src/core/types';

declare global {
  interface GlobalEventHandlersEventMap {
    'dialstack-test-select': CustomEvent<{ id: string; item: string }>;
  }
}

/** A minimal list element written the way real elements are. */
@customElement('test-call-list')
export class TestCallList extends DialstackElement {
  @property() direction: 'all' | 'inbound' = 'all';

  readonly calls = this.createDataTask({
    args: () => [this.direction] as const,
    tags: ['calls'],
    task: ([direction], { client, signal }) =>
      client.get<ListPage<string>>(`/v1/calls?direction=${direction}`, { signal }),
  });

  /** What the element shows for the current locale (for assertions). */
  get translator() {
    return this.i18n;
  }

  select(id: string): boolean {
    return this.emit('dialstack-test-select', { id, item: id }, { cancelable: true });
  }

  override render() {
    return this.calls.render({
      complete: (page) =>
        html`<ul>
          ${page.data.map((id) => html`<li part="row" data-id=${id}>${id}</li>`)}
        </ul>`,
    });
  }
}

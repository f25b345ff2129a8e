import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import sinon from 'sinon';
import { baseStyles } from '../../../src/theme/base-styles';
import { deepActiveElement } from '../../../src/ui/focus';
import { RovingListController } from '../../../src/ui/roving-list';

const COUNT = 1000;
const WINDOW = 8;

/** Renders only a window of rows, like a virtualized list. */
@customElement('roving-test-list')
class RovingTestList extends LitElement {
  static override styles = baseStyles;
  @state() start = 0;
  readonly activated = sinon.spy();
  readonly list = new RovingListController(this, {
    count: () => COUNT,
    onActivate: (index) => this.activated(index),
    scrollToIndex: (index) => {
      this.start = Math.max(0, Math.min(COUNT - WINDOW, index - 2));
    },
  });

  override render() {
    const indexes = Array.from({ length: WINDOW }, (_, i) => this.start + i);
    return html`<div
      role="list"
      aria-label="Calls"
      @keydown=${this.list.handleKeydown}
      @focusin=${this.list.handleFocusin}
    >
      ${indexes.map(
        (i) =>
          html`<div role="listitem" data-index=${i} tabindex=${this.list.tabIndexFor(i)}>
            Call ${i} <button type="button">Call back ${i}</button>
          </div>`,
      )}
    </div>`;
  }
}

const row = (el: RovingTestList, index: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-index="${index}"]`);
const focusedIndex = () =>
  Number(deepActiveElement()?.closest<HTMLElement>('[data-index]')?.dataset.index);

describe('RovingListController', () => {
  it('puts exactly one row in the tab order', async () => {
    const el = await fixture<RovingTestList>(html`<roving-test-list></roving-test-list>`);
    const tabbable = el.shadowRoot!.querySelectorAll('[data-index][tabindex="0"]');
    expect(tabbable).to.have.length(1);
    expect(row(el, 0)!.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('moves focus with ArrowDown/ArrowUp and keeps the tab stop on the focused row', async () => {
    const el = await fixture<RovingTestList>(html`<roving-test-list></roving-test-list>`);
    row(el, 0)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex() === 2);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIndex() === 1);
    await el.updateComplete;
    expect(row(el, 1)!.tabIndex).to.equal(0);
    expect(row(el, 0)!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIndex() === 0);
  });

  it('jumps with End/Home to rows that are not rendered yet (virtualized)', async () => {
    const el = await fixture<RovingTestList>(html`<roving-test-list></roving-test-list>`);
    row(el, 0)!.focus();
    expect(row(el, COUNT - 1)).to.equal(null);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex() === COUNT - 1);
    expect(el.list.activeIndex).to.equal(COUNT - 1);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedIndex() === 0);
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedIndex() === 10);
  });

  it('activates the focused row with Enter and Space', async () => {
    const el = await fixture<RovingTestList>(html`<roving-test-list></roving-test-list>`);
    row(el, 0)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex() === 1);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(el.activated.args).to.deep.equal([[1], [1]]);
  });

  it('leaves Enter on a button inside a row to the button', async () => {
    const el = await fixture<RovingTestList>(html`<roving-test-list></roving-test-list>`);
    row(el, 3)!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.activated.called).to.equal(false);
    expect(el.list.activeIndex).to.equal(3); // focus inside a row makes it the active row
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex() === 4);
  });
});

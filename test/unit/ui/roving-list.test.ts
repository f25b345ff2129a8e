import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
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

/** A grid of rows and cells (one column hidden, as a narrow layout does), within a range. */
@customElement('roving-test-grid')
class RovingTestGrid extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .hidden {
        display: none;
      }
    `,
  ];
  /** The rows the keys may reach (a page of a paged list). */
  range = { first: 0, last: 29 };
  /** The window a virtualizer would have rendered. */
  rendered?: { first: number; last: number };
  readonly activated = sinon.spy();
  readonly escaped = sinon.spy();
  readonly navigated = sinon.spy();
  readonly grid = new RovingListController(this, {
    count: () => 30,
    range: () => this.range,
    rendered: () => this.rendered,
    cells: '[role="gridcell"]',
    onActivate: (index) => this.activated(index),
    onEscape: (index) => this.escaped(index),
    onNavigate: (index) => this.navigated(index),
  });

  override render() {
    return html`<div
      role="grid"
      aria-label="Calls"
      @keydown=${this.grid.handleKeydown}
      @focusin=${this.grid.handleFocusin}
    >
      ${Array.from(
        { length: 30 },
        (_, i) =>
          html`<div role="row" data-index=${i} tabindex=${this.grid.tabIndexFor(i)}>
            <span role="gridcell">time ${i}</span>
            <span role="gridcell" class="hidden">user ${i}</span>
            <span role="gridcell">from ${i}</span>
            <span role="gridcell">to ${i}</span>
          </div>`,
      )}
    </div>`;
  }
}

/** "row:column" of the focused element (column -1: the row itself). */
function focusedCell(): string {
  const active = deepActiveElement() as HTMLElement | null;
  const row = active?.closest<HTMLElement>('[data-index]');
  if (!row || !active) return 'none';
  const cells = [...row.querySelectorAll('[role="gridcell"]:not(.hidden)')];
  return `${row.dataset.index}:${active === row ? -1 : cells.indexOf(active)}`;
}

describe('RovingListController as a grid (cells)', () => {
  const gridRow = (el: RovingTestGrid, index: number) =>
    el.shadowRoot!.querySelector<HTMLElement>(`[data-index="${index}"]`)!;

  it('moves into a row with ArrowRight, across its shown cells, and back out with ArrowLeft', async () => {
    const el = await fixture<RovingTestGrid>(html`<roving-test-grid></roving-test-grid>`);
    gridRow(el, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === '0:0', 'first cell');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === '0:1', 'the hidden column is skipped');
    expect(deepActiveElement()!.textContent).to.equal('from 0');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === '0:2', 'stays on the last cell');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedCell() === '0:0');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedCell() === '0:-1', 'back on the row');
    await expect(el).to.be.accessible();
  });

  it('keeps the column on ArrowDown/PageDown; Home/End in a row, Ctrl+Home/End across rows', async () => {
    const el = await fixture<RovingTestGrid>(html`<roving-test-grid></roving-test-grid>`);
    gridRow(el, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === '0:1');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedCell() === '1:1', 'same column, next row');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedCell() === '11:1');
    expect(el.navigated.lastCall.args).to.deep.equal([11]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedCell() === '11:2', 'End: last cell of the row');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedCell() === '11:0', 'Home: first cell of the row');
    await sendKeys({ press: 'Control+End' });
    await waitUntil(() => focusedCell() === '29:0', 'Ctrl+End: last row, same column');
    await sendKeys({ press: 'Control+Home' });
    await waitUntil(() => focusedCell() === '0:0', 'Ctrl+Home: first row');
    await el.updateComplete;
    expect(gridRow(el, 0).tabIndex).to.equal(0, 'the row of the focused cell is the tab stop');
  });

  it('activates the row from a cell with Enter, and hands Escape to the element', async () => {
    const el = await fixture<RovingTestGrid>(html`<roving-test-grid></roving-test-grid>`);
    gridRow(el, 4).focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === '4:0');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    expect(el.activated.args).to.deep.equal([[4]]);
    expect(el.escaped.args).to.deep.equal([[4]]);
  });

  it('stays within the range (a page) and clamps the tab stop to it', async () => {
    const el = await fixture<RovingTestGrid>(html`<roving-test-grid></roving-test-grid>`);
    el.range = { first: 10, last: 19 };
    el.requestUpdate();
    await el.updateComplete;
    expect(gridRow(el, 10).tabIndex).to.equal(0, 'the tab stop moved into the page');
    gridRow(el, 12).focus();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedCell() === '19:-1', 'PageDown stops at the page end');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedCell() === '10:-1', 'Home: first row of the page');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedCell()).to.equal('10:-1');
  });

  it('gives the tab stop to the rendered window when the active row scrolled away', async () => {
    const el = await fixture<RovingTestGrid>(html`<roving-test-grid></roving-test-grid>`);
    el.grid.setActiveIndex(3);
    await el.updateComplete;
    expect(gridRow(el, 3).tabIndex).to.equal(0, 'setActiveIndex moves the tab stop');
    expect(deepActiveElement()).to.not.equal(gridRow(el, 3), 'without moving focus');
    el.rendered = { first: 20, last: 29 };
    el.requestUpdate();
    await el.updateComplete;
    expect(gridRow(el, 20).tabIndex).to.equal(0);
    expect(gridRow(el, 3).tabIndex).to.equal(-1);
    expect(el.grid.activeIndex).to.equal(3, 'the active row itself is kept');
  });
});

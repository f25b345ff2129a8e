import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  items,
  loaded,
  mount,
  part,
  root,
  rows,
  text,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);

  describe('keyboard', () => {
    it('moves between rows with arrows, Home and End, and opens with Enter and Space', async () => {
      const el = await mount();
      await loaded(el);
      const first = rows(el)[0]!;
      expect(first.tabIndex).to.equal(0, 'one tabbable row');
      expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
      first.focus();
      const active = () => root(el).activeElement as HTMLElement | null;
      const key = async (k: string) => {
        active()!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }),
        );
        await el.updateComplete;
      };
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '1');
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '2');
      await key('ArrowUp');
      await waitUntil(() => active()?.dataset.index === '1');
      await key('End');
      await waitUntil(() => active()?.dataset.index === '99', 'End reaches the last loaded row', {
        timeout: 4000,
      });
      await key('Home');
      await waitUntil(() => active()?.dataset.index === '0', 'Home returns to the first row', {
        timeout: 4000,
      });
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '1');
      const selected = oneEvent(el, 'dialstack-row-select');
      await key('Enter');
      const event = await selected;
      expect(event.detail.id).to.equal(items(el)[1]!.id);
      await waitUntil(() => part(el, 'detail'));
      await waitUntil(
        () => root(el).activeElement === part(el, 'detail'),
        'focus moves to the panel',
      );
      // Escape closes the panel and returns focus to the row.
      part(el, 'detail')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await waitUntil(() => !part(el, 'detail'));
      await waitUntil(() => active()?.dataset.index === '1', 'focus back on the row');
      const again = oneEvent(el, 'dialstack-row-select');
      await key(' ');
      expect((await again).detail.id).to.equal(items(el)[1]!.id);
    });

    it('moves into the cells of a row and down a column with real keys, pages with PageDown/PageUp', async () => {
      const el = await mount();
      await loaded(el);
      const active = () => root(el).activeElement as HTMLElement | null;
      /** "row index:cell class" of the focused element ("row" for the row itself). */
      const at = () => {
        const node = active();
        const row = node?.closest<HTMLElement>('[role="row"]');
        if (!node || !row) return 'none';
        const cell = node === row ? 'row' : [...node.classList].find((c) => c.startsWith('cell--'));
        return `${row.dataset.index}:${cell}`;
      };
      rows(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => at() === '0:cell--time', 'into the first cell');
      expect(active()!.getAttribute('role')).to.equal('gridcell');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => at() === '0:cell--direction', 'next cell');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => at() === '1:cell--direction', 'same column, next row');
      await sendKeys({ press: 'End' });
      await waitUntil(() => at() === '1:cell--quality', 'End: last cell of the row');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => at() === '1:row', 'ArrowLeft from the first cell: back on the row');
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => at() === '11:row', 'PageDown: ten rows down');
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => at() === '1:row', 'PageUp: ten rows up');
      expect(
        rows(el)
          .filter((r) => r.tabIndex === 0)
          .map((r) => r.dataset.index),
      ).to.deep.equal(['1'], 'the focused row is the one tab stop');
      // Enter on a cell opens its row.
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => at() === '1:cell--time');
      const selected = oneEvent(el, 'dialstack-row-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal(items(el)[1]!.id);
      await waitUntil(() => part(el, 'detail'), 'the panel opens');
    });

    it('keeps the keys within the page shown with page-size', async () => {
      const el = await mount({ 'page-size': 25 });
      await loaded(el);
      const active = () => root(el).activeElement as HTMLElement | null;
      rows(el)[3]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => active()?.dataset.index === '24', 'End: last row of the page');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(active()?.dataset.index).to.equal('24', 'not beyond the page');
      const next = [...part(el, 'pagination')!.querySelectorAll('button')][1]!;
      next.click();
      await waitUntil(() => text(part(el, 'pagination')).includes('Page 2'), 'page 2');
      expect(
        rows(el)
          .filter((r) => r.tabIndex === 0)
          .map((r) => r.dataset.index),
      ).to.deep.equal(['25'], "the new page's first row is the tab stop");
      rows(el)[0]!.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(active()?.dataset.index).to.equal('25', 'not before the page');
    });
  });
});

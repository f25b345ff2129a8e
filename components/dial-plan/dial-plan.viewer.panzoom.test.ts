/**
 * The viewer's pan and zoom move the viewport only: no layout runs again and no card is
 * written to. The positive control is the "Auto-layout" action (`autoLayout()`), which does both.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMock, type SeedFacts } from '../../test/support/mock';
import type { DialstackDialPlan } from './dial-plan';
import './define';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const nodes = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="node"]')];
const transform = (el: HTMLElement) =>
  shadow(el).querySelector<HTMLElement>('.xyflow__viewport')!.style.transform;
const layouts = () => performance.getEntriesByName('dialstack:dial-plan-layout').length;

describe('<dialstack-dial-plan> viewer: pan and zoom never re-lay out', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;

  before(async () => {
    await setViewport({ width: 1100, height: 800 });
  });
  beforeEach(async () => {
    ({ instance, facts } = await freshMock({ components: ['dial_plan_viewer'] }));
  });
  afterEach(async () => {
    await resetMouse();
    await instance.logout();
  });

  it('zooms (buttons, keys, wheel) and pans (drag) without a layout or a card changing; Auto-layout does both', async () => {
    const el = await fixture<DialstackDialPlan>(
      html`<dialstack-dial-plan
        .dialstack=${instance}
        dial-plan-id=${facts.dialPlans.mainLine}
        style="--dialstack-dial-plan-height: 600px; width: 1000px"
      ></dialstack-dial-plan>`,
    );
    await until(() => nodes(el).length === 15 && /scale/.test(transform(el)), 8000);
    await el.updateComplete;
    const list = shadow(el).querySelector('ul.nodes')!;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(list, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const layoutsBefore = layouts();
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    const moved = async (act: () => Promise<unknown> | void, what: string) => {
      const before = transform(el);
      await act();
      await until(() => transform(el) !== before, 3000).catch(() => {
        throw new Error(`${what} did not move the view`);
      });
    };

    await moved(
      () => shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click(),
      'Zoom in',
    );
    pane.focus();
    await moved(() => sendKeys({ press: '-' }), 'the − key');
    await moved(() => sendKeys({ press: '0' }), 'the 0 key');
    const r = pane.getBoundingClientRect();
    const middle = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    await moved(() => {
      pane.dispatchEvent(
        new WheelEvent('wheel', { ...middle, deltaY: -240, bubbles: true, cancelable: true }),
      );
    }, 'the wheel');
    // Pan: drag the empty canvas (its bottom-left corner holds no card in this plan's layout).
    const from = [Math.round(r.left + 6), Math.round(r.bottom - 6)] as [number, number];
    expect(shadow(el).elementFromPoint(...from), 'empty canvas under the mouse').to.equal(pane);
    await moved(async () => {
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from[0] + 60, from[1] - 40] });
      await sendMouse({ type: 'move', position: [from[0] + 120, from[1] - 80] });
      await sendMouse({ type: 'up' });
    }, 'the drag');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(layouts(), 'no layout ran').to.equal(layoutsBefore);
    expect(
      writes.map((w) => `${w.type} ${(w.target as Element).nodeName} ${w.attributeName ?? ''}`),
      'no card was written to',
    ).to.deep.equal([]);

    // Positive control: Auto-layout runs a layout and moves the cards.
    await el.autoLayout();
    await until(() => writes.some((w) => w.attributeName === 'style'));
    expect(layouts()).to.equal(layoutsBefore + 1);
    observer.disconnect();
  });
});

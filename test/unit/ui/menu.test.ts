import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import sinon from 'sinon';
import { baseStyles } from '../../../src/theme/base-styles';
import { buttonStyles } from '../../../src/ui/button';
import { deepActiveElement } from '../../../src/ui/focus';
import { iconStyles } from '../../../src/ui/icon-styles';
import { iconMore, iconTrash } from '../../../src/ui/icons';
import { MenuController, menuStyles, menuTemplate } from '../../../src/ui/menu';

@customElement('menu-test-host')
class MenuTestHost extends LitElement {
  static override styles = [baseStyles, iconStyles, buttonStyles, menuStyles];
  readonly menu = new MenuController(this);
  readonly markRead = sinon.spy();
  readonly deleteItem = sinon.spy();
  override render() {
    return html`<p>Voicemail from Ada</p>
      ${menuTemplate(this.menu, {
        triggerLabel: 'More actions',
        triggerContent: iconMore,
        items: [
          { label: 'Mark as read', onSelect: this.markRead },
          { label: 'Download', disabled: true, onSelect: () => undefined },
          { label: 'Delete', icon: iconTrash, tone: 'danger', onSelect: this.deleteItem },
        ],
      })}`;
  }
}

const trigger = (el: MenuTestHost) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-haspopup]')!;
const menu = (el: MenuTestHost) => el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
const focusedText = () => deepActiveElement()?.textContent?.trim();

describe('menu', () => {
  it('opens from its button, positioned under it and on screen, with the first item focused', async () => {
    const el = await fixture<MenuTestHost>(html`<menu-test-host></menu-test-host>`);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(menu(el).hidden).to.equal(true);
    trigger(el).click();
    await waitUntil(() => focusedText() === 'Mark as read');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => menu(el).style.top !== '');
    const t = trigger(el).getBoundingClientRect();
    const m = menu(el).getBoundingClientRect();
    expect(m.top).to.be.closeTo(t.bottom + 4, 1);
    // bottom-end would overflow the left edge here, so it is shifted into the viewport.
    expect(m.left).to.be.at.least(8);
    expect(m.right).to.be.at.most(window.innerWidth - 8);
    await expect(el).to.be.accessible();
  });

  it('moves with the arrow keys (wrapping), selects with Enter and returns focus', async () => {
    const el = await fixture<MenuTestHost>(html`<menu-test-host></menu-test-host>`);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedText() === 'Mark as read');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText()).to.equal('Delete');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText()).to.equal('Mark as read');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(el.deleteItem).to.have.been.calledOnce;
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger(el));
  });

  it('ignores disabled items', async () => {
    const el = await fixture<MenuTestHost>(html`<menu-test-host></menu-test-host>`);
    trigger(el).click();
    await waitUntil(() => focusedText() === 'Mark as read');
    const disabled = menu(el).querySelector<HTMLElement>('[aria-disabled="true"]')!;
    disabled.click();
    expect(el.menu.open).to.equal(true);
  });

  it('closes on Escape, returning focus to the button', async () => {
    const el = await fixture<MenuTestHost>(html`<menu-test-host></menu-test-host>`);
    trigger(el).click();
    await waitUntil(() => focusedText() === 'Mark as read');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger(el));
  });

  it('closes on a click outside', async () => {
    const el = await fixture<MenuTestHost>(html`<menu-test-host></menu-test-host>`);
    trigger(el).click();
    await waitUntil(() => el.menu.open);
    await sendMouse({ type: 'click', position: [2, 300] });
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(menu(el).hidden).to.equal(true);
  });
});

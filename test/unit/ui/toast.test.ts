import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import sinon from 'sinon';
import { baseStyles } from '../../../src/theme/base-styles';
import { buttonStyles } from '../../../src/ui/button';
import { iconStyles } from '../../../src/ui/icon-styles';
import { ToastController, toastStyles } from '../../../src/ui/toast';

@customElement('toast-test-host')
class ToastTestHost extends LitElement {
  static override styles = [baseStyles, iconStyles, buttonStyles, toastStyles];
  readonly toasts = new ToastController(this);
  override render() {
    return html`<p>Inbox</p>
      ${this.toasts.render()}`;
  }
}

const region = (el: ToastTestHost) => el.shadowRoot!.querySelector('.toast-region')!;
const toast = (el: ToastTestHost) => el.shadowRoot!.querySelector<HTMLElement>('.toast');

describe('toast', () => {
  let clock: sinon.SinonFakeTimers;
  let el: ToastTestHost;

  beforeEach(async () => {
    el = await fixture<ToastTestHost>(html`<toast-test-host></toast-test-host>`);
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => clock.restore());

  async function show(duration = 5000) {
    const result = el.toasts.show({
      message: 'Voicemail deleted',
      actionLabel: 'Undo',
      dismissLabel: 'Dismiss',
      duration,
    });
    await el.updateComplete;
    return result;
  }

  it('announces the message through a polite live region that exists before it', async () => {
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).textContent!.trim()).to.equal('');
    void show();
    await el.updateComplete;
    expect(region(el).textContent).to.contain('Voicemail deleted');
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('resolves "action" when Undo is clicked, and disappears', async () => {
    const result = show();
    await el.updateComplete;
    toast(el)!.querySelector<HTMLButtonElement>('.toast__action')!.click();
    expect(await result).to.equal('action');
    await el.updateComplete;
    expect(toast(el)).to.equal(null);
  });

  it('times out after its duration', async () => {
    const result = show(5000);
    await el.updateComplete;
    clock.tick(4999);
    expect(el.toasts.message).to.equal('Voicemail deleted');
    clock.tick(1);
    expect(await result).to.equal('timeout');
  });

  it('pauses while hovered and resumes with the time left', async () => {
    const result = show(5000);
    await el.updateComplete;
    clock.tick(3000);
    toast(el)!.dispatchEvent(new PointerEvent('pointerenter'));
    clock.tick(60_000);
    expect(el.toasts.message).to.equal('Voicemail deleted');
    toast(el)!.dispatchEvent(new PointerEvent('pointerleave'));
    clock.tick(1999);
    expect(el.toasts.message).to.equal('Voicemail deleted');
    clock.tick(1);
    expect(el.toasts.message).to.equal(undefined);
    expect(await result).to.equal('timeout');
  });

  it('pauses while keyboard focus is inside it', async () => {
    const result = show(5000);
    await el.updateComplete;
    const undo = toast(el)!.querySelector<HTMLButtonElement>('.toast__action')!;
    undo.focus();
    clock.tick(60_000);
    expect(el.toasts.message).to.equal('Voicemail deleted');
    undo.blur();
    clock.tick(5000);
    expect(await result).to.equal('timeout');
  });

  it('replaces the current toast, which resolves "dismiss"', async () => {
    const first = show();
    const second = el.toasts.show({ message: 'Marked as read' });
    expect(await first).to.equal('dismiss');
    await el.updateComplete;
    expect(region(el).textContent).to.contain('Marked as read');
    el.toasts.dismiss();
    expect(await second).to.equal('dismiss');
  });

  it('dismisses from the × button', async () => {
    const result = show();
    await el.updateComplete;
    toast(el)!.querySelector<HTMLButtonElement>('[aria-label="Dismiss"]')!.click();
    expect(await result).to.equal('dismiss');
  });
});

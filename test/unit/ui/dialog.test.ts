import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from '../../../src/theme/base-styles';
import { buttonStyles } from '../../../src/ui/button';
import { ConfirmController } from '../../../src/ui/confirm-dialog';
import { DialogController, dialogStyles, dialogTemplate } from '../../../src/ui/dialog';
import { deepActiveElement } from '../../../src/ui/focus';
import { iconStyles } from '../../../src/ui/icon-styles';

@customElement('dialog-test-host')
class DialogTestHost extends LitElement {
  static override styles = [baseStyles, iconStyles, buttonStyles, dialogStyles];
  readonly confirmer = new ConfirmController(this);
  readonly details = new DialogController(this);

  override render() {
    return html`<button id="delete">Delete voicemail</button>
      <button
        id="details"
        @click=${(e: Event) => this.details.show(e.currentTarget as HTMLElement)}
      >
        Details
      </button>
      ${this.confirmer.render()}
      ${dialogTemplate(this.details, {
        title: 'Call details',
        closeLabel: 'Close',
        body: html`<p>From Ada to Grace</p>`,
        footer: html`<button class="btn btn--primary" value="done">Done</button>`,
      })}`;
  }
}

/** Waits for the opening animation, so axe measures colours at full opacity. */
const settled = (node: Element) => Promise.all(node.getAnimations().map((a) => a.finished));

const opener = (el: DialogTestHost, id: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#${id}`)!;
const dialog = (el: DialogTestHost) => el.shadowRoot!.querySelector('dialog');

async function openConfirm(el: DialogTestHost, tone: 'danger' | 'primary' = 'danger') {
  const trigger = opener(el, 'delete');
  trigger.focus();
  const answer = el.confirmer.confirm(
    {
      title: 'Delete this voicemail?',
      message: 'The message from Ada will be permanently deleted.',
      confirmLabel: 'Delete',
      cancelLabel: 'Cancel',
      tone,
    },
    trigger,
  );
  await waitUntil(() => dialog(el)?.open);
  return { answer };
}

describe('confirm dialog', () => {
  it('opens modally, labelled by its title, with focus moved inside', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    await openConfirm(el);
    const node = dialog(el)!;
    expect(node.matches(':modal')).to.equal(true);
    expect(node.getAttribute('role')).to.equal('alertdialog');
    const title = el.shadowRoot!.getElementById(node.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Delete this voicemail?');
    // Destructive: the safe choice has focus first.
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Cancel');
    await settled(node);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
  });

  it('resolves true on confirm and returns focus to the opener', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    const { answer } = await openConfirm(el);
    const confirm = [...dialog(el)!.querySelectorAll('button')].find((b) => b.value === 'confirm')!;
    confirm.click();
    expect(await answer).to.equal(true);
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(deepActiveElement()).to.equal(opener(el, 'delete'));
  });

  it('resolves false on Escape and returns focus to the opener', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    const { answer } = await openConfirm(el);
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(false);
    expect(deepActiveElement()).to.equal(opener(el, 'delete'));
  });

  it('resolves false on Cancel and focuses confirm first for non-destructive questions', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    const { answer } = await openConfirm(el, 'primary');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Delete');
    expect(dialog(el)!.hasAttribute('role')).to.equal(false);
    [...dialog(el)!.querySelectorAll('button')].find((b) => b.value === 'cancel')!.click();
    expect(await answer).to.equal(false);
  });

  it('settles a pending question as false when a new one opens', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    const { answer: first } = await openConfirm(el);
    const { answer: second } = await openConfirm(el);
    expect(await first).to.equal(false);
    await el.updateComplete;
    expect(dialog(el)!.open).to.equal(true);
    [...dialog(el)!.querySelectorAll('button')].find((b) => b.value === 'confirm')!.click();
    expect(await second).to.equal(true);
  });
});

describe('dialog', () => {
  it('opens from a button, closes from the × button and refocuses the opener', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    opener(el, 'details').focus();
    opener(el, 'details').click();
    await waitUntil(() => dialog(el)?.open);
    expect(el.details.open).to.equal(true);
    expect(dialog(el)!.contains(deepActiveElement())).to.equal(true);
    await settled(dialog(el)!);
    await expect(el).to.be.accessible();
    dialog(el)!.querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click();
    await waitUntil(() => !el.details.open);
    expect(deepActiveElement()).to.equal(opener(el, 'details'));
  });

  it('a click on the backdrop closes it', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    opener(el, 'details').click();
    await waitUntil(() => dialog(el)?.open);
    await settled(dialog(el)!);
    const box = dialog(el)!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 20), Math.round(box.top + 20)],
    });
    expect(el.details.open).to.equal(true); // inside the box: stays open
    await sendMouse({ type: 'click', position: [5, 5] });
    await waitUntil(() => !el.details.open);
  });

  it('Escape closes it', async () => {
    const el = await fixture<DialogTestHost>(html`<dialog-test-host></dialog-test-host>`);
    opener(el, 'details').focus();
    opener(el, 'details').click();
    await waitUntil(() => dialog(el)?.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.details.open);
    expect(dialog(el)).to.equal(null);
  });
});

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../components/call-logs/define';
import '../components/voicemails/define';
import type { ActionDetail, DetailChangeDetail, HostAction } from '../src/base/host-actions';
import type { DialstackInstance } from '../src/core/types';
import { dark, light } from './support';

interface Args {
  tag: 'dialstack-call-logs' | 'dialstack-voicemails';
  actions: HostAction[];
}

/**
 * A host page's CRM integration: its own actions on every row's menu and in the detail panel
 * (`dialstack-action` tells it which action on which item), and its own notes form in the
 * detail panel's `detail` slot, rendered for the item `dialstack-detail-change` names.
 */
const meta: Meta<Args> = {
  title: 'Host integration',
  args: {
    tag: 'dialstack-call-logs',
    actions: [
      { id: 'log', label: 'Log to CRM' },
      { id: 'ticket', label: 'Open a ticket' },
    ],
  },
  argTypes: {
    tag: { control: 'inline-radio', options: ['dialstack-call-logs', 'dialstack-voicemails'] },
    actions: { control: 'object' },
  },
  render: (args, { loaded }) => {
    const dialstack = (loaded as { dialstack: DialstackInstance }).dialstack;
    const log = (text: string) => (event: Event) => {
      const out = (event.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
      out.value = text;
    };
    const onAction = (event: CustomEvent<ActionDetail>) => {
      const item = event.detail.item as { id: string };
      log(`${event.detail.action} → ${item.id}`)(event);
    };
    const onDetail = (event: CustomEvent<DetailChangeDetail>) => {
      // The host renders its own content for the item the panel shows.
      const host = event.currentTarget as HTMLElement;
      const slot = host.querySelector<HTMLElement>('[slot="detail"]')!;
      render(
        event.detail.id
          ? html`<label
              >CRM notes for ${event.detail.id}
              <textarea name="notes" rows="2" style="display:block;width:100%"></textarea>
            </label>`
          : html``,
        slot,
      );
    };
    const content = html`<form slot="detail" aria-label="CRM notes"></form>`;
    return html`<div style="max-width: 1100px">
      <p>Last host action: <output aria-live="polite">none</output></p>
      ${
        args.tag === 'dialstack-voicemails'
          ? html`<dialstack-voicemails
              .dialstack=${dialstack}
              .actions=${args.actions}
              @dialstack-action=${onAction}
              @dialstack-detail-change=${onDetail}
              >${content}</dialstack-voicemails
            >`
          : html`<dialstack-call-logs
              .dialstack=${dialstack}
              .actions=${args.actions}
              @dialstack-action=${onAction}
              @dialstack-detail-change=${onDetail}
              >${content}</dialstack-call-logs
            >`
      }
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const firstRow = async (canvasElement: HTMLElement, tag: string) => {
  const el = canvasElement.querySelector(tag)!;
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="row"]')).not.toBeNull(), {
    timeout: 8000,
  });
  return { el, row: el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]')! };
};

/** A row's menu: the host's actions; choosing one tells the host which action on which call. */
export const CallLogsRowMenu: Story = {
  parameters: { ...light },
  play: async ({ canvasElement }) => {
    const { row } = await firstRow(canvasElement, 'dialstack-call-logs');
    row.querySelector<HTMLButtonElement>('[part~="row-actions"] button')!.click();
    await waitFor(() => expect(row.querySelector('[role="menu"]')).not.toBeNull());
    const items = [...row.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    await expect(items.map((item) => item.textContent!.trim())).toEqual([
      'Log to CRM',
      'Open a ticket',
    ]);
    items[0]!.click();
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.value).toBe(`log → ${row.dataset.id}`),
    );
  },
};

/** The detail panel: the host's actions and its notes form for the opened call. */
export const CallLogsDetail: Story = {
  parameters: { ...light },
  play: async ({ canvasElement }) => {
    const { el, row } = await firstRow(canvasElement, 'dialstack-call-logs');
    row.click();
    await waitFor(() => expect(el.getAttribute('detail-id')).toBe(row.dataset.id), {
      timeout: 8000,
    });
    await waitFor(() => expect(canvasElement.querySelector('textarea')).not.toBeNull());
    const notes = canvasElement.querySelector('form[slot="detail"]')!;
    await expect(notes.assignedSlot?.name).toBe('detail');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.value).toBe(`log → ${row.dataset.id}`),
    );
  },
};
export const CallLogsDetailDark: Story = {
  ...CallLogsDetail,
  name: 'Call logs detail (dark)',
  parameters: { ...dark },
};

/** The same in the voicemail inbox: the opened voicemail holds the host's actions and notes. */
export const Voicemails: Story = {
  args: { tag: 'dialstack-voicemails' },
  parameters: { ...light },
  play: async ({ canvasElement }) => {
    const { el, row } = await firstRow(canvasElement, 'dialstack-voicemails');
    row.querySelector<HTMLButtonElement>('.row__main')!.click();
    await waitFor(() => expect(el.getAttribute('detail-id')).toBe(row.dataset.id), {
      timeout: 8000,
    });
    await waitFor(() => expect(canvasElement.querySelector('textarea')).not.toBeNull());
  },
};

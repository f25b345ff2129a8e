import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import '../components/call-history/define';
import { defaultStore } from '../dev/mock-api/handlers';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  phoneNumber?: string;
  userId?: string;
  pageSize: number;
  hideCallBack: boolean;
  width?: string;
}

/** Maria Gonzalez, the seeded patient with calls in both directions. */
const maria = defaultStore.facts.numberWithBothDirections;
const frontDesk = defaultStore.facts.users.frontDesk;

const meta: Meta<Args> = {
  title: 'Elements/Call history',
  component: 'dialstack-call-history',
  args: { phoneNumber: maria, pageSize: 10, hideCallBack: false, width: '640px' },
  argTypes: {
    phoneNumber: { control: 'text', description: 'The contact, E.164' },
    userId: { control: 'text', description: 'Places calls back as this user' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    hideCallBack: { control: 'boolean' },
    width: { control: 'text' },
  },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-call-history
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        phone-number=${ifDefined(args.phoneNumber)}
        user-id=${ifDefined(args.userId)}
        page-size=${args.pageSize}
        ?hide-call-back=${args.hideCallBack}
        @dialstack-row-select=${(e: CustomEvent) => console.info('dialstack-row-select', e.detail)}
        @dialstack-call-back=${(e: CustomEvent) => console.info('dialstack-call-back', e.detail)}
      ></dialstack-call-history>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A request that never answers, to hold the loading state. */
const neverAnswer = http.get('*/v1/calls', () => new Promise<never>(() => {}));
const serverError = http.get('*/v1/calls', () =>
  HttpResponse.json({ error: 'Internal server error', code: 'internal' }, { status: 500 }),
);

export const Default: Story = { parameters: { ...light } };
export const DefaultDark: Story = { name: 'Default (dark)', parameters: { ...dark } };

/** With `user-id`, "Call back" rings the front desk's phones, then dials the contact. */
export const WithCallBack: Story = { args: { userId: frontDesk }, parameters: { ...light } };
export const WithCallBackDark: Story = {
  name: 'With call back (dark)',
  args: { userId: frontDesk },
  parameters: { ...dark },
};

export const Narrow: Story = { args: { width: '320px', pageSize: 5 }, parameters: { ...light } };
export const NarrowDark: Story = {
  name: 'Narrow (dark)',
  args: { width: '320px', pageSize: 5 },
  parameters: { ...dark },
};

export const Loading: Story = { parameters: { ...light, ...withApi(neverAnswer) } };
export const LoadingDark: Story = {
  name: 'Loading (dark)',
  parameters: { ...dark, ...withApi(neverAnswer) },
};

/** A valid number nobody has called. */
export const Empty: Story = { args: { phoneNumber: '+14155551234' }, parameters: { ...light } };
export const EmptyDark: Story = {
  name: 'Empty (dark)',
  args: { phoneNumber: '+14155551234' },
  parameters: { ...dark },
};

export const Error: Story = { parameters: { ...light, ...withApi(serverError) } };
export const ErrorDark: Story = {
  name: 'Error (dark)',
  parameters: { ...dark, ...withApi(serverError) },
};

/** Not an international number: explained, and nothing is requested. */
export const InvalidNumber: Story = { args: { phoneNumber: '555-0150' }, parameters: { ...light } };
export const InvalidNumberDark: Story = {
  name: 'Invalid number (dark)',
  args: { phoneNumber: '555-0150' },
  parameters: { ...dark },
};

export const MissingNumber: Story = { args: { phoneNumber: undefined }, parameters: { ...light } };
export const MissingNumberDark: Story = {
  name: 'Missing number (dark)',
  args: { phoneNumber: undefined },
  parameters: { ...dark },
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-call-history',
  says: { es: 'Llamadas con', fr: 'Appels avec' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);

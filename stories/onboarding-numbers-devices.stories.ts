import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/account-onboarding/onboarding.numbers.define';
import '../components/account-onboarding/onboarding.port.define';
import '../components/account-onboarding/onboarding.devices.define';
import { draftStore } from '../components/account-onboarding/account-onboarding.drafts';
import type { DialstackInstance } from '../src/core/types';
import { dark } from './support';

interface Args {
  customerIp: string;
  width?: string;
}

/** Each story its own drafts (in memory), so one story's typing doesn't show in another. */
const drafts = (name: string) => draftStore(`story-${name}`, null);
const instance = (loaded: unknown) => (loaded as { dialstack: DialstackInstance }).dialstack;
const log = (e: CustomEvent) => console.info(e.type, e.detail);

const meta: Meta<Args> = {
  title: 'Elements/Account onboarding/Numbers and devices steps',
  args: { customerIp: '203.0.113.42', width: '860px' },
  argTypes: { customerIp: { control: 'text' }, width: { control: 'text' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The numbers step: order new numbers or port existing ones; caller ID names below. */
export const Numbers: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-onboarding-numbers
        .dialstack=${instance(loaded)}
        .drafts=${drafts('numbers')}
        .businessName=${'Riverside Family Clinic'}
        .customerIp=${args.customerIp}
        @dialstack-onboarding-changed=${log}
        @dialstack-onboarding-next=${log}
      ></dialstack-onboarding-numbers>
    </div>`,
};

/** The port flow on its own. Try `+15035550123`, `+12065550142` (wireless) and `+15035550100`. */
export const Port: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-onboarding-port
        .dialstack=${instance(loaded)}
        .drafts=${drafts('port')}
        .businessName=${'Riverside Family Clinic'}
        .customerIp=${args.customerIp}
      ></dialstack-onboarding-port>
    </div>`,
};

/** Without the host's customer IP, approval explains what the host must provide. */
export const PortWithoutCustomerIp: Story = { ...Port, args: { customerIp: '' } };

/** The devices step: catalog and draft hardware order, and who uses each phone. */
export const Devices: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-onboarding-devices
        .dialstack=${instance(loaded)}
        .drafts=${drafts('devices')}
        @dialstack-onboarding-changed=${log}
        @dialstack-onboarding-next=${log}
      ></dialstack-onboarding-devices>
    </div>`,
};

export const DevicesDark: Story = { ...Devices, parameters: dark };

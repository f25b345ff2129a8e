import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/account-onboarding/define';
import type { DialstackAccountOnboarding } from '../components/account-onboarding/account-onboarding';
import type { StepId } from '../components/account-onboarding/account-onboarding.progress';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withAppearance } from './support';

interface Args {
  steps: string;
  businessName?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Account onboarding',
  component: 'dialstack-account-onboarding',
  args: {
    steps: 'locations team numbers devices review',
    businessName: 'Riverside Health',
    width: '980px',
  },
  argTypes: {
    steps: { control: 'text' },
    businessName: { control: 'text' },
    width: { control: 'text' },
  },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-account-onboarding
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        steps=${args.steps}
        business-name=${args.businessName ?? ''}
        @dialstack-step-change=${(e: CustomEvent) => console.info('dialstack-step-change', e.detail)}
        @dialstack-exit=${(e: CustomEvent) => console.info('dialstack-exit', e.detail)}
      ></dialstack-account-onboarding>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- Driving the element to a state (plain DOM, as a person would) ----

const until = async <T>(find: () => T | null | undefined | false, timeout = 10_000): Promise<T> => {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('story: the state never came');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const wizard = (canvas: HTMLElement) =>
  canvas.querySelector<DialstackAccountOnboarding>('dialstack-account-onboarding')!;
async function open(canvas: HTMLElement, step: StepId): Promise<ShadowRoot> {
  const el = wizard(canvas);
  await until(() => el.currentStep);
  el.goTo(step);
  return until(
    () => el.shadowRoot!.querySelector(`dialstack-onboarding-${step}`)?.shadowRoot ?? null,
  );
}
const button = (root: ShadowRoot, name: string) =>
  until(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name));
function typeInto(root: ShadowRoot, id: string, value: string) {
  const input = root.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const both = (story: Story): [Story, Story] => [
  { ...story, parameters: { ...story.parameters, ...light } },
  { ...story, name: `${story.name ?? ''} (dark)`, parameters: { ...story.parameters, ...dark } },
];

/** Where the seeded account resumes (its first step still to do). */
export const [Resume, ResumeDark] = both({ name: 'Resume where the account stands' });

export const [Locations, LocationsDark] = both({
  name: 'Locations (E911 registered, pending, none)',
  args: { steps: 'locations team review' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'locations');
  },
});

export const [LocationForm, LocationFormDark] = both({
  name: 'Location form, checked as you type',
  args: { steps: 'locations team review' },
  play: async ({ canvasElement }) => {
    const root = await open(canvasElement, 'locations');
    (await button(root, 'Add a location')).click();
    await until(() => root.getElementById('loc-name'));
    typeInto(root, 'loc-street', 'Harbor Street');
    typeInto(root, 'loc-state', 'Oregon');
    typeInto(root, 'loc-postalCode', '971');
  },
});

export const [E911Confirm, E911ConfirmDark] = both({
  name: 'Emergency address to confirm (adjusted)',
  args: { steps: 'locations team review' },
  play: async ({ canvasElement }) => {
    const root = await open(canvasElement, 'locations');
    await until(() => root.querySelector('[part="check-e911"]'));
    root.querySelector<HTMLButtonElement>('[part="check-e911"]')!.click();
  },
});

export const [Team, TeamDark] = both({
  name: 'Team',
  args: { steps: 'locations team review' },
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'team');
  },
});

export const [ExtensionConflict, ExtensionConflictDark] = both({
  name: 'Team: extension taken (fixed in place or undone)',
  args: { steps: 'locations team review' },
  play: async ({ canvasElement }) => {
    const root = await open(canvasElement, 'team');
    const taken = await until(
      () =>
        root.querySelector<HTMLElement>('[data-extension]:not([data-extension=""])')?.dataset
          .extension,
    );
    typeInto(root, 'add-name', 'Jordan Lee');
    typeInto(root, 'add-extension', taken);
    (await button(root, 'Add person')).click();
  },
});

export const [Review, ReviewDark] = both({
  name: 'Review',
  play: async ({ canvasElement }) => {
    await open(canvasElement, 'review');
  },
});

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-account-onboarding',
  says: { es: 'Configura tu sistema telefónico', fr: 'Configurer votre téléphonie' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);

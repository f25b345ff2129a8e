import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../components/phone-numbers/define';
import { defaultStore } from '../dev/mock-api/handlers';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  width?: string;
}

const facts = defaultStore.facts;

const meta: Meta<Args> = {
  title: 'Elements/Phone numbers',
  component: 'dialstack-phone-numbers',
  args: { width: '1100px' },
  argTypes: { width: { control: 'text' } },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-phone-numbers
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        @dialstack-row-select=${(e: CustomEvent) => console.info('dialstack-row-select', e.detail)}
      ></dialstack-phone-numbers>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('dialstack-phone-numbers')!.shadowRoot!;
const until = async <T>(find: () => T | null | undefined | false, timeout = 10_000): Promise<T> => {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('story: the state never came');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const openTab = async (canvas: HTMLElement, name: string) =>
  (
    await until(() =>
      [...root(canvas).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
        t.textContent?.trim().startsWith(name),
      ),
    )
  ).click();
const openRow = async (canvas: HTMLElement, id: string) =>
  (
    await until(() =>
      root(canvas).querySelector<HTMLElement>(`[part~="row"][data-id="${id}"] .row-link`),
    )
  ).click();

const both = (story: Story): [Story, Story] => [
  { ...story, parameters: { ...story.parameters, ...light } },
  { ...story, name: `${story.name ?? ''} (dark)`, parameters: { ...story.parameters, ...dark } },
];

export const [Active, ActiveDark] = both({ name: 'Active numbers' });

export const [InProgress, InProgressDark] = both({
  name: 'In progress (orders and ports)',
  play: async ({ canvasElement }) => openTab(canvasElement, 'In progress'),
});

export const [Released, ReleasedDark] = both({
  name: 'Released',
  play: async ({ canvasElement }) => openTab(canvasElement, 'Released'),
});

export const [NumberPanel, NumberPanelDark] = both({
  name: 'A number’s panel',
  play: async ({ canvasElement }) => openRow(canvasElement, facts.phoneNumbers.mainLine),
});

export const [PortRejected, PortRejectedDark] = both({
  name: 'A rejected port: reason and timeline',
  play: async ({ canvasElement }) => {
    await openTab(canvasElement, 'In progress');
    await openRow(canvasElement, facts.portOrders.exception!);
  },
});

export const [SearchNoMatch, SearchNoMatchDark] = both({
  name: 'Search with no match',
  play: async ({ canvasElement }) => {
    const input = await until(() =>
      root(canvasElement).querySelector<HTMLInputElement>('input[type="search"]'),
    );
    input.value = '(999) 999';
    input.dispatchEvent(new Event('input'));
  },
});

const never = http.get('*/v1/phone-numbers', () => new Promise<never>(() => {}));
export const [Loading, LoadingDark] = both({ name: 'Loading', parameters: withApi(never) });

const none = http.get('*/v1/phone-numbers', ({ request }) =>
  HttpResponse.json({
    object: 'list',
    url: new URL(request.url).pathname,
    next_page_url: null,
    previous_page_url: null,
    data: [],
  }),
);
const noOrders = http.get('*/v1/phone-number-orders', () =>
  HttpResponse.json({
    object: 'list',
    url: '/v1/phone-number-orders',
    next_page_url: null,
    previous_page_url: null,
    data: [],
  }),
);
const noPorts = http.get('*/v1/port-orders', () =>
  HttpResponse.json({
    object: 'list',
    url: '/v1/port-orders',
    next_page_url: null,
    previous_page_url: null,
    data: [],
  }),
);
export const [Empty, EmptyDark] = both({
  name: 'Empty account',
  parameters: withApi(none, noOrders, noPorts),
});

const down = http.get('*/v1/phone-numbers', () =>
  HttpResponse.json({ error: 'Internal server error', code: 'internal' }, { status: 500 }),
);
export const [LoadError, LoadErrorDark] = both({ name: 'Error', parameters: withApi(down) });

export const Narrow: Story = {
  args: { width: '360px' },
  parameters: { ...light },
  play: async ({ canvasElement }) => openRow(canvasElement, facts.phoneNumbers.mainLine),
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-phone-numbers',
  says: { es: 'Números de teléfono', fr: 'Numéros de téléphone' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../components/phone-number-ordering/define';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Phone number ordering',
  component: 'dialstack-phone-number-ordering',
  args: { width: '860px' },
  argTypes: { width: { control: 'text' } },
  render: (args, { loaded }) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <dialstack-phone-number-ordering
        .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
        @dialstack-order-complete=${(e: CustomEvent) =>
          console.info('dialstack-order-complete', e.detail)}
      ></dialstack-phone-number-ordering>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- Driving the element to a state (plain DOM, as a person would) ----

const root = (canvas: HTMLElement) =>
  canvas.querySelector('dialstack-phone-number-ordering')!.shadowRoot!;
const until = async <T>(find: () => T | null | undefined | false, timeout = 10_000): Promise<T> => {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('story: the state never came');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const button = (canvas: HTMLElement, name: string) =>
  until(() =>
    [...root(canvas).querySelectorAll('button')].find((b) => b.textContent?.trim() === name),
  );
async function search(canvas: HTMLElement, fields: Record<string, string>) {
  await until(() => root(canvas)?.querySelector('form'));
  for (const [id, value] of Object.entries(fields)) {
    const input = root(canvas).querySelector<HTMLInputElement>(`#f-${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  (await button(canvas, 'Search')).click();
}
async function pick(canvas: HTMLElement, numbers: string[] | 'first') {
  await until(() => root(canvas).querySelector('[part="result"]'));
  const results = [...root(canvas).querySelectorAll<HTMLElement>('[part="result"]')];
  const chosen =
    numbers === 'first'
      ? results.slice(0, 2)
      : results.filter((r) => numbers.includes(r.dataset.phoneNumber!));
  chosen.forEach((r) => r.querySelector('input')!.click());
}
async function order(canvas: HTMLElement, numbers: string[] | 'first', partial = false) {
  await search(canvas, { npaNxx: '503555', quantity: '30' });
  await pick(canvas, numbers);
  (await button(canvas, 'Review order')).click();
  await until(() => root(canvas).querySelector('[part="review"]'));
  if (partial) root(canvas).querySelector<HTMLInputElement>('.option input')!.click();
  (await button(canvas, 'Place order')).click();
}

const both = (story: Story): [Story, Story] => [
  { ...story, parameters: { ...story.parameters, ...light } },
  { ...story, name: `${story.name ?? ''} (dark)`, parameters: { ...story.parameters, ...dark } },
];

export const [Search, SearchDark] = both({ name: 'Search' });

export const [InvalidFields, InvalidFieldsDark] = both({
  name: 'Invalid fields (nothing is requested)',
  play: async ({ canvasElement }) => {
    await search(canvasElement, { areaCode: '50', state: 'o', zip: '9720', quantity: '500' });
  },
});

export const [Results, ResultsDark] = both({
  name: 'Results, some selected',
  play: async ({ canvasElement }) => {
    await search(canvasElement, { areaCode: '503', quantity: '12' });
    await pick(canvasElement, 'first');
  },
});

export const [NothingFound, NothingFoundDark] = both({
  name: 'Nothing found (suggests a wider search)',
  play: async ({ canvasElement }) => {
    await search(canvasElement, { city: 'Nowhere', state: 'OR' });
  },
});

export const [Review, ReviewDark] = both({
  name: 'Review',
  play: async ({ canvasElement }) => {
    await search(canvasElement, { areaCode: '503', quantity: '6' });
    await pick(canvasElement, 'first');
    (await button(canvasElement, 'Review order')).click();
  },
});

/** A number ending in 97 makes the mock's order slow: it stays pending for many checks. */
export const [Pending, PendingDark] = both({
  name: 'Order pending (slow carrier)',
  play: async ({ canvasElement }) => order(canvasElement, ['+15035550197']),
});

export const [Complete, CompleteDark] = both({
  name: 'Order complete',
  play: async ({ canvasElement }) => order(canvasElement, 'first'),
});

/** Numbers ending in 99 are "taken meanwhile" by the mock. */
export const [Partial, PartialDark] = both({
  name: 'Partial order',
  play: async ({ canvasElement }) => order(canvasElement, ['+15035550171', '+15035550199'], true),
});

export const [Failed, FailedDark] = both({
  name: 'Failed order (selection kept for a retry)',
  play: async ({ canvasElement }) => order(canvasElement, ['+15035550172', '+15035550199']),
});

const limit = http.post('*/v1/phone-number-orders', () =>
  HttpResponse.json(
    {
      error: 'This order would take the account past its limit of 40 phone numbers',
      code: 'number_limit_reached',
      details: { limit: 40, held: 38, requested: 2 },
    },
    { status: 409 },
  ),
);
export const [NumberLimit, NumberLimitDark] = both({
  name: 'Number limit (409 explained)',
  parameters: withApi(limit),
  play: async ({ canvasElement }) => order(canvasElement, 'first'),
});

const searchDown = http.get('*/v1/available-phone-numbers', () =>
  HttpResponse.json({ error: 'Carrier unavailable', code: 'bad_gateway' }, { status: 502 }),
);
export const [SearchError, SearchErrorDark] = both({
  name: 'Search error',
  parameters: withApi(searchDown),
  play: async ({ canvasElement }) => search(canvasElement, { areaCode: '503' }),
});

export const Narrow: Story = {
  args: { width: '360px' },
  parameters: { ...light },
  play: async ({ canvasElement }) => {
    await search(canvasElement, { areaCode: '503', quantity: '4' });
    await pick(canvasElement, 'first');
  },
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-phone-number-ordering',
  says: { es: 'Pedir números de teléfono', fr: 'Commander des numéros' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);

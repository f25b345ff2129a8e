import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../components/dial-plan/define';
import { defaultStore } from '../dev/mock-api/handlers';
import type { DialstackInstance } from '../src/core/types';
import { dark, inLocale, light, type VariantOptions, withApi, withAppearance } from './support';

interface Args {
  dialPlanId: string;
  mode: 'view' | 'edit';
  height: string;
}

const { mainLine, billingLine } = defaultStore.facts.dialPlans;

const meta: Meta<Args> = {
  title: 'Elements/Dial plan',
  component: 'dialstack-dial-plan',
  args: { dialPlanId: mainLine, mode: 'view', height: '560px' },
  argTypes: {
    dialPlanId: {
      control: 'text',
      description: 'The plan to show (none: a new plan in edit mode)',
    },
    mode: { control: 'inline-radio', options: ['view', 'edit'] },
    height: { control: 'text' },
  },
  render: (args, { loaded }) =>
    html`<dialstack-dial-plan
      style="--dialstack-dial-plan-height: ${args.height}"
      .dialstack=${(loaded as { dialstack: DialstackInstance }).dialstack}
      dial-plan-id=${ifDefined(args.dialPlanId || undefined)}
      mode=${args.mode}
      @dialstack-node-select=${(e: CustomEvent) => console.info('dialstack-node-select', e.detail)}
      @dialstack-dirty-change=${(e: CustomEvent) => console.info('dialstack-dirty-change', e.detail)}
      @dialstack-save=${(e: CustomEvent) => console.info('dialstack-save', e.detail)}
    ></dialstack-dial-plan>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A plan of `n` steps, none positioned (laid out by dagre when shown). */
function largePlan(n: number) {
  const nodes = Array.from({ length: n }, (_, i) =>
    i % 4 === 0
      ? {
          id: `step_${i}`,
          type: 'menu',
          config: {
            timeout: 5,
            options: [1, 2, 3].map((k) => ({
              digit: String(k),
              next_node: i + k < n ? `step_${i + k}` : null,
            })),
            timeout_next_node: i + 4 < n ? `step_${i + 4}` : null,
          },
        }
      : {
          id: `step_${i}`,
          type: 'ring_all_users',
          config: { timeout: 20, next: i + 1 < n ? `step_${i + 1}` : null },
        },
  );
  return {
    id: 'dp_large',
    name: 'Large plan',
    entry_node: 'step_0',
    nodes,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}
const large = http.get('*/v1/dialplans/dp_large', () => HttpResponse.json(largePlan(300)));
const neverAnswer = http.get('*/v1/dialplans/:id', () => new Promise<never>(() => {}));
const serverError = http.get('*/v1/dialplans/:id', () =>
  HttpResponse.json({ error: 'Internal server error', code: 'internal' }, { status: 500 }),
);

// ---- Play functions (run headlessly by `npm run test:stories`) ----

type Canvas = { canvasElement: HTMLElement };
const shadowOf = (canvas: HTMLElement) =>
  canvas.querySelector('dialstack-dial-plan')?.shadowRoot ?? undefined;
const cards = (canvas: HTMLElement) => [
  ...(shadowOf(canvas)?.querySelectorAll<HTMLElement>('[part~="node"]') ?? []),
];
/** Relative luminance (0 black – 1 white) of a computed `rgb()` colour. */
const luminance = (color: string) => {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};
/** The contract's six node types, and the editor's variants of `internal_dial`. */
const KINDS = [
  'schedule',
  'sound_clip',
  'menu',
  'ring_all_users',
  'external_dial',
  'ring',
  'voicemail',
  'voice_app',
];

/** Every kind of card is drawn, light or dark as the theme says. */
const everyKind =
  (theme: 'light' | 'dark') =>
  async ({ canvasElement }: Canvas) => {
    await waitFor(() => expect(cards(canvasElement).length).toBeGreaterThan(10), {
      timeout: 10_000,
    });
    const kinds = new Set(cards(canvasElement).map((c) => c.dataset.kind));
    for (const kind of KINDS) await expect(kinds.has(kind), kind).toBe(true);
    const card = cards(canvasElement).find((c) => c.dataset.kind === 'menu')!;
    const light = luminance(getComputedStyle(card).backgroundColor) > 0.5;
    await expect(light).toBe(theme === 'light');
  };

/** Every node type and editor variant, a menu, and a schedule with a holiday and a hold. */
export const EveryNodeType: Story = { parameters: { ...light }, play: everyKind('light') };
export const EveryNodeTypeDark: Story = {
  name: 'Every node type (dark)',
  parameters: { ...dark },
  play: everyKind('dark'),
};

/** Saved without positions: laid out automatically, left to right. */
export const AutoLayout: Story = { args: { dialPlanId: billingLine }, parameters: { ...light } };

/** 300 steps, laid out by dagre on demand. */
export const LargePlan: Story = {
  args: { dialPlanId: 'dp_large' },
  parameters: { ...light, ...withApi(large) },
  play: async ({ canvasElement }) => {
    // 300 steps and the Start node, with their edges.
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(301), { timeout: 20_000 });
    const edges = shadowOf(canvasElement)!.querySelectorAll('[part~="edge"]');
    await expect(edges.length).toBeGreaterThan(300);
  },
};

export const Loading: Story = { parameters: { ...light, ...withApi(neverAnswer) } };
export const Error: Story = { parameters: { ...light, ...withApi(serverError) } };

/** The editor is up: its palette, every kind of card with exit handles, light or dark. */
const editorShown =
  (theme: 'light' | 'dark') =>
  async ({ canvasElement }: Canvas) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('.toolbar')).toBeTruthy(), {
      timeout: 10_000,
    });
    await waitFor(() => expect(cards(canvasElement).length).toBeGreaterThan(10), {
      timeout: 10_000,
    });
    const root = shadowOf(canvasElement)!;
    const kinds = new Set(cards(canvasElement).map((c) => c.dataset.kind));
    for (const kind of KINDS) await expect(kinds.has(kind), kind).toBe(true);
    await expect(root.querySelectorAll('.xy-flow__handle.source').length).toBeGreaterThan(10);
    await waitFor(() => expect(root.querySelector('dialstack-dial-plan-palette')).toBeTruthy());
    const card = cards(canvasElement).find((c) => c.dataset.kind === 'menu')!;
    const light = luminance(getComputedStyle(card).backgroundColor) > 0.5;
    await expect(light).toBe(theme === 'light');
  };

/** The editor on the plan with every node type: palette, handles, undo/redo, Save. */
export const Editor: Story = {
  args: { mode: 'edit' },
  parameters: { ...light },
  play: editorShown('light'),
};

/** The editor, dark theme. */
export const EditorDark: Story = {
  name: 'Editor (dark)',
  args: { mode: 'edit' },
  parameters: { ...dark },
  play: editorShown('dark'),
};

/** The editor on 300 steps: the minimap helps find your way. */
export const EditorLargePlan: Story = {
  args: { mode: 'edit', dialPlanId: 'dp_large', height: '720px' },
  parameters: { ...light, ...withApi(large) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cards(canvasElement)).toHaveLength(301), { timeout: 20_000 });
    const minimapCards = () =>
      shadowOf(canvasElement)!.querySelectorAll('[part~="minimap"] rect:not(.minimap-view)');
    await waitFor(() => expect(minimapCards().length).toBe(301));
  },
};

/** A new plan: no id, so Save creates it (then adopts the new id). */
export const EditorNewPlan: Story = {
  args: { mode: 'edit', dialPlanId: '' },
  parameters: { ...light },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('.toolbar')).toBeTruthy(), {
      timeout: 10_000,
    });
    const root = shadowOf(canvasElement)!;
    // Only the Start node and an unnamed plan; Save waits for a first step (the API would
    // reject a plan without one).
    await expect(cards(canvasElement).map((c) => c.dataset.kind)).toEqual(['start']);
    const name = root.querySelector<HTMLInputElement>('.plan-name')!;
    await expect(name.value).toBe('');
    await expect(name.placeholder).toBe('New dial plan');
    await expect(root.querySelector<HTMLButtonElement>('.toolbar .save')!.disabled).toBe(true);
    await expect(root.querySelector('.toolbar .status')!.textContent).toMatch(/^Fix the errors/);
    await expect(root.querySelector('dialstack-dial-plan-palette')).toBeTruthy();
  },
};

// Each locale and a host's appearance (stories/support.ts), each checked by its play function.
const variants: VariantOptions<Args> = {
  tag: 'dialstack-dial-plan',
  says: { es: 'Deshacer', fr: 'Annuler' },
  args: { mode: 'edit' },
};
export const Spanish = inLocale<Args>('es', variants);
export const French = inLocale<Args>('fr', variants);
export const CustomAppearance = withAppearance<Args>(variants);

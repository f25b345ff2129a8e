/// <reference types="vite/client" />
/**
 * The demo host page: what a SaaS product's own front end does to embed DialStack Elements.
 * Its backend (here: dev/mock-api/middleware.ts) creates the account session; the browser
 * only ever sees the client secret.
 */
import { loadDialstackAndInitialize } from '../src/index';
import type { Appearance, LocaleCode, ThemeMode } from '../src/core/types';

// Register every element that exists (each `define.ts` registers its tag).
import.meta.glob('../components/*/define.ts', { eager: true });

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

interface DemoConfig {
  apiUrl: string;
  mock: boolean;
}

async function fetchClientSecret() {
  const response = await fetch('/api/dialstack-session', { method: 'POST' });
  if (!response.ok) throw new Error(`Session request failed (${response.status})`);
  const { client_secret, expires_at } = (await response.json()) as {
    client_secret: string;
    expires_at: string;
  };
  return { clientSecret: client_secret, expiresAt: expires_at };
}

const appearance: Appearance = { theme: 'light', variables: { colorPrimary: '#2f6fde' } };
const config = (await (await fetch('/api/dialstack-config')).json()) as DemoConfig;

const dialstack = await loadDialstackAndInitialize({
  fetchClientSecret,
  apiUrl: config.apiUrl || location.origin,
  appearance,
  locale: 'en',
});

setupNavigation();
setupControls();
void showMainDialPlan();
setupDialPlanEditor();
setupLiveCallToast();
setupUnreadBadge();
setupOnboarding();
$('#session-pill').textContent = config.mock ? 'Demo data' : 'Live account';

function setupNavigation() {
  const showView = () => {
    const view = location.hash.slice(1) || 'calls';
    for (const section of document.querySelectorAll<HTMLElement>('main .view')) {
      section.hidden = section.dataset.view !== view;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar a')) {
      if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    document.body.classList.remove('nav-open');
    $('.menu-toggle').setAttribute('aria-expanded', 'false');
  };
  addEventListener('hashchange', showView);
  showView();

  const menu = $<HTMLButtonElement>('.menu-toggle');
  menu.addEventListener('click', () => {
    const open = document.body.classList.toggle('nav-open');
    menu.setAttribute('aria-expanded', String(open));
  });

  const toggle = $<HTMLButtonElement>('.controls-toggle');
  const panel = $<HTMLElement>('#controls');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
}

function setupControls() {
  const applyTheme = (theme: ThemeMode) => {
    document.documentElement.dataset.theme = theme;
    appearance.theme = theme;
    dialstack.update({ appearance });
  };
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
    radio.addEventListener('change', () => applyTheme(radio.value as ThemeMode));
  }
  $<HTMLInputElement>('#brand-color').addEventListener('input', (event) => {
    const color = (event.target as HTMLInputElement).value;
    document.documentElement.style.setProperty('--brand', color);
    appearance.variables = { ...appearance.variables, colorPrimary: color };
    dialstack.update({ appearance });
  });
  $<HTMLSelectElement>('#locale').addEventListener('change', (event) => {
    const locale = (event.target as HTMLSelectElement).value as LocaleCode;
    document.documentElement.lang = locale;
    dialstack.update({ locale });
  });

  const status = $('#simulate-status');
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-simulate]');
  if (!config.mock) {
    buttons.forEach((button) => (button.disabled = true));
    $('#simulate-hint').textContent =
      'Simulation works with the demo data only; real calls arrive on their own.';
    return;
  }
  let currentCall: string | undefined;
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const kind = button.dataset.simulate!;
      const response = await fetch('/__mock/simulate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          kind,
          call_id: kind === 'answer' || kind === 'hangup' ? currentCall : undefined,
        }),
      });
      if (!response.ok) {
        status.textContent = `Simulation failed (${response.status}).`;
        return;
      }
      const { call_id } = (await response.json()) as { call_id: string };
      currentCall = kind === 'hangup' || kind === 'voicemail' ? undefined : call_id;
      status.textContent = `Sent: ${button.textContent}.`;
    });
  }
}

/** A host-side screen pop, built on the same live events the elements use. */
function setupLiveCallToast() {
  const toast = $<HTMLElement>('#call-toast');
  dialstack.on('call.incoming', (event) => {
    toast.textContent = `Incoming call from ${event.from_name ?? event.from_number}`;
    toast.hidden = false;
  });
  const hide = () => (toast.hidden = true);
  dialstack.on('call.answered', hide);
  dialstack.on('call.end', hide);
}

function setupUnreadBadge() {
  const badge = $<HTMLElement>('#unread-badge');
  document.addEventListener('dialstack-unread-change', (event) => {
    const count = (event as CustomEvent<{ count: number }>).detail.count;
    badge.hidden = count === 0;
    badge.textContent = String(count);
    badge.setAttribute('aria-label', `${count} unread`);
  });
}

/** The routing page shows the account's largest dial plan (a host would pick it in its own UI). */
async function showMainDialPlan() {
  const page = await dialstack.client.page<{ id: string; nodes?: unknown[] }>('/v1/dialplans', {
    query: { limit: 20 },
  });
  const [largest] = [...page.data].sort((a, b) => (b.nodes?.length ?? 0) - (a.nodes?.length ?? 0));
  if (largest) $('#dial-plan').setAttribute('dial-plan-id', largest.id);
}

function setupOnboarding() {
  const wire = (onboarding: HTMLElementTagNameMap['dialstack-account-onboarding']) => {
    // A port approval records the customer's IP: the host knows it (its backend sees the
    // request); this demo passes a documentation address (RFC 5737).
    onboarding.customerIp = () => '203.0.113.10';
    onboarding.addEventListener('dialstack-exit', () => {
      location.hash = '#calls';
    });
  };
  wire($<HTMLElementTagNameMap['dialstack-account-onboarding']>('#onboarding'));
  const controls = $<HTMLElement>('#onboarding-controls');
  if (!config.mock) {
    controls.hidden = true;
    return;
  }
  $<HTMLButtonElement>('#blank-account').addEventListener('click', async () => {
    await fetch('/__mock/onboarding/blank', { method: 'POST' });
    sessionStorage.clear();
    const current = $<HTMLElementTagNameMap['dialstack-account-onboarding']>('#onboarding');
    const fresh = document.createElement('dialstack-account-onboarding');
    fresh.id = 'onboarding';
    fresh.businessName = current.businessName;
    wire(fresh);
    current.replaceWith(fresh);
    location.hash = '#setup';
  });
  $<HTMLButtonElement>('#fail-e911').addEventListener('click', () => {
    void fetch('/__mock/e911-failures', { method: 'POST' });
  });
}

/** The routing page's editor: the host switches the element to `mode="edit"` and follows its events. */
function setupDialPlanEditor() {
  const plan = $<HTMLElement>('#dial-plan');
  const edit = $<HTMLButtonElement>('#dial-plan-edit');
  const state = $<HTMLElement>('#dial-plan-state');
  const setMode = (editing: boolean) => {
    plan.setAttribute('mode', editing ? 'edit' : 'view');
    edit.setAttribute('aria-pressed', String(editing));
    edit.textContent = editing ? 'Done editing' : 'Edit routing';
  };
  edit.addEventListener('click', () => setMode(plan.getAttribute('mode') !== 'edit'));
  $('#dial-plan-new').addEventListener('click', () => {
    plan.removeAttribute('dial-plan-id');
    setMode(true);
  });
  plan.addEventListener('dialstack-dirty-change', (event) => {
    state.textContent = (event as CustomEvent<{ dirty: boolean }>).detail.dirty
      ? 'Unsaved changes'
      : '';
  });
  plan.addEventListener('dialstack-save', (event) => {
    const saved = (event as CustomEvent<{ plan: { name: string } }>).detail.plan;
    state.textContent = `Saved “${saved.name}”`;
  });
}

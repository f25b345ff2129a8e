// The elements the bench knows about. Elements are discovered from components/*/define.ts, so a
// new element folder appears in every section automatically; the expected list only lets the
// tables print "not built yet" for elements that have no folder yet.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every element DESIGN.md §2 promises, with its session component. */
export const EXPECTED = [
  { name: 'call-logs', component: 'call_logs' },
  { name: 'call-history', component: 'call_history' },
  { name: 'voicemails', component: 'voicemails' },
  { name: 'phone-numbers', component: 'phone_numbers' },
  { name: 'phone-number-ordering', component: 'phone_number_ordering' },
  { name: 'account-onboarding', component: 'account_onboarding' },
  { name: 'dial-plan', component: 'dial_plan_viewer' },
];

/** Attributes an element needs to show something (the seed's facts). */
export const MOUNT_ATTRIBUTES = {
  'call-history': { 'phone-number': '+15035550150' },
  'dial-plan': { 'dial-plan-id': 'dp_01jcrfc00000000000000000001', mode: 'view' },
};

/**
 * What shows an element without rows is ready (the leak cycles wait for rows, an empty state, an
 * error or this): ordering's search form, onboarding's steps, the dial plan's step cards.
 */
export const READY_PARTS = {
  'phone-number-ordering': 'search-form',
  'account-onboarding': 'step',
  'dial-plan': 'node',
};

export function builtElements(root) {
  return readdirSync(join(root, 'components'))
    .filter((name) => existsSync(join(root, 'components', name, 'define.ts')))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

function order(name) {
  const index = EXPECTED.findIndex((e) => e.name === name);
  return index === -1 ? EXPECTED.length : index;
}

/** Expected elements (in DESIGN order) plus any new folder, each with `built`. */
export function allElements(root) {
  const built = builtElements(root);
  const names = [
    ...EXPECTED.map((e) => e.name),
    ...built.filter((n) => !EXPECTED.some((e) => e.name === n)),
  ];
  return names.map((name) => ({ name, tag: `dialstack-${name}`, built: built.includes(name) }));
}

export const sessionComponents = () => EXPECTED.map((e) => e.component);

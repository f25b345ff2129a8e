/**
 * Strings of `<dialstack-account-onboarding>`'s shell (and the words its steps share), under
 * `accountOnboarding.*` (a host overrides them like the shared ones). The locations, team and
 * review steps' own strings are in `onboarding.steps.messages.ts`, under the same namespace, so
 * they load with those steps instead of up front. Spanish and French load on demand.
 */
import { createElementPack } from '../../src/i18n/element-pack';
import type { en as stepsEn } from './onboarding.steps.messages';

export const en = {
  title: 'Set up your phone system',
  stepsLabel: 'Setup steps',
  exit: 'Exit setup',
  continue: 'Continue',
  finish: 'Finish',
  loading: 'Checking where you left off…',
  stepLoadFailed: 'This step didn’t load. {reason}',
  retry: 'Try again',
  step: {
    locations: 'Locations',
    team: 'Team',
    numbers: 'Phone numbers',
    devices: 'Devices',
    review: 'Review',
  },
  status: {
    done: 'Done',
    pending: 'In progress',
    todo: 'To do',
  },
  stepOf: 'Step {index} of {count}',
  saving: 'Saving…',
  cancel: 'Cancel',
  save: 'Save',
  edit: 'Edit',
  remove: 'Remove',
  failed: 'That didn’t go through. {reason}',
};

/** Both parts: the shell's (above) and the steps' (`onboarding.steps.messages.ts`). */
export type AccountOnboardingMessages = typeof en & typeof stepsEn;

/** Spanish and French hold both parts; the shell's pack and the steps' load the same chunks. */
export const onboardingLoaders = {
  es: () => import('./account-onboarding.messages.es').then((m) => m.es),
  fr: () => import('./account-onboarding.messages.fr').then((m) => m.fr),
};

export const onboardingPack = createElementPack('accountOnboarding', en, onboardingLoaders);

import type { ElementName } from './types';

/**
 * How `instance.create(name)` loads an element the page has not imported. Each element adds
 * its line once its `define.ts` exists.
 */
export const elementLoaders: Partial<Record<ElementName, () => Promise<unknown>>> = {
  'call-logs': () => import('../../components/call-logs/define'),
  'call-history': () => import('../../components/call-history/define'),
  voicemails: () => import('../../components/voicemails/define'),
  'phone-numbers': () => import('../../components/phone-numbers/define'),
  'phone-number-ordering': () => import('../../components/phone-number-ordering/define'),
  'account-onboarding': () => import('../../components/account-onboarding/define'),
  'dial-plan': () => import('../../components/dial-plan/define'),
};

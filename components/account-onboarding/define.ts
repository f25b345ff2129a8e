/**
 * Registers `<dialstack-account-onboarding>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 * Each step's element loads when the step is first shown.
 */
import { defineElement } from '../../src/base/define';
import { DialstackAccountOnboarding } from './account-onboarding';

export const tagName = 'dialstack-account-onboarding';

defineElement(tagName, DialstackAccountOnboarding);

export { DialstackAccountOnboarding };
export type {
  CustomerIpSource,
  ExitDetail,
  Progress,
  StepChangeDetail,
  StepId,
  StepStatus,
} from './account-onboarding';

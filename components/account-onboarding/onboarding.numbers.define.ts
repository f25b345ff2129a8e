/** Registers the onboarding step `<dialstack-onboarding-numbers>` (the shell loads it on demand). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingNumbers } from './onboarding.numbers';

defineElement('dialstack-onboarding-numbers', DialstackOnboardingNumbers);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-numbers': DialstackOnboardingNumbers;
  }
}

export { DialstackOnboardingNumbers };

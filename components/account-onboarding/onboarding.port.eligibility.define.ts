/** Registers the internal `<dialstack-onboarding-port-eligibility>` (part of the port flow). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingPortEligibility } from './onboarding.port.eligibility';

defineElement('dialstack-onboarding-port-eligibility', DialstackOnboardingPortEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-port-eligibility': DialstackOnboardingPortEligibility;
  }
}

export { DialstackOnboardingPortEligibility };

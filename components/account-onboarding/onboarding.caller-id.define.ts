/** Registers the internal `<dialstack-onboarding-caller-id>`. */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingCallerId } from './onboarding.caller-id';

defineElement('dialstack-onboarding-caller-id', DialstackOnboardingCallerId);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-caller-id': DialstackOnboardingCallerId;
  }
}

export { DialstackOnboardingCallerId };

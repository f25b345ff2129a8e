/** Registers the onboarding step `<dialstack-onboarding-devices>` (the shell loads it on demand). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingDevices } from './onboarding.devices';

defineElement('dialstack-onboarding-devices', DialstackOnboardingDevices);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-devices': DialstackOnboardingDevices;
  }
}

export { DialstackOnboardingDevices };

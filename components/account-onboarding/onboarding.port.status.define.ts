/** Registers the internal `<dialstack-onboarding-port-status>` (loaded once a port is submitted). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingPortStatus } from './onboarding.port.status';

defineElement('dialstack-onboarding-port-status', DialstackOnboardingPortStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-port-status': DialstackOnboardingPortStatus;
  }
}

export { DialstackOnboardingPortStatus };

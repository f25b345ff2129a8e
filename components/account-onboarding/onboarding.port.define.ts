/** Registers the internal `<dialstack-onboarding-port>` (loaded when a person chooses to port). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingPort } from './onboarding.port';
import './onboarding.port.eligibility.define';

defineElement('dialstack-onboarding-port', DialstackOnboardingPort);

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-port': DialstackOnboardingPort;
  }
}

export { DialstackOnboardingPort };

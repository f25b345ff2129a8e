/** Registers the internal `<dialstack-onboarding-locations>` (loaded when the step is shown). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingLocations } from './onboarding.locations';

defineElement('dialstack-onboarding-locations', DialstackOnboardingLocations);

export { DialstackOnboardingLocations };

/** Registers the internal `<dialstack-onboarding-team>` (loaded when the step is shown). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingTeam } from './onboarding.team';

defineElement('dialstack-onboarding-team', DialstackOnboardingTeam);

export { DialstackOnboardingTeam };

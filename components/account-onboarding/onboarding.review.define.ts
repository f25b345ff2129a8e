/** Registers the internal `<dialstack-onboarding-review>` (loaded when the step is shown). */
import { defineElement } from '../../src/base/define';
import { DialstackOnboardingReview } from './onboarding.review';

defineElement('dialstack-onboarding-review', DialstackOnboardingReview);

export { DialstackOnboardingReview };

import type { PartialOnboardingMessages } from './account-onboarding.messages';

export const fr: PartialOnboardingMessages = {};

/**
 * English, the reference pack: every other pack has exactly these keys (a unit test enforces
 * it). Plural messages are objects keyed by `Intl.PluralRules` categories (`one`, `other`, …)
 * or exact matches (`=0`) and are picked with the `count` parameter. `{name}` placeholders are
 * replaced by parameters; numbers are formatted for the locale.
 */
export const en = {
  common: {
    loading: 'Loading…',
    loadingMore: 'Loading more…',
    empty: 'Nothing here yet',
    retry: 'Try again',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    delete: 'Delete',
    undo: 'Undo',
    moreActions: 'More actions',
    unknown: 'Unknown',
    notAvailable: 'Not available',
    loadMore: 'Load more',
    selected: {
      one: '{count} selected',
      other: '{count} selected',
    },
    relativeDays: {
      today: 'Today',
      yesterday: 'Yesterday',
    },
  },
  calls: {
    direction: {
      inbound: 'Inbound',
      outbound: 'Outbound',
      internal: 'Internal',
    },
    status: {
      completed: 'Completed',
      'no-answer': 'Missed',
      busy: 'Busy',
      failed: 'Failed',
      voicemail: 'Voicemail',
      ringing: 'Ringing',
      answered: 'In progress',
    },
    quality: {
      excellent: 'Excellent',
      good: 'Good',
      fair: 'Fair',
      poor: 'Poor',
      bad: 'Bad',
      mos: 'MOS {score}',
    },
    transcript: {
      title: 'Transcript',
      pending: 'Transcript pending',
      processing: 'Transcribing…',
      failed: 'Transcript unavailable',
      none: 'No transcript',
    },
    summary: 'Summary',
    recording: 'Recording',
    noRecording: 'No recording',
    duration: 'Duration',
    callBack: 'Call back',
  },
  errors: {
    title: 'Something went wrong',
    connection: 'We couldn’t reach DialStack. Check your connection and try again.',
    authentication: 'Your session has expired. Reload the page to sign in again.',
    permission: 'You don’t have access to this.',
    notFound: 'We couldn’t find what you were looking for.',
    rateLimit: 'Too many requests. Please wait a moment and try again.',
    invalidRequest: 'The request couldn’t be completed.',
    server: 'DialStack is having trouble right now. Please try again shortly.',
    loggedOut: 'You’ve been signed out.',
    loggedOutDescription: 'Sign in again to see this content.',
  },
};

/** Transcript and AI-summary text for seeded calls and voicemails. */

export type Topic =
  | 'appointment'
  | 'refill'
  | 'lab_results'
  | 'billing'
  | 'insurance'
  | 'referral'
  | 'vaccine'
  | 'records';

export const TOPICS_BY_ROLE: Record<
  'doctor' | 'nurse' | 'front_desk' | 'billing',
  readonly Topic[]
> = {
  doctor: ['lab_results', 'refill', 'referral', 'appointment'],
  nurse: ['refill', 'vaccine', 'lab_results', 'appointment'],
  front_desk: ['appointment', 'appointment', 'records', 'insurance', 'vaccine'],
  billing: ['billing', 'insurance', 'billing'],
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

interface Lines {
  request: string;
  answer: string;
  summary: (caller: string, staff: string, day: string) => string;
}

const LINES: Record<Topic, Lines> = {
  appointment: {
    request: 'I need to move my appointment to {day} if there is anything open in the afternoon.',
    answer:
      'Let me check. I have a 2:40 with {staff} on {day}. I’ll book that and send a text confirmation.',
    summary: (c, s, d) =>
      `${c} rescheduled their visit to ${d} at 2:40 PM with ${s}. Confirmation text sent.`,
  },
  refill: {
    request:
      'I’m almost out of my blood pressure medication and the pharmacy said I need a new prescription.',
    answer: 'I see the lisinopril on your chart. I’ll send a 90-day refill to your pharmacy today.',
    summary: (c, s) =>
      `${c} requested a lisinopril refill; ${s} sent a 90-day prescription to the pharmacy.`,
  },
  lab_results: {
    request: 'I’m calling about the blood work from last week. Are the results back?',
    answer:
      'They are. Your cholesterol is a little high, so {staff} would like to recheck in three months. Everything else is normal.',
    summary: (c, s) =>
      `${s} reviewed lab results with ${c}: cholesterol mildly elevated, recheck in 3 months; other values normal.`,
  },
  billing: {
    request: 'I got a statement for my visit and I think my insurance should have covered it.',
    answer:
      'It looks like the claim went to your old plan. If you give me the new member ID I’ll resubmit it.',
    summary: (c, s) =>
      `${c} disputed a statement; claim was billed to an old plan. ${s} will resubmit with the new member ID.`,
  },
  insurance: {
    request: 'I switched jobs and have a new insurance card. Do you take Cascade Health?',
    answer:
      'We’re in network with Cascade Health. I’ve updated your file; please bring the card to your next visit.',
    summary: (c, s) =>
      `${c} changed insurance to Cascade Health (in network). ${s} updated the patient file.`,
  },
  referral: {
    request:
      'Did the referral to the dermatologist go through? They said they haven’t received it.',
    answer:
      'I’m resending it now to Pearl District Dermatology, and I’ll call them to confirm they have it.',
    summary: (c, s) =>
      `${c} asked about a dermatology referral; ${s} resent it to Pearl District Dermatology and will confirm receipt.`,
  },
  vaccine: {
    request: 'Can I come in for a flu shot this week, or do I need an appointment?',
    answer: 'Walk-ins are fine for flu shots weekday mornings until 11. Bring your insurance card.',
    summary: (c) =>
      `${c} asked about flu shots; told walk-ins are available weekday mornings until 11 AM.`,
  },
  records: {
    request:
      'My new specialist needs my records from the last two years. How do I get those sent over?',
    answer:
      'I’ll email you the release form. Once it’s signed we send the records within two business days.',
    summary: (c, s) =>
      `${c} requested a records transfer; ${s} emailed the release form (2 business days after signature).`,
  },
};

function fill(template: string, staff: string, day: string): string {
  return template.replaceAll('{staff}', staff).replaceAll('{day}', day);
}

export function callTranscript(
  topic: Topic,
  caller: string,
  staff: string,
  dayIndex: number,
): string {
  const lines = LINES[topic];
  const day = DAYS[dayIndex % DAYS.length]!;
  return [
    `${staff}: Riverside Family Clinic, this is ${staff.replace(/,.*$/, '')}. How can I help you?`,
    `${caller}: Hi, ${fill(lines.request, staff, day)}`,
    `${staff}: ${fill(lines.answer, staff, day)}`,
    `${caller}: That’s perfect, thank you so much.`,
    `${staff}: You’re welcome. Have a good day!`,
  ].join('\n');
}

export function callSummary(topic: Topic, caller: string, staff: string, dayIndex: number): string {
  return LINES[topic].summary(caller, staff, DAYS[dayIndex % DAYS.length]!);
}

const VOICEMAIL_MESSAGES: readonly ((name: string, number: string) => string)[] = [
  (n, p) =>
    `Hi, this is ${n}. I’m calling to reschedule my appointment on Thursday — something came up at work. Please call me back at ${p}. Thanks.`,
  (n, p) =>
    `Hello, it’s ${n}. I need a refill on my inhaler, the pharmacy is the Walgreens on Burnside. My number is ${p}.`,
  (n) =>
    `Hi, ${n} here. I got a bill that I don’t understand, it says I owe 240 dollars for my last visit. Could someone from billing call me back?`,
  (n, p) =>
    `Good morning, this is ${n}. I’m checking whether my lab results are in. You can reach me at ${p} after 3 o’clock.`,
  (n) =>
    `Hi, this is ${n} calling for my son. He has had a fever since last night and I’d like to get him seen today if possible.`,
  (n, p) =>
    `Hey, it’s ${n}. Just confirming my physical tomorrow at 9:30. If anything changes call me at ${p}.`,
  (n) =>
    `Hello, this is ${n} from Pearl District Dermatology, returning your call about a referral. Please call us back at your convenience.`,
];

const VOICEMAIL_SUMMARIES: readonly ((name: string) => string)[] = [
  (n) => `${n} wants to reschedule Thursday’s appointment and asks for a call back.`,
  (n) => `${n} requests an inhaler refill sent to Walgreens on Burnside.`,
  (n) => `${n} has a question about a $240 bill and asks billing to call back.`,
  (n) => `${n} is asking whether lab results are available; reachable after 3 PM.`,
  (n) => `${n}’s son has had a fever since last night; parent wants a same-day visit.`,
  (n) => `${n} confirms tomorrow’s 9:30 AM physical.`,
  (n) => `${n} (Pearl District Dermatology) returned a call about a referral.`,
];

export const VOICEMAIL_TEMPLATE_COUNT = VOICEMAIL_MESSAGES.length;

export function voicemailTranscript(template: number, name: string | null, number: string): string {
  return VOICEMAIL_MESSAGES[template % VOICEMAIL_MESSAGES.length]!(name ?? 'a patient', number);
}

export function voicemailSummary(template: number, name: string | null): string {
  return VOICEMAIL_SUMMARIES[template % VOICEMAIL_SUMMARIES.length]!(
    name ?? 'An unidentified caller',
  );
}

import { Grade, VendorTier, type ReassessmentState } from '@/api-client';

export const tiers: VendorTier[] = Object.values(VendorTier);
export const grades: Grade[] = Object.values(Grade);

export const tierLabels: Record<VendorTier, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

// The grade colours of the vendor page, dark enough for white text (WCAG AA at badge size).
export const gradeColors: Record<Grade, string> = {
  A: 'teal.7',
  B: 'green.7',
  C: 'yellow.5',
  D: 'orange.6',
  F: 'red.7',
};

export const stateLabels: Record<ReassessmentState, string> = {
  OVERDUE: 'Overdue',
  DUE_SOON: 'Due soon',
  SCHEDULED: 'Scheduled',
  NOT_REQUIRED: 'Not required',
};

export const stateColors: Record<ReassessmentState, string> = {
  OVERDUE: 'red.8',
  DUE_SOON: 'orange.8',
  SCHEDULED: 'gray.7',
  NOT_REQUIRED: 'gray.6',
};

/** "every 6 months", "every 2 years". */
export function cadenceText(months: number): string {
  if (months % 12 === 0) return months === 12 ? 'every year' : `every ${months / 12} years`;
  return months === 1 ? 'every month' : `every ${months} months`;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en');
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatCompact = (n: number) => compact.format(n);
export const formatCount = (n: number) => exact.format(n);
export const formatScore = (n: number) => oneDecimal.format(n);
/** A calendar date from the API (midnight UTC), shown as that same day anywhere. */
export const formatDay = (date: Date | undefined) => (date ? day.format(date) : '—');

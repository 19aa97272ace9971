const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en');
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Record counts at a glance: 950, 48K, 5.7M, 1.2B. */
export function formatRecordCount(count: number): string {
  if (!Number.isFinite(count) || count < 0) return '—';
  return compact.format(count);
}

/** The exact count, for tooltips and accessible labels: 5,700,000. */
export function formatExactCount(count: number): string {
  return exact.format(count);
}

export function formatDate(date: Date | undefined): string {
  return date && !Number.isNaN(date.getTime()) ? day.format(date) : '—';
}

export function formatDateTime(date: Date | undefined): string {
  return date && !Number.isNaN(date.getTime()) ? dayTime.format(date) : '—';
}

/** A calendar date as the yyyy-mm-dd string a date input uses, in local time. */
export function toDateInputValue(date: Date | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

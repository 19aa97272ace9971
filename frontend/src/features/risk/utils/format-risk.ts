import type { Grade } from '@/api-client';

const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Scores and risk points as the model rounds them: one decimal. */
export const formatPoints = (points: number) => oneDecimal.format(points);

/** Risk points with their direction: "+56.0", "−23.5" (a real minus sign). */
export function formatSignedPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${oneDecimal.format(Math.abs(rounded))}`;
}

export const formatPercent = (fraction: number) => percent.format(fraction);

/** $112.9M: an order of magnitude for a board, not an accounting figure. */
export const formatUsd = (amount: number) => usd.format(amount);

/** "C08", "C08 and C12", "C08, C12 and C16". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const gradeColors: Record<Grade, string> = {
  A: 'teal.7',
  B: 'green.7',
  C: 'yellow.5',
  D: 'orange.6',
  F: 'red.7',
};

/** The grade bands of the model, as a board would read them. */
export const gradeMeanings: Record<Grade, string> = {
  A: 'Low risk',
  B: 'Guarded',
  C: 'Elevated',
  D: 'High',
  F: 'Severe',
};

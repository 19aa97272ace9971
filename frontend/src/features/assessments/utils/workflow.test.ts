import { describe, expect, it } from 'vitest';
import { AssessmentStatus } from '@/api-client';
import { isOverdue } from './workflow';

const now = new Date(2026, 11, 1, 10, 0);
const day = (month: number, date: number) => new Date(2026, month - 1, date);

describe('isOverdue', () => {
  it('is overdue the day after the due date while the vendor still has to answer', () => {
    expect(isOverdue(AssessmentStatus.InProgress, day(11, 30), now)).toBe(true);
    expect(isOverdue(AssessmentStatus.Sent, day(11, 30), now)).toBe(true);
  });

  it('is not overdue on the due date itself', () => {
    expect(isOverdue(AssessmentStatus.Sent, day(12, 1), now)).toBe(false);
  });

  it('is never overdue once submitted or closed', () => {
    expect(isOverdue(AssessmentStatus.Submitted, day(1, 1), now)).toBe(false);
    expect(isOverdue(AssessmentStatus.Completed, day(1, 1), now)).toBe(false);
  });
});

import { AssessmentStatus } from '@/api-client';

/** Still waiting on the vendor: a due date in the past makes these overdue. */
const WAITING_ON_VENDOR: AssessmentStatus[] = [
  AssessmentStatus.Draft,
  AssessmentStatus.Sent,
  AssessmentStatus.InProgress,
  AssessmentStatus.ChangesRequested,
];

export const REVIEWABLE: AssessmentStatus[] = [AssessmentStatus.Submitted, AssessmentStatus.UnderReview];

const CLOSED: AssessmentStatus[] = [AssessmentStatus.Completed, AssessmentStatus.Expired];

/** The due date is a calendar day (the client parses it as local midnight); it is overdue from the next day on. */
export function isOverdue(status: AssessmentStatus, dueDate: Date, now: Date = new Date()): boolean {
  if (!WAITING_ON_VENDOR.includes(status)) return false;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return dueDate.getTime() < today.getTime();
}

export const isReviewable = (status: AssessmentStatus) => REVIEWABLE.includes(status);
export const isClosed = (status: AssessmentStatus) => CLOSED.includes(status);

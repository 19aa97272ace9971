import type { AssessmentStatus, ReviewStatus } from '@/api-client';

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  CHANGES_REQUESTED: 'Changes requested',
  COMPLETED: 'Completed',
  EXPIRED: 'Expired',
};

export const assessmentStatusColors: Record<AssessmentStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  IN_PROGRESS: 'cyan',
  SUBMITTED: 'violet',
  UNDER_REVIEW: 'grape',
  CHANGES_REQUESTED: 'orange',
  COMPLETED: 'teal',
  EXPIRED: 'dark',
};

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  PENDING: 'Not reviewed',
  ACCEPTED: 'Accepted',
  CLARIFICATION_REQUESTED: 'Clarification requested',
};

export const reviewStatusColors: Record<ReviewStatus, string> = {
  PENDING: 'gray',
  ACCEPTED: 'teal',
  CLARIFICATION_REQUESTED: 'orange',
};

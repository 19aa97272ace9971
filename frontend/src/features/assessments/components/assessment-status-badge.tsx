import { Badge } from '@mantine/core';
import type { AssessmentStatus } from '@/api-client';
import { assessmentStatusColors, assessmentStatusLabels } from '../utils/labels';
import { isOverdue } from '../utils/workflow';

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  return (
    <Badge color={assessmentStatusColors[status]} variant="light" radius="sm" tt="none">
      {assessmentStatusLabels[status]}
    </Badge>
  );
}

/** Shown next to the due date while the vendor is late. */
export function OverdueBadge({ status, dueDate }: { status: AssessmentStatus; dueDate: Date }) {
  if (!isOverdue(status, dueDate)) return null;
  return (
    <Badge color="red" variant="filled" radius="sm" size="sm" tt="none">
      Overdue
    </Badge>
  );
}

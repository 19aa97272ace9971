import { Badge } from '@mantine/core';
import type { FindingSeverity, FindingStatus } from '@/api-client';
import { findingStatusLabels, severityColors, severityLabels } from '../utils/labels';

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return (
    <Badge color={severityColors[severity]} variant="light" size="sm">
      {severityLabels[severity]}
    </Badge>
  );
}

const statusColors: Record<FindingStatus, string> = {
  OPEN: 'red',
  REMEDIATION_PLANNED: 'blue',
  RISK_ACCEPTED: 'grape',
  CLOSED: 'teal',
};

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return (
    <Badge color={statusColors[status]} variant="outline" size="sm">
      {findingStatusLabels[status]}
    </Badge>
  );
}

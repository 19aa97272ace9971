import type { FindingSeverity, FindingStatus } from '@/api-client';

export const severityLabels: Record<FindingSeverity, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

export const severityColors: Record<FindingSeverity, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

export const findingStatusLabels: Record<FindingStatus, string> = {
  OPEN: 'Open',
  REMEDIATION_PLANNED: 'Remediation planned',
  RISK_ACCEPTED: 'Risk accepted',
  CLOSED: 'Closed',
};

import { Badge, Tooltip } from '@mantine/core';
import type { IncidentSeverity, IncidentStatus } from '@/api-client';
import { severityColors, severityLabels, statusColors, statusDescriptions, statusLabels } from '../utils/labels';

// Light badges use the darkest shade for text: the default shade is below 4.5:1 on the tint.
export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const color = severityColors[severity];
  return (
    <Badge variant="light" color={color} c={`${color}.9`} radius="sm" aria-label={`Severity: ${severityLabels[severity]}`}>
      {severityLabels[severity]}
    </Badge>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <Tooltip label={statusDescriptions[status]} withArrow openDelay={300}>
      <Badge
        variant="dot"
        color={statusColors[status]}
        c="dark.7"
        radius="sm"
        tt="none"
        fw={500}
        aria-label={`Status: ${statusLabels[status]}`}
      >
        {statusLabels[status]}
      </Badge>
    </Tooltip>
  );
}

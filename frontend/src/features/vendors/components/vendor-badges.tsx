import { Badge } from '@mantine/core';
import type { VendorStatus, VendorTier } from '@/api-client';
import { statusColors, statusLabels, tierColors, tierLabels } from '../utils/labels';

// Light badges use the darkest shade for text: the default shade is below 4.5:1 on the tint.
export function TierBadge({ tier }: { tier: VendorTier }) {
  const color = tierColors[tier];
  return (
    <Badge variant="light" color={color} c={`${color}.9`} radius="sm">
      {tierLabels[tier]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: VendorStatus }) {
  const color = statusColors[status];
  return (
    <Badge variant="dot" color={color} c="dark.7" radius="sm" tt="none" fw={500}>
      {statusLabels[status]}
    </Badge>
  );
}

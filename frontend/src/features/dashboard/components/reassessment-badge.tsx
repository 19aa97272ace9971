import { Badge } from '@mantine/core';
import type { ReassessmentState } from '@/api-client';
import { stateColors, stateLabels } from '../utils/labels';

export function ReassessmentBadge({ state }: { state: ReassessmentState }) {
  return (
    <Badge color={stateColors[state]} autoContrast variant="filled" size="sm" radius="sm">
      {stateLabels[state]}
    </Badge>
  );
}

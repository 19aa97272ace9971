import { Badge, type MantineSize } from '@mantine/core';
import type { Grade } from '@/api-client';
import { gradeColors, gradeMeanings } from '../utils/format-risk';

export function GradeBadge({ grade, size = 'md' }: { grade: Grade; size?: MantineSize | 'xl' }) {
  return (
    <Badge
      color={gradeColors[grade]}
      autoContrast
      size={size}
      radius="sm"
      fw={800}
      // A letter badge must never be squeezed by a nowrap row into an unreadable sliver.
      style={{ flexShrink: 0, overflow: 'visible' }}
      aria-label={`Grade ${grade}: ${gradeMeanings[grade]}`}
      title={gradeMeanings[grade]}
    >
      {grade}
    </Badge>
  );
}

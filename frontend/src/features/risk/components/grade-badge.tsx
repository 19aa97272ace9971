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
      aria-label={`Grade ${grade}: ${gradeMeanings[grade]}`}
      title={gradeMeanings[grade]}
    >
      {grade}
    </Badge>
  );
}

import { Badge, type MantineSize } from '@mantine/core';
import type { Grade } from '@/api-client';
import { gradeColors } from '../utils/labels';

export function GradeChip({ grade, size = 'sm' }: { grade: Grade; size?: MantineSize }) {
  return (
    <Badge color={gradeColors[grade]} autoContrast size={size} radius="sm" fw={800} style={{ flexShrink: 0 }}
      aria-label={`Grade ${grade}`}>
      {grade}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import type { TemplateStatus } from '@/api-client';

const colors: Record<TemplateStatus, string> = { DRAFT: 'gray', PUBLISHED: 'teal', RETIRED: 'dark' };
const labels: Record<TemplateStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', RETIRED: 'Retired' };

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none">
      {labels[status]}
    </Badge>
  );
}

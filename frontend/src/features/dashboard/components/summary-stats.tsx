import { Card, SimpleGrid, Text } from '@mantine/core';
import type { DashboardSummary } from '@/api-client';
import { formatCount, formatScore } from '../utils/labels';

function Stat({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: string }) {
  return (
    <Card withBorder radius="md" padding="md" component="div" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={800} c={tone} lh={1.2}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}

export function SummaryStats({ summary }: { summary: DashboardSummary }) {
  const failing = summary.grades.filter((g) => g.grade === 'F' || g.grade === 'D').reduce((n, g) => n + g.count, 0);
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
      <Stat label="Vendors" value={formatCount(summary.vendorCount)} detail={`${formatCount(summary.scoredCount)} scored`} />
      <Stat
        label="Average score"
        value={summary.averageScore === undefined ? '—' : formatScore(summary.averageScore)}
        detail="0–100, higher is safer"
      />
      <Stat label="Grade D or F" value={formatCount(failing)} detail="high or severe risk" tone={failing ? 'red.8' : undefined} />
      <Stat
        label="Reassessments overdue"
        value={formatCount(summary.reassessments.overdue)}
        detail={`${formatCount(summary.reassessments.dueSoon)} due in ${summary.reassessments.dueSoonDays} days`}
        tone={summary.reassessments.overdue ? 'red.8' : undefined}
      />
      <Stat
        label="Questionnaires overdue"
        value={formatCount(summary.overdueAssessments)}
        detail="sent, past their due date"
        tone={summary.overdueAssessments ? 'orange.8' : undefined}
      />
    </SimpleGrid>
  );
}

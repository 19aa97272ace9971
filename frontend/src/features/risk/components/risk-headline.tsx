import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { VendorRisk } from '@/api-client';
import { formatDateTime, formatExactCount, formatRecordCount } from '@/utils/format';
import { formatPercent, formatPoints, formatUsd, gradeMeanings } from '../utils/format-risk';
import { GradeBadge } from './grade-badge';

/** Grade and score first, then the three numbers a board asks about: before controls, after, and what a leak costs. */
export function RiskHeadline({ risk }: { risk: VendorRisk }) {
  // Controls remove at most 80 % of the inherent risk; this is the share they actually remove.
  const removed = risk.inherentRisk > 0 ? 1 - risk.residualRisk / risk.inherentRisk : 0;
  return (
    <Stack gap="md">
      <Group gap="lg" align="center" wrap="wrap">
        <Group gap="sm" align="center" wrap="nowrap">
          <GradeBadge grade={risk.grade} size="xl" />
          <div>
            <Text fz={36} fw={750} lh={1} aria-label={`Score ${formatPoints(risk.score)} out of 100`}>
              {formatPoints(risk.score)}
              <Text span fz="md" c="dimmed" fw={500}>
                {' '}
                / 100
              </Text>
            </Text>
            <Text size="sm" fw={600}>
              {gradeMeanings[risk.grade]} · higher is safer
            </Text>
          </div>
        </Group>
        <Text size="xs" c="dimmed" ml="auto">
          Model {risk.modelVersion} · scored {formatDateTime(risk.scoredAt)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Figure
          label="Inherent risk"
          value={formatPoints(risk.inherentRisk)}
          hint={`Before controls: damage ${formatPoints(risk.inherentImpact)} × likelihood ${formatPercent(risk.likelihood)}`}
        />
        <Figure
          label="Residual risk"
          value={formatPoints(risk.residualRisk)}
          hint={`After controls, which remove ${formatPercent(removed)} of it. Score = 100 − residual risk.`}
        />
        <Figure
          label="Indicative loss"
          value={formatUsd(risk.indicativeLossUsd)}
          title={`$${formatExactCount(risk.indicativeLossUsd)}`}
          hint={`If the ${formatRecordCount(risk.explanation.impact.recordCount)} records leak. One breach, not a yearly figure.`}
        />
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ label, value, hint, title }: { label: string; value: ReactNode; hint: string; title?: string }) {
  return (
    <Stack gap={2} p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Title order={3} size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Title>
      <Text fz={22} fw={700} lh={1.2} title={title}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

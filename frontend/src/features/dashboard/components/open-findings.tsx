import { Badge, Group, Stack, Text } from '@mantine/core';
import type { FindingSeverity, SeverityFindings } from '@/api-client';
import { formatCount } from '../utils/labels';
import { SectionCard } from './section-card';

const severityLabels: Record<FindingSeverity, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };
const severityColors: Record<FindingSeverity, string> = { CRITICAL: 'red.8', HIGH: 'orange.8', MEDIUM: 'yellow.8', LOW: 'gray.7' };

/** Unmet controls still needing work across the portfolio, by severity; accepted risks shown beside them. */
export function OpenFindings({ findings }: { findings: SeverityFindings[] }) {
  const open = findings.reduce((n, f) => n + f.open, 0);
  return (
    <SectionCard
      id="open-findings"
      title="Open findings by severity"
      hint={`${formatCount(open)} to remediate; accepted risks are counted apart until their acceptance expires.`}
    >
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="open-findings">
        {findings.map((f) => (
          <li key={f.severity}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Badge color={severityColors[f.severity]} variant="light" w={90}>
                {severityLabels[f.severity]}
              </Badge>
              <Text size="sm" fw={700} c={f.open && f.severity === 'CRITICAL' ? 'red.8' : undefined}>
                {formatCount(f.open)} open
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatCount(f.accepted)} accepted
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
    </SectionCard>
  );
}

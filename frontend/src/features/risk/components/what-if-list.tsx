import { Group, Stack, Text, Title } from '@mantine/core';
import type { Grade, WhatIf } from '@/api-client';
import { formatPoints, formatSignedPoints, joinList } from '../utils/format-risk';
import { GradeBadge } from './grade-badge';

type WhatIfListProps = {
  whatIf: WhatIf[];
  score: number;
  grade: Grade;
};

/** "Meet C16 and C12 → 73.9, grade C": the score after fixing the costliest gaps, one more each line. */
export function WhatIfList({ whatIf, score, grade }: WhatIfListProps) {
  return (
    <Stack gap="sm">
      <div>
        <Title order={3} fz="md">
          What would raise the score
        </Title>
        <Text size="xs" c="dimmed">
          The model re-run with the costliest gaps closed, evidence at least documented.
        </Text>
      </div>
      {whatIf.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing left to fix: no missing control costs points.
        </Text>
      ) : (
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="What if">
          {whatIf.map((step) => (
            <Group component="li" key={step.controlCodes.join('+')} justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">
                Meet <Text span ff="monospace" fw={700}>{joinList(step.controlCodes)}</Text>
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" aria-hidden>
                  →
                </Text>
                <Text size="sm" fw={700}>
                  {formatPoints(step.score)}
                </Text>
                <GradeBadge grade={step.grade} size="sm" />
                <Text size="xs" c={step.grade !== grade ? 'teal.8' : 'dimmed'} fw={step.grade !== grade ? 700 : 400} w={48} ta="right">
                  {formatSignedPoints(step.score - score)}
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

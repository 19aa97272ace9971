import { Anchor, Badge, Box, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { ControlCost } from '@/api-client';
import { controlStatusColors, controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { formatPoints } from '../utils/format-risk';

type ControlCostsProps = {
  costs: ControlCost[];
  controlNames: Record<string, string>;
  /** How many to list. */
  limit?: number;
};

/** The controls whose gap costs the most score points, with why: status, evidence, weight, attack steps they break. */
export function ControlCosts({ costs, controlNames, limit = 6 }: ControlCostsProps) {
  const costly = costs.filter((cost) => cost.pointsLost >= 0.05);
  const largest = Math.max(0.1, ...costly.map((cost) => cost.pointsLost));
  return (
    <Stack gap="sm">
      <div>
        <Title order={3} fz="md">
          Controls costing the most points
        </Title>
        <Text size="xs" c="dimmed">
          {costly.length === 0
            ? 'No control costs points: every applicable control is met with evidence.'
            : 'What meeting each control alone (with documented evidence) would gain; fixes in the same attack chain overlap.'}
        </Text>
      </div>
      <Stack gap={10} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Controls costing points">
        {costly.slice(0, limit).map((cost) => (
          <Box component="li" key={cost.controlCode}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
              <Anchor component={Link} to={`/controls?control=${encodeURIComponent(cost.controlCode)}`} size="sm" lineClamp={1}>
                <Text span ff="monospace" fw={700} size="sm">
                  {cost.controlCode}
                </Text>{' '}
                {controlNames[cost.controlCode] ?? ''}
              </Anchor>
              <Text size="sm" fw={700} c="red.8" style={{ whiteSpace: 'nowrap' }}>
                −{formatPoints(cost.pointsLost)}
              </Text>
            </Group>
            <Box h={6} my={4} bg="gray.1" style={{ borderRadius: 3 }} aria-hidden>
              <Box h="100%" w={`${(cost.pointsLost / largest) * 100}%`} bg="red.6" style={{ borderRadius: 3 }} />
            </Box>
            <Group gap={6}>
              <Badge
                size="xs"
                variant="light"
                color={controlStatusColors[cost.status]}
                c={`${controlStatusColors[cost.status]}.9`}
                radius="sm"
              >
                {controlStatusLabels[cost.status]}
                {cost.evidence ? ` · ${evidenceLabels[cost.evidence]}` : ''}
              </Badge>
              <Text size="xs" c="dimmed">
                weight {cost.weight}/5
                {cost.evidenceExpired ? ' · evidence expired' : ''}
              </Text>
              {cost.campaignSteps > 0 && (
                <Tooltip label="A live campaign touching this vendor passes through a step this control breaks." multiline w={280}>
                  <Badge size="xs" color="red" variant="filled" radius="sm">
                    Breaks {cost.campaignSteps} attack step{cost.campaignSteps === 1 ? '' : 's'}
                  </Badge>
                </Tooltip>
              )}
            </Group>
          </Box>
        ))}
      </Stack>
    </Stack>
  );
}

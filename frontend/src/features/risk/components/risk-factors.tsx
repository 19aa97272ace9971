import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { VendorRisk } from '@/api-client';
import { factorTexts } from '../utils/factor-labels';
import { formatPoints, formatSignedPoints } from '../utils/format-risk';

type RiskFactorsProps = {
  risk: VendorRisk;
  categoryLabel: (code: string) => string;
};

/**
 * The explanation's waterfall: each factor adds risk points (red) or removes them (green); together they
 * make the residual risk, and the score is 100 minus that.
 */
export function RiskFactors({ risk, categoryLabel }: RiskFactorsProps) {
  const { factors } = risk.explanation;
  const largest = Math.max(1, ...factors.map((factor) => Math.abs(factor.riskPoints)));
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        Why this score
      </Title>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Risk factors">
        {factors.map((factor) => {
          const text = factorTexts[factor.name];
          const adds = factor.riskPoints > 0;
          const width = (Math.abs(factor.riskPoints) / largest) * 100;
          return (
            <Box component="li" key={factor.name}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" fw={600}>
                  {text?.label ?? factor.name}
                </Text>
                <Text size="sm" fw={700} c={adds ? 'red.8' : factor.riskPoints < 0 ? 'teal.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {formatSignedPoints(factor.riskPoints)} pts
                </Text>
              </Group>
              <Box
                role="meter"
                aria-label={`${text?.label ?? factor.name}: ${formatSignedPoints(factor.riskPoints)} risk points`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(Math.abs(factor.riskPoints) * 10) / 10}
                h={10}
                my={4}
                bg="gray.1"
                style={{ borderRadius: 4, overflow: 'hidden' }}
              >
                <Box
                  h="100%"
                  w={`${width}%`}
                  bg={adds ? 'red.6' : 'teal.6'}
                  style={{ borderRadius: 4, marginLeft: adds ? 0 : 'auto' }}
                />
              </Box>
              {text && (
                <Text size="xs" c="dimmed">
                  {text.describe(risk.explanation, categoryLabel)}
                </Text>
              )}
            </Box>
          );
        })}
      </Stack>
      <Text size="sm" fw={600} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        Residual risk {formatPoints(risk.residualRisk)} points → score 100 − {formatPoints(risk.residualRisk)} ={' '}
        {formatPoints(risk.score)}
      </Text>
    </Stack>
  );
}

import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { AttackTechnique, Framework, FrameworkMapping } from '@/api-client';
import { frameworkColors, frameworkLabels, frameworkTitles } from '../utils/labels';

// Light badges use the darkest shade for text: the default shade is below 4.5:1 on the tint.
export function FrameworkBadge({ framework }: { framework: Framework }) {
  const color = frameworkColors[framework];
  return (
    <Badge variant="light" color={color} c={`${color}.9`} radius="sm" tt="none" fw={600} title={frameworkTitles[framework]}>
      {frameworkLabels[framework]}
    </Badge>
  );
}

/** One badge per framework the control maps to, in the contract's order. */
export function FrameworkBadges({ mappings }: { mappings: FrameworkMapping[] }) {
  const frameworks = (Object.keys(frameworkLabels) as Framework[]).filter((framework) =>
    mappings.some((mapping) => mapping.framework === framework),
  );
  if (frameworks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {frameworks.map((framework) => (
        <FrameworkBadge key={framework} framework={framework} />
      ))}
    </Group>
  );
}

export function TechniqueBadge({ technique }: { technique: AttackTechnique }) {
  return (
    <Tooltip label={technique.name} withArrow openDelay={300}>
      <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none" fw={500} ff="monospace" aria-label={`${technique.id} ${technique.name}`}>
        {technique.id}
      </Badge>
    </Tooltip>
  );
}

/** The first few technique ids, then a count of the rest. */
export function TechniqueBadges({ techniques, max = 3 }: { techniques: AttackTechnique[]; max?: number }) {
  if (techniques.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  const rest = techniques.length - max;
  return (
    <Group gap={4}>
      {techniques.slice(0, max).map((technique) => (
        <TechniqueBadge key={technique.id} technique={technique} />
      ))}
      {rest > 0 && (
        <Text size="xs" c="dimmed">
          +{rest} more
        </Text>
      )}
    </Group>
  );
}

export function WeightMeter({ weight }: { weight: number }) {
  // Five pips, filled up to the weight: readable at a glance, announced as "3 of 5".
  return (
    <Group gap={3} wrap="nowrap" aria-label={`${weight} of 5`} role="img">
      {Array.from({ length: 5 }, (_, i) => (
        <span
          key={i}
          style={{
            width: 8,
            height: 8,
            borderRadius: 2,
            background: i < weight ? 'var(--mantine-color-indigo-7)' : 'var(--mantine-color-gray-3)',
          }}
        />
      ))}
      <Text size="sm" fw={600} ml={4} aria-hidden>
        {weight}
      </Text>
    </Group>
  );
}

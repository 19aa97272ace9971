import { Anchor, Badge, Drawer, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import type { Control, Framework } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { attackUrl } from '@/utils/attack';
import { useControl } from '../api/get-control';
import { domainLabels, frameworkLabels, frameworkTitles } from '../utils/labels';
import { FrameworkBadge, WeightMeter } from './control-badges';

type ControlDrawerProps = {
  controlId: string | undefined;
  /** The control as the list already has it, shown while the full record loads. */
  fromList?: Control;
  onClose: () => void;
};

/** A control's mappings and techniques, over the catalogue so the filters stay in place. */
export function ControlDrawer({ controlId, fromList, onClose }: ControlDrawerProps) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Drawer
      opened={controlId !== undefined}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={<Text fw={600}>Control {controlId}</Text>}
      closeButtonProps={{ 'aria-label': 'Close control details' }}
    >
      {controlId && <ControlDetails controlId={controlId} fromList={fromList} />}
    </Drawer>
  );
}

function ControlDetails({ controlId, fromList }: { controlId: string; fromList?: Control }) {
  const { data: control, error, refetch } = useControl({ controlId, queryConfig: { placeholderData: fromList } });

  if (error instanceof ApiError && error.status === 404) {
    return <Text c="dimmed">There is no control {controlId} in the catalogue.</Text>;
  }
  if (error) return <ProblemAlert error={error} title="Could not load the control" onRetry={() => refetch()} />;
  if (!control) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading control">
        <Skeleton height={28} width="70%" />
        <Skeleton height={80} />
        <Skeleton height={160} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={2} fz="xl">
          {control.name}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="indigo" c="indigo.9" radius="sm" tt="none">
            {domainLabels[control.domain]}
          </Badge>
          <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none">
            {control.builtin ? 'Built-in' : 'Custom'}
          </Badge>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c="dimmed">
              Base weight
            </Text>
            <WeightMeter weight={control.baseWeight} />
          </Group>
        </Group>
      </Stack>

      <Stack gap={4} component="section" aria-labelledby="control-meaning">
        <Title order={3} fz="sm" id="control-meaning">
          What a “yes” means
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {control.description}
        </Text>
        {control.mitigationNote && (
          <Text size="sm" c="dimmed">
            Mitigates: {control.mitigationNote}
          </Text>
        )}
      </Stack>

      <MappingsSection control={control} />
      <TechniquesSection control={control} />
    </Stack>
  );
}

function MappingsSection({ control }: { control: Control }) {
  const frameworks = (Object.keys(frameworkLabels) as Framework[]).filter((framework) =>
    control.mappings.some((mapping) => mapping.framework === framework),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="control-mappings">
      <Title order={3} fz="sm" id="control-mappings">
        Framework mappings ({control.mappings.length})
      </Title>
      {frameworks.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not mapped to any framework.
        </Text>
      ) : (
        frameworks.map((framework) => (
          <Stack key={framework} gap={4}>
            <Group gap="xs">
              <FrameworkBadge framework={framework} />
              <Text size="xs" c="dimmed">
                {frameworkTitles[framework]}
              </Text>
            </Group>
            <List size="sm" spacing={2} pl="xs" listStyleType="none">
              {control.mappings
                .filter((mapping) => mapping.framework === framework)
                .map((mapping) => (
                  <List.Item key={mapping.reference}>
                    <Text span size="sm" ff="monospace" fw={600}>
                      {mapping.reference}
                    </Text>
                    {mapping.note && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        ({mapping.note})
                      </Text>
                    )}
                  </List.Item>
                ))}
            </List>
          </Stack>
        ))
      )}
    </Stack>
  );
}

function TechniquesSection({ control }: { control: Control }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="control-techniques">
      <Title order={3} fz="sm" id="control-techniques">
        MITRE ATT&amp;CK techniques ({control.techniques.length})
      </Title>
      {control.techniques.length === 0 ? (
        <Text size="sm" c="dimmed">
          No technique recorded.
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none">
          {control.techniques.map((technique) => (
            <List.Item key={technique.id}>
              <Anchor href={attackUrl(technique.id)} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={6} component="span" wrap="nowrap">
                  <Text span ff="monospace" fw={600} size="sm">
                    {technique.id}
                  </Text>
                  <Text span size="sm">
                    {technique.name}
                  </Text>
                  <IconExternalLink size={14} aria-label="(opens in a new tab)" />
                </Group>
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

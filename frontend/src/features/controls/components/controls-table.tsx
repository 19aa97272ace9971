import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Control } from '@/api-client';
import { domainLabels } from '../utils/labels';
import { FrameworkBadges, TechniqueBadges, WeightMeter } from './control-badges';

type ControlsTableProps = {
  controls: Control[] | undefined;
  /** The link that opens a control's details. */
  hrefFor: (code: string) => string;
};

export function ControlsTable({ controls, hrefFor }: ControlsTableProps) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover striped="even" stripedColor="gray.0">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Code</Table.Th>
            <Table.Th>Control</Table.Th>
            <Table.Th>Domain</Table.Th>
            <Table.Th>Base weight</Table.Th>
            <Table.Th>Frameworks</Table.Th>
            <Table.Th>ATT&amp;CK techniques</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls
            ? controls.map((control) => (
                <Table.Tr key={control.code}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" fw={600}>
                      {control.code}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={340}>
                    <Anchor component={Link} to={hrefFor(control.code)} fw={600} size="sm">
                      {control.name}
                    </Anchor>
                    {!control.builtin && (
                      <Text size="xs" c="dimmed">
                        Custom control
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{domainLabels[control.domain]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <WeightMeter weight={control.baseWeight} />
                  </Table.Td>
                  <Table.Td>
                    <FrameworkBadges mappings={control.mappings} />
                  </Table.Td>
                  <Table.Td>
                    <TechniqueBadges techniques={control.techniques} />
                  </Table.Td>
                </Table.Tr>
              ))
            : Array.from({ length: 8 }, (_, i) => (
                <Table.Tr key={i} aria-hidden>
                  {Array.from({ length: 6 }, (_, j) => (
                    <Table.Td key={j}>
                      <Skeleton height={14} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

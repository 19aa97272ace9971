import { Anchor, Badge, Group, Paper, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatDate } from '@/utils/format';
import { useTemplates } from '../api/get-templates';
import { TemplateStatusBadge } from './template-status-badge';

export function TemplatesList() {
  const { data, error, refetch } = useTemplates();
  if (error) return <ProblemAlert error={error} title="Could not load the questionnaires" onRetry={() => refetch()} />;
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="sm" aria-label="Questionnaires" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Questionnaire</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Questions</Table.Th>
              <Table.Th>Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {!data
              ? [0, 1, 2].map((row) => (
                  <Table.Tr key={row}>
                    <Table.Td colSpan={5}><Skeleton height={18} /></Table.Td>
                  </Table.Tr>
                ))
              : data.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Anchor component={Link} to={`/questionnaires/${t.id}`} fw={600} size="sm">{t.name}</Anchor>
                        {t.builtin && <Badge size="xs" variant="outline" radius="sm" tt="none">Built-in</Badge>}
                      </Group>
                      {t.description && <Text size="xs" c="dimmed" lineClamp={1}>{t.description}</Text>}
                    </Table.Td>
                    <Table.Td>v{t.version}</Table.Td>
                    <Table.Td><TemplateStatusBadge status={t.status} /></Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{t.questionCount}</Table.Td>
                    <Table.Td>{formatDate(t.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

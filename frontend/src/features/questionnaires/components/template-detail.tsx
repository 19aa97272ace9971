import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileExport, IconTableExport } from '@tabler/icons-react';
import type { Question, QuestionnaireTemplate } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useExportTemplate } from '../api/export-template';
import { useExportTemplateCsv } from '../api/export-template-csv';

const typeLabels: Record<string, string> = {
  YES_NO_PARTIAL_NA: 'Yes / no',
  SINGLE_CHOICE: 'One choice',
  MULTI_CHOICE: 'Several choices',
  NUMBER: 'Number',
  TEXT: 'Text',
  DATE: 'Date',
  FILE: 'File upload',
};

/** A file name from the template's name and version: letters, digits and dashes only. */
const fileNameOf = (t: QuestionnaireTemplate) =>
  `${t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'questionnaire'}-v${t.version}`;

export function TemplateExportButtons({ template }: { template: QuestionnaireTemplate }) {
  const json = useExportTemplate();
  const csv = useExportTemplateCsv();
  const args = { templateId: template.id, fileName: fileNameOf(template) };
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} loading={json.isPending} onClick={() => json.mutate(args)}>
          Export JSON
        </Button>
        <Button variant="default" leftSection={<IconTableExport size={16} aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate(args)}>
          Export CSV
        </Button>
      </Group>
      {(json.error || csv.error) && <ProblemAlert error={json.error ?? csv.error} title="Could not export" />}
    </Stack>
  );
}

export function TemplateSections({ template }: { template: QuestionnaireTemplate }) {
  return (
    <Stack gap="md">
      {template.sections.map((section) => (
        <Card key={section.id} withBorder radius="md" padding="lg" component="section" aria-label={section.title}>
          <Title order={2} fz="lg">{section.title}</Title>
          {section.description && <Text size="sm" c="dimmed" mb="sm">{section.description}</Text>}
          <Stack gap="md" mt="sm">
            {section.questions.map((q) => <QuestionRow key={q.id} question={q} />)}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function QuestionRow({ question: q }: { question: Question }) {
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <Text size="xs" ff="monospace" c="dimmed">{q.key}</Text>
        <Badge size="xs" variant="default" radius="sm" tt="none">{typeLabels[q.type] ?? q.type}</Badge>
        {q.required && <Badge size="xs" color="red" variant="light" radius="sm" tt="none">Required</Badge>}
        {q.showWhen && (
          <Badge size="xs" color="blue" variant="light" radius="sm" tt="none">
            When {q.showWhen.questionKey} is {q.showWhen.answers.join(' or ')}
          </Badge>
        )}
      </Group>
      <Text size="sm" fw={500}>{q.text}</Text>
      {q.options.length > 0 && <Text size="xs" c="dimmed">Options: {q.options.map((o) => o.label).join(' · ')}</Text>}
      {q.controls.length > 0 && (
        <Text size="xs" c="dimmed">
          Sets{' '}
          {q.controls
            .map((c) => `${c.controlCode} (${c.rules.map((r) => `${r.answers.join('/')}→${[r.status, r.evidence].filter(Boolean).join(', ')}`).join('; ')})`)
            .join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

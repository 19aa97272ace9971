import { Alert, Badge, Button, Card, Container, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { PortalAssessment } from '@/api-client';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useSubmitAssessment } from '../api/submit-assessment';
import { useUploadEvidence } from '../api/upload-evidence';
import { answerTokens, visibleQuestions } from '../utils/visibility';
import { QuestionField } from './question-field';
import { useAutosave, type SaveState } from './use-autosave';

const SAVE_LABEL: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'All changes saved',
  conflict: 'Updated from another window',
  error: 'Not saved',
};

export function PortalQuestionnaire({ assessment }: { assessment: PortalAssessment }) {
  const { answers, change, state, error } = useAutosave(assessment.answers);
  const [missing, setMissing] = useState<string[]>([]);
  const upload = useUploadEvidence({
    mutationConfig: { onError: (e) => notifications.show({ color: 'red', title: 'Upload failed', message: errorMessage(e) }) },
  });
  const submit = useSubmitAssessment({
    mutationConfig: {
      onError: (e) => {
        if (e instanceof ApiError && e.status === 422) setMissing((e.problem.errors ?? []).map((f) => f.message));
        else notifications.show({ color: 'red', title: 'Not submitted', message: errorMessage(e) });
      },
    },
  });
  const questions = useMemo(() => assessment.sections.flatMap((s) => s.questions), [assessment.sections]);
  const evidenceIds = useMemo(
    () => new Set(assessment.evidence.map((e) => e.questionId).filter((id): id is number => id !== undefined)),
    [assessment.evidence],
  );
  const visible = visibleQuestions(questions, answers, evidenceIds);
  const shown = questions.filter((q) => visible.has(q.id));
  const done = shown.filter((q) => answerTokens(q, answers.get(q.id), evidenceIds.has(q.id)).length > 0);
  const percent = shown.length ? Math.round((done.length / shown.length) * 100) : 0;
  const editable = assessment.editable;

  return (
    <Container size="sm" px={{ base: 'xs', sm: 'md' }} py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Text c="dimmed" size="sm">
            {assessment.vendorName} · due {assessment.dueDate.toISOString().slice(0, 10)}
          </Text>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {assessment.templateName}
          </Title>
          <Group justify="space-between" gap="xs">
            <Badge variant="light">{assessment.status.replace('_', ' ').toLowerCase()}</Badge>
            <Text size="sm" c={state === 'error' ? 'red' : 'dimmed'} aria-live="polite">
              {state === 'error' && error ? error : SAVE_LABEL[state]}
            </Text>
          </Group>
          <Progress value={percent} aria-label={`${percent}% answered`} mt="xs" />
          <Text size="xs" c="dimmed">
            {done.length} of {shown.length} questions answered
          </Text>
        </Stack>
        {assessment.changesRequested && (
          <Alert color="blue" title="Changes requested">
            {assessment.changesRequested}
          </Alert>
        )}
        {!editable && (
          <Alert color="gray">This questionnaire has been submitted; answers can no longer be changed.</Alert>
        )}
        {assessment.sections.map((section) => {
          const sectionQuestions = section.questions.filter((q) => visible.has(q.id));
          if (!sectionQuestions.length) return null;
          return (
            <Card key={section.title} withBorder radius="md" padding="lg">
              <Stack gap="lg">
                <Stack gap={2}>
                  <Title order={2} fz="lg">
                    {section.title}
                  </Title>
                  {section.description && <Text size="sm" c="dimmed">{section.description}</Text>}
                </Stack>
                {sectionQuestions.map((q) => (
                  <QuestionField
                    key={q.id}
                    question={q}
                    answer={answers.get(q.id)!}
                    evidence={assessment.evidence.filter((e) => e.questionId === q.id)}
                    disabled={!editable}
                    onChange={(patch) => change(q.id, patch)}
                    onUpload={(file) => upload.mutate({ file, questionId: q.id })}
                  />
                ))}
              </Stack>
            </Card>
          );
        })}
        {missing.length > 0 && (
          <Alert color="red" title="Please answer these questions first">
            <List size="sm">
              {missing.map((m) => (
                <List.Item key={m}>{m.replace(/^required: /, '')}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {editable && (
          <Button size="md" onClick={() => submit.mutate(undefined)} loading={submit.isPending || state === 'saving'}>
            Submit for review
          </Button>
        )}
      </Stack>
    </Container>
  );
}

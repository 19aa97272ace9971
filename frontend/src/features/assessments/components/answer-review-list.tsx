import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDownload, IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { AnswerReviewDecisionEnum, ReviewStatus, type Answer, type AssessmentDetail, type Evidence, type Question, type QuestionnaireTemplate } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatDate } from '@/utils/format';
import { useDownloadEvidence } from '../api/download-evidence';
import { useReviewAnswer } from '../api/review-answer';
import { answerText } from '../utils/answer-text';
import { reviewStatusColors, reviewStatusLabels } from '../utils/labels';

type AnswerReviewListProps = {
  assessment: AssessmentDetail;
  template: QuestionnaireTemplate;
  canReview: boolean;
};

/** Every question with the vendor's answer, evidence and review, section by section. */
export function AnswerReviewList({ assessment, template, canReview }: AnswerReviewListProps) {
  const answers = new Map(assessment.answers.map((a) => [a.questionId, a]));
  const evidence = new Map<number, Evidence[]>();
  for (const file of assessment.evidence) {
    if (file.questionId !== undefined) evidence.set(file.questionId, [...(evidence.get(file.questionId) ?? []), file]);
  }
  const unattached = assessment.evidence.filter((file) => file.questionId === undefined);
  return (
    <Stack gap="md">
      {template.sections.map((section) => (
        <Card key={section.id} withBorder radius="md" padding="lg" component="section" aria-label={section.title}>
          <Title order={2} fz="lg" mb="sm">
            {section.title}
          </Title>
          <Stack gap="lg">
            {section.questions
              // A conditional question nobody answered was most likely hidden from the vendor.
              .filter((q) => !q.showWhen || answers.get(q.id)?.answered || evidence.has(q.id))
              .map((question) => (
                <AnswerReviewItem key={question.id} assessment={assessment} question={question}
                  answer={answers.get(question.id)} evidence={evidence.get(question.id) ?? []} canReview={canReview} />
              ))}
          </Stack>
        </Card>
      ))}
      {unattached.length > 0 && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Other evidence">
          <Title order={2} fz="lg" mb="sm">
            Other evidence
          </Title>
          <EvidenceFiles assessmentId={assessment.id} files={unattached} />
        </Card>
      )}
    </Stack>
  );
}

type AnswerReviewItemProps = {
  assessment: AssessmentDetail;
  question: Question;
  answer: Answer | undefined;
  evidence: Evidence[];
  canReview: boolean;
};

function AnswerReviewItem({ assessment, question, answer, evidence, canReview }: AnswerReviewItemProps) {
  const [clarifying, setClarifying] = useState(false);
  const [comment, setComment] = useState('');
  const review = useReviewAnswer({ mutationConfig: { onSuccess: () => setClarifying(false) } });
  const text = answerText(question, answer, evidence.length > 0);
  const status = answer?.reviewStatus ?? ReviewStatus.Pending;
  const send = (decision: AnswerReviewDecisionEnum) =>
    review.mutate({
      assessmentId: assessment.id,
      questionId: question.id,
      answerReview: { decision, ...(decision === AnswerReviewDecisionEnum.ClarificationRequested ? { comment: comment.trim() } : {}) },
    });
  const headingId = `question-${question.id}`;
  return (
    <Stack gap={6} component="article" aria-labelledby={headingId} data-question-key={question.key}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" id={headingId}>
            {question.text}
            {question.required && <Text span c="red" aria-label="required"> *</Text>}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {question.key}
            {question.controls.length > 0 && ` · ${question.controls.map((c) => c.controlCode).join(', ')}`}
          </Text>
        </Stack>
        <Badge color={reviewStatusColors[status]} variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {reviewStatusLabels[status]}
        </Badge>
      </Group>
      <Text size="sm" c={text ? undefined : 'dimmed'} fs={text ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap' }}
        aria-label={`Answer to ${question.key}`}>
        {text ?? 'Not answered'}
      </Text>
      {answer?.warning && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2}>
            <Text size="sm" c="orange.8">{answer.warning}</Text>
            {answer.compensatingControl && <Text size="sm">Compensating control: {answer.compensatingControl}</Text>}
            {answer.remediationDate && <Text size="sm">Fixed by {formatDate(answer.remediationDate)}</Text>}
          </Stack>
        </Group>
      )}
      {evidence.length > 0 && <EvidenceFiles assessmentId={assessment.id} files={evidence} />}
      {answer?.reviewComment && (
        <Text size="sm" c="dimmed">
          Comment{answer.reviewedBy ? ` from ${answer.reviewedBy}` : ''}: {answer.reviewComment}
        </Text>
      )}
      {review.isError && <ProblemAlert error={review.error} title="Could not save the review" />}
      {canReview && answer && (
        clarifying ? (
          <Stack gap="xs">
            <Textarea label={`What should the vendor clarify about ${question.key}?`} autosize minRows={2} maxLength={2000}
              value={comment} onChange={(e) => setComment(e.currentTarget.value)} data-autofocus />
            <Group gap="xs">
              <Button size="compact-sm" color="orange" disabled={comment.trim() === ''} loading={review.isPending}
                onClick={() => send(AnswerReviewDecisionEnum.ClarificationRequested)}>
                Ask for clarification
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setClarifying(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs">
            <Button size="compact-sm" variant="light" color="teal" leftSection={<IconCheck size={14} aria-hidden />}
              loading={review.isPending} disabled={status === ReviewStatus.Accepted} onClick={() => send(AnswerReviewDecisionEnum.Accepted)}
              aria-label={`Accept the answer to ${question.key}`}>
              Accept
            </Button>
            <Button size="compact-sm" variant="light" color="orange" leftSection={<IconMessageQuestion size={14} aria-hidden />}
              onClick={() => setClarifying(true)} aria-label={`Ask the vendor to clarify ${question.key}`}>
              Clarify
            </Button>
          </Group>
        )
      )}
    </Stack>
  );
}

function EvidenceFiles({ assessmentId, files }: { assessmentId: number; files: Evidence[] }) {
  const download = useDownloadEvidence();
  return (
    <Stack gap={4}>
      {files.map((file) => (
        <Group key={file.id} gap="xs" wrap="nowrap">
          <Anchor component="button" type="button" size="sm" onClick={() => download.mutate({ assessmentId, evidenceId: file.id, fileName: file.fileName })}
            aria-label={`Download ${file.fileName}`}>
            <Group gap={4} wrap="nowrap">
              <IconDownload size={14} aria-hidden />
              {file.fileName}
            </Group>
          </Anchor>
          <Text size="xs" c="dimmed">
            {Math.max(1, Math.round(file.sizeBytes / 1024))} KB · {file.contentType}
          </Text>
        </Group>
      ))}
      {download.isError && <ProblemAlert error={download.error} title="Could not download the file" />}
    </Stack>
  );
}

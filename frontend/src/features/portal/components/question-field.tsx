import { Alert, Badge, Checkbox, FileInput, Group, Radio, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconPaperclip } from '@tabler/icons-react';
import { QuestionType, ReviewStatus, type Answer, type Evidence, type PortalQuestion } from '@/api-client';
import { warningFor } from '../utils/visibility';

const YES_NO = [
  { value: 'YES', label: 'Yes' },
  { value: 'PARTIAL', label: 'Partly' },
  { value: 'NO', label: 'No' },
  { value: 'NA', label: 'N/A' },
];

type QuestionFieldProps = {
  question: PortalQuestion;
  answer: Answer;
  evidence: Evidence[];
  disabled: boolean;
  onChange: (patch: Partial<Answer>) => void;
  onUpload: (file: File) => void;
};

export function QuestionField({ question, answer, evidence, disabled, onChange, onUpload }: QuestionFieldProps) {
  const warning = warningFor(question, answer);
  const label = (
    <Text fw={500} component="span">
      {question.text}
      {question.required && (
        <Text component="span" c="red" aria-label="required">
          {' '}
          *
        </Text>
      )}
    </Text>
  );
  return (
    <Stack gap="xs">
      {field()}
      {answer.reviewComment && answer.reviewStatus === ReviewStatus.ClarificationRequested && (
        <Alert color="blue" title="The reviewer asks">
          {answer.reviewComment}
        </Alert>
      )}
      {warning && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Below our policy">
          <Stack gap="xs">
            <Text size="sm">{warning}</Text>
            <Textarea
              label="Compensating control"
              autosize
              minRows={2}
              maxLength={2000}
              disabled={disabled}
              value={answer.compensatingControl ?? ''}
              onChange={(e) => onChange({ compensatingControl: e.currentTarget.value })}
            />
            <TextInput
              label="Fixed by"
              type="date"
              disabled={disabled}
              value={answer.remediationDate ? answer.remediationDate.toISOString().slice(0, 10) : ''}
              onChange={(e) => onChange({ remediationDate: e.currentTarget.value ? new Date(e.currentTarget.value) : undefined })}
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );

  function field() {
    const description = question.helpText;
    switch (question.type) {
      case QuestionType.YesNoPartialNa:
        return (
          <Stack gap={4}>
            {label}
            {description && <Text size="sm" c="dimmed">{description}</Text>}
            <SegmentedControl
              data={YES_NO}
              value={answer.value ?? ''}
              disabled={disabled}
              onChange={(value) => onChange({ value })}
              fullWidth
              aria-label={question.text}
            />
          </Stack>
        );
      case QuestionType.SingleChoice:
        return (
          <Radio.Group label={label} description={description} value={answer.value ?? ''} onChange={(value) => onChange({ value })}>
            <Stack gap={6} mt="xs">
              {question.options.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} disabled={disabled} />
              ))}
            </Stack>
          </Radio.Group>
        );
      case QuestionType.MultiChoice:
        return (
          <Checkbox.Group label={label} description={description} value={answer.values ?? []} onChange={(values) => onChange({ values })}>
            <Stack gap={6} mt="xs">
              {question.options.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} disabled={disabled} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      case QuestionType.Number:
        return (
          <TextInput
            label={label}
            description={description}
            inputMode="decimal"
            disabled={disabled}
            value={answer.value ?? ''}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
          />
        );
      case QuestionType.Date:
        return (
          <TextInput
            label={label}
            description={description}
            type="date"
            disabled={disabled}
            value={answer.value ?? ''}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
          />
        );
      case QuestionType.File:
        return (
          <Stack gap={4}>
            <FileInput
              label={label}
              description={description ?? 'PDF, PNG, JPEG, XLSX, DOCX or text, up to 20 MB.'}
              placeholder="Choose a file"
              leftSection={<IconPaperclip size={16} />}
              disabled={disabled}
              value={null}
              onChange={(file) => file && onUpload(file)}
            />
            <Group gap="xs">
              {evidence.map((e) => (
                <Badge key={e.id} variant="light">
                  {e.fileName}
                </Badge>
              ))}
            </Group>
          </Stack>
        );
      default:
        return (
          <Textarea
            label={label}
            description={description}
            autosize
            minRows={2}
            maxLength={4000}
            disabled={disabled}
            value={answer.value ?? ''}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
          />
        );
    }
  }
}

import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, type Path } from 'react-hook-form';
import type { ControlCreate, FieldError } from '@/api-client';
import { ApiError } from '@/lib/api-client';
import { UnmatchedFieldErrors } from '@/components/errors/unmatched-field-errors';
import { applyServerFieldErrors } from '@/lib/form-errors';
import {
  controlFormFields,
  controlFormSchema,
  formValuesToControlCreate,
  type ControlFormInput,
  type ControlFormValues,
} from '../utils/control-schema';
import { domainOptions, frameworkOptions } from '../utils/labels';

type ControlFormProps = {
  defaultValues: ControlFormInput;
  onSubmit: (fields: ControlCreate) => void;
  onCancel: () => void;
  isSubmitting: boolean;
  /** The last failed save; its field errors are shown on the matching inputs. */
  error: unknown;
  banner?: ReactNode;
};

const ITEM_FIELDS: Record<string, string[]> = {
  mappings: ['framework', 'reference', 'note'],
  techniques: ['id', 'name'],
};

// "mappings.1.reference" lands on that row's input; anything else on a top-level field, if one matches.
export function resolveControlField(path: string): Path<ControlFormInput> | undefined {
  const [top, index, leaf] = path.split('.');
  if (!controlFormFields.includes(top as keyof ControlFormInput)) return undefined;
  if (index !== undefined && leaf !== undefined && /^\d+$/.test(index) && ITEM_FIELDS[top]?.includes(leaf)) {
    return path as Path<ControlFormInput>;
  }
  return top as Path<ControlFormInput>;
}

const weights = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

export function ControlForm({ defaultValues, onSubmit, onCancel, isSubmitting, error, banner }: ControlFormProps) {
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ControlFormInput, unknown, ControlFormValues>({
    resolver: zodResolver(controlFormSchema),
    defaultValues,
  });
  const mappings = useFieldArray({ control, name: 'mappings' });
  const techniques = useFieldArray({ control, name: 'techniques' });
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  useEffect(() => {
    // 409 on create means the code is taken: that belongs on the code input.
    if (error instanceof ApiError && error.status === 409) {
      setError('code', { type: 'server', message: error.problem.detail ?? 'This code is already in use' }, { shouldFocus: true });
      setUnmatched([]);
      return;
    }
    setUnmatched(applyServerFieldErrors(error, setError, resolveControlField));
  }, [error, setError]);

  return (
    <form onSubmit={handleSubmit((values) => onSubmit(formValuesToControlCreate(values)))} noValidate>
      <Stack gap="md">
        {banner}
        <UnmatchedFieldErrors errors={unmatched} />

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="control-form-basics">
          <Title order={2} fz="md" mb="sm" id="control-form-basics">
            Control
          </Title>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Code"
                description="Leave blank for the next free X-NNN"
                placeholder="X-PAM-01"
                maxLength={20}
                error={errors.code?.message}
                {...register('code')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label="Name" withAsterisk maxLength={200} error={errors.name?.message} {...register('name')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={control}
                name="domain"
                render={({ field, fieldState }) => (
                  <Select
                    label="Domain"
                    withAsterisk
                    placeholder="Choose…"
                    data={domainOptions}
                    searchable
                    value={field.value ?? null}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={control}
                name="baseWeight"
                render={({ field, fieldState }) => (
                  <Input.Wrapper
                    label="Base weight"
                    description="How much it counts in control effectiveness, 1 to 5"
                    error={fieldState.error?.message}
                    labelElement="div"
                    labelProps={{ id: 'control-base-weight-label' }}
                  >
                    <div role="radiogroup" aria-labelledby="control-base-weight-label">
                      <SegmentedControl
                        data={weights}
                        value={String(field.value)}
                        onChange={(value) => field.onChange(Number(value))}
                        name="baseWeight"
                        fullWidth
                        mt={4}
                      />
                    </div>
                  </Input.Wrapper>
                )}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Description"
                description="What a “yes” from the vendor means"
                withAsterisk
                autosize
                minRows={3}
                maxRows={8}
                maxLength={2000}
                error={errors.description?.message}
                {...register('description')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label="Mitigation note"
                description="What it mitigates, in words: attack steps, or effects without a technique"
                maxLength={500}
                error={errors.mitigationNote?.message}
                {...register('mitigationNote')}
              />
            </Grid.Col>
          </Grid>
        </Card>

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="control-form-mappings">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md" id="control-form-mappings">
              Framework mappings
            </Title>
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => mappings.append({ framework: null, reference: '', note: '' })}
            >
              Add mapping
            </Button>
          </Group>
          {errors.mappings?.message && (
            <Text c="red.8" size="sm" mb="xs">
              {errors.mappings.message}
            </Text>
          )}
          {mappings.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              No mapping yet.
            </Text>
          ) : (
            <Stack gap="sm">
              {mappings.fields.map((item, index) => (
                <Grid key={item.id} gutter="xs" align="flex-start">
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <Controller
                      control={control}
                      name={`mappings.${index}.framework`}
                      render={({ field, fieldState }) => (
                        <Select
                          label={`Framework, mapping ${index + 1}`}
                          placeholder="Choose…"
                          data={frameworkOptions}
                          value={field.value ?? null}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          ref={field.ref}
                          error={fieldState.error?.message}
                        />
                      )}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, sm: 3 }}>
                    <TextInput
                      label={`Reference, mapping ${index + 1}`}
                      placeholder="PR.AA-05"
                      maxLength={50}
                      error={errors.mappings?.[index]?.reference?.message}
                      {...register(`mappings.${index}.reference`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, sm: 4 }}>
                    <TextInput
                      label={`Note, mapping ${index + 1}`}
                      placeholder="partial"
                      maxLength={200}
                      error={errors.mappings?.[index]?.note?.message}
                      {...register(`mappings.${index}.note`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 1 }} pt={{ sm: 28 }}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={`Remove mapping ${index + 1}`}
                      onClick={() => mappings.remove(index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Grid.Col>
                </Grid>
              ))}
            </Stack>
          )}
        </Card>

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="control-form-techniques">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md" id="control-form-techniques">
              ATT&amp;CK techniques
            </Title>
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => techniques.append({ id: '', name: '' })}
            >
              Add technique
            </Button>
          </Group>
          {errors.techniques?.message && (
            <Text c="red.8" size="sm" mb="xs">
              {errors.techniques.message}
            </Text>
          )}
          {techniques.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              No technique yet.
            </Text>
          ) : (
            <Stack gap="sm">
              {techniques.fields.map((item, index) => (
                <Grid key={item.id} gutter="xs" align="flex-start">
                  <Grid.Col span={{ base: 12, sm: 3 }}>
                    <TextInput
                      label={`Technique id, row ${index + 1}`}
                      placeholder="T1078.004"
                      maxLength={9}
                      error={errors.techniques?.[index]?.id?.message}
                      {...register(`techniques.${index}.id`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 8 }}>
                    <TextInput
                      label={`Technique name, row ${index + 1}`}
                      placeholder="Valid Accounts: Cloud Accounts"
                      maxLength={200}
                      error={errors.techniques?.[index]?.name?.message}
                      {...register(`techniques.${index}.name`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 1 }} pt={{ sm: 28 }}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={`Remove technique ${index + 1}`}
                      onClick={() => techniques.remove(index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Grid.Col>
                </Grid>
              ))}
            </Stack>
          )}
        </Card>

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Add control
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useFormState, useWatch, type Control } from 'react-hook-form';
import type { DataCategory, FieldError } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { applyServerFieldErrors, isStaleVersion } from '@/lib/form-errors';
import type { DataHoldings } from '../api/get-data-holdings';
import { useReplaceDataHoldings } from '../api/replace-data-holdings';
import {
  emptyHolding,
  holdingsFormSchema,
  MAX_HOLDINGS,
  MAX_RECORD_COUNT,
  toDataHoldings,
  toFormValues,
  type HoldingsFormInput,
  type HoldingsFormValues,
} from '../utils/holdings-schema';
import { accessTypeOptions } from '../utils/labels';

type DataHoldingsEditorProps = {
  vendorId: number;
  holdings: DataHoldings;
  categories: DataCategory[];
  onDone: () => void;
  onSaved: () => void;
  onReload: () => Promise<DataHoldings | undefined>;
};

const HOLDING_FIELDS = ['dataCategory', 'recordCount', 'accessType', 'regions', 'vulnerableSubjects'];

/** Edits the whole list and saves it in one PUT, guarded by the ETag it was read with. */
export function DataHoldingsEditor({ vendorId, holdings, categories, onDone, onSaved, onReload }: DataHoldingsEditorProps) {
  const [etag, setEtag] = useState(holdings.etag);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<HoldingsFormInput, unknown, HoldingsFormValues>({
    resolver: zodResolver(holdingsFormSchema),
    defaultValues: toFormValues(holdings.items),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holdings' });
  const replace = useReplaceDataHoldings({
    mutationConfig: {
      onSuccess: () => {
        onSaved();
        onDone();
      },
      onError: (error) =>
        setUnmatched(
          applyServerFieldErrors(error, form.setError, (path) => {
            const [index, field] = path.split('.');
            return /^\d+$/.test(index) && HOLDING_FIELDS.includes(field)
              ? (`holdings.${Number(index)}.${field}` as `holdings.${number}.dataCategory`)
              : undefined;
          }),
        ),
    },
  });

  const reload = async () => {
    const latest = await onReload();
    if (latest) {
      setEtag(latest.etag);
      form.reset(toFormValues(latest.items));
      replace.reset();
    }
  };

  const submit = form.handleSubmit((values) => {
    setUnmatched([]);
    replace.mutate({ vendorId, items: toDataHoldings(values), etag });
  });

  const categoryOptions = categories.map((c) => ({ value: c.code, label: `${c.label} (weight ${c.sensitivityWeight})` }));

  return (
    <form onSubmit={submit} noValidate aria-label="Edit data held">
      <Stack gap="sm">
        {replace.isError &&
          (isStaleVersion(replace.error) ? (
            <Alert color="orange" variant="light" title="Someone else changed this data" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  The data holdings were changed by someone else after you started editing. Reload to see their version;
                  your unsaved rows here will be replaced.
                </Text>
                <Button size="compact-sm" color="orange" onClick={reload}>
                  Reload latest
                </Button>
              </Stack>
            </Alert>
          ) : (
            <ProblemAlert error={replace.error} title="Could not save the data holdings" />
          ))}
        {unmatched.length > 0 && (
          <Alert color="red" variant="light" title="Please fix these problems">
            {unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')}
          </Alert>
        )}
        {form.formState.errors.holdings?.root?.message && (
          <Text c="red.8" size="sm">
            {form.formState.errors.holdings.root.message}
          </Text>
        )}

        {fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No data recorded. Add a row for each category of personal data this vendor holds.
          </Text>
        )}
        {fields.map((field, index) => (
          <HoldingRow
            key={field.id}
            index={index}
            control={form.control}
            categoryOptions={categoryOptions}
            onRemove={() => remove(index)}
          />
        ))}

        <Group justify="space-between" gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => append({ ...emptyHolding }, { shouldFocus: true })}
            disabled={fields.length >= MAX_HOLDINGS}
          >
            Add data category
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={replace.isPending}>
              Save data holdings
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

type HoldingRowProps = {
  index: number;
  control: Control<HoldingsFormInput, unknown, HoldingsFormValues>;
  categoryOptions: { value: string; label: string }[];
  onRemove: () => void;
};

function HoldingRow({ index, control, categoryOptions, onRemove }: HoldingRowProps) {
  const rows = useWatch({ control, name: 'holdings' });
  // Categories used by other rows are greyed out: each may appear once.
  const taken = new Set(rows.filter((_, i) => i !== index).map((row) => row.dataCategory));
  const options = categoryOptions.map((o) => ({ ...o, disabled: taken.has(o.value as never) }));
  const rowLabel = `row ${index + 1}`;
  // A bad code is reported on the item ("regions.1"), which the Controller's fieldState does not carry.
  const { errors } = useFormState({ control, name: `holdings.${index}.regions` });
  const regionErrors = errors.holdings?.[index]?.regions;

  return (
    <Paper withBorder p="sm" radius="md" component="fieldset" style={{ margin: 0 }}>
      <VisuallyHidden component="legend">Data holding {index + 1}</VisuallyHidden>
      <Grid gutter="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Controller
            control={control}
            name={`holdings.${index}.dataCategory`}
            render={({ field, fieldState }) => (
              <Select
                label="Data category"
                placeholder="Choose…"
                data={options}
                searchable
                withAsterisk
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <Controller
            control={control}
            name={`holdings.${index}.recordCount`}
            render={({ field, fieldState }) => (
              <NumberInput
                label="Records"
                placeholder="e.g. 5700000"
                withAsterisk
                thousandSeparator=","
                allowNegative={false}
                allowDecimal={false}
                min={0}
                max={MAX_RECORD_COUNT}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Controller
            control={control}
            name={`holdings.${index}.accessType`}
            render={({ field, fieldState }) => (
              <Select
                label="Access"
                placeholder="Choose…"
                data={accessTypeOptions}
                withAsterisk
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <Controller
            control={control}
            name={`holdings.${index}.regions`}
            render={({ field, fieldState }) => (
              <TagsInput
                label="Regions"
                placeholder="e.g. AU, EU"
                value={field.value}
                onChange={(values) => field.onChange(normaliseRegions(values))}
                splitChars={[',', ' ']}
                maxTags={30}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message ?? firstItemError(regionErrors)}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 2 }}>
          <Group justify="space-between" wrap="nowrap" mt={{ lg: 28 }}>
            <Controller
              control={control}
              name={`holdings.${index}.vulnerableSubjects`}
              render={({ field }) => (
                <Checkbox
                  label="Vulnerable subjects"
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`Remove ${rowLabel}`} size="lg">
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

/** "au, nz" pasted as one tag becomes AU and NZ; duplicates are dropped. */
export function normaliseRegions(values: string[]): string[] {
  const codes = values.flatMap((value) => value.split(/[\s,;]+/)).map((code) => code.trim().toUpperCase());
  return [...new Set(codes.filter(Boolean))];
}

function firstItemError(error: unknown): string | undefined {
  if (error && typeof error === 'object') {
    for (const value of Object.values(error)) {
      if (value && typeof value === 'object' && 'message' in value && typeof value.message === 'string') {
        return value.message;
      }
    }
  }
  return undefined;
}

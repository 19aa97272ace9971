import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Grid, Group, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { FieldError, PlatformRef, VendorCreate } from '@/api-client';
import { UnmatchedFieldErrors } from '@/components/errors/unmatched-field-errors';
import { applyServerFieldErrors } from '@/lib/form-errors';
import { categoryOptions, statusOptions, tierOptions } from '../utils/labels';
import {
  formValuesToVendorFields,
  vendorFormFields,
  vendorFormSchema,
  type VendorFormInput,
  type VendorFormValues,
} from '../utils/vendor-schema';
import { takenNames } from '../utils/taken-names';
import { PlatformSelect } from './platform-select';

type VendorFormProps = {
  defaultValues: VendorFormInput;
  initialPlatforms?: PlatformRef[];
  vendorId?: number;
  submitLabel: string;
  onSubmit: (fields: VendorCreate) => void;
  onCancel: () => void;
  isSubmitting: boolean;
  /** The last failed save; its field errors are shown on the matching inputs. */
  error: unknown;
  /** A message above the form for errors that belong to no single field. */
  banner?: ReactNode;
};

// Server paths such as "services[3]" or "platformIds[0]" belong to the input of the list as a whole.
function resolveField(path: string): Path<VendorFormInput> | undefined {
  const top = path.split('.')[0] as keyof VendorFormInput;
  return vendorFormFields.includes(top) ? top : undefined;
}

export function VendorForm(props: VendorFormProps) {
  const { defaultValues, initialPlatforms = [], vendorId, submitLabel, onSubmit, onCancel, isSubmitting, error, banner } =
    props;
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<VendorFormInput, unknown, VendorFormValues>({
    resolver: zodResolver(vendorFormSchema),
    defaultValues,
  });
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  useEffect(() => {
    setUnmatched(applyServerFieldErrors(error, setError, resolveField));
    // A name or alias can belong to one vendor only: mark the input that holds the one another vendor goes by.
    const { name, aliases } = getValues();
    const taken = takenNames(error, [name, ...aliases]);
    const takenAliases = aliases.filter((alias) => taken.includes(alias.trim()));
    if (taken.includes(name.trim())) {
      setError('name', { type: 'server', message: 'Another vendor already goes by this name' }, { shouldFocus: true });
    }
    if (takenAliases.length > 0) {
      setError('aliases', {
        type: 'server',
        message: `Another vendor already goes by ${takenAliases.join(', ')}: remove ${takenAliases.length === 1 ? 'it' : 'them'} here or from that vendor`,
      });
    }
  }, [error, setError, getValues]);

  return (
    <form onSubmit={handleSubmit((values) => onSubmit(formValuesToVendorFields(values)))} noValidate>
      <Stack gap="md">
        {banner}
        <UnmatchedFieldErrors errors={unmatched} />

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="vendor-form-basics">
          <Title order={2} fz="md" mb="sm" id="vendor-form-basics">
            Vendor
          </Title>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Name" withAsterisk maxLength={200} error={errors.name?.message} {...register('name')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Website"
                withAsterisk
                type="url"
                inputMode="url"
                maxLength={500}
                error={errors.website?.message}
                {...register('website')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Controller
                control={control}
                name="category"
                render={({ field, fieldState }) => (
                  <Select
                    label="Category"
                    description="What kind of service it provides"
                    withAsterisk
                    placeholder="Choose…"
                    data={categoryOptions}
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
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Controller
                control={control}
                name="tier"
                render={({ field, fieldState }) => (
                  <Select
                    label="Tier"
                    description="Drives review cadence"
                    data={tierOptions}
                    allowDeselect={false}
                    {...field}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Controller
                control={control}
                name="status"
                render={({ field, fieldState }) => (
                  <Select
                    label="Status"
                    description="Where in its lifecycle"
                    data={statusOptions}
                    allowDeselect={false}
                    {...field}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Description"
                autosize
                minRows={3}
                maxRows={8}
                maxLength={2000}
                error={errors.description?.message}
                {...register('description')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={control}
                name="services"
                render={({ field, fieldState }) => (
                  <TagsInput
                    label="Services"
                    description="What this vendor provides to you. Press Enter after each."
                    maxTags={50}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message ?? firstItemMessage(errors.services)}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={control}
                name="aliases"
                render={({ field, fieldState }) => (
                  <TagsInput
                    label="Also known as"
                    description="Other names it goes by, such as a product or a former name. An incident naming one is linked to this vendor. Press Enter after each."
                    maxTags={20}
                    // Company names can hold commas ("Acme, Inc."), so only Enter ends a name.
                    splitChars={[]}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message ?? firstItemMessage(errors.aliases)}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
        </Card>

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="vendor-form-ownership">
          <Title order={2} fz="md" mb="sm" id="vendor-form-ownership">
            Ownership and review
          </Title>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Business owner"
                description="Who in your organisation is accountable"
                maxLength={200}
                error={errors.businessOwner?.message}
                {...register('businessOwner')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Security contact"
                description="The vendor’s security email"
                type="email"
                inputMode="email"
                maxLength={254}
                error={errors.securityContact?.message}
                {...register('securityContact')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Next review"
                type="date"
                error={errors.nextReviewDate?.message}
                {...register('nextReviewDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="External id"
                description="Its id in procurement or GRC"
                maxLength={100}
                error={errors.externalId?.message}
                {...register('externalId')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={control}
                name="platformIds"
                render={({ field, fieldState }) => (
                  <PlatformSelect
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    initial={initialPlatforms}
                    excludeId={vendorId}
                    error={fieldState.error?.message ?? firstItemMessage(errors.platformIds)}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
        </Card>

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// Zod puts an error in one list item ("services.3") on the item; the input shows the list.
function firstItemMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  for (const item of Object.values(error)) {
    if (item && typeof item === 'object' && 'message' in item && typeof item.message === 'string') return item.message;
  }
  return undefined;
}

import { z } from 'zod';
import { ControlDomain, Framework, type ControlCreate } from '@/api-client';
import { filled } from '@/utils/zod';

// The contract's patterns for CustomControlCode, FrameworkMapping.reference and TechniqueId.
const CUSTOM_CODE = /^X-[A-Z0-9]+(-[A-Z0-9]+)*$/;
const REFERENCE = /^[A-Za-z0-9&][A-Za-z0-9&.-]*$/;
const TECHNIQUE = /^T\d{4}(\.\d{3})?$/;

const max = (n: number) => `At most ${n} characters`;

const mappingSchema = z.object({
  framework: filled(z.enum(Framework), 'Choose a framework'),
  reference: z
    .string()
    .trim()
    .min(1, 'Enter the framework’s id for this control')
    .max(50, max(50))
    .regex(REFERENCE, 'Letters, digits, & . and - only, e.g. PR.AA-05'),
  note: z.string().trim().max(200, max(200)),
});

const techniqueSchema = z.object({
  id: z.string().trim().toUpperCase().regex(TECHNIQUE, 'An ATT&CK id such as T1078 or T1078.004'),
  name: z.string().trim().min(1, 'Enter the technique’s name').max(200, max(200)),
});

// Mirrors ControlCreate in the contract. Optional text is '' in the form, omitted on the wire.
export const controlFormSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .max(20, max(20))
    .refine((value) => value === '' || CUSTOM_CODE.test(value), 'Starts with X- then letters, digits and dashes, e.g. X-PAM-01'),
  name: z.string().trim().min(1, 'Enter the control’s name').max(200, max(200)),
  description: z.string().trim().min(1, 'Say what a “yes” from the vendor means').max(2000, max(2000)),
  domain: filled(z.enum(ControlDomain), 'Choose a domain'),
  baseWeight: z.number({ error: 'Choose a weight' }).int().min(1).max(5),
  mitigationNote: z.string().trim().max(500, max(500)),
  mappings: z.array(mappingSchema).max(50, 'At most 50 mappings'),
  techniques: z
    .array(techniqueSchema)
    .max(50, 'At most 50 techniques')
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'Each technique once'),
});

export type ControlFormInput = z.input<typeof controlFormSchema>;
export type ControlFormValues = z.output<typeof controlFormSchema>;

export const controlFormFields = Object.keys(controlFormSchema.shape) as (keyof ControlFormInput)[];

export const newControlDefaults: ControlFormInput = {
  code: '',
  name: '',
  description: '',
  domain: null,
  baseWeight: 3,
  mitigationNote: '',
  mappings: [],
  techniques: [],
};

const blankToUndefined = (value: string) => (value === '' ? undefined : value);

export function formValuesToControlCreate(values: ControlFormValues): ControlCreate {
  return {
    code: blankToUndefined(values.code),
    name: values.name,
    description: values.description,
    domain: values.domain,
    baseWeight: values.baseWeight,
    mitigationNote: blankToUndefined(values.mitigationNote),
    mappings: values.mappings.map((mapping) => ({ ...mapping, note: blankToUndefined(mapping.note) })),
    techniques: values.techniques,
  };
}

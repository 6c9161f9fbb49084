export type FieldKind = 'text' | 'textarea' | 'email' | 'tel' | 'date' | 'time' | 'datetime' | 'select' | 'checkbox' | 'money' | 'fte' | 'integer';

export interface Option {
  value: string;
  label: string;
}

/** One form control, described as data; EntityForm renders it with label, hint and error in KERN markup. */
export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  /** Choices of a select. An optional select gets an empty first choice. */
  options?: readonly Option[];
  maxLength?: number;
  /** Takes the whole row of a two-column form (long texts). */
  wide?: boolean;
  /** Value of a new record. */
  defaultValue?: string | boolean;
}

export type FormValues = Record<string, string | boolean>;

export interface FieldIssue {
  field: string;
  message: string;
}

/** Field descriptors checked against a method's input: a misspelt field name fails type-checking. */
export type FieldsOf<Input> = readonly FieldSpec<Extract<keyof Input, string>>[];

import { useId, type FormEvent, type ReactNode } from 'react';
import type { FieldSpec, FormValues } from './fieldSpec';
import { FormField } from './FormField';

interface EntityFormProps {
  fields: readonly FieldSpec[];
  values: FormValues;
  errors: Map<string, string[]>;
  onChange(name: string, value: string | boolean): void;
  onSubmit(): void;
  /** Rendered above the fields (the error summary). */
  before?: ReactNode;
  /** Rendered after the fields (the buttons), inside the form so Enter submits. */
  after: ReactNode;
  bodyClassName?: string;
}

/** A form built from field descriptors; the five master-data forms and the office settings are all one of these. */
export function EntityForm({ fields, values, errors, onChange, onSubmit, before, after, bodyClassName = '' }: EntityFormProps) {
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const anyRequired = fields.some((f) => f.required);
  return (
    <form noValidate onSubmit={submit} className="entity-form">
      <div className={bodyClassName}>
        {before}
        {anyRequired ? <p className="kern-body kern-body--small required-note">Pflichtfelder sind mit * gekennzeichnet.</p> : null}
        <div className="form-grid">
          {fields.map((field, index) => (
            <FormField
              key={field.name}
              field={field}
              id={`${formId}-${field.name}`}
              value={values[field.name] ?? ''}
              errors={errors.get(field.name) ?? []}
              onChange={(value) => onChange(field.name, value)}
              autoFocus={index === 0}
            />
          ))}
        </div>
      </div>
      {after}
    </form>
  );
}

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ApiFailure } from '../../api/ApiFailure';
import type { FieldIssue, FieldSpec, FormValues } from './fieldSpec';
import { fromFormValues, issuesByField, toFormValues } from './formValues';

export interface EntityFormState {
  values: FormValues;
  errors: Map<string, string[]>;
  summary: string[];
  failure: ApiFailure | undefined;
  busy: boolean;
  setValue(name: string, value: string | boolean): void;
  submit(): Promise<boolean>;
  /** Attach to the element around the form, so focus can go to the first invalid field. */
  containerRef: React.RefObject<HTMLElement | null>;
}

/**
 * Form state with the save rules of KIM Desk: the input stays as typed when a save fails (nothing is half
 * saved), each message appears at its field, and focus goes to the first invalid field.
 */
export function useEntityForm(
  fields: readonly FieldSpec[],
  record: Record<string, unknown> | undefined,
  save: (input: Record<string, unknown>) => Promise<unknown>,
): EntityFormState {
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields, record));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const containerRef = useRef<HTMLElement | null>(null);

  const errors = issuesByField(fields, issues, failure?.message);
  const summary = issues.length > 0 ? issues.map((i) => i.message) : failure ? [failure.message] : [];

  useLayoutEffect(() => {
    if (attempt === 0) return;
    containerRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const setValue = useCallback((name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  const busyRef = useRef(false);
  const submit = async (): Promise<boolean> => {
    // The buttons stay enabled while saving (a disabled button would drop keyboard focus); repeated presses wait here.
    if (busyRef.current) return false;
    const { input, issues: local } = fromFormValues(fields, values);
    if (local.length > 0) {
      setFailure(undefined);
      setIssues(local);
      setAttempt((n) => n + 1);
      return false;
    }
    busyRef.current = true;
    setBusy(true);
    try {
      await save(input);
      setIssues([]);
      setFailure(undefined);
      return true;
    } catch (error) {
      const f = ApiFailure.from(error);
      setFailure(f);
      setIssues(f.issues);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  return { values, errors, summary, failure, busy, setValue, submit, containerRef };
}

interface Step {
  key: string;
  label: string;
}

interface StatusStepperProps {
  label: string;
  steps: readonly Step[];
  /** The step reached; steps before it are done. */
  current: string;
}

/**
 * A horizontal progress line (geplant → eingeladen → …). The state of each step is spelled out for screen readers
 * and shown by a tick or number, so it never depends on colour alone.
 */
export function StatusStepper({ label, steps, current }: StatusStepperProps) {
  const reached = steps.findIndex((s) => s.key === current);
  return (
    <ol className="stepper" aria-label={label}>
      {steps.map((step, index) => {
        const state = index < reached ? 'done' : index === reached ? 'current' : 'todo';
        return (
          <li key={step.key} className={`stepper__step stepper__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="stepper__marker" aria-hidden="true">
              {state === 'done' || (state === 'current' && index === steps.length - 1)
                ? <span className="kern-icon kern-icon--check kern-icon--small" /> : index + 1}
            </span>
            <span className="stepper__label">{step.label}</span>
            <span className="visually-hidden">
              {state === 'done' ? ' (erledigt)' : state === 'current' ? ' (aktueller Stand)' : ' (steht noch aus)'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

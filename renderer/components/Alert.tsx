import type { ReactNode } from 'react';

type Variant = 'info' | 'success' | 'warning' | 'danger';

const ICON_LABEL: Record<Variant, string> = { info: 'Hinweis', success: 'Erfolg', warning: 'Warnung', danger: 'Fehler' };

interface AlertProps {
  variant: Variant;
  title: string;
  children?: ReactNode;
  /** 'alert' interrupts (errors after an action); 'status' waits politely (confirmations). Omit for static notes. */
  role?: 'alert' | 'status';
  id?: string;
}

/** KERN alert: icon, title and an optional body. */
export function Alert({ variant, title, children, role, id }: AlertProps) {
  return (
    <div className={`kern-alert kern-alert--${variant}`} role={role} id={id}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} role="img" aria-label={ICON_LABEL[variant]} />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}

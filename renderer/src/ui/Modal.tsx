/** A modal dialog on the native <dialog> element (focus trap, Escape to close, top layer). */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the bottom. */
  actions?: ReactNode;
  /** Called when the form inside the dialog is submitted (Enter in a field). */
  onSubmit?: () => void;
  className?: string;
}

export function Modal({ open, title, onClose, children, actions, onSubmit, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <form
          method="dialog"
          className="modal__form"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit?.();
          }}
        >
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
          <div className="modal__body">{children}</div>
          {actions ? <div className="modal__actions">{actions}</div> : null}
        </form>
      ) : null}
    </dialog>
  );
}

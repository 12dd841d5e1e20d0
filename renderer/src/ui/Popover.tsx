/**
 * A button that opens a small panel in the top layer (HTML popover: light dismiss, Escape),
 * placed under the button so it is never clipped by the scrolling table.
 */
import { useId, useRef, type ReactNode } from 'react';

interface Props {
  /**
   * What the button does, in words. The button's accessible name is this followed by what it
   * shows ("Filter Country: All"), so it both says what it does and contains the visible words
   * (speech input users say what they see; axe's label-content-name-mismatch).
   */
  label: string;
  /** The button shows `label` itself (e.g. "History"): its name is just what it shows. */
  showsLabel?: boolean;
  /** What the button shows. */
  button: ReactNode;
  buttonClassName?: string;
  active?: boolean;
  /** Panel width in px (used to keep it on screen). */
  width?: number;
  children: ReactNode;
  disabled?: boolean;
}

export function Popover({ label, showsLabel, button, buttonClassName, active, width = 260, children, disabled }: Props) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  function place() {
    const anchor = buttonRef.current;
    const panel = panelRef.current;
    if (!anchor || !panel) return;
    const rect = anchor.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    panel.style.left = `${left}px`;
    panel.style.top = `${rect.bottom + 4}px`;
    panel.style.width = `${width}px`;
    panel.style.maxHeight = `${Math.max(160, window.innerHeight - rect.bottom - 16)}px`;
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`${buttonClassName ?? 'popover-button'}${active ? ' is-active' : ''}`}
        popoverTarget={id}
        title={label}
        disabled={disabled}
        onClick={place}
      >
        {showsLabel ? null : <span className="visually-hidden">{`${label}: `}</span>}
        {button}
      </button>
      <div
        ref={panelRef}
        id={id}
        popover="auto"
        className="popover"
        role="dialog"
        aria-label={label}
        onToggle={(event) => {
          if (event.newState === 'open') {
            place();
            panelRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
          }
        }}
      >
        {children}
      </div>
    </>
  );
}

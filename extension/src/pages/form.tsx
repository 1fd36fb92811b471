/**
 * The pieces the extension's forms are built of.
 *
 * The one-line text field the extension's pages ask for codes, addresses, ports and URLs with: what
 * is typed is data (no spell check), and the field hands on its text as typed. The element id is
 * also the field's test id unless one is given.
 */
export interface TextInputProps {
  id: string;
  testid?: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  /** 'off' where the browser's remembered entries would only get in the way (codes, printer addresses). */
  autocomplete?: 'off';
  inputMode?: 'numeric';
}

export function TextInput({ id, testid = id, value, onInput, ...rest }: TextInputProps) {
  return (
    <input
      id={id}
      data-testid={testid}
      type="text"
      spellcheck={false}
      {...rest}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}

/** The field with its label before it. */
export function TextField({ label, ...input }: TextInputProps & { label: string }) {
  return (
    <>
      <label for={input.id}>{label}</label>
      <TextInput {...input} />
    </>
  );
}

/** What became of the last thing the page was asked to do, in the tone of the outcome. */
export type Note = { tone: 'ok' | 'bad'; text: string } | null;

export function NoteLine({ note, testid }: { note: Note; testid: string }) {
  return (
    note && (
      <p data-testid={testid} class={note.tone}>
        {note.text}
      </p>
    )
  );
}

/** A form's submit button. */
export function Submit({ testid, label, disabled }: { testid: string; label: string; disabled?: boolean }) {
  return (
    <button type="submit" data-testid={testid} disabled={disabled}>
      {label}
    </button>
  );
}

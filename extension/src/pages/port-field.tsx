import { PortSchema } from '@wcoa/shared/protocol';

/**
 * The agent's port, as the options page asks for it twice (looking for the agent, pairing with
 * it): one field, one reading. Empty means the port the extension already knows.
 */
export function PortField({
  id,
  testid,
  label,
  stored,
  value,
  onInput,
}: {
  id: string;
  testid: string;
  label: string;
  /** The port the extension knows, shown as the placeholder and used when the field is empty. */
  stored: number;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={testid}
        type="text"
        inputMode="numeric"
        placeholder={String(stored)}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </>
  );
}

/** The port the field stands for (the stored one when empty), or null when it is not 1 to 65535. */
export function portOf(text: string, stored: number): number | null {
  const typed = text.trim() || String(stored);
  if (!/^\d{1,5}$/.test(typed)) return null;
  const parsed = PortSchema.safeParse(Number(typed));
  return parsed.success ? parsed.data : null;
}

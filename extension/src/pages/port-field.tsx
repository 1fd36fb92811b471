import { PortSchema } from '@wcoa/shared/protocol';
import { TextField, type TextInputProps } from './form.tsx';

/**
 * The agent's port, as the options page asks for it twice (looking for the agent, pairing with
 * it): one field, one reading. Empty means the port the extension already knows.
 */
export function PortField({
  stored,
  ...field
}: Omit<TextInputProps, 'placeholder' | 'inputMode'> & {
  label: string;
  /** The port the extension knows, shown as the placeholder and used when the field is empty. */
  stored: number;
}) {
  return <TextField {...field} inputMode="numeric" placeholder={String(stored)} />;
}

/** The port the field stands for (the stored one when empty), or null when it is not 1 to 65535. */
export function portOf(text: string, stored: number): number | null {
  const typed = text.trim() || String(stored);
  if (!/^\d{1,5}$/.test(typed)) return null;
  const parsed = PortSchema.safeParse(Number(typed));
  return parsed.success ? parsed.data : null;
}

import * as z from 'zod';
import { CAUSE_IDS } from '../diagnosis/cause-ids.ts';
import { PageFieldsSchema } from '../protocol/page-model.ts';
import { emptyMemory } from './memory.ts';
import { VARIANT_IDS } from './variants.ts';

// The memory's schema, apart from the guide's logic (memory.ts): whoever reads the memory back from
// storage (the extension's service worker) parses it; the overlay in the page needs no schema library.

/**
 * What the guide remembers of one printer between page views: plain JSON, kept per printer by
 * the extension. It holds no secret: never the device code itself, only when one was shown.
 */
const settingsSnapshot = PageFieldsSchema.pick({
  authMethod: true,
  emailService: true,
  currentStatus: true,
  account: true,
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshot>;

const variantMemory = z.object({
  /** The variant page's settings as they were when the page last loaded: what the printer holds. */
  loaded: settingsSnapshot.optional(),
  /** When that load was first seen, and its load id. */
  loadedAt: z.number().optional(),
  loadedFrom: z.string().optional(),
  /**
   * The last load may not show what the printer holds, until the next load: it was joined late
   * (the page had been open a while, its first model may hold the admin's edits), or it came
   * straight out of a device-code sign-in (Web Config reloading itself when the sign-in finished
   * shows the pending sign-in, which OK still has to send).
   */
  loadUnknown: z.boolean().optional(),
  /** The last time a load showed the variant configured (to tell an expired sign-in from a new one). */
  configuredAt: z.number().optional(),
  /** When a device code was last seen, while the sign-in it started has not finished. */
  signInShownAt: z.number().optional(),
  /** A Signed in status seen as an edit of the page, not (yet) as the printer's stored state. */
  unsavedSignIn: z.object({ at: z.number(), load: z.string().optional() }).optional(),
  /**
   * A sign-in the printer reported as failed or refused (its error line read as causes), kept for
   * the load it was seen on and the next one: Web Config drops the line when the page reloads.
   */
  signInFailure: z
    .object({
      causes: z.array(z.enum(CAUSE_IDS)).max(8),
      at: z.number(),
      load: z.string().optional(),
      nextLoad: z.string().optional(),
    })
    .optional(),
  /** The confirm page was shown (settings sent, its OK pending) and no load has shown them saved since. */
  confirmShownAt: z.number().optional(),
});
export type VariantMemory = z.infer<typeof variantMemory>;

const guideMemory = z.object({
  v: z.literal(1),
  /** The variant of the last variant page seen: the guide other pages continue. */
  variant: z.enum(VARIANT_IDS).optional(),
  /** The document the last model came from (see Observation.load). */
  lastLoad: z.string().optional(),
  progress: z.partialRecord(z.enum(VARIANT_IDS), variantMemory),
});
export type GuideMemory = z.infer<typeof guideMemory>;

/** Memory read back from storage; anything unreadable (older shape, tampering) starts afresh. */
export function parseMemory(value: unknown): GuideMemory {
  const parsed = guideMemory.safeParse(value);
  return parsed.success ? parsed.data : emptyMemory();
}

import type { Lang } from './languages.ts';

/** A message is a string (with `{name}` placeholders) or a list of steps. */
export type Leaf = string | readonly string[];
export interface Tree {
  readonly [key: string]: Leaf | Tree;
}

/** The shape every other language must match: same keys, string leaves. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Shape<T[K]>;
};

export type Localised<T extends Tree> = { en: T } & { [L in Exclude<Lang, 'en'>]: Shape<T> };

/** One domain of the message table: English is the reference, every other language is type-checked against it. */
export function defineMessages<const T extends Tree>(
  messages: { en: T } & { [L in Exclude<Lang, 'en'>]: Shape<T> },
): Localised<T> {
  return messages;
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

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

/**
 * One domain of the message table, in English: the reference every other language's table
 * (shared/src/i18n/locales/<lang>/<domain>.ts, typed `Shape<(typeof domain)['en']>`) must match.
 */
export function defineMessages<const T extends Tree>(messages: { en: T }): { en: T } {
  return messages;
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

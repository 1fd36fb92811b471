/** options.html#tenant?mailbox=<printer's account>: where the overlay's checklist sends the admin. */
export function tenantLink(optionsUrl: string, mailbox?: string): string {
  return `${optionsUrl}#tenant${mailbox ? `?mailbox=${encodeURIComponent(mailbox)}` : ''}`;
}

export function mailboxFromHash(hash: string): string {
  const m = /^#tenant\?(.*)$/.exec(hash);
  return m ? (new URLSearchParams(m[1]).get('mailbox') ?? '') : '';
}

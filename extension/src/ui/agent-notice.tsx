import type { PageMessages } from '@wcoa/shared/i18n';

/** What to do when the agent is down or this browser is not paired: the exact command to run. */
export function AgentNotice({ t, problem }: { t: PageMessages['ui']; problem: 'agent-down' | 'not-paired' }) {
  if (problem === 'agent-down') {
    return (
      <div class="notice" data-testid="agent-down">
        <p>{t.agent.down}</p>
        <p>{t.agent.downFix}</p>
        <code>{t.agent.startCommand}</code>
        <p class="muted">{t.agent.startCommandAlt}</p>
      </div>
    );
  }
  return (
    <div class="notice" data-testid="not-paired">
      <p>{t.agent.notPaired}</p>
      <p>{t.agent.notPairedFix}</p>
      <code>{t.agent.pairCommand}</code>
    </div>
  );
}

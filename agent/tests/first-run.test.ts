import { startAgentProcess } from '@wcoa/test/agent-process';
import { describe, expect, it } from 'vitest';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/**
 * `wcoa start` for a person: after the contract line, what to do next in the terminal's language,
 * with a pairing code that pairs; for a script (no terminal), the contract line alone.
 */
describe('first run', () => {
  it('prints the next steps after the listening line, and its pairing code pairs', async () => {
    const agent = await startAgentProcess({
      env: { WCOA_GUIDE: '1', WCOA_LOG_STDOUT: '0', WCOA_CLIENT_ID: '', LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    try {
      await expect.poll(() => agent.stdout(), { timeout: 10_000 }).toContain('wcoa doctor');
      const lines = agent.stdout().trimEnd().split('\n');
      expect(lines[0]).toBe(`listening on http://127.0.0.1:${agent.port}`);
      expect(lines).toContain('Next steps:');
      // From the repository: where the unpacked build is (or how to build it).
      expect(agent.stdout()).toMatch(/extension[/\\]\.output[/\\]chrome-mv3/);
      expect(agent.stdout()).toContain('App registration: not set up. Run "wcoa setup"');
      const code = /pairing code (\S+) /.exec(agent.stdout())?.[1];
      expect(code).toBeTruthy();
      const paired = await agent.ext(EXT, null, 'POST', '/v1/pair', { code, name: 'Chrome' });
      expect(paired.status, paired.text).toBe(200);
    } finally {
      await agent.stop();
    }
  });

  it('in Portuguese for a Portuguese terminal; nothing but the contract line without a terminal', async () => {
    const pt = await startAgentProcess({
      env: {
        WCOA_GUIDE: '1',
        WCOA_LOG_STDOUT: '0',
        WCOA_CLIENT_ID: 'c0ffee00-1111-4222-8333-444455556666',
        LC_ALL: 'pt_PT.UTF-8',
      },
    });
    try {
      await expect.poll(() => pt.stdout(), { timeout: 10_000 }).toContain('wcoa doctor');
      expect(pt.stdout()).toContain('Próximos passos:');
      expect(pt.stdout()).toContain(
        'Registo de aplicação: configurado (id de cliente c0ffee00-1111-4222-8333-444455556666).',
      );
    } finally {
      await pt.stop();
    }
    const quiet = await startAgentProcess({ env: { WCOA_GUIDE: '', WCOA_LOG_STDOUT: '0' } });
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(quiet.stdout().trimEnd()).toBe(`listening on http://127.0.0.1:${quiet.port}`);
    } finally {
      await quiet.stop();
    }
  });
});

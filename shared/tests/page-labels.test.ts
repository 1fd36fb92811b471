import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../src/i18n/index.ts';
import { pageTextOf, pageWording, quotePageLabels } from '../src/webconfig/index.ts';

describe('the guide quotes the label the page shows', () => {
  it('replaces a known label by the synonym this page words it with, in its language', () => {
    const page = 'Red > Servidor de correo electrónico > Básica  Validación de certificados : Activar';
    expect(quotePageLabels('Después, **Validación de certificado** = Activar.', page, 'es')).toBe(
      'Después, **Validación de certificados** = Activar.',
    );
    // Brazilian printers: the pt-PT table's label becomes the page's own.
    expect(
      quotePageLabels('Confirme que o **Estado actual** mostra…', 'Status atual : Conectado', 'pt-BR'),
    ).toBe('Confirme que o **Status atual** mostra…');
  });

  it('keeps the label when the page shows it already, shows none of its synonyms, or the lexicon does not know it', () => {
    expect(quotePageLabels('**Método de autenticación**', 'Método de autenticación : OAuth2', 'es')).toBe(
      '**Método de autenticación**',
    );
    expect(quotePageLabels('**Estado actual**', 'nothing here', 'es')).toBe('**Estado actual**');
    expect(quotePageLabels('**Consentimiento en nombre de su organización**', 'whatever', 'es')).toBe(
      '**Consentimiento en nombre de su organización**',
    );
    expect(pageWording('Aceptar', 'Aceptar', 'es')).toBeUndefined();
  });

  it('reads a wording that belongs to two labels as either, by what the page shows', () => {
    // pt-PT "Iniciar sessão" is both the login and the Sign In button: on a Brazilian login page it
    // is the login's own wording.
    expect(pageWording('Iniciar sessão', 'Login do administrador\nUsuário :', 'pt-BR')).toBe(
      'Login do administrador',
    );
    expect(pageWording('Iniciar sessão', 'Conta : scan@contoso.com\nEntrar com a Microsoft', 'pt-BR')).toBe(
      'Entrar com a Microsoft',
    );
  });

  it('falls back to the English label a localised page kept', () => {
    expect(
      quotePageLabels(
        'Réglez **Méthode d’authentification** sur OAuth2.',
        'Authentication Method : OAuth2',
        'fr',
      ),
    ).toBe('Réglez **Authentication Method** sur OAuth2.');
  });

  it('every step of the Spanish and French guide still reads the same on a page that shows its labels', () => {
    for (const lang of ['es', 'fr'] as const) {
      for (const step of Object.values(messagesFor(lang).guide.steps)) {
        for (const line of step.action) {
          const labels = [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]).join(' | ');
          expect(quotePageLabels(line, labels, lang)).toBe(line);
        }
      }
    }
  });

  it('reads the page node by node: a single word counts only where it stands alone', () => {
    const { document } = new JSDOM(
      '<body><dl><dt>Compte authentifié&nbsp;:</dt><dd>scan@contoso.com</dd><dt>État actuel&nbsp;:</dt><dd>Connecté<button>Se déconnecter</button></dd></dl><script>var Authentifié = 1;</script></body>',
    ).window;
    const page = pageTextOf(document.body);
    // textContent would glue "Connecté" to the button: "ConnectéSe déconnecter".
    expect(page.split('\n')).toContain('Connecté');
    expect(page).not.toContain('var');
    expect(quotePageLabels('**Signed in**', page, 'fr')).toBe('**Connecté**');
    // "Authentifié" (a synonym) is only part of another label here.
    expect(quotePageLabels('**Signed in**', 'Compte authentifié :\nscan@contoso.com', 'fr')).toBe(
      '**Signed in**',
    );
  });

  it('runs in linear time on a hostile page', () => {
    const page = 'a '.repeat(100_000);
    const started = performance.now();
    quotePageLabels('**Estado actual** '.repeat(50), page, 'es');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

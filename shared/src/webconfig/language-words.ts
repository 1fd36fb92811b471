/**
 * The words language.ts reads a page's language by, as written (accents and all). Folded at build
 * with the lexicon (`npm run lexicon:fold` writes lexicon-folded.json and lexicon-words.ts), so detect
 * never folds them at page load and never loads this module.
 */

/** Endonyms as Web Config's language selector prints them (folded at build, so spelling variants meet). */
export const ENDONYM_LIST: Array<[string, string]> = [
  ['English', 'en'],
  ['Français', 'fr'],
  ['Deutsch', 'de'],
  ['Italiano', 'it'],
  ['Español', 'es'],
  ['Português', 'pt'],
  ['Português (Brasil)', 'pt-BR'],
  ['Português do Brasil', 'pt-BR'],
  ['Português Brasileiro', 'pt-BR'],
  ['Português (Portugal)', 'pt-PT'],
  ['Português Europeu', 'pt-PT'],
  ['Nederlands', 'nl'],
  ['Русский', 'ru'],
  // Written Norwegian on devices is Bokmål.
  ['Norsk', 'nb'],
  ['Norsk bokmål', 'nb'],
  ['Svenska', 'sv'],
  ['Suomi', 'fi'],
  ['Polski', 'pl'],
  ['Čeština', 'cs'],
  ['Česky', 'cs'],
  ['Magyar', 'hu'],
  ['Dansk', 'da'],
  ['Türkçe', 'tr'],
  ['Ελληνικά', 'el'],
  ['Slovensky', 'sk'],
  ['Slovenčina', 'sk'],
  ['Română', 'ro'],
  ['Україна', 'uk'],
  ['Українська', 'uk'],
  ['繁體中文', 'zh-Hant'],
  ['中文(繁體)', 'zh-Hant'],
  ['简体中文', 'zh-Hans'],
  ['中文(简体)', 'zh-Hans'],
  ['한국어', 'ko'],
  ['日本語', 'ja'],
  ['Bahasa Indonesia', 'id'],
  ['ไทย', 'th'],
  ['Tiếng Việt', 'vi'],
];
/**
 * Words that mark a language in admin-page prose and labels. Short function words and the
 * nouns printers use everywhere (page, paper, address, network, server, settings, status). Each
 * language's words as written, separated by spaces.
 */
export const MARKERS: Record<string, string> = {
  en: 'the of and to number total pages address settings setting printer network server status printing information enable disable name from color sign method connection refresh available authentication other user password login administrator current history management',
  pt: 'de do da dos das numero paginas endereco definicoes configuracoes impressora rede servidor estado metodo autenticacao remetente ligacao conexao sessao nao atualizar porta seguranca historico utilizador usuario palavra passe senha atual inicio administrador gestao gerenciamento dispositivos produto meu para',
  es: 'de del la el los las numero paginas direccion configuracion ajustes impresora red servidor estado metodo autenticacion remitente conexion sesion actualizar puerto correo historial prueba usuario contrasena actual inicio administrador administracion dispositivos producto mi aceptar',
  fr: "de du des le la les et nombre pages adresse parametres reglages imprimante reseau serveur etat methode authentification expediteur connexion actualiser securisee messagerie historique base pour mon compte connecte activer desactiver statut actuel utilisateur mot passe l'administrateur gestion peripherique produit",
  de: 'der die das und von des anzahl seiten adresse einstellungen einstellung drucker netzwerk server status aktualisieren verbindung absenders nicht angemeldet sichere konto gesamtanzahl papier aktivieren benutzername kennwort aktuelles administratoranmeldung anmelden fur meine gerateverwaltung',
  it: 'di del della il la numero pagine indirizzo impostazioni stampante rete server stato metodo autenticazione mittente connessione aggiorna protetta accesso eseguito porta cronologia servizio nome utente password attuale amministratore gestione dispositivo per mia prodotto',
  nl: 'de het van en een aantal totaal paginas adres instellingen printer netwerk server status vernieuwen verbinding afzender niet aangemeld beveiligde poort verbruik zijdig kleur zwart wit gebruikersnaam wachtwoord huidig aanmelden beheerder apparaatbeheer voor mijn taakgeschiedenis',
  pl: 'na do liczba stron adres ustawienia drukarki drukarka sieci serwer status stan metoda uwierzytelniania nadawcy polaczenie polaczenia odswiez nie zalogowano bezpieczne urzadzenia podsieci haslo nazwa uzytkownika biezace logowanie administratora zarzadzanie urzadzeniem dla mojego historia zadan',
  // The languages below: words of admin pages in general (not Epson-verified; see lexicon.ts).
  ru: 'и в на с для не по адрес настройки параметры принтер принтера сеть сети сервер состояние метод проверки подлинности отправителя подключение соединение порт пароль имя пользователя учетная запись журнал заданий электронной почты текущее вход выполнен администратора обновить включить отключить безопасное номер',
  tr: 've bir için ile adresi ayarlar ayarları yazıcı ağ sunucu sunucusu durum durumu kimlik doğrulama yöntemi gönderen gönderenin bağlantı bağlantısı güvenli hesap parola şifre kullanıcı adı geçerli mevcut oturum açıldı yönetici posta iş geçmişi etkinleştir devre dışı yenile numarası',
  cs: 'a v na pro se je adresa nastavení tiskárna tiskárny síť sítě server stav metoda ověřování odesílatele připojení zabezpečené port účet heslo uživatelské jméno aktuální přihlášeno nepřihlášeno správce historie úloh povolit zakázat obnovit číslo',
  sv: 'och att för av på med adress inställningar skrivare skrivaren nätverk server status metod autentisering avsändarens anslutning säker port konto lösenord användarnamn aktuell inloggad inte administratör jobbhistorik aktivera inaktivera uppdatera nummer',
  // Danish spellings where Norwegian differs (fejl/feil, fuldført/fullført, scan/skann).
  da: 'og af til for med på ikke adresse indstillinger printer printeren netværk server status metode godkendelse afsenderens forbindelse sikker port konto adgangskode brugernavn aktuel logget ind administrator jobhistorik aktiver aktivér deaktiver opdater nummer fejl fuldført klokkeslæt scan ud enhedsnavn',
  nb: 'og av til for med på ikke adresse innstillinger skriver skriveren nettverk server status metode godkjenning avsenderens tilkobling sikker port konto passord brukernavn gjeldende pålogget logget inn administrator jobblogg aktiver deaktiver oppdater nummer feil fullført klokkeslett skann logg enhetsnavn',
  fi: 'ja tai on ei osoite asetukset tulostin tulostimen verkko verkon palvelin tila todennus todennustapa lähettäjän yhteys suojattu portti tili salasana käyttäjänimi nykyinen kirjautunut sisään järjestelmänvalvoja työhistoria ota käyttöön poista päivitä numero',
  // Web Config's other shipped languages told by words (Greek and Ukrainian by their script, language.ts).
  hu: 'a az és nem van cím címe beállítások nyomtató nyomtatót hálózat hálózati kiszolgáló szerver állapot állapota hitelesítés hitelesítési módszer feladó kapcsolat biztonságos fiók jelszó felhasználónév aktuális bejelentkezve frissítés oldalak összes papír tinta eszköz engedélyezve letiltva',
  sk: 'a v na pre sa je nie adresa nastavenia tlačiareň tlačiarne sieť siete stav metóda overenia odosielateľa pripojenie pripojenia zabezpečené účet heslo používateľské meno aktuálny prihlásené obnoviť stránok celkový počet zariadenia povolené zakázané',
  ro: 'de la în cu pentru nu din adresa adresă setări imprimantă imprimanta rețea rețelei stare metodă autentificare expeditor expeditorului conexiune conexiunii securizată cont parolă utilizator curentă actualizare pagini număr hârtie dispozitiv activat dezactivat',
};

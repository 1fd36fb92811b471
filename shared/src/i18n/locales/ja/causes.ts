import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'SMTP AUTH がオフになっています',
      explanation:
        'Exchange Online が、このメールボックスまたは組織全体で認証済み SMTP を拒否しています。2020 年 1 月以降に作成されたテナントでは既定でオフになっており、メールボックスの設定は組織の設定より優先されます。',
      remedy: [
        'Microsoft 365 管理センター > ユーザー > アクティブなユーザー > プリンターのアカウント > メール > メール アプリの管理：「認証済み SMTP」をオンにして保存します。',
        'または、そのメールボックスについて Exchange Online PowerShell で：Set-CASMailbox -Identity <アカウント> -SmtpClientAuthenticationDisabled $false',
        '組織のスイッチもオフの場合：Set-TransportConfig -SmtpClientAuthenticationDisabled $false（Exchange 管理センター > 設定 > メール フロー：「組織の SMTP AUTH プロトコルをオフにする」のチェックを外します）。',
        'セキュリティの既定値も SMTP AUTH をブロックします。オフになっていることを確認してください（Microsoft Entra 管理センター > 概要 > プロパティ > セキュリティの既定値の管理）。',
        '変更の反映には最大 1 時間かかることがあります。その後、もう一度テストメールを送信してください。',
      ],
    },
    'security-defaults-on': {
      title: 'セキュリティの既定値が SMTP AUTH をブロックしています',
      explanation:
        'セキュリティの既定値がオンの間は、メールボックスの設定にかかわらず、Microsoft Entra ID がプリンターの使うレガシ方式の SMTP サインインをブロックします。',
      remedy: [
        'Microsoft Entra 管理センター > ID > 概要 > プロパティ > セキュリティの既定値の管理：「無効」に設定します（グローバル管理者が行えます）。',
        '代わりに条件付きアクセス ポリシーで組織を保護し、プリンターに必要なものだけを除外します。',
        'そのうえで、プリンターのメールボックスの SMTP AUTH を有効にします（Set-CASMailbox -Identity <アカウント> -SmtpClientAuthenticationDisabled $false）。',
      ],
    },
    'conditional-access-blocked': {
      title: '条件付きアクセス ポリシーがサインインをブロックしました',
      explanation:
        'Microsoft Entra ID が条件付きアクセス ポリシー（場所、デバイス、クライアント アプリ、リスク）を評価し、サインインを拒否しました。',
      remedy: [
        'Microsoft Entra 管理センター > ID > 監視と正常性 > サインイン ログ：失敗したサインインを開き、「条件付きアクセス」タブでどのポリシーが適用されたかを確認します。',
        'そのポリシーを調整するか、プリンターのアカウントを除外します（できればプリンター専用の範囲の狭いポリシーで）。',
        'Web Config からもう一度サインインします（ネットワーク > メールサーバー > 基本 > サインイン）。',
      ],
    },
    'ca-blocks-device-code': {
      title: '条件付きアクセスがデバイス コード フローをブロックしています',
      explanation:
        'プリンターはデバイス コードでサインインします。「認証フロー」条件（デバイス コード フロー）を持つ条件付きアクセス ポリシーが、この種類のサインインをブロックしています。',
      remedy: [
        'サインイン ログ：失敗したサインインを開き、「条件付きアクセス」タブで「デバイス コード フロー」をブロックしているポリシーを探します。',
        'プリンターのサインインを行う間、プリンター管理者のアカウントをそのポリシーから除外するか、プリンターのサインインが許可されるようにポリシーの範囲を絞ります。',
        'Web Config からもう一度サインインし（ネットワーク > メールサーバー > 基本 > サインイン）、その後、組織の要件どおりにポリシーを元に戻します。',
      ],
    },
    'mfa-required': {
      title: '多要素認証が必要です',
      explanation:
        'トークンが発行される前に、アカウントが多要素認証を完了する（または登録する）必要があります。',
      remedy: [
        'サインインをやり直し、コード入力用に開くブラウザー ウィンドウで多要素認証の要求を完了します。',
        'アカウントに 2 つ目の要素がまだ登録されていない場合は、先に https://aka.ms/mfasetup で登録します。',
        'ここから要求をどうしても満たせない場合は、Entra のサインイン ログでどのポリシーが要求しているかを確認します。',
      ],
    },
    'consent-missing': {
      title: 'この組織ではアプリに同意が与えられていません',
      explanation:
        'このテナントで、アプリのアクセス許可（ユーザーとしてメールを送信）にだれも同意していないか、アカウントがアプリに割り当てられていません。',
      remedy: [
        '管理者アカウントでもう一度サインインし、アクセス許可の画面で「組織の代理として同意する」をオンにして「承諾」をクリックします。',
        'または Microsoft Entra 管理センター > エンタープライズ アプリケーション > 対象のアプリ > アクセス許可 > 管理者の同意を与えます。',
        'アプリで割り当てが必要な場合：エンタープライズ アプリケーション > 対象のアプリ > ユーザーとグループ：プリンターのアカウントを追加します。',
      ],
    },
    'admin-role-missing': {
      title: 'アカウントに同意に必要な管理者ロールがありません',
      explanation:
        '組織の代理として同意するには、グローバル管理者（Epson のガイド）または少なくともクラウド アプリケーション管理者が必要です。',
      remedy: [
        'グローバル管理者またはクラウド アプリケーション管理者のロールを持つアカウントでサインインします。',
        'または、そのような管理者に、先にアプリへ管理者の同意を与えてもらいます（エンタープライズ アプリケーション > 対象のアプリ > アクセス許可）。',
      ],
    },
    'sign-in-expired': {
      title: 'サインインの有効期限が切れています',
      explanation:
        'アクセス トークンと更新トークンが無効になっています。プリンターが長期間使われなかった（更新トークンは約 90 日間使われないと失効します）、パスワードが変更またはリセットされた、あるいは管理者やサインイン頻度のポリシーがセッションを取り消した、のいずれかです。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：「サインイン」をクリックし、もう一度サインインを完了します。',
        '「OK」をクリックして、新しいサインインをプリンターに保存します。',
        '何度も期限切れになる場合は、そのアカウントについて条件付きアクセスのサインイン頻度ポリシーとパスワードのリセットを確認してください。',
      ],
    },
    'sign-in-required': {
      title: 'プリンターがメールサービスにサインインしていません',
      explanation: 'OAuth2 が選択されていますが、プリンターにサインインがないため、メールを送信できません。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：認証方式 = OAuth2、メールサービス = Microsoft Exchange Online（または Outlook.com）。',
        '「サインイン」をクリックし、続いて「Microsoft でサインイン」をクリックします。表示された URL を開き、コードを入力します。',
        '管理者アカウントでサインインし、承諾します（「組織の代理として同意する」をオンにします）。',
        'Web Config に戻り、「現在の状態」が「サインイン済み」になっていることを確認してから「OK」をクリックします。',
      ],
    },
    'signed-in-not-saved': {
      title: 'サインインがプリンターに保存されていません',
      explanation:
        'Web Config には「サインイン済み」と表示されていますが、設定がプリンターに送信されていないため、プリンター自体にはサインインがありません。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：「現在の状態」が「サインイン済み」なら、ページ下部の「OK」をクリックします。',
        '確認のためテストメールを送信します（メールサーバー > 接続テスト）。',
      ],
    },
    'sender-mismatch': {
      title: '送信元アドレスがサインインしたアカウントと異なります',
      explanation:
        'Exchange Online では、別のアドレスに対する「送信者」アクセス許可がない限り、アカウントは自分のアドレスでしか送信できません。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：「送信元アドレス」を「認証用アカウント」と同じにします。',
        'または、そのアカウントに別のメールボックスの「送信者」アクセス許可を付与します（Exchange 管理センター > 受信者 > メールボックス > 対象のメールボックス > 委任 > 送信者）。',
      ],
    },
    'send-throttled': {
      title: '送信が一時的に制限されています',
      explanation:
        '別のアドレスとしての送信が繰り返し拒否された後や、送信制限を超えた後などに、Exchange Online がこのアカウントの送信を遅らせるか停止しました。',
      remedy: [
        'まず原因を解消します（多くの場合は送信元アドレス：サインインしたアカウントと同じにします）。',
        '少し待ってから再試行します。制限は自動的に解除され、多くは 1 時間以内、長いと 24 時間かかります。',
      ],
    },
    'token-rejected': {
      title: 'Exchange Online がサインイン トークンを拒否しました',
      explanation:
        'SMTP サーバーが XOAUTH2 トークンを拒否しました。対象（audience）やスコープが違う、トークンと異なるユーザーを指定している、あるいは SMTP AUTH がオフかポリシーが適用されているため拒否された、などが考えられます。',
      remedy: [
        'メールボックスの SMTP AUTH がオンであることを確認します（Microsoft 365 管理センター > ユーザー > アクティブなユーザー > 対象のアカウント > メール > メール アプリの管理 > 認証済み SMTP）。',
        'Web Config に表示されているアカウントがサインインしたアカウントであること、メールボックスにライセンスがあることを確認します。',
        'Web Config からもう一度サインインし（ネットワーク > メールサーバー > 基本 > サインイン）、「OK」をクリックします。',
        '独自のツールの場合：スコープ https://outlook.office.com/SMTP.Send を要求してください。トークンの aud は https://outlook.office.com である必要があります。',
      ],
    },
    'token-audience': {
      title: 'トークンが別のサービス向けに発行されています',
      explanation:
        'SMTP には Exchange Online（https://outlook.office.com）向けのトークンが必要です。Microsoft Graph など別のリソース向けのトークンは 535 5.7.3 で拒否されます。',
      remedy: [
        'スコープ https://outlook.office.com/SMTP.Send（と offline_access）を要求し、同じ要求に Graph のスコープを含めないでください。',
        'アプリに Office 365 Exchange Online の委任されたアクセス許可 SMTP.Send を追加し、管理者の同意を与えます。',
      ],
    },
    'not-authenticated': {
      title: 'デバイスが認証を行っていません',
      explanation:
        'サーバーは認証なしでメールを受け取りました。デバイスが AUTH コマンドを送信しなかったか、STARTTLS の前に試みました。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：認証方式 = OAuth2 にしてサインインします。',
        '暗号化通信 = STARTTLS、SMTPサーバーポート番号 = 587。',
        '「OK」をクリックし、テストメールを送信します。',
      ],
    },
    'tls-too-old': {
      title: 'デバイスが TLS 1.0 または 1.1 を使用しています',
      explanation: 'Exchange Online は TLS 1.2 以降でのみ SMTP AUTH を受け付けます。',
      remedy: [
        'プリンターのファームウェアを TLS 1.2 対応のバージョンに更新します。',
        'それまでの間、Set-TransportConfig -AllowLegacyTLSClients $true を実行すると、Microsoft はそのようなデバイス向けに smtp-legacy.office365.com を提供しています。',
      ],
    },
    'basic-auth-rejected': {
      title: 'パスワード（基本）認証が拒否されました',
      explanation:
        'The server refused a user name and password for SMTP submission (550 5.7.30, or 535 5.7.139 "basic authentication is disabled"): Outlook.com personal accounts accept OAuth 2.0 only, and Exchange Online refuses passwords where an admin turned them off, by default for existing tenants from the end of December 2026 (new tenants never have them), and for everyone after the final removal (date announced in the second half of 2027).',
      remedy: [
        'Web Config > Network > Email Server > Basic: set Authentication Method to OAuth2 and sign in.',
        'If OAuth2 is not offered, update the printer’s firmware.',
        'Until then, an Exchange Online admin can turn SMTP AUTH back on for the mailbox (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); this works only until the final removal.',
        'No OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients, password sign-in kept until September 2028), a connector relay, or Direct Send.',
      ],
    },
    'ip-blocked': {
      title: 'Microsoft がこの IP アドレスからの通信を受け付けません',
      explanation:
        '送信元 IP アドレスの評価が原因で Exchange Online が接続を拒否しました。新しいテナントや試用版のテナントによく見られます。',
      remedy: [
        'Microsoft 365 でサポート リクエストを作成し（管理センター > サポート）、応答全文を伝えます。',
        'それまでの間は別のネットワークから送信するか、テナントのプロビジョニングが完了するまで待ちます。',
      ],
    },
    'mailbox-unlicensed': {
      title: '送信元のメールボックスにライセンスがありません',
      explanation: 'Exchange Online では、ライセンスのあるメールボックスだけが SMTP AUTH で送信できます。',
      remedy: [
        'Microsoft 365 管理センター > ユーザー > アクティブなユーザー > 対象のアカウント > ライセンスとアプリ：Exchange Online を含むライセンスを割り当てます。',
        'メールボックスのプロビジョニングが終わるのを待ち、もう一度テストメールを送信します。',
      ],
    },
    'wrong-server': {
      title: 'SMTP サーバーのアドレスが Microsoft のものではありません',
      explanation:
        'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：SMTPサーバーアドレス = smtp.office365.com（Outlook.com：smtp-mail.outlook.com）。',
        '「OK」をクリックします。',
      ],
    },
    'wrong-port': {
      title: 'SMTP のポートが 587 ではありません',
      explanation:
        'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：SMTPサーバーポート番号 = 587。',
        '「OK」をクリックします。',
      ],
    },
    'wrong-secure-connection': {
      title: '暗号化通信が STARTTLS ではありません',
      explanation:
        'ポート 587 の Exchange Online は平文で始まり、STARTTLS で TLS に切り替えます。最初から SSL/TLS を使う設定や、暗号化なしでは失敗します。',
      remedy: [
        'Web Config > ネットワーク > メールサーバー > 基本：暗号化通信 = STARTTLS。',
        '「OK」をクリックします。',
      ],
    },
    'service-unreachable': {
      title: 'メールサービスに接続できません',
      explanation:
        'メールサービスまたはクラウド サービスへの接続に失敗しました。名前解決、ルーティング、ファイアウォール、プロキシのいずれかが接続を妨げたか、サービスが応答しませんでした。',
      remedy: [
        'プリンターのネットワーク設定（IP アドレス、ゲートウェイ、DNS サーバー）を確認します（Web Config のネットワーク状態、またはステータスシート）。',
        'ネットワークで、プリンターから smtp.office365.com の TCP ポート 587 と login.microsoftonline.com の 443 に到達できることを確認します。',
        'Web Config でメールサーバー > 接続テストを実行し、もう一度試します。',
      ],
    },
    'certificate-invalid': {
      title: 'サーバー証明書を検証できませんでした',
      explanation:
        'TLS 証明書が検証に通りませんでした。ルート証明書がないか古い、証明書の期限が切れている、名前が一致しない、あるいは途中で何かが接続を傍受しています。',
      remedy: [
        'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
        'Check the printer’s date and time are correct.',
        'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
        'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
        'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
      ],
    },
    'certificate-validation-disabled': {
      title: '証明書の検証がオフになっています',
      explanation:
        'プリンターはメールサーバーの証明書を確認せずに接続するため、本物のサーバーとなりすましを区別できません。',
      remedy: [
        'まずルート証明書を更新します（Web Config > ネットワークセキュリティー > ルート証明書の更新）。',
        '次に Web Config > ネットワーク > メールサーバー > 基本：証明書の検証 = 有効 にして、「OK」をクリックします。',
      ],
    },
    'app-not-found': {
      title: 'テナントにアプリが見つかりません',
      explanation:
        'サインイン先のテナントがクライアント ID を認識していないか、そのテナントでアプリが無効になっています。クライアント ID の誤り、テナントの誤り、またはその種類のアカウントに対応していないアプリが考えられます。',
      remedy: [
        'クライアント ID を Microsoft Entra 管理センター > アプリの登録 > 対象のアプリ > 概要（アプリケーション (クライアント) ID）と照合します。',
        'サインインに使ったテナント（ディレクトリ）ID またはドメインを確認します。',
        'Outlook.com のアカウントには、サポートされているアカウントの種類に個人用 Microsoft アカウントを含むアプリが必要です。',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'サインインに誤ったテナント エンドポイントが使われました',
      explanation:
        'サインイン URL のテナントがアプリまたはアカウントと合っていません。シングルテナント アプリを /common で使った、テナント名の入力ミス、または別のディレクトリのアカウントが考えられます。',
      remedy: [
        'テナント固有のエンドポイントを使います：https://login.microsoftonline.com/<テナント ID またはドメイン>/。',
        'テナント名または ID に入力ミスがないこと、アカウントがそのテナントに属していることを確認します。',
      ],
    },
    'public-client-disabled': {
      title: 'アプリでパブリック クライアント フローがオフになっています',
      explanation:
        'デバイス コード フローには、アプリの登録でパブリック クライアント フローが許可されている必要があります。許可されていないと、Entra ID はデバイスが持っていないクライアント シークレットを要求します。',
      remedy: [
        'Microsoft Entra 管理センター > アプリの登録 > 対象のアプリ > 認証 > 詳細設定：「パブリック クライアント フローを許可する」を「はい」にして保存します。',
      ],
    },
    'client-secret-sent': {
      title: 'パブリック クライアントがクライアント シークレットを送信しました',
      explanation:
        'アプリはパブリック クライアントとして登録されていますが、要求にクライアント シークレットまたはアサーションが含まれていたため、Entra ID が拒否しました。',
      remedy: [
        'サインインを行うツールの構成からクライアント シークレットを削除します。',
        'デバイス コードでのサインインのため、「パブリック クライアント フローを許可する」はオンのままにします。',
      ],
    },
    'device-code-expired': {
      title: 'サインイン コードの有効期限が切れました',
      explanation: 'サインイン用に表示されたコードの有効期間は約 15 分で、その時間が過ぎました。',
      remedy: ['サインインをやり直し、新しいコードをすぐに入力します。'],
    },
    'device-code-declined': {
      title: 'サインインが拒否されました',
      explanation: 'サインインしていた人がキャンセルしたか、アプリが要求したアクセス許可を拒否しました。',
      remedy: [
        'サインインをやり直し、アクセス許可の画面で「承諾」をクリックします。',
        '意図的にアクセス許可を拒否している場合は、管理者に管理者の同意を与えるよう依頼します。',
      ],
    },
    'transient-server-error': {
      title: '一時的なサーバー エラー',
      explanation: 'サーバーが一時的な問題を報告しました。この応答から見る限り、設定に問題はありません。',
      remedy: [
        '数分後にもう一度試してください。',
        '続く場合は、Microsoft 365 のサービス正常性のページを確認してください。',
      ],
    },
    'additional-network-unsupported': {
      title: 'OAuth 2.0 は標準ネットワークでのみ動作します',
      explanation:
        '拡張ネットワークを備えたモデルでは、OAuth 2.0 によるメールは標準ネットワークでのみ動作します（Epson のガイド）。',
      remedy: [
        'メールが標準ネットワークから送信されるようにプリンターを接続します。',
        'その後、Web Config からもう一度サインインします（ネットワーク > メールサーバー > 基本）。',
      ],
    },
    'oauth-not-supported': {
      title: 'このプリンターは OAuth 2.0 に対応していません',
      explanation:
        '認証方式の一覧に OAuth2 がないため、このままではプリンターは Exchange Online にサインインできません。',
      remedy: [
        'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
        'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
        'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
      ],
    },
    'credentials-invalid': {
      title: 'アカウントまたはパスワードが拒否されました',
      explanation:
        'Entra ID がアカウント名またはパスワードを受け付けませんでした。入力ミス、このディレクトリに存在しないアカウント、期限切れのパスワード、または無効化やロックされたアカウントが考えられます。',
      remedy: [
        'アカウント名（完全なアドレス）を確認し、パスワードを入力し直します。',
        'Microsoft 365 管理センター > ユーザー > アクティブなユーザー で、アカウントが存在しサインインをブロックされていないことを確認し、必要ならパスワードをリセットします。',
      ],
    },
    'scope-invalid': {
      title: 'The sign-in asked for a scope or resource that is wrong',
      explanation:
        'Entra ID refused the requested scope (AADSTS70011, 28000) or could not find the resource it names (AADSTS500011). SMTP needs exactly https://outlook.office.com/SMTP.Send: Graph’s host in front of SMTP.Send (https://graph.microsoft.com/SMTP.Send), a bare resource URI beside it, or scopes of two resources in one request are refused.',
      remedy: [
        'Request the scopes "https://outlook.office.com/SMTP.Send offline_access" and nothing else in the same request (no Graph scopes, no bare https://outlook.office.com).',
        'App registration > API permissions: add Office 365 Exchange Online (or Microsoft Graph) > Delegated > SMTP.Send, then Grant admin consent.',
        'If the error says the resource principal was not found, the tenant has no Exchange Online service principal: check the tenant has Exchange Online licenses.',
      ],
    },
    'request-malformed': {
      title: 'The sign-in request is missing a required parameter',
      explanation:
        'Entra ID refused the request itself (AADSTS900144): a required field such as client_id, scope, grant_type or device_code was empty or missing. This is a fault of the tool that built the request, not of the account.',
      remedy: [
        'Check the app’s client id and tenant in the tool’s settings (wcoa: config.json, clientId and tenant) are filled in.',
        'If a printer or tool of its own built the request, update its firmware or software; quote the full error to its maker.',
      ],
    },
    'redirect-uri-missing': {
      title: 'The app registration has no reply address',
      explanation:
        'The app registration has no redirect URI for this sign-in (AADSTS500113), so Entra ID has nowhere to send the answer.',
      remedy: [
        'Microsoft Entra admin center > App registrations > the app > Authentication > Add a platform: add the redirect URI the tool uses (for a desktop or device sign-in, "Mobile and desktop applications" with https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Save, then sign in again.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'The reply address is registered on the wrong platform',
      explanation:
        'The redirect URI exists but under a platform that does not fit the flow (AADSTS9002325 and similar): for example registered as a Single-page application while the tool redeems the code as a desktop or web app, or the reverse.',
      remedy: [
        'App registrations > the app > Authentication: remove the redirect URI from the platform it is on and add it under the platform that matches the tool (desktop and device sign-ins: "Mobile and desktop applications").',
        'For the device code flow also set "Allow public client flows" to Yes, then sign in again.',
      ],
    },
    'client-secret-invalid': {
      title: 'The app’s client secret is wrong or expired',
      explanation:
        'Entra ID refused the client secret (AADSTS7000215): it was mistyped, the secret’s ID was given instead of its value, or it expired.',
      remedy: [
        'App registrations > the app > Certificates & secrets: create a new client secret and copy its Value (not the Secret ID) into the tool.',
        'A device sign-in (device code flow) needs no secret at all: use a public client and send none.',
      ],
    },
    'token-user-mismatch': {
      title: 'The token belongs to another account than the one sending',
      explanation:
        'SMTP XOAUTH2 sends a user name and a token; Exchange Online refuses them (535 5.7.3) when the token was issued to a different account, for example when the global administrator signed in while the printer sends as its own mailbox.',
      remedy: [
        'Sign in with the mailbox the printer sends as (the account in Web Config > Network > Email Server > Basic), not with the administrator’s account.',
        'Or grant the signed-in account Send As on that mailbox (Exchange admin center > Recipients > Mailboxes > the mailbox > Delegation) and make the sender match the signed-in account.',
      ],
    },
    'basic-auth-retiring': {
      title: 'Password sign-in to Exchange Online is being switched off',
      explanation:
        'This printer sends through Exchange Online or Outlook.com with a password (SMTP-AUTH). Microsoft switches password SMTP AUTH off by default for existing tenants at the end of December 2026 (an admin can turn it back on for now; new tenants do not have it) and will announce the final removal date in the second half of 2027; after that the printer gets "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Move to OAuth 2.0: Web Config > Network > Email Server > Basic: Authentication Method = OAuth2, then Sign In (update the firmware first if OAuth2 is not offered).',
        'Without OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer by its static public IP address or a certificate.',
        'Or Direct Send to your domain’s MX host on port 25 (internal recipients only); it stops working if an admin turns on "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) without a connector that covers the printer.',
      ],
    },
    'direct-send-rejected': {
      title: 'The tenant rejects Direct Send',
      explanation:
        'The printer sends without signing in to your domain’s MX host (Direct Send), and the tenant’s "Reject Direct Send" setting (generally available since September 2025) refuses such mail.',
      remedy: [
        'Best: switch the printer to OAuth 2.0 on smtp.office365.com port 587 (Web Config > Network > Email Server > Basic).',
        'Or create an inbound partner connector that identifies the printer by its static public IP address or a certificate, so its mail is no longer unauthenticated Direct Send.',
        'Or, if your organisation accepts it, turn the setting off: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'The server only speaks TLS 1.1 or older',
      explanation:
        'The SMTP server offered no TLS version from 1.2 up; TLS 1.0 and 1.1 are retired (RFC 8996) and neither the agent nor Exchange Online accepts them. The server, not the device, is out of date.',
      remedy: [
        'Check the SMTP Server Address: Exchange Online is smtp.office365.com; another server or relay in between must offer TLS 1.2 or later.',
        'Ask whoever runs that server to enable TLS 1.2 (or 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'The agent does not trust the certificate’s issuer',
      explanation:
        'The certificate chain does not lead to a certificate authority the agent trusts: a private CA, or a proxy or firewall that inspects TLS and issues its own certificates.',
      remedy: [
        'If the CA is yours (a company CA, a TLS-inspecting proxy), set "tls": { "caFile": "/path/to/ca.pem" } in the agent’s config.json (or WCOA_CA_FILE) and restart the agent.',
        'Otherwise check that nothing between this computer and the server replaces the certificate.',
      ],
    },
    'smtp-line-too-long': {
      title: 'The server refused a command line as too long',
      explanation:
        'The SMTP server answered a command with a line-length error (such as 500 5.5.2 Line too long). Access tokens are long; a server that limits lines must accept the XOAUTH2 response on its own line after a 334.',
      remedy: [
        'Check the SMTP Server Address points at the mail service you meant.',
        'Ask whoever runs the server to allow AUTH lines of at least 12288 octets (RFC 4954) or the two-step AUTH form.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Connected, but the server sent no SMTP greeting',
      explanation:
        'The TCP connection opened but no 220 greeting came within the time allowed: the port may expect TLS from the start (465), or a firewall or a busy server holds the connection.',
      remedy: [
        'Use port 587 with STARTTLS for Exchange Online.',
        'Check that no firewall or proxy intercepts the SMTP port, then try again.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'No connection to the cloud service or email service.',
        solution: 'Connect to the cloud service or email service.',
      },
      '361': {
        state: 'The connection to the cloud service or email service has expired.',
        solution: 'Connect to the cloud service or email service again.',
      },
      '370': {
        state: 'You need to sign in to the cloud service again.',
        solution: 'Sign in to the cloud service.',
      },
    },
    documented: 'Error code {code}: {state} Epson’s solution: {solution}',
    likely: 'Likely causes: {causes}',
    undocumented:
      'エラーコード {code}：Epson の OAuth 2.0 ガイドにはこのコードの説明がありません。プリンターのマニュアルで確認してください（ユーザーズガイドに、ジョブ状態メニューに表示されるコードの一覧があります）。',
  },
  explain: {
    noCause: '既知の原因は見つかりませんでした。',
    source: '出典：{source}',
    sourceChecked: 'Source: {source} (checked {date})',
    matched: '該当箇所：{evidence}',
    emptyInput: '説明する内容がありません。テキストを指定するか、- で標準入力から読み込みます。',
    badLang: '不明な言語「{lang}」です。次のいずれかを使ってください：{langs}。',
    description:
      'エラー テキスト（SMTP 応答、サインイン エラー、Epson のコードやメッセージ）を説明します：考えられる原因と対処方法',
    textArgument: '説明するエラー テキスト。- で標準入力から 1 つ読み込みます',
    jsonOption: 'テキストごとに JSON を 1 行出力します',
    langOption: 'タイトルと対処方法の言語：{langs}',
  },
};
export default messages;

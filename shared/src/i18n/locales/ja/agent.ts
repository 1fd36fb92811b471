import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host': 'このエージェントは、自身のポートの 127.0.0.1、localhost、[::1] でのみ応答します。',
    'unsupported-media-type': '要求本文は JSON で送信してください（Content-Type: application/json）。',
    'payload-too-large': '要求本文が 64 KiB を超えています。',
    'invalid-json': '要求本文が有効な JSON ではありません。',
    'forbidden-origin':
      'このオリジンはエージェントとペアリングされていません。「wcoa pair」を実行し、拡張機能のオプションにコードを入力してください。',
    unauthorized:
      'トークンがないか、正しくありません。拡張機能をもう一度ペアリングする（「wcoa pair」）か、エージェントと同じ --home で CLI を実行してください。',
    'rate-limited': '要求が多すぎます。{seconds} 秒後にもう一度お試しください。',
    'invalid-request': '要求が正しくありません：{details}',
    'not-found': 'ここには何もありません：{path}',
    'pairing-code-invalid':
      'このペアリング コードは間違っているか、使用済みか、期限切れです。「wcoa pair」を実行して新しいコードを取得してください。',
    'account-unknown':
      'エージェントにアカウント {account} がありません。先にサインインしてください：wcoa signin --email {account}',
    'account-not-signed-in':
      'アカウント {account} はサインインしていません（{state}）。もう一度サインインしてください：wcoa signin --email {account}',
    'recipient-not-allowed':
      'テストメールはアカウント自身に送信されます。{to} は、エージェントのホームにある {config} の testMail.allowedRecipients にありません。',
    'signin-not-configured':
      'サインインには Entra アプリのクライアント ID が必要です。{config} の「clientId」または WCOA_CLIENT_ID を設定してください（README：「Register the Entra app」）。',
    'signin-failed': 'サインインを開始できませんでした：{reason}',
    'smtp-host-not-allowed':
      'エージェントはアクセス トークンを Microsoft の SMTP サーバー（{allowed}）にだけ送信し、{host} には送信しません。{host} が正しい場合は、{config} の testMail.allowedSmtpHosts に追加してください。',
    'printer-unknown':
      'エージェントはプリンター「{id}」を確認していません。GET /v1/printers（または `wcoa printers`）で一覧を表示できます。',
    'sheet-unavailable': '{reason}',
    internal:
      'エージェントで予期しないエラーが発生しました。詳細はエージェントのホームにあるログ {logs} を確認してください（場所は wcoa status で表示されます）。',
    'agent-down': 'wcoa エージェントが実行されていません。次のコマンドで起動してください：npx wcoa start',
    'not-paired':
      '拡張機能がエージェントとペアリングされていません。「npx wcoa pair」を実行し、オプションにコードを入力してください。',
    'printer-not-enabled': 'このプリンターでは拡張機能が有効になっていません。',
    'extension-reloaded':
      'このページを開いている間に拡張機能が更新または再読み込みされたため、ページから拡張機能に接続できなくなりました。アシスタントを再び使うには、ページを再読み込みしてください。',
  },
  validation: {
    lineBreak: '{field} は改行を含まない 1 行にしてください。',
    email: '{field} は有効なメールアドレスではありません。',
    required: '{field} は必須です。',
    date: '{field} は 2000 年から今日までの日付ではありません（タイム ゾーン付きの ISO 8601 形式）。',
    other: '{field}：{problem}',
  },
  config: {
    invalid: '構成が正しくありません（{where}）：{problems}',
    keyMismatch:
      '{backend} が保持するストア キーでは {home} のストアを開けません。キーを復元するか、ストアを移動して最初からやり直してください。',
  },
  cli: {
    home: 'エージェントのホーム（既定：WCOA_HOME またはプラットフォームのデータ フォルダー）',
    port: 'エージェントのポート（既定：WCOA_PORT または {port}）',
    startDescription: 'ループバック（127.0.0.1 と [::1]）でエージェントを実行します',
    statusDescription: '実行中のもの、キーのバックエンド、アカウント、ペアリング済みクライアントを表示します',
    pairDescription: '拡張機能用の 1 回限りのペアリング コードを表示します（5 分間、1 回のみ使用可）',
    clientsDescription: 'ペアリング済みの拡張機能を一覧表示します',
    revokeDescription: 'ペアリング済みの拡張機能を ID で取り消します',
    signinDescription: 'デバイス コード フローでアカウントをサインインさせます（SMTP.Send）',
    testMailDescription: 'XOAUTH2 でテストメールを送信し、各段階を表示します',
    probeDescription: 'SMTP エンドポイントを確認します：DNS、接続、STARTTLS、TLS、AUTH メカニズム',
    badPort: '「{value}」はポートではありません。0～65535 の数値を指定してください。',
    badSmtp: '「{value}」は HOST または HOST:PORT の形式ではありません。',
    alreadyRunning:
      'ポート {port} ですでにエージェントが待ち受けています（pid {pid}）。先に停止するか、別の --port を使ってください。',
    portInUse:
      'ポート {port} は使用中です。--port で別のポートを選んでください（0 なら空いているポートを選びます）。',
    notRunning: '{home} のエージェントは実行されていません。次のコマンドで起動してください：npx wcoa start',
    unreachable:
      '{url} のエージェントに接続できません（{reason}）。「wcoa start」は同じ --port と --home で実行されていますか？',
    agentError: 'エージェントの応答：{message}',
    running: 'エージェント {version}、pid {pid}、{listening} で待ち受け中',
    homeLine: 'ホーム：{home}',
    backendLine: 'ストア キーの保持先：{backend}',
    signinLine: 'サインイン：クライアント ID {clientId}、機関 {authority}',
    notConfigured: '未設定',
    configured: '設定済み',
    noAccounts: 'アカウントはありません。',
    accountLine: '  {email}（{tenant}）：{state}',
    accountCause: '    原因：{cause}',
    accountReason: '    理由：{reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        '保存されたサインインがストアの整合性チェックに失敗したため（変更されたか、別のキーで封印されています）、退避しました。もう一度サインインしてください：wcoa signin --email {account}',
    },
    clientsCount: 'ペアリング済みの拡張機能：{count}',
    noClients: 'ペアリング済みの拡張機能はありません。',
    clientLine: '{id}  {name}  {origin}  ペアリング {created}  最終使用 {used}',
    never: 'なし',
    revoked: '{id} を取り消しました。',
    noSuchClient: 'ID {id} のペアリング済み拡張機能はありません。「wcoa clients」で一覧を表示できます。',
    signinPrompt:
      'サインインするには、{url} を開いてコード {code} を入力してください。コードは {expires} に期限切れになります。',
    signinWaiting: 'サインインの完了を待っています…',
    signedIn: 'サインインしました：{email}',
    signinFailed: 'サインインに失敗しました（{state}）。',
    causeLine: '  {id}：{title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'テストメールが受け付けられました：{reply}',
    testMailFailed: 'テストメールが {stage} の段階で失敗しました：{reply}',
    probeOk: 'エンドポイント {host}:{port} は STARTTLS を受け付け、XOAUTH2 を提供しています。',
    probeFailed: '{host}:{port}：確認は {stage} で止まりました。',
    probeNoXoauth2: '{host}:{port} は STARTTLS の後に AUTH XOAUTH2 を提供していません。',
    tlsLine:
      '  TLS {version}、{subject} の証明書（発行者 {issuer}）、有効期限 {validTo}（{validity}）、名前 {nameMatch}',
    dayCount: '{days} 日',
    daysCount: '{days} 日',
    nameMatches: '一致',
    nameDiffers: '不一致',
    authLine: '  STARTTLS 後の AUTH：{mechanisms}',
  },
  options: {
    json: 'JSON を出力します（結果ごとに 1 行）',
    email: 'サインインするメールボックス（プリンターのアカウント）',
    tenant: 'テナント ID またはドメイン。organizations、Outlook.com の場合は consumers',
    account: '送信に使うサインイン済みアカウント',
    from: '送信者（プリンターの送信元アドレス）。既定：アカウント',
    to: '受信者：アカウント、または testMail.allowedRecipients のいずれか',
    smtp: 'HOST:PORT 形式の SMTP サーバー（既定は構成の smtp.office365.com:587）',
    printer: 'このプリンターのテストとして記録します',
  },
  stages: {
    dns: 'DNS',
    connect: '接続',
    banner: 'バナー',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: '認証',
    sender: '送信者',
    recipient: '受信者',
    data: 'メッセージ',
    ok: '完了',
  },
  testMail: {
    subject: 'wcoa テストメール：{account} で XOAUTH2 が動作しています',
    body: 'このメッセージは、Web Config OAuth Assistant のエージェントが STARTTLS と AUTH XOAUTH2 を使った SMTP で、{account} として、{server} 経由で、{time} に送信しました。届いていれば、テナントはこのアカウントからの OAuth 2.0 メールを受け付けています。',
  },
  detect: {
    description: '保存した Web Config のページ（HTML）を読み取ります：ページの種類、モデル、言語、項目',
    fileArgument: 'プリンターから保存した HTML ページ（Web Config でないことを確認する場合は任意のページ）',
    urlOption: 'ページの取得元アドレス（補助的な手がかりのみ）',
    jsonOption: 'ページごとに JSON を 1 行：{ "file", …PageModel }',
    noFiles: 'HTML ページを 1 つ以上指定してください：wcoa detect page.html',
    badUrl: '「{url}」は URL ではありません。http://HOST/PATH の形式で指定するか、--url を省略してください。',
    unreadable: '{file} を読み取れません：{reason}。',
    notFound: 'そのファイルはありません。パスを確認してください',
    denied: 'アクセスが拒否されました',
    isFolder: 'フォルダーです。その中の HTML ページを指定してください',
    notHtml:
      '{file} は HTML ページではありません（マークアップがありません）。ブラウザーでページを HTML として保存し、もう一度お試しください。',
    tooLarge:
      '{file} は {size} MB です。wcoa detect が読み込めるページは {limit} MB までです（Web Config のページはずっと小さいはずです）。プリンターのページだけを保存し（HTML のみ、完全なページではなく）、もう一度お試しください。',
    failedCount: '{total} ページ中 {count} ページを読み取れませんでした。',
    page: 'ページ',
    vendor: 'メーカー',
    model: 'モデル',
    lang: '言語',
    signals: '根拠',
    unknown: '不明',
    notEpson: 'Epson Web Config ではありません',
    tooDeep:
      '{file} は要素が {limit} 階層を超えて入れ子になっています。Web Config のページではあり得ないため、読み込みません。ブラウザーからプリンターのページを保存し直してください（HTML のみ）。',
  },
};
export default messages;

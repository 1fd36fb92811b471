import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'ネットワークステータスシート',
  printed: '印刷日時：{date}',
  notSeen: '未確認',
  seenOn: '{date} に Web Config から読み取った内容',
  identity: {
    heading: 'プリンター',
    model: 'モデル',
    serialNumber: 'シリアル番号',
    webConfig: 'Web Config',
    printerId: 'プリンター ID（wcoa）',
    firstSeen: '初回確認',
  },
  network: {
    heading: 'ネットワーク状態',
    deviceName: 'デバイス名',
    connection: '接続状態',
    ipAddress: 'IP アドレス',
    subnetMask: 'サブネットマスク',
    gateway: 'デフォルトゲートウェイ',
    dns: 'DNS サーバー',
    ipv6: 'IPv6 アドレス',
    macAddress: 'MAC アドレス',
    ssid: 'SSID',
  },
  email: {
    heading: 'メールサーバー',
    authMethod: '認証方式',
    emailService: 'メールサービス',
    currentStatus: '現在の状態',
    account: '認証用アカウント',
    sender: '送信元アドレス',
    smtpServer: 'SMTPサーバーアドレス',
    smtpPort: 'SMTPサーバーポート番号',
    secureConnection: '暗号化通信',
    certificateValidation: '証明書の検証',
  },
  values: {
    off: '認証しない',
    smtpAuth: 'SMTP認証',
    popBeforeSmtp: 'POP before SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'サインイン済み',
    notSignedIn: '未サインイン',
    none: 'なし',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: '有効',
    disable: '無効',
    yes: 'はい',
    no: 'いいえ',
  },
  jobs: {
    heading: 'ジョブ履歴',
    codes: 'エラーコード（新しい順）',
    noErrors: 'エラーコードはありません',
  },
  beyond: {
    heading: 'プリンター自身のステータスシートでは分からないこと',
  },
  testMail: {
    heading: '最新のテストメール（wcoa エージェント）',
    result: '結果',
    delivered: '配信済み',
    failedAt: '失敗した段階：{stage}',
    sent: '送信日時',
    route: '送信元 → 宛先',
    server: 'SMTP サーバー',
    reply: 'サーバーの応答',
    proves:
      'テストメールが配信されれば、プリンターと同じサーバーと送信者で、テナントがこのメールボックスからの XOAUTH2 メールを受け付けることが証明されます。Epson のアプリに同意が与えられていることは証明されません。',
  },
  probe: {
    heading: 'SMTP サーバーの確認',
    server: 'サーバー',
    checked: '確認日時',
    tlsVersion: 'TLS バージョン',
    certificateExpiry: '証明書の有効期限',
    daysLeft: '{date}（残り {days} 日）',
    expired: '{date}（期限切れ）',
    xoauth2: 'XOAUTH2 の提供',
  },
  token: {
    heading: 'このコンピューターでのサインイン（wcoa エージェント）',
    account: 'アカウント',
    state: '状態',
    states: {
      signingIn: 'サインイン中',
      signedIn: 'サインイン済み',
      expired: '期限切れ：もう一度サインインしてください',
      failed: '失敗',
    },
    accessTokenExpires: 'アクセス トークンの有効期限',
    lastRefresh: '最後のトークン更新',
    daysAgo: '{date}（{days} 日前）',
    noAccount: 'エージェントには {account} のサインインがありません',
  },
  mail: {
    heading: 'メールの送信状況',
    lastMail: 'プリンターが最後に送信に成功したメール',
    lastTestMail: 'エージェントの最後のテストメール',
    clocks:
      '2 つの期限があります：プリンター自身がメールを送信しない状態（ジョブ履歴で確認）が 90 日続くと、プリンターのサインインは失効します。エージェントのテストメールはエージェント自身のサインインを使うため、テナントの動作は確認できますが、プリンターの 90 日はリセットされません。',
    source: '出典',
    sources: {
      jobHistory: 'プリンターのジョブ履歴',
      testMail: 'wcoa のテストメール（プリンター自身のメールではありません）',
    },
    daysSince: '経過日数',
    lapse: 'トークンの失効',
    lapseOk: 'プリンターのサインインは、メールを送信しない日が {lapse} 日続くと失効します：残り {left} 日',
    lapseWarning:
      '{days} 日間メールがありません：プリンターのサインインは {lapse} 日で失効します。今すぐプリンターからメールを送信してください。',
    lapsed:
      '{days} 日間メールがありません：プリンターのサインインは失効しました（{lapse} 日経過）。Web Config でもう一度サインインしてください。',
  },
  causes: {
    heading: '原因と対処方法',
    none: '確認できた範囲では問題は見つかりませんでした',
    fromPage: 'メールサーバーの設定',
    fromTestMail: '最新のテストメール',
    fromJobs: 'ジョブ履歴',
    source: '出典：{source}',
    passwordPrinters:
      'エージェントが確認した {count} 台のプリンターが、パスワードを使って Exchange Online または Outlook.com 経由で送信しています。この方法は 2026 年 12 月末に既定で使えなくなります。OAuth 2.0 に移行してください。',
  },
  footer:
    'Web Config OAuth Assistant {version} で作成。「未確認」と表示された値は、拡張機能が読み取ったどの Web Config のページにもありませんでした。',
  view: {
    heading: 'プリンター',
    seenHeading: 'エージェントが最後に確認した状態',
    intro: '拡張機能が Web Config のページを読み取ったすべてのプリンター（エージェントの記録どおり）です。',
    empty: 'まだプリンターを確認していません。拡張機能を有効にしたプリンターの Web Config を開いてください。',
    refresh: '更新',
    columns: {
      printer: 'プリンター',
      oauth: 'OAuth 2.0',
      lastMail: '最後に成功したメール',
      actions: '開く',
    },
    oauth: {
      signedIn: 'サインイン済み',
      notSignedIn: '未サインイン',
      otherMethod: '別の方式',
      notSeen: '未確認',
    },
    methods: {
      off: '認証しない',
      'smtp-auth': 'SMTP認証',
      'pop-before-smtp': 'POP before SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}、{days} 日前（{source}）',
    sources: {
      jobHistory: 'ジョブ履歴',
      testMail: 'テストメール',
    },
    noMail: 'まだ確認されていません',
    warning:
      '{days} 日間メールがありません。プリンターのサインインは、メールを送信しない日が {lapse} 日続くと失効します。今すぐ送信してください。',
    lapsed:
      '{days} 日間メールがありません：プリンターのサインインは失効しました。Web Config でもう一度サインインしてください。',
    webConfig: 'Web Config',
    sheet: 'ステータスシート',
    loadFailed: 'エージェントからプリンターを読み取れませんでした：{message}',
    passwordPrinters:
      'このうち {count} 台のプリンターが、パスワード（SMTP-AUTH）を使って Exchange Online または Outlook.com 経由で送信しています。Microsoft はこれを 2026 年 12 月末に既定でオフにします。OAuth 2.0 に移行してください。',
    passwordRow: 'パスワードでのサインイン：2026 年 12 月末から既定でオフ',
    pager: {
      range: 'プリンター {from}–{to}（全 {total} 台）',
      previous: '前へ',
      next: '次へ',
    },
  },
  page: {
    title: 'ステータスシート',
    loading: 'エージェントからシートを読み取っています…',
    print: '印刷',
    pdf: 'PDF として保存',
    noPrinter:
      'エージェントはまだこのプリンターを確認していません。先にプリンターの Web Config のページを開いてください。',
    failed: 'エージェントからシートを取得できませんでした：{message}',
  },
  cli: {
    printersDescription: '拡張機能が確認したプリンターを、OAuth の状態と最後のメールとともに一覧表示します',
    sheetDescription: 'プリンターのネットワークステータスシート（stdout への HTML、または PDF ファイル）',
    printerArg: 'プリンター ID、Web Config のアドレス、IP、MAC、シリアル番号、またはデバイス名',
    pdfOption: 'stdout への HTML の代わりに、このファイルに PDF を書き込みます',
    langOption: 'シートの言語（en、pt-PT、pt-BR、es、fr…）。既定：端末の言語',
    jsonOption: '一覧を JSON で出力します',
    badLang:
      '不明な言語「{value}」です。wcoa に含まれている言語（en、pt-PT、pt-BR、es、fr…）を使ってください。',
    noPrinters:
      'まだプリンターを確認していません。拡張機能を有効にしたプリンターの Web Config を開いてください。',
    noSuchPrinter:
      '「{ref}」に一致するプリンターはありません。`wcoa printers` で一覧を表示し、ID またはアドレスを指定してください。',
    header: ['ID', 'プリンター', 'アドレス', 'OAUTH 2.0', '最後のメール', '日数'],
    pdfWritten: 'シートを {file} に書き込みました',
    cannotWrite: '{file} に書き込めません：{reason}',
  },
  errors: {
    noChromium:
      'PDF を印刷する Chromium が見つかりません。インストールする（Debian/Ubuntu：sudo apt-get install chromium）か、WCOA_CHROMIUM にそのパスを設定してください。',
    chromiumMissing: 'WCOA_CHROMIUM が指す {path} は存在しません。パスを修正するか、設定を解除してください。',
    pdfFailed: 'Chromium でシートを印刷できませんでした：{reason}',
  },
};
export default messages;

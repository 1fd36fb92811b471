import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'メールサーバー › 基本',
    'email-server-connection-test': 'メールサーバー › 接続テスト',
    'fax-server-email': 'ファクスサーバー › メールサーバー設定',
    'job-history': 'ジョブ履歴',
    'network-status': 'ネットワーク状態',
    'product-status': '製品状態',
    login: '管理者ログオン',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Web Config のページではありません',
  },
  overlay: {
    open: 'アシスタントを開く',
    collapse: 'アシスタントを隠す',
    guideHeading: '次のステップ',
    stepOf: 'ステップ {n}／{total}',
    done: 'このプリンターでメールのサインインが設定されています。',
    outlineHint: '対象の項目はページ上で枠で囲まれています。',
    hintsHeading: '確認しておきたいこと',
    checklistHeading: '始める前に（Microsoft 365 側）',
    checklistNote: '完了した項目にチェックを付けてください。このプリンター用に記憶されます。',
    messagesHeading: 'プリンターの表示内容',
    jobHistoryHeading: 'この履歴のエラーコード',
    jobHistoryNone: 'この履歴にメールやクラウドのエラーコードはありません。',
    codeLabel: 'コード {code}',
    codeUnknown:
      'コード {code} は確実に説明できません。プリンターのマニュアル（エラーコード一覧）で確認してください。',
    rowCount: '{count}×',
    oauthMissing: 'このプリンターのページには OAuth2 の方式がありません。',
    fieldsHeading: 'ページの表示',
    noGuideHere:
      'このページで設定することはありません。メールの設定は ネットワーク › メールサーバー › 基本 にあります。',
    afterBlocker: '次に：{step}',
    dock: {
      left: 'アシスタントを左に移動',
      right: 'アシスタントを右に移動',
    },
    showRow: '行を表示',
  },
  deviceCode: {
    heading: 'Microsoft のサインイン コード',
    instructions:
      'コードをコピーしてサインイン ページを開き、コードを貼り付けて管理者アカウントでサインインします。次に「組織の代理として同意する」をオンにして承諾します。',
    copy: 'コードをコピー',
    copied: 'コピーしました',
    open: 'サインイン ページを開く',
    expires: 'コードは {time} に期限切れになります。',
    notMicrosoft:
      'このページには Microsoft のものではないサインイン リンク（{host}）が表示されています。そこではサインインしないでください。Microsoft のデバイス サインイン ページは https://microsoft.com/devicelogin です。',
  },
  testMail: {
    heading: 'テストメール',
    button: 'テストメールを送信',
    sending: '送信中…',
    needAccount: '先にアカウント（認証用アカウントまたは送信元アドレス）を入力してください。',
    from: '{from} から {to} へ、{server} 経由',
    passed: '成功：Microsoft がメッセージを受け付けました。',
    failed: '失敗した段階：{stage}',
    proves:
      '成功すれば、プリンターと同じサーバーと送信者ルールで、テナントがこのメールボックスの OAuth（XOAUTH2）による SMTP を受け付けることが証明されます。Epson のアプリに同意が与えられていることや、条件付きアクセスが同じように扱うことは証明されません。',
    stages: {
      dns: '名前解決',
      connect: '接続',
      tls: 'STARTTLS 暗号化',
      auth: '認証（XOAUTH2）',
      sender: '送信者',
      recipient: '受信者',
      data: 'メッセージ',
      ok: '配信済み',
    },
    transcript: 'SMTP のやり取り',
    causesHeading: '考えられる原因',
    notSignedIn: 'エージェントには {account} のサインインがありません。',
    signInOnAgent: 'エージェントでサインイン',
    signingIn: 'サインインの完了を待っています…',
    signedInRetry: 'サインインしました。もう一度テストを送信してください。',
    whichAccount:
      'テストでは、あなたではなく、プリンターのメールボックス {account}（送信元）としてサインインします。Microsoft から求められたら、そのアカウントを使ってください。',
    whyAgent:
      'このコンピューター上のエージェントは独自にサインインします。プリンターは自身のサインインを外部に渡さないため、テストメールで確認できるのはメールボックスとテナントであり、プリンター自身のサインインではありません。',
    agentSignInFailed:
      '{account} に対するエージェント自身のサインインが機能しなくなりました（期限切れまたは取り消し済み）。',
    agentSignInNote:
      'これはプリンターではなく、このコンピューター上のエージェントのサインインです。プリンターはテストされていません。エージェントでもう一度サインインしてから、テストをもう一度送信してください。',
    signInAgain: 'エージェントでもう一度サインイン',
  },
  agent: {
    running: 'エージェント実行中（バージョン {version}）',
    down: 'このコンピューターでエージェントが実行されていません。',
    downFix: 'wcoa フォルダーで次のコマンドを実行して起動してください：',
    startCommand: 'npm start',
    startCommandAlt: 'または：npx wcoa start',
    notPaired: 'このブラウザーはエージェントとペアリングされていません。',
    notPairedFix: '次のコマンドを実行し、表示されたコードを拡張機能のオプションに入力してください：',
    pairCommand: 'npx wcoa pair',
    paired: 'ペアリング済み',
    error: 'エージェントがエラーを返しました：{message}',
    notEnabled: 'このプリンターではアシスタントが有効になっていません。',
  },
  popup: {
    thisPage: 'このページ',
    detecting: 'ページを確認しています…',
    notWebConfig: 'このページは Epson Web Config のページではありません。',
    cannotRead: 'このページは読み取れません（ブラウザーのページまたはローカルのドキュメントです）。',
    enable: 'このプリンターで有効にする',
    enabled: 'このプリンターで有効になっています。',
    enableDenied: '権限が許可されなかったため、このプリンターではアシスタントはオフのままです。',
    options: 'オプション',
    model: 'モデル：{model}',
    reload: 'アシスタントを表示するには、ページを再読み込みしてください。',
  },
  options: {
    title: 'Web Config OAuth Assistant：オプション',
    pairingHeading: 'エージェントとのペアリング',
    pairingHelp:
      'エージェントはこのコンピューターで動作し、テストメールを送信します。「npx wcoa pair」を実行し、表示されたコードを入力してください。',
    codeLabel: 'ペアリング コード',
    portLabel: 'エージェントのポート',
    pairButton: 'ペアリング',
    pairing: 'ペアリング中…',
    pairedOk: 'ポート {port} のエージェントとペアリングしました。',
    codeInvalid:
      'このコードは無効か、期限切れです。もう一度「npx wcoa pair」を実行し、新しいコードを入力してください。',
    codeFormat: 'コードは {example} のような 8 文字です。',
    portInvalid: 'ポートは 1～65535 の数値です（エージェントの既定値は {port}）。',
    languageHeading: '言語',
    languageAuto: '自動（Web Config の言語、次にブラウザーの言語）',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'プリンター',
    printersHelp:
      'アシスタントは、ここに登録したプリンターでのみ動作します。プリンターのアドレス（IP またはホスト名、http または https）を入力してください。',
    addLabel: 'プリンターのアドレス',
    addPlaceholder: '192.168.1.20 または https://printer.example.local',
    addButton: 'プリンターを追加',
    added: '{origin} を追加しました。その Web Config のページを開くか、再読み込みしてください。',
    denied: 'ブラウザーが {origin} へのアクセスを許可しなかったため、追加されませんでした。',
    errors: {
      empty: 'プリンターのアドレスを入力してください（例：192.168.1.20）。',
      scheme: '追加できるのは http:// と https:// のアドレスだけです。',
      invalid: 'IP アドレスでもホスト名でもありません。例：192.168.1.20 または printer.local。',
    },
    none: 'プリンターはまだありません。',
    revoke: '削除',
    allSitesLabel: 'すべての http と https のサイトで実行する（多数のプリンターを管理する場合）',
    allSitesHelp:
      'ブラウザーはすべてのサイトへのアクセスを求めますが、アシスタントが表示されるのは Web Config のページだけです。',
    agentPortHeading: 'エージェントが別のポートで動作していますか？',
    agentPortHelp: '「npx wcoa start」が表示したポートを入力して、もう一度確認してください。',
    agentLookAgain: 'もう一度確認',
    agentFound: 'ポート {port} でエージェントが見つかりました。',
    agentNotFound: 'ポート {port} で応答するエージェントはありません。',
    pairingNow: '現在：{state}',
    stateDown: 'ポート {port} でエージェントが実行されていません',
    stateNotPaired: 'ポート {port} でエージェントが実行中、このブラウザーはペアリングされていません',
    statePaired: 'ポート {port} のエージェントとペアリング済み',
    endpointsHeading: 'プリンターが使うメール サーバー（Microsoft のもの以外）',
    endpointsHelp:
      'プリンターが意図的に別のサーバー（中継サーバーや、テスト環境のエミュレーター）経由で送信する場合のみ：1 行に 1 つずつ「host:port」を入力します。アシスタントはそのサーバーやポートを問題として指摘しなくなります。',
    endpointsLabel: '想定されるメール サーバー',
    endpointsSave: '保存',
    endpointsSaved: '保存しました。',
    endpointsInvalid: 'ホストまたは host:port の形式ではありません：{line}',
    tour: {
      heading: '初めてですか？簡単なツアー',
      panel:
        'プリンターの Web Config のページで、アシスタントはパネルを表示します。OAuth 設定の次の手順、プリンターのメッセージの意味、テストメールが表示されます。',
      fold: 'パネルがプリンターのメッセージ、表、入力欄を覆いそうになると、パネルは自動的に横へ移動するか、タブに折りたたまれます。⇤ / ⇥ で左右にドッキングし、› で折りたたみます。選んだ状態はプリンターごとに記憶されます。',
      options:
        'これらのオプションは、いつでも拡張機能のアイコン › オプション から開けます：エージェントとのペアリング、プリンター、言語。',
      done: 'わかりました',
    },
  },
  worker: {
    unknownMessage:
      '拡張機能はこの要求を読み取れませんでした。ページを再読み込みしてください。拡張機能が更新された直後なら、新しいバージョンが読み込まれます。',
    notEnabled:
      'このプリンターではアシスタントが有効になっていません。このページで拡張機能のアイコンをクリックし、「このプリンターで有効にする」を選んでください。',
    pagesOnly:
      'プリンターのページは「{type}」を要求できません。要求できるのは拡張機能自身のページ（ポップアップとオプション）だけです。',
    printerOnly:
      '「{type}」はプリンターに属する要求です。送信するのはプリンターの Web Config ページ上のアシスタントだけです。',
    memoryTooLarge:
      'このプリンターのガイドのメモが {max} バイトを超えたため保存されませんでした。ガイドはページの表示内容から続行します。',
    noPrinterOrigin:
      'このページのアドレスはプリンターの http:// または https:// アドレスではないため、エージェントはプリンターに関連付けられません。',
    notHttp:
      '「{origin}」は http:// または https:// のアドレスではありません。ブラウザーに表示されるとおりにプリンターのアドレスを入力してください（例: http://192.168.1.20）。',
    unexpected:
      '拡張機能で予期しないエラーが発生しました（{message}）。ページを再読み込みしてください。再び起きる場合は、ブラウザーの拡張機能ページで拡張機能を再読み込みしてください。',
    noAnswer:
      '拡張機能の Service Worker が応答しませんでした（{message}）。ページを再読み込みしてください。再び起きる場合は、ブラウザーの拡張機能ページで拡張機能を再読み込みしてください。',
    unexpectedReply:
      '拡張機能の Service Worker の応答をこのページが理解できませんでした。ページを再読み込みしてください。拡張機能が更新された直後なら、新しいバージョンが読み込まれます。',
  },
};
export default messages;

import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description: 'Exchange Online 向けの OAuth 2.0 メール設定を Epson Web Config で案内し、テストします。',
  },
  setup: {
    description:
      'wcoa が使う Entra のアプリの登録を作成または修復します（デバイス コードを使って管理者としてサインイン）',
    tenantOption: 'サインインするテナント ID またはドメイン（既定：構成の値、なければ自分の組織）',
    extensionIdOption:
      'テナント チェックでサインインを許可する拡張機能 ID（既定：WCOA_EXTENSION_KEY から取得。README の「Pinned extension id」を参照）',
    badExtensionId: '「{value}」は拡張機能 ID ではありません（a～p の 32 文字）。',
    signIn:
      'Microsoft 365 組織の管理者としてサインインしてください：{url} を開き、コード {code} を入力します。',
    signedIn: '{account}（テナント {tenant}）としてサインインしました。',
    signInFailed: 'サインインが完了しませんでした：{reason}',
    nothingToDo: '変更はありません：アプリの登録「{name}」（{clientId}）は設定済みです。',
    willDo: 'wcoa setup は次の処理を行います：',
    done: '完了：',
    noExtensionId:
      '拡張機能 ID が指定されていません：wcoa setup --extension-id <id> を実行するまで、ブラウザーのテナント チェックはサインインできません（ID は chrome://extensions に表示されます）。',
    plan: {
      createApp:
        'アプリの登録「{name}」を作成します（パブリック クライアント フロー：オン、Exchange Online SMTP.Send、Microsoft Graph {graph}）',
      fixApp: 'アプリの登録 {clientId} を更新します：{changes}',
      publicClient: 'パブリック クライアント フローをオンにします',
      addRedirect: 'リダイレクト URI {uri} を追加します',
      addPermissions: 'アクセス許可 {permissions} を追加します',
      createPrincipal: 'サービス プリンシパル（組織内のアプリ）を作成します',
      grant: '組織全体に対して同意を与えます：{resource} {scopes}',
      writeConfig: 'clientId {clientId} と tenant {tenant} を {config} に書き込みます',
    },
    did: {
      createApp: 'アプリの登録「{name}」を作成しました：クライアント ID {clientId}',
      fixApp: 'アプリの登録 {clientId} を更新しました',
      createPrincipal: 'サービス プリンシパル {id} を作成しました',
      grant: '組織に対して {resource} {scopes} を許可しました',
      writeConfig: 'clientId と tenant を {config} に書き込みました',
    },
    missingRole:
      'Microsoft Graph は次の操作を拒否しました（{step}）：{message}。これには次のいずれかのロールが必要です：{roles}。ロールを持つ人に「wcoa setup」の実行を依頼するか、README のポータルでの手順（「Register the Entra app」）に従ってください。',
    graphError: 'Microsoft Graph は次の操作に {status} を返しました（{step}）：{message}',
    unreachable: '{url} に接続できません：{reason}',
    restart:
      '新しいクライアント ID を使うには、エージェントを再起動してください（wcoa service を使うと、サインイン時に再起動されます）。',
  },
  service: {
    description: 'サインイン時にエージェントを起動します：サービスのインストール、アンインストール、表示',
    installDescription:
      'サービスを書き込んで有効にします（systemd ユーザー ユニット、launchd エージェント、またはタスク スケジューラのタスク）',
    uninstallDescription: 'サービスを無効にして削除します',
    statusDescription: 'サービスがインストールされ、実行中かどうかを表示します',
    installed: '{kind} をインストールしました：{file}',
    enabled: '有効にしました：エージェントはサインイン時（および今すぐ）起動します。',
    enableFailed:
      '書き込みましたが、「{command}」が失敗しました：{reason}。セッションで実行できるようになったら、自分で実行してください。',
    uninstalled: '{file} を削除しました。',
    notInstalled: 'サービスはインストールされていません（{file} は存在しません）。',
    statusInstalled: 'インストール済み：{file}',
    statusState: '状態：{state}',
    unsupported:
      '{platform} ではサービスに対応していません：「wcoa start」でエージェントを起動してください。',
  },
  doctor: {
    description: 'Node からサインイン済みアカウントまでの各段階を確認し、次に行うことを表示します',
    node: 'Node.js {version}',
    nodeOld:
      'Node.js {version} は {wanted} より古いバージョンです：nodejs.org から現在の LTS をインストールしてください',
    agentUp: 'エージェント {version} がポート {port} で待ち受けています',
    agentDown:
      'エージェントが実行されていません：「wcoa start」で起動してください（サインインのたびに起動するには「wcoa service install」）',
    paired: '{count} 個の拡張機能がペアリング済み',
    notPaired:
      'ペアリング済みの拡張機能はありません：「wcoa pair」を実行し、拡張機能のオプションでコードを入力してください',
    appSet: 'アプリの登録 {clientId}（テナント {tenant}）が ID プラットフォームに応答しています',
    appMissing: 'アプリの登録が構成されていません：「wcoa setup」を実行してください',
    appBroken: 'アプリの登録 {clientId} が機能しません：{reason}。「wcoa setup」を実行して修復してください',
    smtpOk: 'SMTP {host}:{port} は STARTTLS と XOAUTH2 に対応しています',
    smtpBad: 'SMTP {host}:{port}：{reason}',
    accountOk: 'アカウント {email} はサインイン済みです',
    accountMissing:
      "サインイン済みのアカウントはありません：「wcoa signin --email <the printer's mailbox>」を実行してください",
    skipped: '{what}：エージェントが実行されていないため確認していません',
    what: {
      pairing: 'ペアリング',
      smtp: 'SMTP エンドポイント',
      account: 'サインイン済みアカウント',
    },
    allGood: '準備ができました：「wcoa test-mail --from <mailbox>」でテストメールを送信してください。',
    next: '次に：{action}',
  },
  firstRun: {
    heading: '次の手順：',
    extension:
      '1. 拡張機能を読み込みます：chrome://extensions（または edge://extensions）を開き、デベロッパー モードをオンにして、「パッケージ化されていない拡張機能を読み込む」で {dir} を選びます。',
    extensionNotBuilt:
      '1. 「npm run build」で拡張機能をビルドしてから、chrome://extensions で {dir} を読み込みます（デベロッパー モード、「パッケージ化されていない拡張機能を読み込む」）。',
    extensionPacked: '1. ブラウザー拡張機能をインストールします（docs/install.md、手順 5）。',
    pairing:
      '2. 拡張機能のオプションで、ペアリング コード {code} を入力します（有効期間 5 分。別のコードは「wcoa pair」で表示）。',
    appReady: '3. アプリの登録：設定済み（クライアント ID {clientId}）。',
    appMissing: '3. アプリの登録：未設定。別のターミナルで「wcoa setup」を実行してください。',
    more: 'チェックリストはいつでも確認できます：wcoa doctor',
  },
};
export default messages;

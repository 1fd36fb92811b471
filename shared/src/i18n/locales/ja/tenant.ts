import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
  heading: 'テナントを確認',
  intro:
    'Microsoft 365 管理者としてサインインしてください。拡張機能が Microsoft Graph を通じて、テナント内でプリンターを止める要因（セキュリティの既定値、条件付きアクセス、ご自身の管理者ロール、メールボックスのライセンス）を読み取ります。何も変更せず、サインインはこのブラウザー内にとどまります。',
  checklistItem:
    'テナントを確認（セキュリティの既定値、条件付きアクセス、管理者ロール、メールボックスのライセンス）',
  openCheck: 'テナントを確認',
  authorityLabel: 'サインインの機関（authority）',
  clientIdLabel: 'アプリの登録のアプリケーション (クライアント) ID',
  redirectHelp:
    'アプリの登録で、このアドレスをシングルページ アプリケーションのリダイレクト URI として登録し、Microsoft Graph の委任されたアクセス許可 Policy.Read.All、RoleManagement.Read.Directory、User.Read.All を追加してください（管理者の同意が必要）：',
  graphLabel: 'Microsoft Graph のアドレス',
  mailboxLabel: 'プリンターのメールボックス（省略可）',
  mailboxPlaceholder: 'scanner@contoso.com',
  run: 'テナントを確認',
  signingIn: 'サインイン中…',
  checking: 'Microsoft Graph でテナントを読み取っています…',
  signedInAs: '{account} として {time} に確認しました。',
  clean: 'プリンターを止める要因は見つかりませんでした。',
  found: '{count} 件の検出結果：',
  settingsInvalid:
    'サインインの機関と Microsoft Graph のアドレスは https:// のアドレス、クライアント ID は GUID（00000000-0000-0000-0000-000000000000）である必要があります。',
  mailboxInvalid: 'プリンターのメールボックスは、scanner@contoso.com のようなメールアドレスにしてください。',
  cancelled:
    'サインインが完了する前にサインイン ウィンドウが閉じられました。ボタンをクリックしてもう一度お試しください。',
  signInFailed: 'サインインが完了しませんでした：{message}',
  graphFailed: 'Microsoft Graph が要求を拒否しました（{code}）：{message}',
  identityMissing:
    'このブラウザーではサインイン ウィンドウを開けません（identity API がありません）。Chrome または Edge を使ってください。',
  registrationMissing:
    '「テナントを確認」はエージェントが使うアプリ登録でサインインしますが、まだ登録がわかっていません。エージェントが動いているコンピューターで次を実行し、このブラウザーをエージェントとペアリングしてから（上記）、このページに戻ってください:',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent: 'エージェントが設定したアプリ登録でサインインします（クライアント ID {clientId}）。',
  registrationFromPolicy:
    'IT 部門がポリシーで設定したアプリ登録でサインインします（クライアント ID {clientId}）。',
  check: {
    'security-defaults': 'セキュリティの既定値',
    'conditional-access': '条件付きアクセス ポリシー',
    'admin-role': 'ご自身のディレクトリ ロール',
    mailbox: 'プリンターのメールボックス',
  },
  outcome: {
    unreadable: '{check}：ご自身のアカウントでは読み取れませんでした',
    canRead:
      '読み取るには、委任されたアクセス許可 {permissions}（管理者の同意付き）と、次のいずれかのロールが必要です：{roles}。',
    reportOnly: 'レポート専用のポリシー：だれかが有効にすると適用されます。',
    missing: 'このテナントにアカウント {subject} はありません。',
    unlicensed: '{subject} には Exchange Online のライセンスがありません。',
    roles:
      'ご自身のロール：{roles}。組織の代理として同意するには、グローバル管理者またはクラウド アプリケーション管理者が必要です。',
    noRoles:
      'ディレクトリ ロールがありません。組織の代理として同意するには、グローバル管理者またはクラウド アプリケーション管理者が必要です。',
    policy: 'ポリシー「{subject}」：{reasons}',
  },
  reason: {
    block: 'サインインをブロックします',
    'device-code': 'プリンターがサインインに使うデバイス コード フローをブロックします',
    'legacy-clients': 'レガシ クライアント（Exchange ActiveSync、その他のクライアント）が対象です',
    mfa: '多要素認証を要求します',
    device: '準拠済みまたはドメイン参加済みのデバイスを要求します',
    'may-apply':
      'グループ、ロール、または指定したユーザーに割り当てられています。プリンターのアカウントが含まれているか確認してください',
  },
  cannotTell: {
    heading: 'Microsoft Graph では分からないこと',
    text: '組織とプリンターのメールボックスで SMTP AUTH がオンかどうかは、Microsoft Graph にはありません。Exchange Online PowerShell で確認してください：',
    proof:
      'または、プリンターで確かめることもできます。エージェントのテストメールは、プリンターとまったく同じように SMTP AUTH でサインインして送信します。',
  },
};
export default messages;

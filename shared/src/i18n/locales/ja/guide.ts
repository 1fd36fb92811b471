import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Exchange Online 用に OAuth 2.0 を設定する',
  progress: 'ステップ {position}／{total}',
  howToTell: '完了の目安：',
  variants: {
    'email-server': {
      title: '{label:emailServer}：OAuth 2.0',
      intro:
        'Exchange Online はプリンターからのパスワード（基本認証）を受け付けなくなり、SMTP AUTH も既定でオフです。そのため、プリンターがメールを送信するには OAuth 2.0 でサインインする必要があります。',
      complete: [
        '完了：プリンターに OAuth 2.0 の設定とサインインが保存されました。',
        'プリンターで確認するには：操作パネルの 設定 > 本体設定 > ネットワーク設定 > ネットワーク情報 > メールサーバー情報、またはネットワークのステータスシートを印刷します（ネットワーク情報 > ステータスシート印刷）。',
      ],
    },
    'fax-server': {
      title: '{label:faxServer}：OAuth 2.0',
      intro:
        'ファクス サービス事業者のサーバーへメールで送信するモデルの場合：事業者のサーバーが OAuth 2.0 を使うなら、ファクスサーバーのメール設定でも OAuth2 を設定します。',
      complete: [
        '完了：プリンターにファクスサーバーの OAuth 2.0 設定が保存されました。',
        'その他の設定はファクス サービス事業者にお問い合わせください。',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless：{label:forMyEmail}',
      intro:
        '送信元アドレスが各ユーザー自身のアドレスの場合、まず管理者が組織のために一度サインインし、その後、各ユーザーが自分のアカウントでサインインします。',
      complete: [
        '管理者のサインインは完了しました。',
        'Epson Print Admin Serverless に登録された各ユーザーは、初めて「{label:forMyEmail}」を選んだときに、職場または学校の Microsoft アカウントで一度サインインします。',
      ],
    },
  },
  who: {
    'tenant-admin': 'Microsoft 365 管理者',
    'printer-admin': 'プリンター管理者',
  },
  places: {
    'exchange-admin-center': 'Exchange 管理センター',
    'microsoft-365-admin-center': 'Microsoft 365 管理センター',
    'entra-admin-center': 'Microsoft Entra 管理センター',
    printer: 'プリンター',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: '始める前に',
    intro:
      'Microsoft 365 で、プリンターが OAuth 2.0 で送信できるようになっている必要があります。条件を満たした項目ごとにチェックを付けてください。',
    powershellCheck: 'Exchange Online PowerShell で確認：',
    powershellFix: '変更するには：',
    state: {
      met: '完了',
      missing: '未完了',
      unknown: '未確認',
    },
    items: {
      'tenant-smtp-auth': {
        title: '組織で SMTP AUTH が有効',
        action: [
          'Exchange 管理センターの 設定 > メール フロー で、**組織の SMTP AUTH プロトコルをオフにする** のチェックを外して保存します。',
          '2020 年以降に作成されたテナントではオフになっています。',
        ],
        done: 'Get-TransportConfig で SmtpClientAuthenticationDisabled: False と表示されます。',
      },
      'security-defaults-off': {
        title: 'セキュリティの既定値がオフ',
        action: [
          'Microsoft Entra 管理センターの 概要 > プロパティ > **セキュリティの既定値の管理** で、セキュリティの既定値を「無効」にし、代わりに条件付きアクセスで組織を保護します。',
          'セキュリティの既定値は SMTP AUTH をオフにします（Epson のガイドではこの手順を Exchange 管理センターの項目として記載しています）。',
        ],
        done: '「セキュリティの既定値の管理」に「無効」と表示されます。',
      },
      'mailbox-smtp-auth': {
        title: 'プリンターのメールボックスで SMTP AUTH がオン',
        action: [
          'Microsoft 365 管理センターの ユーザー > アクティブなユーザー > プリンターのアカウント > メール > **メール アプリの管理** で、**認証済み SMTP** をオンにして保存します。',
          'メールボックスの設定が組織の設定より優先されます。',
        ],
        done: 'メールボックスで「認証済み SMTP」がオンになっています。',
      },
      'mailbox-licensed': {
        title: 'メールボックスに Exchange Online のライセンスがある',
        action: [
          'Microsoft 365 管理センターの ユーザー > アクティブなユーザー > プリンターのアカウント > **ライセンスとアプリ** で、Exchange Online を含むライセンスを割り当てます。',
        ],
        done: 'アカウントに Exchange Online を含むライセンスがあります。',
      },
      'conditional-access': {
        title: 'プリンターのサインインをブロックする条件付きアクセス ポリシーがない',
        action: [
          'Microsoft Entra 管理センターの 条件付きアクセス > ポリシー で、アカウントに適用される有効なポリシーを確認します。',
          'デバイス コード フロー（認証フローの条件）やレガシ クライアントをブロックするポリシー、毎回のサインインで MFA を要求するポリシーがあると、プリンターは止まります。アカウントを除外するか、ポリシーを調整します。',
          '拒否されたサインインの原因となったポリシーは、サインイン ログで確認できます。',
        ],
        done: 'アカウントやデバイス コード フローをブロックする有効なポリシーはありません。',
      },
      'consent-admin-role': {
        title: '組織の代理として同意できる管理者',
        action: [
          'プリンターのためにサインインするアカウントには、組織の代理として同意するため、グローバル管理者ロール、または少なくともクラウド アプリケーション管理者ロールが必要です。',
          'Microsoft Entra 管理センターの ロールと管理者 で確認します。',
        ],
        done: 'アカウントにこれらのロールのいずれかがあります。',
      },
      'latest-firmware': {
        title: 'プリンターのファームウェアが最新',
        action: [
          'プリンターのファームウェアを更新します（Web Config またはプリンターの操作パネルから。プリンターのマニュアルを参照してください）。',
          '**{label:authMethod}** に OAuth2 がないと、プリンターは Exchange Online 経由でメールを送信できません。',
        ],
        done: '「{label:authMethod}」で OAuth2 を選べます。',
      },
      'standard-network': {
        title: '拡張ネットワークではなく標準ネットワーク',
        action: [
          '拡張ネットワークを備えたモデルでは、OAuth 2.0 は標準ネットワークでのみ動作します。メールは標準ネットワークで設定してください。',
        ],
        done: 'プリンターは標準ネットワークでメールを送信します。',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Web Config を開く',
      action: [
        'プリンターと同じネットワークにあるコンピューターで、ブラウザーにプリンターの IP アドレスを入力します（http://、新しいモデルでは https://）。',
        'IP アドレスはプリンターの操作パネルで確認できます：設定 > 本体設定 > ネットワーク設定 > ネットワーク情報 > 有線・無線接続状態。',
      ],
      done: 'プリンターの Web Config が開いています。',
      hint: 'これはプリンターの Web Config です。',
    },
    'log-in': {
      title: '管理者としてログオンする',
      action: [
        '**{label:logIn}** を選び、管理者パスワードを入力して **{label:okButton}** をクリックします。',
        '変更していなければ、パスワードはプリンターのシリアル番号であることがよくあります。',
      ],
      done: 'Web Config に「{label:networkTab}」タブなどの管理者メニューが表示されます。',
      hint: 'ここに管理者パスワードを入力します。アシスタントがパスワードを読み取ることはありません。',
    },
    'open-email-server': {
      title: '{label:networkTab} > {label:emailServer} > {label:basic} を開く',
      action: ['**{label:networkTab}** タブを選び、**{label:emailServer}** > **{label:basic}** を選びます。'],
      done: '「{label:emailServer} > {label:basic}」のページが開いています。',
      hint: '「{label:emailServer}」は「{label:networkTab}」タブにあります。',
    },
    'choose-oauth2': {
      title: 'OAuth2 を選ぶ',
      action: [
        '**{label:authMethod}** を **OAuth2** に設定します。',
        'まだ {label:okButton} はクリックしません。先にサインインします。',
      ],
      done: '「{label:authMethod}」に OAuth2 が表示され、ページに「{label:emailService}」が表示されます。',
      hint: 'ここで OAuth2 を選びます。',
    },
    'choose-service': {
      title: 'Microsoft Exchange Online を選ぶ',
      action: [
        '**{label:emailService}** を **Microsoft Exchange Online** に設定します。',
        '個人で使う場合は、代わりに **Outlook.com** を選びます。',
      ],
      done: '「{label:emailService}」に選んだサービスが表示されます。',
      hint: 'ここでは Microsoft Exchange Online（個人用は Outlook.com）です。',
    },
    'sign-in': {
      title: 'サインインする',
      action: [
        '**{label:signInButton}** をクリックし、開いたウィンドウで **{label:signInWithMicrosoft}** をクリックします。',
      ],
      done: '認証コードと Microsoft のアドレスが表示されます。',
      hint: '「{label:signInButton}」をクリックします。',
    },
    'copy-code': {
      title: 'コードをコピーしてアドレスを開く',
      action: [
        '表示された認証コードをコピーします。',
        '表示されたアドレスをクリックすると、Microsoft のサインイン ページが開きます。',
      ],
      done: 'Microsoft のページでコードの入力を求められます。',
      hint: 'コードの有効期間は約 15 分です。',
    },
    'enter-code': {
      title: 'コードを入力する',
      action: ['Microsoft のページでコードを貼り付け、**次へ** をクリックします。'],
      done: 'Microsoft からアカウントの入力を求められます。',
      hint: 'コピーしたコードを貼り付けます。',
    },
    'admin-account': {
      title: '管理者アカウントでサインインする',
      action: [
        'グローバル管理者ロール（少なくともクラウド アプリケーション管理者）を持つアカウントを入力し、**次へ** をクリックします。',
        'プリンターは、ここでサインインしたアカウントとしてメールを送信します。そのメールボックスで SMTP AUTH が必要です。',
      ],
      done: 'Microsoft からパスワードの入力を求められます。',
      hint: 'グローバル管理者、または少なくともクラウド アプリケーション管理者です。',
    },
    password: {
      title: 'パスワードを入力する',
      action: [
        'アカウントのパスワードを入力し、**サインイン** をクリックします。',
        'Microsoft から追加の確認（MFA）を求められた場合は、完了してください。',
      ],
      done: 'Microsoft に要求されているアクセス許可が表示されます。',
      hint: 'パスワードは Microsoft のページにだけ入力します。',
    },
    consent: {
      title: '組織の代理として同意する',
      action: [
        '**要求されているアクセス許可** のページで **組織の代理として同意する** をオンにし、**承諾** をクリックします。',
        'サインインが完了したと Microsoft に表示されたら、そのブラウザー ウィンドウを閉じます。',
      ],
      done: 'Web Config に戻ると、「{label:currentStatus}」が「{label:signedIn}」になり、アカウントが表示されています。',
      hint: '「組織の代理として同意する」をオンにして「承諾」です。',
    },
    'save-settings': {
      title: '{label:okButton} をクリックして設定をプリンターに送信する',
      action: [
        '**{label:currentStatus}** が **{label:signedIn}** になり、アカウントが表示されていることを確認します。',
        '**{label:okButton}** をクリックして、OAuth 2.0 の設定をプリンターに送信します。送信するまで、プリンターには設定が保持されません。',
      ],
      done: '{label:okButton} をクリックするとページが再読み込みされ、引き続き OAuth2 と「{label:signedIn}」が表示されます。',
      hint: '「{label:signedIn}」ですが、まだ保存されていません。{label:okButton} をクリックしてください。',
    },
    'confirm-save': {
      title: '確認ページで {label:okButton} をクリックして保存します',
      action: [
        'Web Config が確認のために設定をもう一度表示します。プリンターはまだ設定を保存していません。',
        'このページで **{label:okButton}** をクリックします。設定ページが再び読み込まれ、引き続き OAuth2 と「{label:signedIn}」が表示されていれば設定は完了です。',
      ],
      done: '設定ページが再び読み込まれ、OAuth2 と「{label:signedIn}」が表示されます。',
      hint: '送信済みですが、まだ保存されていません：確認ページで {label:okButton} をクリックしてください。',
    },
    'open-serverless': {
      title: 'Epson Print Admin Serverless を開く',
      action: [
        'Epson Print Admin Serverless を開きます。認証設定で **{label:serverlessSender}** が **{label:userEmail}** に設定されている場合の手順です。',
      ],
      done: 'Epson Print Admin Serverless のページが開いています。',
      hint: 'Epson Print Admin Serverless です。',
    },
    'choose-for-my-email': {
      title: '「{label:forMyEmail}」を選ぶ',
      action: [
        '**{label:forMyEmail}** を選びます（メニュー名はモデルによって異なります）。',
        'Microsoft のサインイン ページが表示されます。',
      ],
      done: 'Microsoft からアカウントの入力を求められます。',
      hint: '「{label:forMyEmail}」。',
    },
    'fax-open-email-server': {
      title: '{label:fax} > {label:faxServer} > {label:emailServerSettings} を開く',
      action: [
        '**{label:fax}** タブを選び、**{label:faxServer}** > **{label:emailServerSettings}** を選びます。',
      ],
      done: '「{label:faxServer}」の「{label:emailServerSettings}」ページが開いています。',
      hint: '「{label:emailServerSettings}」は {label:fax} > {label:faxServer} にあります。',
    },
    'fax-choose-service': {
      title: 'メールサービスを選ぶ',
      action: [
        '**{label:emailService}** を、ファクス サービス事業者が使うサービスに設定します（Microsoft Exchange Online、個人用なら Outlook.com）。',
        'その他の設定はファクス サービス事業者にお問い合わせください。',
      ],
      done: '「{label:emailService}」に選んだサービスが表示されます。',
      hint: 'ファクス サービス事業者が使うサービスです。',
    },
    'fax-save-settings': {
      title: '{label:okButton} をクリックしてファクスサーバーの設定をプリンターに送信する',
      action: [
        '**{label:currentStatus}** が **{label:signedIn}** になり、アカウントが表示されていることを確認します。',
        '**{label:okButton}** をクリックして、設定をプリンターに送信します。送信するまで、プリンターには設定が保持されません。',
      ],
      done: '{label:okButton} をクリックするとページが再読み込みされ、引き続き OAuth2 と「{label:signedIn}」が表示されます。',
      hint: '「{label:signedIn}」ですが、まだ保存されていません。{label:okButton} をクリックしてください。',
    },
    'fax-confirm-save': {
      title: '確認ページで {label:okButton} をクリックして、ファクスサーバーの設定を保存します',
      action: [
        'Web Config が確認のために設定をもう一度表示します。プリンターはまだ設定を保存していません。',
        'このページで **{label:okButton}** をクリックします。設定ページが再び読み込まれ、引き続き OAuth2 と「{label:signedIn}」が表示されていれば設定は完了です。',
      ],
      done: '設定ページが再び読み込まれ、OAuth2 と「{label:signedIn}」が表示されます。',
      hint: '送信済みですが、まだ保存されていません：確認ページで {label:okButton} をクリックしてください。',
    },
    'serverless-log-in': {
      title: 'プリンター管理者としてログオンする',
      action: ['Epson Print Admin Serverless に、プリンターの管理者権限を持つユーザーでログオンします。'],
      done: '管理者メニューが表示されます。',
      hint: 'プリンターの管理者権限を持つユーザーです。',
    },
    'serverless-consent': {
      title: '組織として同意し、アクセス許可の範囲を設定する',
      action: [
        'アクセス許可のページで **組織の代理として同意する** を選び、アクセス許可の範囲を設定して **承諾** を選びます。',
        'サインインに成功すると Epson Print Admin Serverless にメッセージが表示されます。**{label:okButton}** を選んでウィンドウを閉じます。',
      ],
      done: 'Epson Print Admin Serverless にサインインの成功が表示されます。',
      hint: '「組織の代理として同意する」を選んで「承諾」です。',
    },
  },
  microsoftSide: '続いて、Microsoft のページで：',
  deviceCode: {
    heading: 'このコードでサインイン',
    codeLabel: 'コード',
    copy: 'コードをコピー',
    copied: 'コピーしました',
    open: '{url} を開く',
    expiresIn: 'コードはあと {minutes} 分で期限切れになります。',
    expired:
      'コードの有効期限が切れました。もう一度「{label:signInButton}」をクリックして新しいコードを取得してください。',
    waiting: 'Microsoft のページでサインインが完了するのを待っています…',
  },
  save: {
    clickOk: '{label:okButton} をクリックして設定をプリンターに送信してください。',
    saved: '保存しました：プリンターに OAuth 2.0 の設定が保持されています。',
  },
  currentStatus: {
    signedIn:
      '「{label:currentStatus}」は「{label:signedIn}」です。それでもプリンターがメールを送信できない場合は、サインインがプリンターに保存されていない可能性があります。{label:okButton} をクリックして設定を送信してください。',
    signInShown:
      '「{label:currentStatus}」がなく、「{label:signInButton}」ボタンが表示されています。プリンターはサインインしていません。サインインしてください。',
    expired:
      'プリンターが長期間メールを送信しないと、サインインは失効します（アクセス トークンと更新トークンが無効になります）。管理者がもう一度サインインしてください。',
  },
  blocked: {
    'oauth-not-supported':
      'このプリンターの「{label:authMethod}」には OAuth2 がありません。ファームウェアを更新してください。どの更新でも追加されない場合は、Microsoft の直接送信（direct send）か SMTP 中継コネクタが代替手段です。',
  },
};
export default messages;

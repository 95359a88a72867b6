import { learnJa } from './learn-ja.js';
import type { Catalogue } from './messages.js';

/**
 * Japanese message catalogue (日本語). Same keys and `{name}` parameters as en.ts.
 * Style: sentences in です・ます調; labels, states and the `why.*` command comments as short noun phrases.
 * Commands, flags, paths, unit names and product names stay as in English. Keep text about as wide as the
 * English in display columns (a Japanese character takes two): the wizard renders at 80×24.
 */
export const ja: Catalogue = {
  // Step titles and what each step does
  'step.host.title': 'ホストの確認',
  'step.host.about':
    'KVM には仮想化支援機能を備えた CPU が必要です。Intel VT-x (フラグ vmx、モジュール kvm-intel) または AMD-V (フラグ svm、モジュール kvm-amd) があると、カーネルが /dev/kvm を提供します。QEMU はこれを使い、命令を 1 つずつエミュレートせずに、ネイティブに近い速度でゲストを実行します。',
  'step.packages.title': 'パッケージ',
  'step.packages.about':
    'QEMU が仮想マシンを実行し、libvirt がそれを管理し、virt-install がコマンドラインから作成します。Cockpit と cockpit-machines は、これらすべてを操作できる Web コンソールを提供します。',
  'step.validate.title': 'virt-host-validate',
  'step.validate.about':
    'libvirt 自身によるこのホストのチェックです (仮想化支援機能、/dev/kvm、cgroup、IOMMU)。PASS は問題なし、WARN は要確認、FAIL は仮想マシンを高速に動かすために修正が必要です。',
  'step.services.title': 'サービス',
  'step.services.about':
    '仮想マシンを管理するには libvirt が動作している必要があります。cockpit.socket は、ブラウザーが接続したときにポート 9090 で Web コンソールを起動します。再起動後も起動するよう、どちらも有効化します。',
  'step.network.title': 'デフォルトネットワーク',
  'step.network.about':
    'libvirt の "default" ネットワークは、仮想ブリッジ virbr0 の背後にあるプライベートな NAT ネットワークです (通常は 192.168.122.0/24)。接続した仮想マシンはホスト経由で外部と通信できますが、LAN 側からは到達できません。',
  'step.iso.title': 'インストール用 ISO',
  'step.iso.about':
    '最初の仮想マシンは、ISO イメージからインストーラーを起動します。このホストにある ISO (libvirt は /var/lib/libvirt/images を参照します) を選ぶか、ダウンロードする ISO を選んでください。ダウンロードした ISO は SHA-256 を確認してから使います。',
  'step.bridge.title': 'ブリッジ',
  'step.bridge.about':
    'ブリッジ (br0) は仮想スイッチです。ネットワークカード (NIC) がそのポートになり、仮想マシンもそこに接続します。NAT と異なり、仮想マシンは LAN のアドレスを取得し、LAN から到達できます。ホストのアドレスはブリッジに移ります。',
  'step.summary.title': 'まとめ',
  'step.summary.about': '各ステップがこのホストで行ったことです。',

  // Host facts
  'host.os': 'システム: {name}',
  'host.endOfLife':
    '{name} は {date} にサポートが終了しました。ミラーは vault.centos.org に移ったため、リポジトリの向き先を変えるまで dnf は失敗します。CentOS Stream 9、または Rocky Linux / AlmaLinux 8 への移行を検討してください。',
  'host.notRoot':
    'root として実行されていません。ホストを変更するコマンドは失敗します。sudo を付けて実行してください。',
  'host.nmRunning': 'NetworkManager {version} が動作しています。',
  'host.nmDown': 'NetworkManager が動作していません。ブリッジのステップには NetworkManager が必要です。',
  'host.noFlag':
    'この CPU には vmx フラグも svm フラグもありません。KVM は使えず、仮想マシンはエミュレーションで動作します (非常に低速)。',
  'host.noFlagFix':
    '物理マシンでは、BIOS/UEFI の設定画面で Intel VT-x / AMD-V (「SVM Mode」や「Virtualization Technology」という名前が多い) を有効にし、いったん電源を切ってから入れ直してください。クラウドやネストされた仮想マシンでは、ハイパーバイザー側でネストされた仮想化を有効にしてください。',
  'host.emulationAccepted': '選択に従い、仮想化支援機能なしで続行します。',
  'host.flagVmx': 'Intel VT-x を検出しました (フラグ vmx、モジュール {module})。',
  'host.flagSvm': 'AMD-V を検出しました (フラグ svm、モジュール {module})。',
  'host.devKvmOk': 'kvm モジュールがロードされ、/dev/kvm が存在します。',
  'host.moduleMissing': 'モジュール {module} がロードされていないか、/dev/kvm がありません。',
  'host.continueAnyway': 'このまま続行 (エミュレーションのみ)',
  // i-detach: the SSH session the wizard runs in
  'host.sshNoMultiplexer':
    'tmux も screen も使わずに SSH で接続しています。接続が切れるとこの画面は消えます。時間のかかる手順 (パッケージ、ISO、VM) はバックグラウンドで続き、次に起動したときに引き継がれます。画面も残したいときは、いったん終了して tmux の中で起動してください: tmux new -s kvm (または screen -S kvm)。切れたあとは tmux attach -t kvm で戻れます。',
  'host.sshOnUplink':
    'この SSH セッションはアドレス {address} を使っています。これは {iface} にあり、ブリッジの手順でブリッジへ移ります。接続は保たれるはずです。確定しなければ変更は元に戻ります。',
  'host.sshNotOnUplink':
    'この SSH セッションはアドレス {address} を使っています。これはブリッジが引き継ぐインターフェース {iface} にはないため、ブリッジの変更はこの接続に影響しません。',
  'host.sshAddress': 'この SSH セッションはアドレス {address} を使っています。',

  // Packages
  'packages.profile': 'リリース: {profile}',
  'packages.installed': 'インストール済み: {list}',
  'packages.missing': 'インストール予定: {list}',

  // Validate
  'validate.about': 'チェックを実行し、PASS 以外の行をすべて説明します。',
  'vm.notInstalled':
    'virt-install はまだインストールされていません。先にパッケージのステップを実行してください。',
  'validate.notInstalled':
    'virt-host-validate はまだインストールされていません。先にパッケージのステップを実行してください。',
  // i-flow: 前のステップが用意するもの (plan/prerequisites.ts)
  'prereq.virtHostValidate':
    'virt-host-validate がインストールされていません。パッケージのステップでインストールされます。先にそのステップを実行してください(戻る、または --only packages,validate)。',
  'prereq.packages':
    '未インストール: {list}。サービスはこれらのパッケージに含まれています。先にパッケージのステップを実行してください(戻る、または --only packages,services)。',
  'prereq.libvirt':
    'libvirt が応答しません(virsh が接続できません)。サービスのステップで起動されます。先にそのステップを実行してください(戻る、または --only services,{step})。',
  'prereq.virtInstall':
    'virt-install がインストールされていません。パッケージのステップでインストールされます。先にそのステップを実行してください(戻る、または --only packages,vm)。',
  'prereq.iso':
    '{iso} はこのホストにありません。ISO のステップでダウンロードされます。先にそのステップを実行してください(戻る、または --only iso,vm)。',
  'prereq.natPending':
    'default ネットワークはまだ動いていません。この前の default ネットワークのステップで起動されます。',
  'prereq.bridgePending':
    'ブリッジ {bridge} はまだ動いていません。この前のブリッジのステップで作成されます。',
  'validate.passedCount': 'PASS × {count} (その他のチェック)',
  'validate.allPass': 'すべてのチェックに合格しました。',
  'validate.failed': '{count} 件のチェックが失敗しました。',
  'validate.hint.hwvirt':
    '仮想化支援機能がありません。BIOS/UEFI で VT-x/AMD-V を有効にするか、仮想マシンの場合はそのホストでネストされた仮想化を有効にしてください。',
  'validate.hint.devkvm':
    'モジュールをロードしてください: modprobe kvm_intel (または kvm_amd)。失敗する場合は、BIOS/UEFI で仮想化が無効になっています。',
  'validate.hint.iommu':
    'PCI パススルーを使う場合だけ必要です。カーネル引数に intel_iommu=on (または amd_iommu=on) を追加し (EL: grubby --args、Debian: /etc/default/grub と update-grub)、再起動してください。',
  'validate.hint.secure': 'セキュアゲスト (SEV/TDX/PEF) は任意です。ほとんどのホストには備わっていません。',
  'validate.hint.cgroup':
    'cgroup コントローラーが不足しています。必要なのは LXC コンテナーかリソース制限を使う場合だけです。',
  'validate.hint.other': 'libvirt のヒントを参照してください。',
  'validate.noVirtAccepted': '仮想化支援機能はありませんが、承知のうえで続行することを選択しています。',

  // Services
  'services.modular':
    'このホストはモジュール型の libvirt デーモン (virtqemud、virtnetworkd など) を使用しています。',
  'services.monolithic': 'このホストは従来型の libvirtd デーモンを使用しています。',
  'services.libvirtOk': 'libvirt は有効化され、動作しています。',
  'services.cockpitOk': 'cockpit.socket は有効化され、接続を待ち受けています。',
  'services.cockpitUrl': 'Cockpit: {url}',
  // i-flow: まとめの Cockpit の行
  'services.selfSigned':
    'Cockpit は自己署名証明書を使うため、ブラウザが一度警告します。新しいホストでは想定どおりなので、このアドレスについて受け入れてください。',
  'services.cockpitNotListening':
    'Cockpit はまだポート 9090 で待ち受けていません(未インストール、または cockpit.socket が未起動)。パッケージとサービスのステップで設定されます。',

  // Network
  // i-cockpituser: サービスの手順から Cockpit の管理ユーザーを作る
  'adminUser.action': '管理者を作成',
  'adminUser.title':
    'Cockpit 用のユーザーを作ります。名前を入力し、パスワードは passwd に直接入力します（このウィザードには見えません）。',
  'adminUser.name': 'ユーザー名:',
  'adminUser.willRun': 'Enter で実行:',
  'adminUser.hint': 'Enter: 作成 · Esc: キャンセル',
  'adminUser.nameEmpty': 'まずユーザー名を入力してください。',
  'adminUser.nameTooLong': 'ユーザー名は {max} 文字までです（いまは {length} 文字）。',
  'adminUser.nameDash': 'ユーザー名を - で始めることはできません（コマンドがオプションと解釈します）。',
  'adminUser.badName': '英小文字 a〜z・数字・_・- だけを使い、英字か _ で始めてください。',
  'adminUser.root': 'root は使えません（Cockpit は root のログインを拒否します）。別の名前にしてください。',
  'adminUser.exists': 'そのユーザーはすでに存在します。別の名前にしてください。',
  'adminUser.groupExists': '同じ名前のグループがすでにあり、useradd が拒否します。別の名前にしてください。',
  'adminUser.why': 'ユーザーを作成し、Cockpit で管理操作ができるよう {group} グループに入れる',
  'adminUser.failed': 'useradd が失敗しました（終了コード {code}）: {reason}',
  'adminUser.passwdNow':
    'passwd が新しいパスワードを 2 回尋ねます。入力した文字は表示されず、このウィザードにも見えません。Ctrl-D で中止します。',
  'adminUser.created':
    'ユーザー {name} を {group} グループに作成し、passwd に入力したパスワードを設定しました。',
  'adminUser.passwdFailed':
    'ユーザー {name} は作成されましたが、passwd でパスワードを設定できませんでした（終了コード {code}）。1 行で実行して自分で設定してください: passwd {name}',
  'adminUser.noTerminal': 'パスワードは自分で設定してください（1 行で実行）: passwd {name}',
  // i-admin2: set the password of an admin whose passwd failed; the notes that point at the menu item
  'adminUser.passwordAction': 'パスワード設定',
  'adminUser.passwordTitle':
    '{name} のパスワード（Cockpit にログインするため）。passwd に入力し、このウィザードには見えません。',
  'adminUser.passwordHint': 'Enter: passwd を実行 · Esc: キャンセル',
  'adminUser.passwordSet': '{name} のパスワードを設定しました。Cockpit には {name} でログインしてください。',
  'services.cockpitNoAdminOffered':
    'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。{group} グループのユーザーもまだいません。下の「管理者を作成」で作成してください。',
  'services.cockpitAdminNoPassword':
    'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。{name} にはまだパスワードがないため、こちらもログインできません。次の 1 行でパスワードを設定してください (コピー用):\n    {command}',
  'services.cockpitAdminNoPasswordOffered':
    'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。{name} にはまだパスワードがないため、こちらもログインできません。下の「パスワード設定」で設定してください。',
  'services.cockpitLoginAs':
    'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。{users} でログインし、「管理者アクセスをオンにする」を使ってください。',
  'services.cockpitNoAdmin':
    'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。{group} グループのユーザーもまだいません。先に作成してください。例 (コピーしやすいよう 1 行で):\n    useradd -m -G {group} admin && passwd admin',
  'network.about':
    'NAT (virbr0): 仮想マシンはホスト経由で外部に出ます。ブリッジ (br0、この後のステップ): 仮想マシンは LAN 上に置かれます。',
  'network.active': 'デフォルトネットワークはアクティブです。',
  'network.inactive': 'デフォルトネットワークは存在しますが、アクティブではありません。',
  'network.details':
    '{bridge}: ホスト側 {address}/{prefix}。仮想マシンには DHCP で {start}–{end} のアドレスが割り当てられ、NAT 経由で外部に出ます。',
  'network.subnetClash':
    'デフォルトネットワークは {subnet} を使いますが、{iface} にすでに {address} があります。このままでは起動に失敗します ("Network is already in use")。',
  'network.subnetOverlap':
    'デフォルトネットワークは {subnet} を使い、{iface} の {address} と範囲が重なります。起動はできますが、このホストから LAN 上の {subnet} 内のアドレスへは {iface} ではなく virbr0 経由になり、届かなくなります。',
  'network.subnetFix':
    '先に別のサブネットを設定してください: virsh net-edit default (例: 192.168.124.1、DHCP は 192.168.124.2〜192.168.124.254)。その後、この手順に戻ってください。',
  'network.subnetFixUndefined':
    '先に別のサブネットで定義してください: {xml} をコピーし、コピーの 192.168.122 を例えば 192.168.124 に変えて virsh net-define で定義し、その後この手順に戻ってください。',
  'network.unknown': 'libvirt がまだ応答しません。ネットワークはサービスのステップの後で設定されます。',

  // ISO
  'iso.choose': 'ウィザードでこのホストの ISO から選ぶか、--answers で iso: を指定してください。',
  'iso.none':
    '/var/lib/libvirt/images に ISO がありません。一覧からダウンロードするか、パスを入力するか、--answers で iso: を指定してください。',
  'iso.missing': 'ISO {path} が存在しません。',
  'iso.notIso': '{path} は ISO9660 イメージではありません (CD001 シグネチャーなし)。',
  'iso.chosen': '{path} を使用します (ボリューム {volumeId})。',
  'iso.pickerHint': '↑/↓ で選択 · Enter で決定 · Esc で前のステップへ',
  'iso.typePath': 'ISO のパスまたは URL',
  'iso.typeChecksum': 'ISO の SHA-256 (16 進 64 桁)、またはチェックサムファイルの https:// URL',
  'iso.checksumExpected':
    'ISO の SHA-256 (16 進 64 桁) か、チェックサムファイルの https:// URL を入力してください。',
  'iso.skipChoice': '今は ISO を選ばない',

  'iso.download':
    '{url} を {dest} にダウンロードします。使用する前に、公開されているチェックサムで SHA-256 を検証します。',
  'iso.downloadSha':
    '{url} を {dest} にダウンロードします。使用する前に、指定された SHA-256 と一致するか検証します。',
  'iso.verified': 'SHA-256 を検証しました: {sha256}',
  'iso.noSpace': '/var/lib/libvirt/images の空き容量が不足しています (必要 {need} GiB、空き {free} GiB)。',
  'iso.unknownCatalog': 'カタログに "{id}" という項目はありません。',
  'iso.downloading': '{name} をダウンロード中',
  'iso.catalogItem': '{name} をダウンロード (約 {size} MiB)',
  'iso.progress': '{done} / {total} MiB · {rate} MiB/s · 残り {eta}',
  'iso.progressUnknown': '{done} MiB · {rate} MiB/s',
  // i-forms: download screen and checksum mismatch
  'iso.downloadTitle': '{name} をダウンロード中 ({size} MiB)',
  'iso.downloadTitleUnknown': '{name} をダウンロード中 (サイズはまだ不明)',
  // i-harden: the server's size differs from the catalogue's estimate the picker showed
  'iso.downloadTitleEstimate': '{name} をダウンロード中 ({size} MiB。一覧の見積もりは約 {estimate} MiB)',
  'iso.downloadStop':
    'Ctrl-C でダウンロードを止められます。ここまでの分は残り、もう一度このステップを実行すると続きから再開します。',
  'iso.mismatch.head': '{name} の SHA-256 が一致しません。チェックサムが示すファイルとは別の内容です。',
  'iso.mismatch.expected': '期待値: {hash}',
  'iso.mismatch.actual': '実際:   {hash}',
  'iso.mismatch.deleted':
    'ダウンロードしたファイルは削除しました。もう一度ダウンロードしても同じハッシュで検証されます。「編集」で URL か SHA-256 を直してください。',
  'iso.downloadFailed': 'ダウンロードに失敗しました: {reason}',
  'iso.badUrlName':
    '{url} の末尾のファイル名 ("{name}") は /var/lib/libvirt/images のファイル名に使えません (空、パス、制御文字、または先頭が "-" か ".")。NAME.iso で終わる URL を指定してください。',
  'iso.savedAs': 'URL 上の名前は "{name}" です。{dest} として保存します。',
  'iso.destExists':
    '{path} は既に存在し、ISO イメージではありません。ダウンロードで既存のファイルを置き換えることはありません。そのファイルを移動するか、別のファイル名の URL からダウンロードしてください。',
  'iso.alreadyDownloaded':
    '{path} は既にあります (ボリューム {volumeId})。再ダウンロードせず、そのまま使います。',
  'iso.err.cancelled': 'ダウンロードを中止しました',
  'iso.err.connect': '{url} に接続できませんでした: {reason}',
  'iso.err.status': '{url} が HTTP {status} を返しました',
  'iso.err.read': '{url} を読み込めませんでした: {reason}',
  'iso.err.tooManyRedirects': '{url} のリダイレクトが {max} 回を超えたため中止しました',
  'iso.err.badRedirect': '{url} のリダイレクト先が http(s) ではありません ("{location}")。中止しました',
  'iso.err.insecureRedirect':
    '{from} は https ではない {to} にリダイレクトしています。取得する前に中止しました (https で始めた通信は https のままでなければなりません)',
  'iso.err.notHttps':
    '{url} は https ではありません。チェックサムファイルはダウンロードを守るものなので、https で取得する必要があります',
  'iso.err.notSha256': '"{value}" は SHA-256 ハッシュ (16 進 64 桁) ではありません',
  'iso.err.noChecksum': '{name} のチェックサムが指定されていません。検証できない ISO は使いません',
  'iso.err.checksumTooBig': '{url} は {limit} を超えています。チェックサムファイルではないため中止しました',
  'iso.err.checksumConflict':
    '{url} には {name} の SHA-256 が複数あり、値が異なります ({hashes})。どれが正しいか判断できないため、ダウンロードしません',
  'iso.err.checksumEmpty':
    '{url} に SHA-256 の行が 1 行もありません。チェックサムファイルの URL か確認してください',
  'iso.err.checksumUnlisted': '{url} に {name} の SHA-256 がありません',
  'iso.err.noSpace':
    '{dir} の空き容量が不足しています: 空き {free}、さらに {needed} 必要で、{margin} は空けておく必要があります',
  'iso.err.noSpaceDuring':
    '{dir} の空き容量が不足しています: 空き {free} で停止しました ({margin} は空けておく必要があります)。途中までのダウンロードは削除しました',
  'iso.err.diskFull': '{dir} のディスクがいっぱいです (ENOSPC)。途中までのダウンロードは削除しました',
  'iso.err.readOnly': '{dir} は読み取り専用のファイルシステムです (EROFS)。保存できません',
  'iso.err.write': '{path} に書き込めませんでした: {reason}',
  'iso.err.notPlainFile':
    '{path} はシンボリックリンクか通常のファイルではありません。手を付けずに中止しました。ダウンロードするには削除してください',
  'iso.err.exists':
    '{path} は既に存在し、この ISO ではありません (SHA-256 が異なります)。そのままにしてあります',
  'iso.err.lost': '{url} との接続が {bytes} バイトの時点で切れました ({reason})',
  'iso.err.short': '{url} は {total} バイト中 {bytes} バイトで終了しました',
  'iso.err.gaveUp': '{reason}。{attempts} 回試みて中止しました。もう一度実行すると続きから再開します',
  'iso.err.mismatch':
    '{name} の SHA-256 が一致しません: 期待値 {expected}、実際 {actual}。ダウンロードしたファイルは削除しました',

  // VM
  'step.vm.title': '最初の仮想マシン',
  'step.vm.about':
    'virt-install が仮想マシンを作成し、ISO からインストーラーを起動します。ディスクと NIC には、ゲストを高速にする準仮想化デバイス virtio を使います。コンソールは Cockpit (「仮想マシン」) で開けます。',
  'vm.exists': '仮想マシン {name} は作成済みです。',
  'vm.reach':
    'インストーラーへの接続: Cockpit →「仮想マシン」→ 対象の仮想マシン →「コンソール」、または virt-viewer、または `virsh domdisplay {name}` でアドレス（vnc:// または spice://）を調べ、SSH トンネル経由で VNC または SPICE クライアントから接続します。',
  'vm.reachVnc':
    'インストーラー: Cockpit →「仮想マシン」→「コンソール」、または手元で ssh -L {port}:127.0.0.1:{port} root@{host} を実行し VNC で localhost:{port} へ。',
  // i-vmspice: SPICE only where QEMU has it; the console hint for the graphics the VM got
  'vm.reachSpice':
    'インストーラー: Cockpit →「仮想マシン」→「コンソール」、または `virsh domdisplay {name}`（spice://127.0.0.1:PORT）でポートを調べ、手元で ssh -L PORT:127.0.0.1:PORT root@{host} を実行して remote-viewer spice://localhost:PORT へ。',
  'vm.noSpice':
    'vm.graphics が spice ですが、{profile} の QEMU には SPICE がありません（virt-install は「spice graphics are not supported with this QEMU」で失敗します）。vm.graphics を vnc にしてください。',
  'vm.noIso': 'ISO のステップで ISO が選ばれていないため、インストール元がありません。',
  'vm.tooManyCpus': 'vm.vcpus は {vcpus} ですが、このホストの CPU は {cpus} 個です。',
  'vm.tooMuchMemory': 'vm.memoryMiB は {memory} ですが、空きメモリーは {free} MiB しかありません。',
  'vm.tooMuchDisk':
    'vm.diskGiB は {disk} ですが、/var/lib/libvirt/images の空きは {free} GiB しかありません。',
  'vm.noBridge':
    'vm.network は bridge ですが、ブリッジ {bridge} がアクティブではありません。ブリッジのステップを実行するか、nat を選んでください。',
  'vm.natInactive':
    'vm.network が nat ですが、デフォルトネットワーク (default) が有効になっていません。先にデフォルトネットワークのステップを実行してください。',
  'vm.summary': '仮想マシン {name}: vCPU {vcpus} 個、メモリー {memory} MiB、ディスク {disk} GiB。',
  'vm.onBridge': 'ネットワーク: ブリッジ {bridge} (仮想マシンは LAN のアドレスを取得します)。',
  'vm.onNat': 'ネットワーク: デフォルトの NAT ネットワーク (virbr0)。',
  'vm.unknownVariant':
    'このホストの osinfo データベースは "{variant}" を認識しません。代わりに virt-install が ISO から OS を判別します。',
  'vm.uncheckedVariant':
    'osinfo-query がないため、"{variant}" をこのホストの osinfo データベースと照合できません。代わりに virt-install が ISO から OS を判別します。',
  'vm.emulated':
    'KVM を使えません (/dev/kvm がないか、CPU に vmx/svm フラグがありません)。仮想マシンはエミュレーション (--virt-type qemu) で動作し、はるかに低速です。',
  'vm.isoNotYet': '{iso} はまだこのホストにありません。先に ISO の手順でダウンロードします。',
  'vm.memoryTight':
    '{memory} MiB は空きメモリー {free} MiB の大半です。ホスト自身のメモリーが不足し、スワップが起きる可能性があります。',
  'vm.formCpus': 'このホストの CPU 数 {cpus} を超えています',
  'vm.formMemory': '空きメモリー {free} MiB を超えています',
  'vm.formDisk': '/var/lib/libvirt/images の空き {free} GiB を超えています',
  'vm.nameTaken': '{name} という名前の仮想マシンが既に存在します',
  'vm.field.name': '名前',
  'vm.field.vcpus': 'vCPU 数',
  'vm.field.memoryMiB': 'メモリー (MiB)',
  'vm.field.diskGiB': 'ディスク (GiB)',
  'vm.field.network': 'ネットワーク',
  'vm.field.osVariant': 'OS バリアント',
  // i-forms: VM form choices
  'vm.field.graphics': 'コンソール',
  'vm.network.nat': 'NAT (virbr0 経由)',
  'vm.network.bridge': 'ブリッジ (LAN)',
  'vm.graphics.vnc': 'VNC',
  'vm.graphics.spice': 'SPICE',
  'vm.osDetect': 'ISO から検出',
  // i-forms2: the OS list puts the chosen ISO's own first
  'vm.osMatchesIso': '← 選んだ ISO の OS',
  'vm.form.unknownVariant': 'このホストの osinfo 一覧にありません。Enter で一覧から選んでください',

  // Bridge
  'bridge.nmDown': 'NetworkManager が動作していません。ブリッジは NetworkManager で作成します。',
  'bridge.exists': 'ブリッジ {name} は存在し、ホストのアドレスを持っています。',
  'host.standIn':
    '実際のホストでは、この手順で最初に CPU フラグ (vmx または svm)、/dev/kvm、NetworkManager を確認します。この計画では 3 つとも揃っていると仮定しています。',
  'bridge.standIn':
    '--target の計画には含めません: ブリッジはそのホスト自身の NIC・接続プロファイル・アドレスから作るためです。この手順はそのホストで kvm-wizard を実行してください。',
  'bridge.uplinkIsBridge':
    '{iface} はすでにブリッジで、ホストのアドレスを持っています。仮想マシンはそのまま使えます (仮想マシンの手順で network: bridge)。名前を変える・作り直す場合は、先に削除してください。',
  'bridge.noUplink': 'デフォルトルートがないため、どの NIC をブリッジに入れるか判断できません。',
  'bridge.interfaceMismatch':
    'bridge.interface は {wanted} ですが、デフォルトルートは {iface} から出ています。ウィザードはホストのアドレスを持つ NIC をブリッジにします。bridge.interface を削除するか、{iface} に設定してください。',
  'bridge.unmanaged': '{iface} は NetworkManager の管理下にありません。',
  'bridge.alreadyPort': '{iface} は既に {controller} のポートです。',
  'bridge.notEthernet':
    '{iface} は {type} 接続です。この方法でブリッジにできるのは通常のイーサネットカードだけです (Wi-Fi はブリッジにできません。ボンディング、VLAN、チームは手作業での設定が必要です)。',
  'bridge.nameTaken': '{name} という名前の接続またはデバイスが既に存在します。別の名前を選んでください。',
  'bridge.carry.routes': '引き継ぐ設定: ルート {routes}。',
  'bridge.carry.mtu': '引き継ぐ設定: MTU {mtu} (ブリッジと NIC の両方)。',
  'bridge.carry.dnsSearch': '引き継ぐ設定: DNS 検索ドメイン {domains}。',
  'bridge.carry.zone': '引き継ぐ設定: ファイアウォールゾーン {zone}。',
  'bridge.carry.ipv6': '引き継ぐ設定: IPv6 {addresses}、ゲートウェイ {gateway}。',
  'bridge.carry.metric':
    'ブリッジはルートのメトリック {metric} を維持します (NetworkManager はブリッジに 425 を設定するため、デフォルトルートが別の NIC に移るおそれがあります)。',
  'bridge.carry.metric6': 'ブリッジは IPv6 ルートのメトリック {metric} を今の NIC と同じに維持します。',
  'bridge.carry.slaac':
    'ルーター広告による IPv6 アドレスは addr-gen-mode {mode} で生成され、インターフェース名に依存します。ブリッジではホストの IPv6 アドレスが変わります。変更中は IPv4 か静的 IPv6 アドレスで接続してください。',
  'bridge.carry.other': 'ほかに引き継ぐ設定: {settings}。',
  'bridge.carry.unreadable':
    'アップリンクの接続プロファイルに {setting} が複数回現れるため、どの値が正しいか判断できません。nmcli connection show で確認してから再実行してください。',
  'bridge.carry.unreadableProbe':
    'アップリンクの接続プロファイル {uuid} を完全には読み取れませんでした (nmcli -t -f all connection show): {output}。すべての設定を引き継げないため、何も変更しません。',
  'bridge.carry.hostile':
    'アップリンクの接続プロファイルの {setting} に制御文字を含む値 ({value}) が設定されています。このような値はコピーしません。修正してから (nmcli connection modify {uuid} {setting} …) 再実行してください。',
  'bridge.carry.block.ieee8021x':
    'アップリンクの接続プロファイルは {setting} = {value} (802.1X 認証) を設定しており、ブリッジへは引き継げません。ポート側に認証情報が必要で、誤るとホストがスイッチから切り離されます。このブリッジはコンソールから手作業で作成してください。',
  'bridge.carry.block.perInterface':
    'アップリンクの接続プロファイルは {setting} = {value} を設定しており、ブリッジへは引き継げません。この値はインターフェースやプロファイルから導かれるため、br0 は別の識別子で DHCP に問い合わせ、別のアドレスになるおそれがあります。固定の値を設定してから (例: nmcli connection modify {uuid} ipv4.dhcp-client-id mac {setting} "") 再実行してください。',
  'bridge.carry.block.permissions':
    'アップリンクの接続プロファイルは {setting} = {value} を設定しており、ブリッジへは引き継げません。このプロファイルは特定のユーザーに限定されていますが、システムのブリッジはそうなりません。消去してから (nmcli connection modify {uuid} {setting} "") 再実行してください。',
  'bridge.carry.block.notForBridge':
    'アップリンクの接続プロファイルは {setting} = {value} を設定しており、ブリッジへは引き継げません。ブリッジとそのポートに対応する設定がありません。既定値に戻す (nmcli connection modify {uuid} {setting} "") か、ブリッジを手作業で作成してください。',
  'bridge.carry.block.unknown':
    'アップリンクの接続プロファイルは {setting} = {value} を設定しており、ブリッジへは引き継げません。この設定がブリッジと NIC のどちらに属するか分からず、黙って捨てることもしません。不要なら既定値に戻す (nmcli connection modify {uuid} {setting} "") か、ブリッジを手作業で作成してください。',
  'bridge.uplink': 'NIC {iface}、接続プロファイル "{profile}" ({uuid})。',
  'bridge.dhcp': 'ブリッジは DHCP のまま NIC の MAC アドレスを引き継ぐため、同じリースを取得します。',
  'bridge.static': 'ブリッジには静的アドレス {address}、ゲートウェイ {gateway} を設定します。',
  'bridge.toDhcp':
    'ブリッジは静的アドレス {current} を引き継がず、DHCP でアドレスを取得します。ホストのアドレスが変わる可能性があります。',
  'bridge.newAddress': 'ホストのアドレスが {current} から {address} (ゲートウェイ {gateway}) に変わります。',
  // i-reconnect: the address moves, the user reconnects and confirms
  'bridge.reconnect':
    'ホストのアドレスが {from} から {address} に変わります。変更を適用すると、この SSH セッションは応答しなくなります。その後 {seconds} 秒以内に新しいアドレスに接続し (ssh {user}@{address})、{confirm} で変更を確定してください。{revert} ですぐに元に戻せます。どちらもしなければ {seconds} 秒後にロールバックされます。',
  'bridge.reconnectDhcp':
    'ホストはアドレス {from} をやめ、DHCP でアドレスを取得します。DHCP サーバーが同じアドレスを割り当てない限り、変更を適用するとこの SSH セッションは応答しなくなります。その後 {seconds} 秒以内に新しいアドレスに接続し (ssh {user}@新しいアドレス)、{confirm} で変更を確定してください。{revert} ですぐに元に戻せます。どちらもしなければ {seconds} 秒後にロールバックされます。',
  'bridge.reconnectTimeout':
    'アドレスが変わるため、再接続して確定するまでの時間は {rollback} 秒ではなく {seconds} 秒です (bridge.reconnectTimeout)。{rollback} 秒はこのセッションが切れない変更のための設定です。',
  'bridge.reconnectFind':
    '新しいアドレスの調べ方: ブリッジは NIC の MAC アドレス {mac} を引き継ぐので、DHCP サーバーにこの MAC の予約があればそれが使われます。予約がなければ、ルーターのリース一覧で {mac} を探してください。ウィザードもリースを取得した時点で、アドレスをホストのコンソールとログに書き出します。',
  'bridge.reconnectWait':
    '新しいセッションからの確定を待っています。新しいアドレスに接続して次を実行してください:\n  ssh {user}@{address}\n  {confirm}\n確定されなければ {seconds} 秒後にロールバックされます。',
  'bridge.reconnectKeys':
    'r または Esc: 今すぐ元に戻す (このセッションからは確定できません。新しいアドレスから確定してください)',
  'bridge.reconnectUndoing': '変更を取り消して、元のネットワークに戻しています…',
  'bridge.reconnectSimKey':
    'c: 新しいアドレスのセッションから `kvm-wizard confirm` を実行したことにする (シミュレーション)',
  'bridge.reconnectAnnounce':
    'kvm-wizard: {bridge} のアドレスは {address} になりました。このネットワーク変更を残すには ssh root@{address} で接続し、{seconds} 秒以内に kvm-wizard confirm を実行してください。kvm-wizard revert で元に戻せます。どちらもしなければロールバックされます。',
  'bridge.reconnectPending':
    'この変更は {address} へのセッションからの kvm-wizard confirm を待っています ({until} まで)。',
  'bridge.reason.reverted':
    '要求により元に戻しました (kvm-wizard revert、またはカウントダウン中の r、Esc、Ctrl-C)',
  'bridge.sshWarning':
    'SSH セッションが数秒間止まることがあります。新しいネットワークが機能しない場合は、{seconds} 秒後に自動的にロールバックされます。',
  'bridge.staleCheckpoint':
    'NetworkManager にチェックポイント ({path}) が残っています。別のネットワーク変更が確認待ちか、前回の実行が中断されました。タイムアウトになると自動的にロールバックされるので、その後でやり直してください。',
  'bridge.staleCheckpointForever':
    'NetworkManager がタイムアウトなしのチェックポイント ({path}) を保持しています。自動ではロールバックされないため、待っても解消しません。コンソールから、保護されている変更を取り消すには {rollback} を、その変更を確定するには {destroy} を実行し、ウィザードをもう一度実行してください。',
  'bridge.applying': 'NetworkManager のチェックポイント {checkpoint} の中で適用しています…',
  'bridge.verifying': '新しいネットワークを確認しています…',
  // i-screens: what the bridge step is doing, in words, while it runs
  'bridge.running.checkpoint': '変更を元に戻せるように、NetworkManager のチェックポイントを作成しています…',
  'bridge.running.applying':
    'ブリッジを作成し、アドレスを移しています。確定しなければ NetworkManager が自動的に元に戻します…',
  'bridge.confirm':
    'この画面はまだ読めますか？ 新しいネットワークを維持するには、{seconds} 秒以内に Enter キーを押してください。',
  'bridge.committing': '新しいネットワークを確定しています…',
  'bridge.confirmAuto': '確認できました。新しいネットワークを維持します (--yes)。',
  'bridge.committed': 'ブリッジを確定しました (チェックポイントは破棄しました)。',
  'bridge.rolledBack': '元のネットワークにロールバックしました: {reason}',
  'bridge.refused': '何も変更していません: {reason}',
  'bridge.rollbackFailed':
    'ロールバックに失敗しました。ネットワークが中途半端な状態のままの可能性があります。ロールバックした理由: {reason}。ロールバックの失敗: {failure}。',
  'bridge.byHand': 'コンソールから手動で復旧してください (SSH セッションは切れる可能性があります):',
  // i-sshui: the last review before a bridge change, reverting on the countdown
  'bridge.confirmRevert':
    'r、Esc または Ctrl-C: 今すぐ元に戻します。Enter を押さなければ、期限に自動的に元に戻ります。',
  'bridge.reverting': '元のネットワークにロールバックしています…',
  'bridge.review.title': 'ネットワークを変更する前の最終確認です。まだ何も変更していません。',
  'bridge.review.remove':
    '削除: {iface} の接続プロファイル "{profile}" ({uuid})。ロールバックすると元に戻ります。',
  'bridge.review.create':
    '作成: ブリッジのプロファイル {bridge} と、{iface} をそのポートにするプロファイル {port}。',
  'bridge.review.carryAll':
    '引き継ぎ: "{profile}" のその他の設定 (MAC アドレス、DNS、ルートなど) もすべて引き継ぎます。',
  'bridge.review.guard':
    'NetworkManager のチェックポイントの中で適用します。次の画面で Enter を押さなければ、{seconds} 秒後に元に戻ります。',
  // i-forms2: the last review shows what changes, old → new
  'bridge.review.changeMethod': 'IPv4 の方式: {old} → {new}',
  'bridge.review.changeAddress': 'アドレス: {old} → {new}',
  'bridge.review.changeGateway': 'ゲートウェイ: {old} → {new}',
  'bridge.review.changeDns': 'DNS サーバー: {old} → {new}',
  'bridge.review.fromDhcp': 'DHCP から取得',
  'bridge.review.none': 'なし',
  'bridge.review.ask':
    'この変更を今すぐ適用しますか？ [y/N]  y: 適用 · n、Enter、Esc: 適用せずステップに戻る',
  'keys.bridgeApply': 'ネットワーク変更の最終確認で適用',
  'keys.bridgeDecline': '適用せずステップに戻る (既定)',
  'keys.bridgeRevert': 'カウントダウン中に新しいネットワークを今すぐ元に戻す',
  'bridge.lastCommitted': '前回のブリッジ変更 ({when}) は確定済みです。',
  'bridge.lastRolledBack': '前回のブリッジ変更 ({when}) はロールバックされました: {reason}',
  'bridge.lastRollbackFailed':
    '前回のブリッジ変更 ({when}) はロールバックできませんでした: {failure} (ロールバックした理由: {reason})。コンソールから手動で: {steps}',
  'bridge.lastInterrupted':
    '前回のブリッジ変更 ({when}) は確認されませんでした (ウィザードか SSH セッションが終了したため)。NetworkManager が自動的にロールバックしました。',
  'bridge.reason.command': 'コマンド {command} が失敗しました (終了コード {code}): {output}',
  'bridge.reason.verify': 'チェック「{check}」に失敗しました: 期待値 {expected}、実際の値 {found}',
  'bridge.reason.missing': 'チェック「{check}」に失敗しました。足りないもの: {missing}',
  'bridge.reason.noConfirm': '制限時間内に確認がありませんでした',
  'bridge.reason.lateCommit':
    '確認が NetworkManager 自身の期限より後に届きました。変更は既に NetworkManager がロールバックしていました',
  'bridge.reason.commitFailed': '変更を確定できませんでした (CheckpointDestroy: {output})',
  'bridge.reason.rollbackCall': 'CheckpointRollback が失敗しました: {output}',
  'bridge.reason.rollbackDevices':
    'NetworkManager が {devices} を元に戻せませんでした (デバイスと NetworkManager の結果コード)',
  'bridge.reason.checkpoint': 'NetworkManager のチェックポイントを作成できませんでした: {output}',
  'bridge.reason.stale': 'NetworkManager のチェックポイントが既に保留中です ({path})',
  'bridge.reason.staleForever':
    'タイムアウトなしの NetworkManager チェックポイントが保留中です ({path})。自動では終わりません。コンソールから、変更を取り消すには {rollback}、確定するには {destroy} を実行してください',
  'bridge.reason.launch': '独立した適用プロセスを起動できませんでした: {output}',
  'bridge.reason.lost':
    '適用プロセスからの報告が途絶えました。期限になると NetworkManager が自動的にロールバックします',
  'bridge.word.missing': 'なし',
  'bridge.word.none': 'なし',
  'bridge.word.anyIpv4': 'IPv4 アドレス',
  'bridge.word.answers': '応答あり',
  'bridge.word.noAnswer': '応答なし',
  'bridge.word.notChecked': '未確認',
  'bridge.check.bridge-active': 'ブリッジがアクティブ',
  'bridge.check.port-attached': 'NIC がブリッジのポート',
  'bridge.check.address': 'ブリッジのアドレス',
  'bridge.check.default-route': 'ブリッジ経由のデフォルトルート',
  'bridge.check.addresses': 'NIC のアドレスがブリッジにある',
  'bridge.check.routes': 'NIC の経路がブリッジ経由である',
  'bridge.check.mtu': 'MTU が変更前と同じ',
  'bridge.check.dns': 'DNS サーバーが変更前と同じ',
  'bridge.check.gateway': 'ゲートウェイ',
  // i-screens: a failed check's line, after its label (the label is said once)
  'bridge.checkMismatch': '期待値 {expected}、実際の値 {found}',
  'bridge.field.name': 'ブリッジ名',
  'bridge.field.method': 'IPv4 方式',
  'bridge.field.address': 'アドレス/プレフィックス',
  'bridge.field.gateway': 'ゲートウェイ',
  'bridge.field.dns': 'DNS サーバー (カンマ区切り)',
  // i-forms: bridge form (card, STP, rollback timeout)
  'bridge.field.interface': 'ネットワークカード',
  'bridge.field.stp': 'STP (スパニングツリー)',
  'bridge.field.rollbackTimeout': 'ロールバックまで (秒)',
  'bridge.method.auto': 'DHCP で自動 (auto)',
  'bridge.method.manual': '固定 (manual)',
  'bridge.stp.off': 'オフ',
  'bridge.stp.on': 'オン (通信が約 30 秒止まる)',
  // i-screens: NetworkManager's device states (the bridge form's card list)
  'nm.state.connected': '接続済み',
  'nm.state.externally': '接続済み (NetworkManager 外で設定)',
  'nm.state.connecting': '接続中',
  'nm.state.disconnected': '未接続',
  'nm.state.deactivating': '切断中',
  'nm.state.unavailable': '使用不可 (ケーブルまたはリンクなし)',
  'nm.state.unmanaged': 'NetworkManager の管理外',
  'nm.state.failed': '接続に失敗',
  'bridge.nic': '{state} · {address} · {speed}',
  'bridge.nicNoAddress': 'IPv4 アドレスなし',
  'bridge.nicSpeed': '{mbps} Mb/s',
  'bridge.nicSpeedUnknown': '速度不明',
  'bridge.setByDhcp': 'DHCP で設定',
  'bridge.form.notUplink':
    'ブリッジにできるのは {uplink} だけです。既定経路を持つカードで、ウィザードはその設定を引き継ぎます',
  'bridge.form.noDns':
    'DNS サーバーがありません。固定アドレスではホストが名前解決できなくなります (dnf、curl、名前での ssh が動かなくなります)',

  // Why each command runs (shown as a `# …` comment under the command)
  'why.modprobe': 'KVM モジュール {module} をロード',
  'why.aptUpdate': 'パッケージ一覧を更新',
  'why.install': '仮想化と Cockpit のパッケージをインストール',
  'why.virtModule': 'virt モジュールから QEMU/KVM と libvirt をインストール (EL8 のみ)',
  'why.virtGroup': '仮想化パッケージグループをインストール',
  'why.validate': 'libvirt による QEMU/KVM 向けのホストチェックを実行',
  'why.enableLibvirt': 'libvirt を今すぐ起動し、OS 起動時にも自動起動',
  'why.enableCockpit': 'ポート 9090 で Cockpit Web コンソールを起動',
  'why.firewallNow': '実行中のファイアウォールで Cockpit のポートを開放',
  'why.firewallPermanent': '再起動後も開放を維持',
  'why.ufw': 'ufw で Cockpit のポート 9090 を開放',
  'why.netDefine': 'デフォルトの NAT ネットワークを定義',
  'why.netStart': 'デフォルトネットワークを起動 (virbr0 を作成)',
  'why.netAutostart': 'OS 起動時にも自動起動',
  'why.bridgeAdd': 'NIC の MAC と上記のアドレス設定でブリッジ {name} を作成',
  'why.portAdd': '{iface} を {name} のポートに設定',
  'why.oldDelete': '古いプロファイル "{profile}" を削除 (ロールバック時は復元)',
  'why.portUp': 'ポートを有効化 (これで {name} も起動)',
  'why.virtInstall': '仮想マシン {name} を作成し、インストーラーを起動',
  'why.virshList': 'このホストの仮想マシンを表示',
  'why.restorecon': 'qemu が読み取れる SELinux ラベルを ISO に付与',
  'why.download': 'ISO をダウンロードして検証',
  'why.checkpointCreate':
    '全デバイスの NetworkManager チェックポイント: 確定しない限り、以下はすべて {seconds} 秒後に自動的にロールバック',
  'why.checkpointCommit': '確認後: 新しいネットワークを維持 (チェックポイントを破棄)',
  'why.checkpointRollback': '変更前のネットワークに戻す',
  'why.checkpointList': '最初に保留中のチェックポイントがないか確認',

  // Screens and outcomes
  // i-harden: the simulation writes its log and answers (the banner says so, and where)
  'ui.simulation': 'シミュレーション — ホストは変更しません。ログと回答: {dir}',
  'ui.simulationWritesNothing': 'シミュレーション — このマシンには何も変更を加えません',
  'ui.dryRun': 'ドライラン — 何も変更しません',
  'ui.stepOf': 'ステップ {n}/{total}',
  'ui.commands': 'コマンド:',
  'ui.noCommands': 'コマンドはありません。',
  // i-layout: the command display and the terminal's size
  'ui.downloadWhy':
    'ダウンロードの内容 (ウィザードが自分で行い、中断しても再開できます): .part に取得し、SHA-256 を確認してから配置します',
  'ui.downloadMove': '確認したファイルを配置します',
  'ui.tooSmall':
    'ウィンドウは {columns}×{rows} です。続けるには、ウィンドウを {minColumns}×{minRows} 以上にしてください。',
  'ui.run': '実行',
  'ui.skip': 'スキップ',
  'ui.back': '戻る',
  'ui.quit': '終了',
  'ui.retry': '再試行',
  'ui.next': '次へ',
  'ui.edit': '編集',
  'ui.running': '{command} を実行中',
  'ui.stopHint': 'Ctrl-C で中断',
  'ui.canceled': '中断しました (Ctrl-C)。コマンドを停止しました。',
  'ui.exitCode': '終了コード {code}。最後の数行:',
  'ui.log': 'ログ: {path}',
  'transcript.unwritable': 'ログを書き込めません（{reason}）: {path}。ログなしで続行します。',
  'transcript.reason.exists': '同じ名前のファイルが既にあります。そのファイルには触れません',
  'transcript.reason.readOnly': '読み取り専用のファイルシステムです',
  'transcript.reason.full': 'ディスクの空きがありません',
  'transcript.reason.notDirectory': 'パスの途中がディレクトリではありません',
  'transcript.reason.denied': '権限がありません',
  'transcript.reason.unsafeDir':
    'ディレクトリがシンボリックリンクか、他のユーザーの所有か、他のユーザーが書き込めます',
  'transcript.reason.other': 'エラー {code}',
  'ui.stoppedAt':
    'ステップ {n}/{total} ({step}) で終了しました。以降のステップは実行していません。続けるには kvm-wizard をもう一度起動してください。',
  'ui.probing': 'ホストを調べています…',
  'ui.finish': '完了',
  'ui.scroll': '↑/↓ PgUp/PgDn スクロール · {from}–{to} 行目 (全 {total} 行)',
  'keys.menuMove': 'メニューの選択肢を移動',
  'keys.menuPick': '選んでいる項目を実行',
  'keys.menuHotkey': '頭文字で選ぶ(run, skip, back, quit…。日本語の表示では 実行(R) のように示します)',
  'keys.formMove': 'フォームの項目を移動',
  'keys.formSubmit': '次の項目へ。最後の項目ではチェックして保存',
  'keys.formCancel': '保存せずにフォームや一覧を閉じる',
  'keys.formChoose': '選択肢を切り替える (DHCP か固定か、オンかオフか…)',
  'keys.textClear': '項目全体を消去',
  'keys.textStartEnd': '項目の先頭 / 末尾へ',
  'keys.textEraseForward': 'カーソル位置の文字を消去(Delete キー)',
  'keys.listScroll': '一覧や長いコマンド一覧をスクロール',
  'keys.bridgeKeep': 'カウントダウン中に新しいネットワークを確定',
  // i-reconnect: keys of the reconnect wait
  'keys.bridgeSimConfirm': 'シミュレーション: 新しいセッションから変更後のアドレスを確定したことにする',
  // i-learn: the learn-more page (? key) and its check-it-yourself commands; the pages are in learn-ja.ts
  'keys.learnOpen': '表示中のステップについて詳しく読む (自分で確かめるコマンド付き)',
  'keys.learnClose': '「詳しく」のページを閉じる',
  'learn.title': '詳しく: {step}',
  'learn.hint': '?: 詳しく',
  'learn.closeHint': 'Esc、q、?: ステップに戻る',
  'learn.tryIt': '自分で確かめる (次のように入力します。出力はこのホストのもの):',
  'learn.hostChecked': 'このホストで確認した内容 (自分でも入力できます):',
  'learn.running': '実行中…',
  'learn.noOutput': '(出力なし、終了コード {code})',
  'learn.moreLines': '… ほか {count} 行',
  ...learnJa,
  'ui.formHint': 'Enter: 次へ / 保存 · ↑↓: 移動 · ←→: 選択 · Ctrl-U: 消去 · Esc: キャンセル',
  // i-forms: form errors and choices
  'form.wholeNumber': '整数を入力してください',
  'form.atLeast': '{min} 以上にしてください',
  'form.atMost': '{max} 以下にしてください',
  'form.oneOf': '{values} のいずれかです',
  'form.invalid': '有効な値ではありません',
  'form.searchOpen': 'Enter: 一覧から選ぶ',
  'form.searchHint': '入力して検索 · ↑/↓ で選択 · Enter で決定 · Esc でフォームに戻る',
  'form.searchNone': '"{filter}" に一致するものはありません',
  'form.searchCount': '{total} 件中 {shown} 件',
  // i-forms60: a form taller than the window scrolls; fields DHCP does not use
  'form.moreAbove': '↑ 上にあと {n} 行',
  'form.moreBelow': '↓ 下にあと {n} 行',
  'form.unusedWithDhcp': '(DHCP では使いません)',
  // i-forms2: a paste is text, a line break in it is not Enter
  'form.pasteLines':
    '貼り付けた文字列にはほかに {count} 行ありました。最初の行だけを使いました (貼り付けの改行は Enter になりません)',
  'form.pasteBreak': '貼り付けた改行は Enter として扱いません。次へ進むには Enter を押してください',
  // i-flow: 終了前の確認、ステップのログ
  'keys.runStop': '実行中のコマンドを止める。何も実行していなければ終了するか確認',
  'keys.quitYes': '「終了しますか?」と聞かれたとき: 終了',
  'keys.quitNo': '「終了しますか?」と聞かれたとき: 終了せずに元の画面へ',
  'keys.logShow':
    'ステップの結果画面で: そのステップの出力をすべて表示(↑/↓ PgUp/PgDn でスクロール、Esc で閉じる)',
  'ui.quitAsk': 'kvm-wizard を終了しますか? まだ実行していないステップはそのままです。[y/N]',
  'ui.logHint': 'l: このステップの出力をすべて表示',
  'ui.changedPackages': 'インストールしたパッケージ: {list}',
  'ui.changedUnits': '有効にして起動したユニット: {list}',
  'ui.took': '所要時間 {seconds} 秒。',
  'ui.logEmpty': 'このステップは何も出力しませんでした。',
  // i-screens: the log view shows a tail of a long output
  'ui.logDropped': 'それより前の {count} 行はここに表示されません: {path} を参照してください',
  'ui.logDroppedNoFile': 'それより前の {count} 行は保存されていません (ログファイルに書き込めませんでした)。',
  'ui.logScroll': '↑/↓ PgUp/PgDn でスクロール · Esc または l で閉じる · {total} 行中 {from}–{to} 行目',

  'state.todo': '未実施',
  'state.already': '設定済み',
  'state.check': '確認のみ',
  'state.blocked': '実行不可',
  'state.skip': '作業なし',
  'outcome.done': '完了',
  'outcome.already': '設定済み',
  'outcome.skipped': 'スキップ',
  'outcome.failed': '失敗',
  'outcome.canceled': '中断',
  'outcome.blocked': '実行不可',
  // i-learn: a step that only looks (host check, virt-host-validate) and found the host fine
  'outcome.checked': '確認済み',
  // i-harden: the bridge change undone because the user asked (r, Esc, Ctrl-C, kvm-wizard revert)
  'outcome.revertedOnRequest': '指示どおり元に戻しました',

  'summary.next':
    '次の作業: Cockpit →「仮想マシン」で仮想マシンを作成するか、virt-install を使ってください。すべてのコマンドとその出力はログで確認できます。',

  // CLI
  'cli.help': `kvm-wizard — この Linux ホストを段階的に KVM ホストにします

使い方:
  kvm-wizard [オプション]       対話型ウィザード (端末と root 権限が必要)
  kvm-wizard facts [--json]     このホストで検出した内容を表示
  kvm-wizard export             計画をシェルスクリプトとして出力 (--target と
                                併用すれば Node が動かない CentOS 7 なども可)
  kvm-wizard validate FILE      回答ファイルを検証 (誤りをすべて表示)
  kvm-wizard schema             回答ファイルの JSON Schema (2020-12) を出力
  kvm-wizard confirm            確定待ちのブリッジ変更 (アドレス変更後) を残す。
                                revert: 今すぐ元に戻す

オプション:
  -y, --yes                質問せずに全ステップを実行 (既定値 + --answers)、
                           装飾なしで出力
  -n, --dry-run            計画 (全ステップとコマンド) を表示し、何も変更しない
      --simulate[=PROFILE] 組み込みの模擬ホストで実行: centos-stream9 (既定),
                           centos-stream8, centos-stream10, fedora,
                           debian12, ubuntu24.04。実機は変更しない
      --target PROFILE     --dry-run か export と併用: 別のリリースを新規
                           インストールしたホスト向けの計画 (el8, el9, el10,
                           centos7, fedora, debian, ubuntu)。ブリッジは除外
      --only STEP[,STEP]   指定したステップだけを実行: host, packages, validate,
                           services, network, iso, bridge, vm, summary
  -a, --answers FILE       回答ファイル (YAML/JSON: host, iso, bridge, vm)。
                           実行前にすべて検証されます (既定:
                           /etc/kvm-wizard/answers.yaml があればそれ)
      --facts FILE         --dry-run、export、facts と併用: このマシンを調べ
                           ずに facts --json の出力 (別のホストのものでも可)
                           から計画を立てる
      --json               --yes, --dry-run, facts, validate と併用: 標準出力に
                           JSON 文書を 1 つだけ出力 (README 参照)
      --lang LANG          ja か en (既定は LC_ALL, LC_MESSAGES, LANG による)
  -h, --help               このヘルプ
  -V, --version            バージョン

終了コード: 0 完了、1 ステップが失敗または実行不可、2 使い方か回答の誤り、
3 環境の問題 (root でない、端末がない、未対応のシステム)。実行のたびに
記録 (トランスクリプト) を書き出し、そのパスを表示します。対話型の実行では
使った回答をその隣に保存します (再実行: kvm-wizard --yes --answers FILE)。
NO_COLOR を設定すると色を付けません。`,
  'cli.needTty':
    '対話型ウィザードには端末が必要です。無人で実行するには --yes を、計画を見るには --dry-run を使ってください。(SSH 経由の場合: ssh -t host kvm-wizard)',
  // i-layout: a terminal that cannot draw screens
  'cli.dumbTerminal':
    'この端末 (TERM=dumb) では対話型ウィザードを表示できません。無人で実行するには --yes を、計画を見るには --dry-run を、読んでから実行できるスクリプトには export を使ってください。',
  'cli.needRoot':
    'kvm-wizard はシステムを変更するため、root で実行する必要があります。例: sudo kvm-wizard {args}',
  'cli.unknownCommand': '不明なコマンド "{command}" です。--help を参照してください。',
  'cli.unknownLanguage': '--lang の言語 "{lang}" は不明です。使える言語: ja, en',
  'cli.unknownOption': '不明なオプション {option} です。--help を参照してください。',
  'cli.optionValue': 'オプション {option} の値が正しくありません。--help を参照してください。',
  'cli.unexpectedArgument': '余分な引数 "{arg}" があります。--help を参照してください。',
  'cli.repeated': 'オプション {option} が複数回指定されています。1 回だけ指定してください。',
  'cli.emptyValue':
    'オプション {option} の値が空です。値を指定するか、オプションを外してください。--help を参照してください。',
  'cli.emptySimulate':
    '--simulate= の値が空です (変数が未設定?)。何も実行していません。centos-stream9 なら --simulate だけを、それ以外は --simulate=PROFILE を指定してください。',
  'cli.simulateEquals': '--simulate のプロファイルは "=" の後に書きます: --simulate={profile}',
  'cli.onlyEmpty': '--only に空のステップ名があります (カンマを確認してください)。ステップ: {steps}',
  'cli.jsonWhere':
    '--json は結果を出力するコマンドで使います: --yes、--dry-run、facts、validate のいずれかと一緒に指定してください (対話型ウィザードは画面で表示します)。',
  'cli.validateFile': 'validate には確認する回答ファイルを指定してください: kvm-wizard validate FILE',
  'cli.notForValidate':
    'validate はファイルを確認するだけなので、{option} は意味がありません。外してください (validate で使えるのは --json です)。',
  'cli.notForSchema':
    'schema は JSON Schema を出力するだけなので、{option} は意味がありません。外してください。',
  'cli.notForFacts':
    'facts はホストを調べるだけなので、{option} は意味がありません。外してください (facts で使えるのは --json、--simulate、--facts です)。',
  'cli.notForExport':
    'export はスクリプトを出力するだけで何も変更しないので、{option} は意味がありません。外してください (export で使えるのは --target、--simulate、--facts、--only、--answers です)。',
  'cli.yesDryRun': '--yes はステップを実行し、--dry-run は表示するだけです。どちらか一方を指定してください。',
  'cli.targetSimulate':
    '--target はそのリリースを新しくインストールしたホスト向けの計画を、--simulate はシミュレーションのホストを扱います。どちらか一方を指定してください。',
  'cli.internalError':
    '内部エラー (kvm-wizard のバグ): {message}。KVM_WIZARD_DEBUG=1 を付けて再実行すると発生箇所がわかります。報告をお願いします。',
  'cli.jobUnreadable': 'ブリッジのジョブ {path} を使えません: {reason}',
  'cli.jobInvalid': 'ブリッジのジョブファイルではありません',
  'cli.jobUsage':
    '使い方: kvm-wizard __apply-bridge JOB-FILE (ウィザード自身が起動します。手で実行するものではありません)',
  // i-reconnect: kvm-wizard confirm / revert
  'cli.nothingPending':
    '確定を待っているブリッジの変更はありません ({verb} するものがありません)。期限内に確定されなかった変更はロールバック済みで、次回ウィザードを起動したときに表示されます。',
  'cli.pendingWaiting': '変更はまだ適用・確認中です。待っています…',
  'cli.pendingChecksFailed':
    '新しいネットワークが確認に合格しないため、残しません。期限になるとロールバックされます (kvm-wizard revert で今すぐ戻すこともできます):',
  'cli.pendingDecided': '別のセッションがこの変更にすでに応答しました ({decision})。結果を待っています…',
  'cli.pendingNoResult':
    '適用プロセスから期限内に結果が返りませんでした。期限になると NetworkManager が自動的にロールバックします。',
  'cli.notForDecide':
    '{command} では {option} は意味がありません。外してください ({command} で使えるのは --json です)。',
  'cli.decideArgs': '{command} は引数を取りません。保留中の変更は自分で見つけます。',
  // i-detach: detached steps and the one-wizard lock
  'detach.usage':
    '使い方: kvm-wizard __run-step JOB-FILE (ウィザード自身が起動します。手で実行するものではありません)',
  'detach.jobUnreadable': '手順のジョブ {path} を使えません: 読めないか、ジョブのファイルではありません',
  'detach.launchFailed': '手順をバックグラウンドで開始できませんでした: {reason}',
  'detach.lost':
    'バックグラウンドの手順が結果を残さずに終わりました (強制終了、またはホストの再起動) 。実行中のコマンド: {command}。この手順をもう一度実行してください。',
  'detach.reattachRunning':
    '前のセッションが {time} に始めた「{step}」の手順が、バックグラウンドでまだ実行中です。続きを表示します。',
  'detach.reattachFinished':
    '前のセッションが {time} に始めた「{step}」の手順は、バックグラウンドで終わっています。結果を表示します。',
  'lock.held':
    'このホストでは別の kvm-wizard が動いています ({holder})。同時に動かせるのは 1 つだけです。終わるのを待つか、その端末に戻ってください (tmux attach -t kvm)。ロックファイル: {path}',
  'lock.holder': 'PID {pid}、開始 {startedAt}',
  'lock.holderTty': '、端末 {tty}',
  'lock.holderFrom': '、SSH 接続元 {from}',
  'lock.tookOver': 'ロック {path} を引き継ぎました。持っていた kvm-wizard ({holder}) はもう動いていません。',
  'lock.tookOverUnreadable': 'ロック {path} を引き継ぎました。動いている kvm-wizard を指していませんでした。',
  // i-harden: a path of the wizard's that holds something else (a FIFO, a directory, a link)
  'lock.notAFile':
    'ロックのパス {path} は{what}で、ロックファイルではありません。kvm-wizard が作ったものではありません。確かめて (ls -l {path})、不要なら削除してから、もう一度起動してください。',
  'safeFile.refused':
    '書き込みませんでした: {path} は{what}で、kvm-wizard のファイルではありません。確かめて (ls -l {path})、不要なら削除してください。',
  'safeFile.what.file': 'ファイル (本来はディレクトリの場所)',
  'safeFile.what.directory': 'ディレクトリ',
  'safeFile.what.fifo': '名前付きパイプ (FIFO)',
  'safeFile.what.symlink': 'シンボリックリンク',
  'safeFile.what.socket': 'ソケット',
  'safeFile.what.device': 'デバイスファイル',
  'safeFile.what.other': '通常のファイル以外のもの',
  'export.generated': 'kvm-wizard が生成しました。実行する前に内容を読んでください (root で実行)。',
  'export.verifyByHand': '使う前に {file} を {url} のチェックサムと照合してください',
  'export.noCheckpoint': 'NetworkManager のチェックポイントを作れませんでした: 何も変更していません',
  'export.stepBlocked':
    '{step}: このホストでは実行できません (上の注記を参照)。ウィザードと同じく、スクリプトはここで止まります',
  'export.stepAlready': '{step}: このホストでは設定済みのため、飛ばしました',
  'export.isoThere': '{file} はすでにあります: もう一度ダウンロードはしません',
  'export.isoOther': '{file} は別のファイルです (SHA-256 が違います): そのまま残して、ここで止めます',
  'export.checksumNotListed':
    'チェックサムファイル {url} を読めないか、この ISO の記載がちょうど 1 つではありません。何もダウンロードせず停止します',
  'export.hashMismatch': '{file} の SHA-256 が一致しません: 使わずに、ここで止めます',
  'profile.endOfLife': '{label} (サポート終了)',
  'cli.standIn':
    'ターゲット {profile} — そのリリースを新規インストールしたホストを想定した計画です。このマシンの状態は調べていません',
  'cli.targetOnly': '--target は --dry-run または export と一緒にのみ使えます。',
  'cli.unknownStep': '--only に不明なステップ "{step}" があります。ステップ: {steps}',
  'cli.unsupported':
    'サポートされていないシステムです: {name} (ID={id}, VERSION_ID={version})。計画を見るには --dry-run --target PROFILE を使ってください ({profiles})。',
  'cli.planOnly':
    '{profile} では Node.js 20 が動作しません。コマンドを表示するには --dry-run --target {id} を使ってください。',
  'cli.planOnlyNote':
    '{profile} では Node.js 20 が動作しません。この計画は読むため、またはスクリプトとして実行するため (kvm-wizard export --target {id}) のものです。サポートされているリリースへの移行を検討してください。',
  'answers.cannotRead': '読めません: {reason}',
  'answers.notYaml': 'YAML/JSON として正しくありません: {reason}',
  'answers.file.directory': 'ディレクトリです。回答ファイルではありません',
  'answers.file.fifo': '名前付きパイプ (FIFO) です。通常のファイルを指定してください',
  'answers.file.socket': 'ソケットです。ファイルではありません',
  'answers.file.device': 'デバイスです。ファイルではありません',
  'answers.file.notRegular': '通常のファイルではありません',
  'answers.file.tooBig': '{max} を超えています。回答ファイルは数十行のものです',
  'answers.file.nul':
    'NUL バイトがあります ({offset} バイト目)。バイナリか UTF-16 のファイルでは? UTF-8 のテキストで保存してください',
  'answers.file.notUtf8': 'UTF-8 のテキストではありません。UTF-8 で保存してください',
  'answers.yaml.tooComplex': 'YAML のトークンが {max} 個を超えています。回答ファイルは数十行のものです',
  'answers.yaml.tooDeep': '{line} 行目の入れ子かインデントが深すぎます (階層と桁数の合計は {max} まで)',
  'answers.yaml.tag':
    '{where}: YAML のタグ {tag} は使えません (使えるのはマッピング、リスト、文字列、数値、true/false、null だけです)',
  'answers.yaml.duplicateKey': '{key}: 同じキーが 2 回あります',
  'answers.yaml.keyNotString': '{line} 行目のキーがリストかマッピングです。キーはただの単語にしてください',
  'answers.yaml.aliasBomb': 'YAML のエイリアス (*名前) の使用回数が多すぎます。値をそのまま書いてください',
  'answers.yaml.tooManyValues': 'YAML のエイリアスを展開すると値が {max} 個を超えます',
  'answers.yaml.notPlain': 'マッピング、リスト、文字列、数値、true/false、null 以外のものが含まれています',
  'answers.topLevel': '(最上位)',
  'answers.controlChar': '制御文字は使えません ({char} があります)',
  'answers.empty': '空にはできません',
  'answers.tooLong': '{max} バイト以内にしてください',
  'answers.ifnameAscii':
    'ASCII の英数字と記号だけにしてください (カーネルと NetworkManager のインターフェース名)',
  'answers.ifnameLength': '15 バイト以内にしてください (カーネルのインターフェース名の上限)',
  'answers.oneChecksum': 'sha256 と checksumUrl はどちらか一方だけを指定してください',
  'answers.unknownCatalog': 'そのカタログ項目はありません (kvm-wizard schema に一覧があります)',
  'answers.ifnameChars': '空白、"/"、":"、"%" は使えません',
  'answers.bridgeNameLibvirt':
    'virbr0、virbr1… は libvirt の NAT ネットワークのブリッジ名です。新しいブリッジには br0 などの別の名前を付けてください',
  'answers.ifnameReserved': '"."、".."、"all"、"default"、"bonding_masters" はカーネルが予約している名前です',
  'answers.leadingDash': '"-" で始めることはできません (コマンドがオプションと読みます)',
  'answers.notIpv4': '192.168.1.10 のような IPv4 アドレスではありません',
  'answers.notCidr': '192.168.1.10/24 のようなプレフィックス付きアドレスではありません',
  'answers.onlyManual': 'manual のときだけ指定できます (DHCP が設定します)',
  'answers.requiredManual': 'manual のときは必須です',
  'answers.networkAddress': '{address} は {subnet} のネットワークアドレスで、ホストには使えません',
  'answers.broadcastAddress': '{address} は {subnet} のブロードキャストアドレスで、ホストには使えません',
  'answers.thisNetwork':
    '{address} は 0.0.0.0/8（「このネットワーク」）の範囲で、LAN 上のホストには使えません',
  'answers.loopback': '{address} はループバックアドレス（127.0.0.0/8）で、LAN からホストに届きません',
  'answers.multicast': '{address} はマルチキャストアドレス（224.0.0.0/4）で、ホストには使えません',
  'answers.reserved': '{address} は予約済みの範囲 240.0.0.0/4 にあり、ホストには使えません',
  'answers.gatewayIsAddress': 'アドレスと同じにはできません',
  'answers.gatewayOutside': '{subnet} の範囲内にしてください',
  'answers.notSha256': 'SHA-256 (16 進 64 桁) ではありません',
  'answers.httpsOnly': 'https:// の URL にしてください (ダウンロードを守るのはチェックサムです)',
  'answers.absolutePath': '絶対パスにしてください',
  'answers.nameTooLong': 'パスの各部分は {max} バイト以内にしてください',
  'answers.urlSpace': 'URL に空白や改行は使えません (空白は %20 と書きます)',
  'answers.notUrl': 'https://example.org/file.iso のような URL ではありません',
  'answers.httpOrHttps': 'https:// (か http://) の URL にしてください',
  'answers.catalogId': 'centos-stream-9 のようなカタログの ID',
  'answers.tooManyDns': 'DNS サーバーは 8 個までです',
  'answers.needChecksum': 'sha256 か checksumUrl を指定してください: 検証していない ISO は使いません',
  'answers.isoOneOf': 'path、catalog、url (sha256 か checksumUrl 付き) のどれか 1 つだけを指定してください',
  'answers.vmName': '英数字と _ . + - のみ、63 文字以内、先頭は英数字',
  'answers.osVariant': 'centos-stream9 のような osinfo の短い ID',
  'answers.unknownKey': '不明なキーです',
  // i-forms2: every zod issue in the catalogue's words (answers files, --answers, forms)
  'answers.found': '書かれていた値: {what}',
  'answers.found.text': '文字列 "{value}"',
  'answers.found.emptyText': '空の文字列 ""',
  'answers.found.number': '数値 {value}',
  'answers.found.notFinite': '{value} (使える数値ではありません)',
  'answers.found.nothing': '空 (値なし、または null)',
  'answers.found.list': 'リスト',
  'answers.found.mapping': 'マッピング',
  'answers.found.other': '別の種類の値',
  'answers.issue.missing': '値がありません。値を書いてください',
  'answers.issue.missingOneOf': '値がありません。{values} のどれかを書いてください',
  'answers.issue.wholeNumberRange': '{min} から {max} までの整数を引用符なしで書いてください',
  'answers.issue.numberRange': '{min} から {max} までの数値を引用符なしで書いてください',
  'answers.issue.wholeNumber': '整数を引用符なしで書いてください',
  'answers.issue.number': '数値を引用符なしで書いてください',
  'answers.issue.boolean': 'true か false を引用符なしで書いてください',
  'answers.issue.text': '文字列を書いてください: YAML が数値や true/false と読んでしまう値は引用符で囲みます',
  'answers.issue.list': 'リストを書いてください: 1 行に 1 つずつ「- 値」、または [a, b]',
  'answers.issue.mapping': 'マッピングを書いてください: その下に字下げした「キー: 値」の行',
  'answers.issue.oneOf': '{values} のどれかを書いてください',
  'answers.issue.atMost': '{max} 以下にしてください',
  'answers.issue.atLeast': '{min} 以上にしてください',
  'answers.issue.below': '{max} 未満にしてください',
  'answers.issue.above': '{min} より大きくしてください',
  'answers.issue.atMostItems': '{max} 個以下にしてください',
  'answers.issue.atLeastItems': '{min} 個以上にしてください',
  'answers.issue.atMostChars': '{max} 文字以下にしてください',
  'answers.issue.atLeastChars': '{min} 文字以上にしてください',
  'answers.issue.format': '{format} として正しい形式ではありません',
  'answers.issue.multipleOf': '{divisor} の倍数にしてください',
  'answers.issue.union': 'このキーに書ける形のどれにも合いません',
  'answers.issue.badItem': '使えないキーまたは要素が含まれています',
  'answers.issue.unknownKeyAllowed': '不明なキーです: ここで使えるキーは {keys}',
  'cli.answersError': '回答ファイル {file} にエラーがあります:',
  'cli.validateOk': '{file}: 回答ファイルは正しい形式です。',
  'cli.defaultAnswersUnsafe':
    '{file} は使いません: root (またはあなた) が所有し、他のユーザーが書き込めない通常ファイルである必要があります (chmod 600、chown root)。',
  'cli.defaultAnswers': '{file} の回答を使います',
  'answers.savedSimulated':
    '回答を {path} に保存しました (模擬ホストでの回答です。再実行: kvm-wizard --yes --simulate --answers {path})',
  'answers.saved': '回答を {path} に保存しました (再実行: kvm-wizard --yes --answers {path})',
  'answers.saveFailed': '回答を {path} に保存できませんでした: {reason}',
  'cli.factsError': 'ファクトファイル {file} にエラーがあります:',
  'cli.factsBanner':
    'ファクトファイル — 計画はこのファクトを取得したホスト (facts --json) 向けです。このマシンは調べていません',
  'cli.factsOnly':
    '--facts は --dry-run、export、facts と一緒にのみ使えます。ファイルから計画を立てるだけで、何も実行しません。',
  'cli.factsYes':
    '--yes はホスト上でステップを実行しますが、ファクトファイルはホストの記述にすぎません。計画を見るには --dry-run --facts FILE か export --facts FILE を使ってください。',
  'cli.factsTarget':
    '--facts はファイルに記述されたホスト向け、--target はあるリリースを新規インストールしたホスト向けの計画です。どちらか一方を指定してください。',
  'cli.factsSimulate':
    '--facts はファイルから、--simulate は組み込みの模擬ホストから計画を立てます。どちらか一方を指定してください。',
  // i-learn: `kvm-wizard facts` for people (src/present/facts-text.ts)
  'facts.label.system': 'システム',
  'facts.label.cpu': 'CPU',
  'facts.label.devKvm': '/dev/kvm',
  'facts.label.kvmModules': 'kvm モジュール',
  'facts.label.root': 'root 権限',
  'facts.label.packages': 'パッケージ',
  'facts.label.units': 'ユニット',
  'facts.label.networks': 'libvirt ネットワーク',
  'facts.label.nm': 'NetworkManager',
  'facts.label.nmConnections': 'NM 接続',
  'facts.label.uplink': 'アップリンク',
  'facts.label.uplinkProfile': 'アップリンクの接続',
  'facts.label.ipv4': 'IPv4 アドレス',
  'facts.label.firewall': 'ファイアウォール',
  'facts.label.cockpitLogin': 'Cockpit ログイン',
  'facts.label.selinux': 'SELinux',
  'facts.label.isos': 'ISO イメージ',
  'facts.system': '{name} (ID={id}、VERSION_ID={version})',
  'facts.cpu': '{model} ×{count}、フラグ {flag}',
  'facts.none': 'なし',
  'facts.present': 'あり',
  'facts.missing': 'なし',
  'facts.yes': 'あり',
  'facts.no': 'なし',
  'facts.packageMissing': '{name} (未インストール)',
  'facts.netActive': '稼働中',
  'facts.netInactive': '停止中',
  'facts.netAutostart': '自動起動',
  'facts.libvirtUnknown': '不明 (libvirt が応答しません)',
  'facts.nmRunning': '稼働中 {version}',
  'facts.nmDown': '停止中',
  'facts.connectionOn': '{name} [{type}、{device}]',
  'facts.noDefaultRoute': 'デフォルトルートなし',
  'facts.uplinkProfile': '"{name}" {uuid} ipv4 {method} {addresses} ゲートウェイ {gateway} DNS {dns}',
  'facts.addressOn': '{cidr} ({iface})',
  'facts.cockpitNotAllowed': '{kind} (Cockpit は許可されていません)',
  'facts.cockpitLogin': 'root {root}。{group}: {admins}',
  'facts.rootRefused': 'ログイン不可',
  'facts.rootNotRefused': 'ログイン可',
  'facts.nobody': 'なし',
  'facts.on': '有効',
  'facts.off': '無効',
  'facts.notIso': '{path} (ISO9660 ではありません)',
  'facts.notJson': 'JSON として正しくありません: {reason}',
  'facts.notDocument':
    'kvm-wizard のファクトファイルではありません: kvm-wizard facts --json が出力する {"format": "{format}", "version": {version}, "facts": {…}} の形式が必要です',
  'facts.unknownVersion':
    'ファクト形式のバージョン {version} はこの kvm-wizard では読めません (読めるのはバージョン {supported})。この kvm-wizard でファクトを取り直してください: kvm-wizard facts --json',
  'facts.moreIssues': '… ほか {count} 件の問題',
  'file.unreadable': '読み込めません: {reason}',
  'file.notRegular': '通常のファイルではありません (ディレクトリ、デバイス、パイプは読めません)',
  'file.tooLarge': '大きすぎます: {limit} バイトを超えています',
  'file.notUtf8': 'UTF-8 のテキストではありません',
  'cli.stepFailed': 'ステップ {step} が失敗しました。',
  'cli.stepBlocked': 'ステップ {step} は実行できません。',
  'cli.planBlocked':
    'このホストでは実行できないステップ: {steps}。実行すると {first} で止まります (上の説明を参照)。',
  'cli.allDone': '選択したステップはすべて完了しました。',
  'cli.doneSkipped': 'スキップしたステップ ({steps}) 以外は完了しました。',
  'cli.unknownProfile': '不明なプロファイル "{profile}" です。プロファイル: {profiles}',
  'cli.verifyFailed': 'ステップ {step} を実行しましたが、ホストが期待どおりの状態になっていません。',
};

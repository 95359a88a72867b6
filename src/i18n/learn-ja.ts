import type { LearnKey } from './learn-en.js';

/** 「詳しく」ページ (`?` キー) の日本語版。learn-en.ts と同じキーで、型によってページの抜けはエラーになる。 */
export const learnJa: Record<LearnKey, string> = {
  'learn.page.host': `ハイパーバイザーには 2 つの型があります。ハイパーバイザー型 (ベアメタル型、タイプ 1) はハードウェアの上で直接動き、その上でゲスト OS が動きます (Xen、VMware ESXi、Hyper-V)。ホスト型 (タイプ 2) は普通の OS の上で動くアプリケーションです (VirtualBox、VMware Workstation)。

KVM はこの区別をあいまいにします。KVM はカーネルモジュール (kvm と、CPU に応じて kvm-intel または kvm-amd) で、Linux そのものをハイパーバイザー型 (タイプ 1) のハイパーバイザーに変えます。シェルを動かしているカーネルが、仮想マシンのスケジューリングも行います。仮想マシンはそれぞれ普通の Linux プロセス (QEMU) で ps や top で見えますが、その命令は CPU の上で直接実行されます。

そのためには CPU の仮想化支援機能が必要です。Intel VT-x (CPU フラグ vmx) または AMD-V (フラグ svm) です。モジュールが読み込まれると、カーネルが /dev/kvm を用意します。仮想化支援機能がなければ KVM は動かず、QEMU は CPU をソフトウェアで模倣する (TCG) しかないため、何倍も遅くなります。

下の grep は /proc/cpuinfo のうちフラグを含む行を数えます (CPU スレッドごとに 1 行。0 なら機能なし)。lsmod は読み込まれている kvm モジュールを表示します。`,

  'learn.page.packages': `KVM と QEMU は役割を分担しています。カーネル内の KVM は、VT-x/AMD-V を使ってゲストの CPU とメモリーを動かします。ユーザー空間のプログラムである QEMU (qemu-kvm パッケージ。EL では実行ファイルは /usr/libexec/qemu-kvm) は、ディスク、ネットワークカード、グラフィックス、USB などのデバイスをエミュレートします。libvirt はその両方を管理し、仮想マシンの定義を XML で保持します。virsh、virt-install、Cockpit はどれも libvirt を通して操作します。

完全仮想化では、ゲスト OS は変更なしで動き、本物のハードウェアがあると思っています。QEMU は Intel e1000 のネットワークカードや SATA ディスクなど、どの OS にもドライバーがあるデバイスをエミュレートします。準仮想化では、ゲスト OS は自分が仮想マシンであることを知っていて、そのために設計されたデバイスを使います。本物のハードウェアをまねる手間が省けます。KVM の準仮想化デバイスが virtio (virtio-net、virtio-blk、virtio-scsi など) です。ずっと高速ですが、ゲストに virtio ドライバーが必要です。Linux には最初から入っています。Windows には virtio-win ドライバーが必要で、インストール時に ISO として接続します。

virsh はこのステップで入ります。その前は、下の「virsh list --all」はコマンドが見つからないと表示します。`,

  'learn.page.validate': `virt-host-validate は、KVM ホストのための libvirt 自身のチェックリストです。仮想化支援機能 (vmx/svm)、/dev/kvm、virtio のネットワークが使う vhost-net と tun のデバイス、仮想マシンの CPU やメモリーを制限する cgroup のコントローラー、そして IOMMU を確かめます。

PASS は問題ありません。WARN は一部の構成だけで必要なものです。IOMMU (カーネル引数の intel_iommu=on または amd_iommu=on) が必要なのは、本物のデバイスをゲストに渡す PCI パススルーのときだけです。FAIL は直す必要があります。仮想化支援機能がなければ、どの仮想マシンもエミュレーションで動きます。

設定を変えたあと (BIOS/UEFI の設定、カーネル引数と再起動) に自分でもう一度実行すると、効果を確かめられます。`,

  'learn.page.services': `教科書では libvirt を次のコマンドで起動します。

    systemctl enable --now libvirtd

これは 1 つの libvirtd デーモンを有効にし (起動のたびに動くようにし)、いま起動します。libvirtd は仮想マシン、ネットワーク、ストレージのすべてを担当していました。その後 libvirt はこれをドライバーごとのモジュラーデーモンに分けました。QEMU/KVM のゲストは virtqemud、仮想ネットワークは virtnetworkd、ストレージプールは virtstoraged、ほかに virtnodedevd、virtsecretd などがあります。systemd は各デーモンをそのソケットが最初に使われたときに起動する (ソケットアクティベーション) ので、使うものだけが動き、1 つの障害がほかに波及しません。

EL9 以降の新規インストールではモジュラーデーモンが使われます。libvirtd もまだありますが、非推奨です。つまり EL9 では教科書のコマンドは「libvirt を有効にする」という意味で、ウィザードはそれを EL9 のやり方で行います。モジュラーデーモン (virtqemud、virtnetworkd、virtnodedevd、virtnwfilterd、virtsecretd、virtstoraged) のソケットを、それぞれ通常・-ro (読み取り専用)・-admin の 3 つずつ有効にします (virtqemud.socket、virtqemud-ro.socket、virtqemud-admin.socket、…)。両方を同時に使わず、どちらか一方にしてください。EL8、Debian、Ubuntu ではいまも libvirtd がデーモンで、教科書のコマンドが正しいやり方です。

cockpit.socket も同じ仕組みです。ブラウザーがポート 9090 に接続したときに Cockpit が起動します。`,

  'learn.page.network': `libvirt の「default」ネットワークは NAT です。libvirt は仮想ブリッジ virbr0 (192.168.122.1/24) を作り、その上で dnsmasq を起動します。dnsmasq は仮想マシンにアドレスを配り (DHCP)、DNS の問い合わせに答えます。さらに libvirt は、仮想マシンの通信をホスト自身のアドレスに変換する (マスカレード) ファイアウォールのルールを追加します。仮想マシンから LAN やインターネットには出られますが、ポートフォワーディングをしない限り、LAN から仮想マシンには届きません。

ブリッジ (次のステップの br0) はその逆です。ホストのネットワークカードがソフトウェアのスイッチのポートになり、そこにつないだ仮想マシンは LAN 上の独立したマシンとして見え、LAN の DHCP サーバーからアドレスを受け取ります。NAT は LAN 側に何も求めず、どのホストでも使えます。ブリッジには有線のカードと、マシンが増えても構わない LAN が必要です。

「virsh net-list --all」でネットワークを確認できます。このステップのあとは default が active になり、libvirt と一緒に自動起動 (autostart) します。`,

  'learn.page.iso': `新しい仮想マシンは空のディスクです。物理マシンが DVD から起動するように、ISO イメージのインストーラーから起動します。virt-install は ISO を仮想 CD-ROM として接続し (--cdrom)、osinfo (--os-variant) を使ってゲスト OS が対応するデバイスを選びます。最近の Linux なら virtio です。

ISO は libvirt のイメージディレクトリー /var/lib/libvirt/images に置いてください。QEMU は専用のユーザー (qemu) と SELinux のラベルで動くため、/root の下のファイルは読めないことがあります (そのとき virt-install は、エミュレーターに検索権限がないかもしれないと警告します)。ダウンロードした ISO は SHA-256 チェックサムで検証するので、壊れたファイルや改ざんされたファイルが使われることはありません。

Windows のゲストには、virtio-win の ISO を 2 台目の CD-ROM として接続してください。インストーラーが virtio のディスクを認識するには、そのドライバーが必要です。`,

  'learn.page.bridge': `教科書では nmcli で次のようにブリッジを作ります。

    nmcli connection add type bridge ifname br0 con-name br0
    nmcli connection add type bridge-slave ifname enp0s3 master br0

bridge-slave はブリッジのポート、master は参加先のブリッジです。NetworkManager 1.46 以降では同じものを新しい言葉で呼びます。ポート (port) がコントローラー (controller) に参加します (port-type bridge controller br0。設定名は connection.port-type と connection.controller)。古い言葉もまだ使え、EL8 の nmcli は古い言葉しか知らないので、ウィザードはこのホストの nmcli がわかる言葉を使います。

ホストのアドレスはカードから br0 に移り、その間ホストには少しのあいだ届かなくなります。SSH 越しだと、設定を 1 つ間違えただけで締め出されます。そこでウィザードは NetworkManager のチェックポイントの中でネットワークを変更し、画面からの確認があったときだけ確定します。確認がなければ、NetworkManager が自動ですべて元に戻します。

「bridge link」は各ブリッジのポートを表示します (カードに「master br0」と出ます)。「nmcli connection show」は接続プロファイルの一覧です。`,

  'learn.page.vm': `virt-install が仮想マシンを作ります。定義を libvirt に書き込み (virsh dumpxml で XML として見られます)、ディスクイメージ (qcow2。ゲストが書き込むにつれて大きくなります) を /var/lib/libvirt/images に作り、インストーラーを起動します。

ディスクとネットワークには常に virtio のデバイスが使われます (コマンドが bus=virtio と model=virtio を指定します)。最近の Linux にはドライバーが入っていますが、Windows のインストーラーがディスクを認識するには virtio-win のドライバーが必要です。コンソールは VNC、またはホストの QEMU に SPICE があれば SPICE (EL9 以降にはありません) で、Cockpit の「仮想マシン」ページからブラウザーで開けます。NAT なら virbr0 の dnsmasq から、br0 なら LAN からアドレスを受け取ります。

その後の操作はすべて virsh でできます。「virsh list --all」は仮想マシンの一覧 (実行中と停止中) を表示し、virsh start、shutdown、console で 1 台ずつ操作します。`,

  'learn.page.summary': `教科書の言葉で言えば、次のものが用意できました。KVM (kvm モジュールと仮想化支援機能) が CPU とメモリーを動かし、QEMU がデバイスをエミュレートします (ゲストにドライバーがあれば virtio)。libvirt がデーモンを通して仮想マシン、ネットワーク、ストレージを管理します。default ネットワークは virbr0 の後ろの NAT で、br0 が仮想マシンを LAN につなぐブリッジです。

下のコマンドで、このホストのそれぞれの部分を確かめられます。ウィザードが実行したすべてのコマンドとその出力はログにあります。`,
};

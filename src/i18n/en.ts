import { learnEn } from './learn-en.js';

/** English message catalogue. Every user-facing string lives here; `{name}` marks a parameter. */
export const en = {
  // Step titles and what each step does (two or three plain sentences).
  'step.host.title': 'Host check',
  'step.host.about':
    'KVM needs a CPU with hardware virtualization: Intel VT-x (flag vmx, module kvm-intel) or AMD-V (flag svm, module kvm-amd). The kernel then offers /dev/kvm, which QEMU uses to run guests at near-native speed instead of emulating every instruction.',
  'step.packages.title': 'Packages',
  'step.packages.about':
    'QEMU runs the virtual machines, libvirt manages them, virt-install creates them from the command line, and Cockpit with cockpit-machines gives you a web console for all of it.',
  'step.validate.title': 'virt-host-validate',
  'step.validate.about':
    "libvirt's own check of this host: hardware virtualization, /dev/kvm, cgroups and IOMMU. PASS is fine, WARN deserves a look, FAIL must be fixed for fast VMs.",
  'step.services.title': 'Services',
  'step.services.about':
    'libvirt must run to manage VMs, and cockpit.socket starts the web console on port 9090 when a browser connects. Both are enabled so they come back after a reboot.',
  'step.network.title': 'Default network',
  'step.network.about':
    'libvirt\'s "default" network is a private NAT network behind the virtual bridge virbr0 (usually 192.168.122.0/24). VMs on it reach the outside through the host, but the LAN cannot reach them.',
  'step.iso.title': 'Installation ISO',
  'step.iso.about':
    'The first VM boots an installer from an ISO image. Pick one already on this host (libvirt looks in /var/lib/libvirt/images), or one to download: it is checked against its SHA-256 before it is used.',
  'step.bridge.title': 'Bridge',
  'step.bridge.about':
    'A bridge (br0) is a virtual switch: the network card becomes its port and VMs plug into it, so they get addresses on your LAN and can be reached from it, unlike NAT. The host address moves to the bridge.',
  'step.summary.title': 'Summary',
  'step.summary.about': 'What each step did on this host.',

  // Host facts
  'host.os': 'System: {name}',
  'host.endOfLife':
    '{name} reached its end of life on {date}: its mirrors moved to vault.centos.org, so dnf fails until the repositories point there. Consider CentOS Stream 9, or Rocky Linux / AlmaLinux 8.',
  'host.notRoot': 'Not running as root: commands that change the host will fail. Run with sudo.',
  'host.nmRunning': 'NetworkManager {version} is running.',
  'host.nmDown': 'NetworkManager is not running: the bridge step needs it.',
  'host.noFlag': 'This CPU shows no vmx or svm flag: KVM cannot run here, VMs would be emulated (very slow).',
  'host.noFlagFix':
    'On a physical machine, enable Intel VT-x / AMD-V (often "SVM Mode" or "Virtualization Technology") in the BIOS/UEFI setup and power-cycle. On a cloud instance or inside another VM, enable nested virtualization on the hypervisor.',
  'host.emulationAccepted': 'Continuing without hardware virtualization, as chosen.',
  'host.flagVmx': 'Intel VT-x found (flag vmx): module {module}.',
  'host.flagSvm': 'AMD-V found (flag svm): module {module}.',
  'host.devKvmOk': 'The kvm module is loaded and /dev/kvm exists.',
  'host.moduleMissing': 'Module {module} is not loaded or /dev/kvm is missing.',
  'host.continueAnyway': 'Continue anyway (emulation only)',
  // i-detach: the SSH session the wizard runs in
  'host.sshNoMultiplexer':
    'You are connected over SSH, outside tmux and screen: if the connection drops, this screen is gone. Long steps (packages, ISO, VM) go on in the background and the next start picks them up; to keep the screen too, quit and start the wizard inside tmux: tmux new -s kvm (or screen -S kvm), and after a drop: tmux attach -t kvm.',
  'host.sshOnUplink':
    'This SSH session uses the address {address}, which is on {iface}: the bridge step moves it onto the bridge. The connection should survive; the change is rolled back unless you confirm it.',
  'host.sshNotOnUplink':
    'This SSH session uses the address {address}, which is not on {iface} (the interface the bridge takes over): the bridge change does not touch this connection.',
  'host.sshAddress': 'This SSH session uses the address {address}.',

  // Packages
  'packages.profile': 'Release: {profile}',
  'packages.installed': 'Installed: {list}',
  'packages.missing': 'To install: {list}',

  // Validate
  'validate.about': 'Runs the checks and explains every line that is not PASS.',
  'vm.notInstalled': 'virt-install is not installed yet: run the packages step first.',
  'validate.notInstalled': 'virt-host-validate is not installed yet: run the packages step first.',
  // i-flow: what a step needs from an earlier one (plan/prerequisites.ts)
  'prereq.virtHostValidate':
    'virt-host-validate is not installed: the packages step installs it. Run that step first (Back, or --only packages,validate).',
  'prereq.packages':
    'Not installed: {list}. The services come with these packages: run the packages step first (Back, or --only packages,services).',
  'prereq.libvirt':
    'libvirt does not answer (virsh cannot connect): the services step starts it. Run that step first (Back, or --only services,{step}).',
  'prereq.virtInstall':
    'virt-install is not installed: the packages step installs it. Run that step first (Back, or --only packages,vm).',
  'prereq.iso':
    '{iso} is not on this host: the ISO step downloads it. Run that step first (Back, or --only iso,vm).',
  'prereq.natPending':
    'The default network is not active yet: the default network step before this one starts it.',
  'prereq.bridgePending': 'Bridge {bridge} is not active yet: the bridge step before this one makes it.',
  'validate.passedCount': 'PASS × {count} (the other checks)',
  'validate.allPass': 'Every check passed.',
  'validate.failed': '{count} check(s) failed.',
  'validate.hint.hwvirt':
    'No hardware virtualization: enable VT-x/AMD-V in the BIOS/UEFI, or nested virtualization on a VM host.',
  'validate.hint.devkvm':
    'Load the module: modprobe kvm_intel (or kvm_amd); if it fails, virtualization is off in the BIOS/UEFI.',
  'validate.hint.iommu':
    'PCI passthrough only: add intel_iommu=on (or amd_iommu=on) to the kernel arguments (EL: grubby --args; Debian: /etc/default/grub + update-grub), reboot.',
  'validate.hint.secure': 'Secure guests (SEV/TDX/PEF) are optional; most hosts do not have them.',
  'validate.hint.cgroup': 'A cgroup controller is missing; only LXC containers or resource limits need it.',
  'validate.hint.other': 'See the hint from libvirt.',
  'validate.noVirtAccepted': 'Hardware virtualization is missing, which you chose to accept.',

  // Services
  'services.modular': 'This host uses the modular libvirt daemons (virtqemud, virtnetworkd, …).',
  'services.monolithic': 'This host uses the classic libvirtd daemon.',
  'services.libvirtOk': 'libvirt is enabled and running.',
  'services.cockpitOk': 'cockpit.socket is enabled and listening.',
  'services.cockpitUrl': 'Cockpit: {url}',
  // i-flow: the summary's Cockpit lines
  'services.selfSigned':
    'Cockpit uses a self-signed certificate: the browser warns once ("not secure"). That is expected on a new host; accept it for this address.',
  'services.cockpitNotListening':
    'Cockpit is not listening on port 9090 yet (not installed, or cockpit.socket not started): the packages and services steps set it up.',

  // Network
  // i-cockpituser: create the Cockpit admin user from the services step
  'adminUser.action': 'Create admin user',
  'adminUser.title':
    'A user for Cockpit: its name, then its password (typed into passwd, never seen by this wizard).',
  'adminUser.name': 'User name:',
  'adminUser.willRun': 'Enter runs:',
  'adminUser.hint': 'Enter: create · Esc: cancel',
  'adminUser.nameEmpty': 'Type a user name first.',
  'adminUser.nameTooLong': 'A user name has at most {max} characters (this one has {length}).',
  'adminUser.nameDash': 'A user name cannot start with -: commands would read it as an option.',
  'adminUser.badName': 'Use only small letters a–z, digits, _ and -, and start with a letter or _.',
  'adminUser.root': 'Not root: Cockpit refuses root. Choose another name.',
  'adminUser.exists': 'That user already exists. Choose another name.',
  'adminUser.groupExists':
    'A group of that name already exists, and useradd would refuse it. Choose another name.',
  'adminUser.why': 'Create the user, in the {group} group so that Cockpit lets it administer',
  'adminUser.failed': 'useradd failed (exit {code}): {reason}',
  'adminUser.passwdNow':
    'passwd now asks for the new password, twice. Nothing is shown as you type, and this wizard never sees it. Ctrl-D gives up.',
  'adminUser.created': 'User {name} created, in the {group} group, with the password you gave passwd.',
  'adminUser.passwdFailed':
    'The user {name} exists, but passwd did not set a password (exit {code}). Set it yourself, on a line of its own: passwd {name}',
  'adminUser.noTerminal': 'Set its password yourself, on a line of its own: passwd {name}',
  // i-admin2: set the password of an admin whose passwd failed; the notes that point at the menu item
  'adminUser.passwordAction': 'Set password',
  'adminUser.passwordTitle':
    'A password for {name}, so that Cockpit lets it in: typed into passwd, never seen by this wizard.',
  'adminUser.passwordHint': 'Enter: run passwd · Esc: cancel',
  'adminUser.passwordSet': 'The password of {name} is set: log in to Cockpit as {name}.',
  'services.cockpitNoAdminOffered':
    'Cockpit does not let root log in (/etc/cockpit/disallowed-users), and no user is in the {group} group yet: make one with "Create admin user" below.',
  'services.cockpitAdminNoPassword':
    'Cockpit does not let root log in (/etc/cockpit/disallowed-users), and {name} has no password yet, so it cannot log in either. Give it one (on a line of its own, to copy):\n    {command}',
  'services.cockpitAdminNoPasswordOffered':
    'Cockpit does not let root log in (/etc/cockpit/disallowed-users), and {name} has no password yet, so it cannot log in either: give it one with "Set password" below.',
  'services.cockpitLoginAs':
    'Cockpit does not let root log in (/etc/cockpit/disallowed-users): log in as {users}, then "Turn on administrative access".',
  'services.cockpitNoAdmin':
    'Cockpit does not let root log in (/etc/cockpit/disallowed-users), and no user is in the {group} group yet. Make one first, e.g. (on a line of its own, to copy):\n    useradd -m -G {group} admin && passwd admin',
  'network.about': 'NAT (virbr0): VMs go out through the host. Bridge (br0, next steps): VMs sit on the LAN.',
  'network.active': 'The default network is active.',
  'network.inactive': 'The default network exists but is not active.',
  'network.details':
    '{bridge}: host {address}/{prefix}; VMs get addresses {start}–{end} by DHCP and go out through NAT.',
  'network.subnetClash':
    'The default network would use {subnet}, but {iface} already has {address} in it: starting it would fail ("Network is already in use").',
  'network.subnetOverlap':
    'The default network would use {subnet}, which overlaps {address} on {iface}: it starts, but this host then reaches the LAN addresses in {subnet} through virbr0, not {iface}.',
  'network.subnetFix':
    'Give it another subnet first: virsh net-edit default (e.g. 192.168.124.1 with DHCP 192.168.124.2–192.168.124.254), then come back to this step.',
  'network.subnetFixUndefined':
    'Define it on another subnet first: copy {xml}, change 192.168.122 to e.g. 192.168.124 in the copy, virsh net-define the copy, then come back to this step.',
  'network.unknown': 'libvirt did not answer yet: the network is set up after the services step.',

  // ISO
  'iso.choose': 'Choose one of the ISOs found here in the wizard, or give iso: in --answers.',
  'iso.none':
    'No ISO found in /var/lib/libvirt/images: download one from the list, type a path, or give iso: in --answers.',
  'iso.missing': 'ISO {path} does not exist.',
  'iso.notIso': '{path} is not an ISO9660 image (no CD001 signature).',
  'iso.chosen': 'Using {path} (volume {volumeId}).',
  'iso.pickerHint': '↑/↓ choose · Enter: take it · Esc: back to the previous step',
  'iso.typePath': 'Path or URL of an ISO',
  'iso.typeChecksum': 'Its SHA-256 (64 hex digits), or the https:// URL of its checksum file',
  'iso.checksumExpected': 'Enter the ISO’s SHA-256 (64 hex digits) or the https:// URL of its checksum file.',
  'iso.skipChoice': 'No ISO for now',

  'iso.download':
    'Download {url} to {dest}; its SHA-256 is checked against the published checksum before it is used.',
  'iso.downloadSha': 'Download {url} to {dest}; its SHA-256 must match the one you gave before it is used.',
  'iso.verified': 'SHA-256 verified: {sha256}',
  'iso.noSpace': 'Not enough space in /var/lib/libvirt/images: {need} GiB needed, {free} GiB free.',
  'iso.unknownCatalog': 'Unknown catalogue entry "{id}".',
  'iso.downloading': 'Downloading {name}',
  'iso.catalogItem': 'Download {name} (~{size} MiB)',
  'iso.progress': '{done} of {total} MiB · {rate} MiB/s · {eta} left',
  'iso.progressUnknown': '{done} MiB · {rate} MiB/s',
  // i-forms: download screen and checksum mismatch
  'iso.downloadTitle': 'Downloading {name} ({size} MiB)',
  'iso.downloadTitleUnknown': 'Downloading {name} (size not yet known)',
  // i-harden: the server's size differs from the catalogue's estimate the picker showed
  'iso.downloadTitleEstimate': 'Downloading {name} ({size} MiB; the list estimated ~{estimate} MiB)',
  'iso.downloadStop':
    'Ctrl-C stops the download; the part already here is kept, and running the step again resumes it.',
  'iso.mismatch.head':
    'The SHA-256 of {name} does not match: these are not the bytes the checksum describes.',
  'iso.mismatch.expected': 'expected: {hash}',
  'iso.mismatch.actual': 'actual:   {hash}',
  'iso.mismatch.deleted':
    'The downloaded file was deleted. Downloading it again would be checked against the same hash: choose Edit to correct the URL or the SHA-256.',
  'iso.downloadFailed': 'Download failed: {reason}',
  'iso.badUrlName':
    'The file name at the end of {url} ("{name}") cannot name a file in /var/lib/libvirt/images (empty, a path, control characters, or a leading "-" or "."): use a URL that ends in NAME.iso.',
  'iso.savedAs': 'The URL names it "{name}": it is saved as {dest}.',
  'iso.destExists':
    '{path} already exists and is not an ISO image: the download never replaces a file. Move it away, or download from a URL with another file name.',
  'iso.alreadyDownloaded':
    '{path} is already here (volume {volumeId}): it is used as it is, not downloaded again.',
  'iso.err.cancelled': 'download cancelled',
  'iso.err.connect': 'could not connect to {url}: {reason}',
  'iso.err.status': '{url} answered HTTP {status}',
  'iso.err.read': 'could not read {url}: {reason}',
  'iso.err.tooManyRedirects': '{url} redirected more than {max} times: refused',
  'iso.err.badRedirect': '{url} redirects to an address that is not http(s) ("{location}"): refused',
  'iso.err.insecureRedirect':
    '{from} redirects to {to}, which is not https: refused before fetching it (what starts over https stays on https)',
  'iso.err.notHttps':
    '{url} is not https: a checksum file must come over https, it is what protects the download',
  'iso.err.notSha256': '"{value}" is not a SHA-256 hash (64 hex digits)',
  'iso.err.noChecksum': 'no checksum given for {name}; refusing an unverified ISO',
  'iso.err.checksumTooBig': '{url} is larger than {limit}: not a checksum file, refused',
  'iso.err.checksumConflict':
    '{url} lists different SHA-256 hashes for {name} ({hashes}): which one is right cannot be told, so nothing is downloaded',
  'iso.err.checksumEmpty': '{url} has no SHA-256 line at all: is it the checksum file?',
  'iso.err.checksumUnlisted': '{url} lists no SHA-256 for {name}',
  'iso.err.noSpace':
    'not enough space in {dir}: {free} free, the download needs {needed} more and {margin} must stay free',
  'iso.err.noSpaceDuring':
    'not enough space in {dir}: stopped with {free} free ({margin} must stay free); the partial download was removed',
  'iso.err.diskFull': 'the disk holding {dir} is full (ENOSPC); the partial download was removed',
  'iso.err.readOnly': '{dir} is on a read-only file system (EROFS): nothing can be saved there',
  'iso.err.write': 'could not write {path}: {reason}',
  'iso.err.notPlainFile':
    '{path} is a symbolic link or not a plain file: refused, and left as it is; remove it to download',
  'iso.err.exists': '{path} already exists and is not this ISO (its SHA-256 differs): it was left as it is',
  'iso.err.lost': 'connection to {url} lost after {bytes} bytes ({reason})',
  'iso.err.short': '{url} ended after {bytes} of {total} bytes',
  'iso.err.gaveUp': '{reason}; gave up after {attempts} attempts: run again to resume',
  'iso.err.mismatch':
    'SHA-256 of {name} does not match: expected {expected}, got {actual}; the download was deleted',

  // VM
  'step.vm.title': 'First VM',
  'step.vm.about':
    'virt-install creates the VM and boots the installer from the ISO. Disk and network card use virtio, the paravirtualized devices that make guests fast. Its console opens in Cockpit (Virtual machines).',
  'vm.exists': 'VM {name} exists.',
  'vm.reach':
    'Reach the installer: Cockpit → Virtual machines → the VM → Console; or virt-viewer; or `virsh domdisplay {name}` for its address (vnc:// or spice://) and a VNC or SPICE client through an SSH tunnel.',
  'vm.reachVnc':
    'Installer: Cockpit → Virtual machines → Console; or from your computer ssh -L {port}:127.0.0.1:{port} root@{host} and VNC to localhost:{port}.',
  // i-vmspice: SPICE only where QEMU has it; the console hint for the graphics the VM got
  'vm.reachSpice':
    'Installer: Cockpit → Virtual machines → Console; or `virsh domdisplay {name}` (spice://127.0.0.1:PORT), ssh -L PORT:127.0.0.1:PORT root@{host}, remote-viewer spice://localhost:PORT.',
  'vm.noSpice':
    'vm.graphics is spice, but QEMU on {profile} has no SPICE (virt-install fails: "spice graphics are not supported with this QEMU"). Set vm.graphics to vnc.',
  'vm.noIso': 'No ISO chosen in the ISO step: there is nothing to install from.',
  'vm.tooManyCpus': 'vm.vcpus is {vcpus}, but this host has {cpus} CPUs.',
  'vm.tooMuchMemory': 'vm.memoryMiB is {memory}, but only {free} MiB are free.',
  'vm.tooMuchDisk': 'vm.diskGiB is {disk}, but only {free} GiB are free in /var/lib/libvirt/images.',
  'vm.noBridge':
    'vm.network is bridge, but bridge {bridge} is not active: run the bridge step or choose nat.',
  'vm.natInactive':
    'vm.network is nat, but the default network is not active: run the default network step first.',
  'vm.summary': 'VM {name}: {vcpus} vCPUs, {memory} MiB memory, {disk} GiB disk.',
  'vm.onBridge': 'Network: bridge {bridge} (the VM gets an address on your LAN).',
  'vm.onNat': 'Network: the default NAT network (virbr0).',
  'vm.unknownVariant':
    'This host’s osinfo database does not know "{variant}": virt-install detects the OS from the ISO instead.',
  'vm.uncheckedVariant':
    'osinfo-query is missing, so "{variant}" cannot be checked against this host’s osinfo database: virt-install detects the OS from the ISO instead.',
  'vm.emulated':
    'No usable KVM (no /dev/kvm, or the CPU shows no vmx/svm): the VM runs emulated (--virt-type qemu), much slower.',
  'vm.isoNotYet': '{iso} is not on this host yet: the ISO step downloads it first.',
  'vm.memoryTight':
    '{memory} MiB is most of the {free} MiB free: the host itself may run short of memory and swap.',
  'vm.formCpus': 'more than this host’s {cpus} CPUs',
  'vm.formMemory': 'more than the {free} MiB free',
  'vm.formDisk': 'more than the {free} GiB free in /var/lib/libvirt/images',
  'vm.nameTaken': 'a VM named {name} already exists',
  'vm.field.name': 'Name',
  'vm.field.vcpus': 'vCPUs',
  'vm.field.memoryMiB': 'Memory (MiB)',
  'vm.field.diskGiB': 'Disk (GiB)',
  'vm.field.network': 'Network',
  'vm.field.osVariant': 'OS variant',
  // i-forms: VM form choices
  'vm.field.graphics': 'Console',
  'vm.network.nat': 'NAT (virbr0)',
  'vm.network.bridge': 'bridge (LAN)',
  'vm.graphics.vnc': 'VNC',
  'vm.graphics.spice': 'SPICE',
  'vm.osDetect': 'detect from the ISO',
  // i-forms2: the OS list puts the chosen ISO's own first
  'vm.osMatchesIso': '← the chosen ISO',
  'vm.form.unknownVariant': 'not in this host’s osinfo list: press Enter to choose from it',

  // Bridge
  'bridge.nmDown': 'NetworkManager is not running; the bridge is made with NetworkManager.',
  'bridge.exists': 'Bridge {name} exists and carries the host address.',
  'host.standIn':
    'On the host itself this step first checks the CPU flag (vmx or svm), /dev/kvm and NetworkManager; this plan assumes all three are there.',
  'bridge.standIn':
    'Left out of a --target plan: the bridge is built from the NIC, profile and addresses of the host itself. Run kvm-wizard on that host for this step.',
  'bridge.uplinkIsBridge':
    '{iface} is already a bridge and carries the host’s address: VMs can use it as it is (network: bridge in the VM step). To rename or rebuild it, remove it first.',
  'bridge.noUplink': 'No default route: cannot tell which network card to put into the bridge.',
  'bridge.interfaceMismatch':
    'bridge.interface is {wanted}, but the default route leaves through {iface}. The wizard bridges the card that carries the host address; remove bridge.interface or set it to {iface}.',
  'bridge.unmanaged': '{iface} is not managed by NetworkManager.',
  'bridge.alreadyPort': '{iface} is already a port of {controller}.',
  'bridge.notEthernet':
    '{iface} is a {type} connection. Only a plain Ethernet card can be bridged this way (Wi-Fi cannot be bridged; bonds, VLANs and teams need a hand-made setup).',
  'bridge.nameTaken': 'A connection or device named {name} already exists. Choose another name.',
  'bridge.carry.routes': 'Carried over: routes {routes}.',
  'bridge.carry.mtu': 'Carried over: MTU {mtu} on the bridge and on the card.',
  'bridge.carry.dnsSearch': 'Carried over: DNS search {domains}.',
  'bridge.carry.zone': 'Carried over: firewall zone {zone}.',
  'bridge.carry.ipv6': 'Carried over: IPv6 {addresses}, gateway {gateway}.',
  'bridge.carry.metric':
    'The bridge keeps route metric {metric} (NetworkManager would give a bridge 425, and another card could take the default route).',
  'bridge.carry.metric6': 'The bridge keeps IPv6 route metric {metric}, as the card has now.',
  'bridge.carry.slaac':
    'IPv6 addresses from router advertisements are made with addr-gen-mode {mode}, which depends on the interface name: the host gets another IPv6 address on the bridge. Connect over IPv4 or a static IPv6 address while the change is made.',
  'bridge.carry.other': 'Carried over as well: {settings}.',
  'bridge.carry.unreadable':
    'The uplink’s profile lists {setting} more than once, so the wizard cannot tell which value is real. Check it with nmcli connection show, then run again.',
  'bridge.carry.unreadableProbe':
    'The uplink’s profile {uuid} could not be read whole (nmcli -t -f all connection show): {output}. Without it the wizard cannot carry every setting over, so it changes nothing.',
  'bridge.carry.hostile':
    'The uplink’s profile sets {setting} to a value with control characters ({value}). The wizard does not copy such a value; fix it (nmcli connection modify {uuid} {setting} …) and run again.',
  'bridge.carry.block.ieee8021x':
    'The uplink’s profile sets {setting} = {value} (802.1X authentication), which the wizard cannot carry over to the bridge: the port would need the secrets, and a wrong guess cuts the host off the switch. Build this bridge by hand from the console.',
  'bridge.carry.block.perInterface':
    'The uplink’s profile sets {setting} = {value}, which the wizard cannot carry over to the bridge: the value is derived from the interface or the profile, so br0 would ask DHCP with another identity and may get another address. Set a fixed value (e.g. nmcli connection modify {uuid} ipv4.dhcp-client-id mac {setting} "") and run again.',
  'bridge.carry.block.permissions':
    'The uplink’s profile sets {setting} = {value}, which the wizard cannot carry over to the bridge: the profile is limited to those users, a system bridge would not be. Clear it (nmcli connection modify {uuid} {setting} "") and run again.',
  'bridge.carry.block.notForBridge':
    'The uplink’s profile sets {setting} = {value}, which the wizard cannot carry over to the bridge: it has no counterpart on a bridge and its port. Reset it (nmcli connection modify {uuid} {setting} "") or build the bridge by hand.',
  'bridge.carry.block.unknown':
    'The uplink’s profile sets {setting} = {value}, which the wizard cannot carry over to the bridge: it does not know whether it belongs on the bridge or the card, and will not drop it silently. Reset it (nmcli connection modify {uuid} {setting} "") if it is not needed, or build the bridge by hand.',
  'bridge.uplink': 'Network card {iface}, profile "{profile}" ({uuid}).',
  'bridge.dhcp': 'The bridge keeps DHCP and the card’s MAC address, so it gets the same lease.',
  'bridge.static': 'The bridge takes the static address {address}, gateway {gateway}.',
  'bridge.toDhcp':
    'The bridge asks DHCP for an address instead of keeping the static {current}: the host’s address may change.',
  'bridge.newAddress': 'The host’s address changes from {current} to {address}, gateway {gateway}.',
  // i-reconnect: the address moves, the user reconnects and confirms
  'bridge.reconnect':
    'The host’s address moves from {from} to {address}: this SSH session stops answering once the change is applied. Then, within {seconds} s, connect to the new address and keep the change: ssh {user}@{address} — then: {confirm}. {revert} undoes it at once; with neither, it is rolled back after {seconds} s.',
  'bridge.reconnectDhcp':
    'The host leaves its address {from} for DHCP: this SSH session stops answering once the change is applied, unless the server hands out the same address. Then, within {seconds} s, connect to the new address and keep the change: ssh {user}@NEW-ADDRESS — then: {confirm}. {revert} undoes it at once; with neither, it is rolled back after {seconds} s.',
  'bridge.reconnectTimeout':
    'The address moves, so the time to reconnect and confirm is {seconds} s (bridge.reconnectTimeout), not the {rollback} s set for a change this session survives.',
  'bridge.reconnectFind':
    'Finding the new address: the bridge keeps the card’s MAC {mac}, so a reservation for that MAC on the DHCP server still applies; otherwise look {mac} up in the router’s lease table. The wizard also writes the address to the host’s console and its log as soon as it has the lease.',
  'bridge.reconnectWait':
    'Waiting for the confirmation from a new session. Connect to the new address and run:\n  ssh {user}@{address}\n  {confirm}\nRolled back in {seconds} s unless confirmed.',
  'bridge.reconnectKeys':
    'r or Esc: undo the change now. (This session cannot keep it: confirm from the new address.)',
  'bridge.reconnectUndoing': 'Undoing the change: back to the previous network…',
  'bridge.reconnectSimKey': 'c: simulate `kvm-wizard confirm` from a session to the new address',
  'bridge.reconnectAnnounce':
    'kvm-wizard: {bridge} now has the address {address}. To keep this network change: ssh root@{address}, then kvm-wizard confirm (within {seconds} s). kvm-wizard revert undoes it; with neither it is rolled back.',
  'bridge.reconnectPending':
    'The change waits for kvm-wizard confirm from a session to {address} (until {until}).',
  'bridge.reason.reverted': 'undone on request (kvm-wizard revert, or r, Esc or Ctrl-C on the countdown)',
  'bridge.sshWarning':
    'Your SSH session may freeze for a few seconds. If the new network does not work, it is rolled back by itself after {seconds} s.',
  'bridge.staleCheckpoint':
    'NetworkManager still holds a checkpoint ({path}): another network change is waiting for confirmation or a run was interrupted. It rolls back by itself when its timeout ends; try again after that.',
  'bridge.staleCheckpointForever':
    'NetworkManager holds a checkpoint ({path}) made without a timeout: it never rolls back by itself, so waiting does not help. From the console, either undo the change it guards: {rollback} — or keep that change: {destroy}. Then run the wizard again.',
  'bridge.applying': 'Applying inside NetworkManager checkpoint {checkpoint}…',
  'bridge.verifying': 'Checking the new network…',
  // i-screens: what the bridge step is doing, in words, while it runs
  'bridge.running.checkpoint': 'Taking a NetworkManager checkpoint, so that the change can be undone…',
  'bridge.running.applying':
    'Creating the bridge and moving the address onto it. Unless you keep it, NetworkManager undoes it by itself…',
  'bridge.confirm': 'Can you still read this? Press Enter within {seconds} s to keep the new network.',
  'bridge.committing': 'Keeping the new network…',
  'bridge.confirmAuto': 'Verified; keeping the new network (--yes).',
  'bridge.committed': 'The bridge is kept: checkpoint destroyed.',
  'bridge.rolledBack': 'Rolled back to the previous network: {reason}',
  'bridge.refused': 'Nothing was changed: {reason}',
  'bridge.rollbackFailed':
    'ROLLBACK FAILED: the network may be left half changed. Rolled back because: {reason}. The rollback failed: {failure}.',
  'bridge.byHand': 'Finish by hand from the console (an SSH session may be cut):',
  // i-sshui: the last review before a bridge change, reverting on the countdown
  'bridge.confirmRevert':
    'r, Esc or Ctrl-C: undo it now. Without Enter it is undone by itself at the deadline.',
  'bridge.reverting': 'Rolling back to the previous network…',
  'bridge.review.title': 'Last check before the network changes. Nothing has changed yet.',
  'bridge.review.remove': 'Removed: profile "{profile}" ({uuid}) of {iface}. A rollback brings it back.',
  'bridge.review.create':
    'Created: bridge profile {bridge}, and port profile {port} that makes {iface} its port.',
  'bridge.review.carryAll': 'Carried over: every other setting of "{profile}" (MAC address, DNS, routes…).',
  'bridge.review.guard':
    'Inside a NetworkManager checkpoint: unless you press Enter on the next screen, it is undone after {seconds} s.',
  // i-forms2: the last review shows what changes, old → new
  'bridge.review.changeMethod': 'IPv4 method: {old} → {new}',
  'bridge.review.changeAddress': 'Address: {old} → {new}',
  'bridge.review.changeGateway': 'Gateway: {old} → {new}',
  'bridge.review.changeDns': 'DNS servers: {old} → {new}',
  'bridge.review.fromDhcp': 'from DHCP',
  'bridge.review.none': 'none',
  'bridge.review.ask': 'Apply this change now? [y/N]  y: apply · n, Enter or Esc: no, back to the step',
  'keys.bridgeApply': 'apply the network change on its last review',
  'keys.bridgeDecline': 'do not apply it: back to the step (the default)',
  'keys.bridgeRevert': 'undo the new network now while the countdown runs',
  'bridge.lastCommitted': 'Last bridge change ({when}): kept.',
  'bridge.lastRolledBack': 'Last bridge change ({when}) was rolled back: {reason}',
  'bridge.lastRollbackFailed':
    'The last bridge change ({when}) could NOT be rolled back: {failure} (it was being rolled back because: {reason}). By hand from the console: {steps}',
  'bridge.lastInterrupted':
    'The last bridge change ({when}) was not confirmed (the wizard or the SSH session ended); NetworkManager rolled it back by itself.',
  'bridge.reason.command': 'command {command} failed (exit {code}): {output}',
  'bridge.reason.verify': 'check "{check}" failed: expected {expected}, found {found}',
  'bridge.reason.missing': 'check "{check}" failed, missing: {missing}',
  'bridge.reason.noConfirm': 'no confirmation within the time limit',
  'bridge.reason.lateCommit':
    'the confirmation came after NetworkManager’s own deadline: it had already rolled the change back',
  'bridge.reason.commitFailed': 'keeping the change failed (CheckpointDestroy: {output})',
  'bridge.reason.rollbackCall': 'CheckpointRollback failed: {output}',
  'bridge.reason.rollbackDevices':
    'NetworkManager could not restore {devices} (device and NetworkManager’s result code)',
  'bridge.reason.checkpoint': 'could not create a NetworkManager checkpoint: {output}',
  'bridge.reason.stale': 'a NetworkManager checkpoint is already pending ({path})',
  'bridge.reason.staleForever':
    'a NetworkManager checkpoint without a timeout is pending ({path}) and never ends by itself. From the console, undo its change: {rollback} — or keep it: {destroy}',
  'bridge.reason.launch': 'could not start the detached apply process: {output}',
  'bridge.reason.lost':
    'the apply process stopped reporting; NetworkManager rolls back by itself at the deadline',
  'bridge.word.missing': 'missing',
  'bridge.word.none': 'none',
  'bridge.word.anyIpv4': 'an IPv4 address',
  'bridge.word.answers': 'answers',
  'bridge.word.noAnswer': 'no answer',
  'bridge.word.notChecked': 'not checked',
  'bridge.check.bridge-active': 'bridge active',
  'bridge.check.port-attached': 'network card is a port of the bridge',
  'bridge.check.address': 'address on the bridge',
  'bridge.check.default-route': 'default route via the bridge',
  'bridge.check.addresses': 'the card’s addresses on the bridge',
  'bridge.check.routes': 'the card’s routes via the bridge',
  'bridge.check.mtu': 'MTU as before',
  'bridge.check.dns': 'DNS servers as before',
  'bridge.check.gateway': 'gateway',
  // i-screens: a failed check's line, after its label (the label is said once)
  'bridge.checkMismatch': 'expected {expected}, found {found}',
  'bridge.field.name': 'Bridge name',
  'bridge.field.method': 'IPv4 method',
  'bridge.field.address': 'Address/prefix',
  'bridge.field.gateway': 'Gateway',
  'bridge.field.dns': 'DNS servers (comma-separated)',
  // i-forms: bridge form (card, STP, rollback timeout)
  'bridge.field.interface': 'Network card',
  'bridge.field.stp': 'STP (spanning tree)',
  'bridge.field.rollbackTimeout': 'Roll back after (seconds)',
  'bridge.method.auto': 'DHCP (auto)',
  'bridge.method.manual': 'static (manual)',
  'bridge.stp.off': 'off',
  'bridge.stp.on': 'on (traffic waits ~30 s)',
  // i-screens: NetworkManager's device states (the bridge form's card list)
  'nm.state.connected': 'connected',
  'nm.state.externally': 'connected (externally)',
  'nm.state.connecting': 'connecting',
  'nm.state.disconnected': 'disconnected',
  'nm.state.deactivating': 'deactivating',
  'nm.state.unavailable': 'unavailable (no cable or link)',
  'nm.state.unmanaged': 'not managed by NetworkManager',
  'nm.state.failed': 'connection failed',
  'bridge.nic': '{state} · {address} · {speed}',
  'bridge.nicNoAddress': 'no IPv4 address',
  'bridge.nicSpeed': '{mbps} Mb/s',
  'bridge.nicSpeedUnknown': 'speed unknown',
  'bridge.setByDhcp': 'set by DHCP',
  'bridge.form.notUplink':
    'only {uplink} can be put in a bridge here: it carries the default route, and the wizard carries its settings over',
  'bridge.form.noDns':
    'no DNS server: with a static address the host loses name resolution (dnf, curl, ssh to names stop working)',

  // Why each command runs
  'why.modprobe': 'load the KVM module {module}',
  'why.aptUpdate': 'refresh the package lists',
  'why.install': 'install the virtualization and Cockpit packages',
  'why.virtModule': 'install QEMU/KVM and libvirt from the virt module (EL8 only)',
  'why.virtGroup': 'install the virtualization package group',
  'why.validate': "run libvirt's host check for QEMU/KVM",
  'why.enableLibvirt': 'start libvirt now and at every boot',
  'why.enableCockpit': 'start the Cockpit web console on port 9090',
  'why.firewallNow': 'open Cockpit’s port in the running firewall',
  'why.firewallPermanent': 'keep it open after a reboot',
  'why.ufw': 'open Cockpit’s port 9090 in ufw',
  'why.netDefine': 'define the default NAT network',
  'why.netStart': 'start the default network (creates virbr0)',
  'why.netAutostart': 'start it at every boot',
  'why.bridgeAdd': 'create bridge {name} with the card’s MAC and the address settings above',
  'why.portAdd': 'make {iface} a port of {name}',
  'why.oldDelete': 'remove the old profile "{profile}" (restored on rollback)',
  'why.portUp': 'activate the port, which brings {name} up',
  'why.virtInstall': 'create VM {name} and boot the installer',
  'why.virshList': 'show the VMs on this host',
  'why.restorecon': 'give the ISO the SELinux label qemu may read',
  'why.download': 'download and verify the ISO',
  'why.checkpointCreate':
    'NetworkManager checkpoint of all devices: everything below rolls back by itself after {seconds} s unless confirmed',
  'why.checkpointCommit': 'after you confirm: keep the new network (destroy the checkpoint)',
  'why.checkpointRollback': 'go back to the network as it was before',
  'why.checkpointList': 'look for a pending checkpoint first',

  // Screens and outcomes
  // i-harden: the simulation writes its log and answers (the banner says so, and where)
  'ui.simulation': 'SIMULATION — host unchanged; log and answers: {dir}',
  'ui.simulationWritesNothing': 'SIMULATION — nothing on this machine is changed',
  'ui.dryRun': 'DRY RUN — nothing is changed',
  'ui.stepOf': 'Step {n}/{total}',
  'ui.commands': 'Commands:',
  'ui.noCommands': 'Nothing to run.',
  // i-layout: the command display and the terminal's size
  'ui.downloadWhy':
    'what the download does (the wizard does it itself, resumable): fetch to .part, check the SHA-256, move into place',
  'ui.downloadMove': 'put the checked file in place',
  'ui.tooSmall': 'This window is {columns}×{rows}: make the window at least {minColumns}×{minRows} to go on.',
  'ui.run': 'Run',
  'ui.skip': 'Skip',
  'ui.back': 'Back',
  'ui.quit': 'Quit',
  'ui.retry': 'Retry',
  'ui.next': 'Next',
  'ui.edit': 'Edit',
  'ui.running': 'Running {command}',
  'ui.stopHint': 'Ctrl-C stops it',
  'ui.canceled': 'Canceled (Ctrl-C): the command was stopped.',
  'ui.exitCode': 'Exit code {code}. Last lines:',
  'ui.log': 'Log: {path}',
  'transcript.unwritable': 'The log cannot be written ({reason}): {path}. The run goes on without it.',
  'transcript.reason.exists': 'a file of that name is already there, and it is left alone',
  'transcript.reason.readOnly': 'read-only file system',
  'transcript.reason.full': 'no space left on the disk',
  'transcript.reason.notDirectory': 'part of the path is not a directory',
  'transcript.reason.denied': 'permission denied',
  'transcript.reason.unsafeDir':
    'the directory is a symbolic link, belongs to someone else, or others may write to it',
  'transcript.reason.other': 'error {code}',
  'ui.stoppedAt':
    'Stopped at step {n}/{total} ({step}); the steps after it did not run. Start kvm-wizard again to go on.',
  'ui.probing': 'Looking at the host…',
  'ui.finish': 'Finish',
  'ui.scroll': '↑/↓ PgUp/PgDn scroll · lines {from}–{to} of {total}',
  'keys.menuMove': 'move between the choices of a menu',
  'keys.menuPick': 'pick the highlighted choice',
  'keys.menuHotkey': 'pick by its first letter (run, skip, back, quit…; Japanese labels show it: 実行(R))',
  'keys.formMove': 'move between the fields of a form',
  'keys.formSubmit': 'next field; on the last one, check and save',
  'keys.formCancel': 'leave a form or list without saving',
  'keys.formChoose': 'change a choice (DHCP or static, on or off…)',
  'keys.textClear': 'erase the whole field',
  'keys.textStartEnd': 'to the start / end of the field',
  'keys.textEraseForward': 'erase the character under the cursor (the Delete key)',
  'keys.listScroll': 'scroll a list or a long command list',
  'keys.bridgeKeep': 'keep the new network while the countdown runs',
  // i-reconnect: keys of the reconnect wait
  'keys.bridgeSimConfirm': 'simulation: confirm the moved address as from a new session',
  // i-learn: the learn-more page (? key) and its check-it-yourself commands; the pages are in learn-en.ts
  'keys.learnOpen': 'learn more about the step on screen, with commands to check it yourself',
  'keys.learnClose': 'close the learn-more page',
  'learn.title': 'Learn more: {step}',
  'learn.hint': '?: learn more',
  'learn.closeHint': 'Esc, q or ?: back to the step',
  'learn.tryIt': 'Check it yourself (type these; the output is from this host):',
  'learn.hostChecked': 'Checked on this host (you can type these yourself):',
  'learn.running': 'running…',
  'learn.noOutput': '(no output, exit code {code})',
  'learn.moreLines': '… {count} more lines',
  ...learnEn,
  'ui.formHint': 'Enter: next field / save · ↑↓: move · ←→: choose · Ctrl-U: clear · Esc: cancel',
  // i-forms: form errors and choices
  'form.wholeNumber': 'enter a whole number',
  'form.atLeast': 'at least {min}',
  'form.atMost': 'at most {max}',
  'form.oneOf': 'one of {values}',
  'form.invalid': 'not a valid value',
  'form.searchOpen': 'Enter: choose from the list',
  'form.searchHint': 'type to search · ↑/↓ choose · Enter: take it · Esc: back to the form',
  'form.searchNone': 'nothing matches "{filter}"',
  'form.searchCount': '{shown} of {total}',
  // i-forms60: a form taller than the window scrolls; fields DHCP does not use
  'form.moreAbove': '↑ {n} more lines above',
  'form.moreBelow': '↓ {n} more lines below',
  'form.unusedWithDhcp': '(unused with DHCP)',
  // i-forms2: a paste is text, a line break in it is not Enter
  'form.pasteLines':
    'pasted text had {count} more line(s): only the first was taken (a line break in a paste is not Enter)',
  'form.pasteBreak': 'the pasted line break was not taken as Enter: press Enter to go on',
  // i-flow: asking before quitting, a step's log
  'keys.runStop': 'stop the running command; with nothing running, ask whether to quit',
  'keys.quitYes': 'when asked "Quit?": quit',
  'keys.quitNo': 'when asked "Quit?": stay where you were',
  'keys.logShow': "on a step's result: show the step's whole output (↑/↓ PgUp/PgDn scroll, Esc closes)",
  'ui.quitAsk': 'Quit kvm-wizard now? The steps not run yet stay undone. [y/N]',
  'ui.logHint': "l: the step's whole output",
  'ui.changedPackages': 'Installed: {list}',
  'ui.changedUnits': 'Enabled and started: {list}',
  'ui.took': 'Took {seconds} s.',
  'ui.logEmpty': 'This step printed nothing.',
  // i-screens: the log view shows a tail of a long output
  'ui.logDropped': '{count} earlier lines are not shown here: see {path}',
  'ui.logDroppedNoFile': '{count} earlier lines are not kept (the log file could not be written).',
  'ui.logScroll': '↑/↓ PgUp/PgDn scroll · Esc or l closes · lines {from}–{to} of {total}',

  'state.todo': 'to do',
  'state.already': 'already done',
  'state.check': 'check',
  'state.blocked': 'blocked',
  'state.skip': 'nothing to do',
  'outcome.done': 'done',
  'outcome.already': 'already done',
  'outcome.skipped': 'skipped',
  'outcome.failed': 'failed',
  'outcome.canceled': 'canceled',
  'outcome.blocked': 'blocked',
  // i-learn: a step that only looks (host check, virt-host-validate) and found the host fine
  'outcome.checked': 'checked',
  // i-harden: the bridge change undone because the user asked (r, Esc, Ctrl-C, kvm-wizard revert)
  'outcome.revertedOnRequest': 'rolled back, as you asked',

  'summary.next':
    'Next: create a VM in Cockpit → Virtual machines, or with virt-install. The log has every command and its output.',

  // CLI
  'cli.help': `kvm-wizard — turn this Linux host into a KVM host, step by step

Usage:
  kvm-wizard [options]          interactive wizard (needs a terminal and root)
  kvm-wizard facts [--json]     show what the wizard detects on this host
  kvm-wizard export             print the plan as a shell script (with --target
                                for a release without Node.js 20, e.g. CentOS 7)
  kvm-wizard validate FILE      check an answers file: every error at once
  kvm-wizard schema             print the answers files' JSON Schema (2020-12)
  kvm-wizard confirm            keep a bridge change that waits for you (after
                                the host's address moved); revert: undo it now

Options:
  -y, --yes                run every step without questions (defaults and
                           --answers), plain output
  -n, --dry-run            print every step and its commands, change nothing
      --simulate[=PROFILE] run against a built-in simulated host:
                           centos-stream9 (default), centos-stream8,
                           centos-stream10, fedora, debian12, ubuntu24.04;
                           nothing on this machine changes
      --target PROFILE     with --dry-run or export: plan for a fresh host of
                           another release (el8, el9, el10, centos7, fedora,
                           debian, ubuntu); the bridge is left out
      --only STEP[,STEP]   run only these steps: host, packages, validate,
                           services, network, iso, bridge, vm, summary
  -a, --answers FILE       YAML or JSON answers (host, iso, bridge, vm), checked
                           before anything runs (default:
                           /etc/kvm-wizard/answers.yaml when present)
      --facts FILE         with --dry-run, export or facts: plan from the output
                           of facts --json (e.g. another host's) instead of
                           looking at this machine
      --json               with --yes, --dry-run, facts or validate: one JSON
                           document on stdout (see the README)
      --lang LANG          ja or en (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help               this help
  -V, --version            the version

Exit codes: 0 done, 1 a step failed or is blocked, 2 bad usage or answers,
3 wrong environment (not root, no terminal, unsupported system).
Every run writes a transcript; its path is printed. An interactive run saves
its answers beside it (replay: kvm-wizard --yes --answers FILE).
NO_COLOR turns colours off.`,
  'cli.needTty':
    'The interactive wizard needs a terminal. Use --yes for an unattended run, or --dry-run to see the plan. (Over SSH: ssh -t host kvm-wizard)',
  // i-layout: a terminal that cannot draw screens
  'cli.dumbTerminal':
    'This terminal (TERM=dumb) cannot draw the interactive wizard. Use --yes for an unattended run, --dry-run to see the plan, or export for a script to read and run.',
  'cli.needRoot': 'kvm-wizard changes the system and must run as root. Try: sudo kvm-wizard {args}',
  'cli.unknownCommand': 'Unknown command "{command}". Try --help.',
  'cli.unknownLanguage': 'Unknown language "{lang}" for --lang. Languages: ja, en',
  'cli.unknownOption': 'Unknown option {option}. Try --help.',
  'cli.optionValue': 'Option {option} needs a value (or takes none). Try --help.',
  'cli.unexpectedArgument': 'Unexpected argument "{arg}". Try --help.',
  'cli.repeated': 'Option {option} is given more than once: give it once.',
  'cli.emptyValue': 'Option {option} has an empty value. Give a value, or leave the option out. Try --help.',
  'cli.emptySimulate':
    '--simulate= has an empty value (an unset variable?), so nothing was run. Use --simulate alone for centos-stream9, or --simulate=PROFILE.',
  'cli.simulateEquals': 'The profile for --simulate goes after "=": --simulate={profile}',
  'cli.onlyEmpty': '--only has an empty step name (check the commas). Steps: {steps}',
  'cli.jsonWhere':
    '--json needs a result to print: use it with --yes, --dry-run, facts or validate (the interactive wizard has screens instead).',
  'cli.validateFile': 'validate needs the answers file to check: kvm-wizard validate FILE',
  'cli.notForValidate':
    '{option} means nothing for validate, which only checks a file. Leave it out (validate takes --json).',
  'cli.notForSchema': '{option} means nothing for schema, which only prints the JSON Schema. Leave it out.',
  'cli.notForFacts':
    '{option} means nothing for facts, which only looks at the host. Leave it out (facts takes --json, --simulate and --facts).',
  'cli.notForExport':
    '{option} means nothing for export, which only prints a script and changes nothing. Leave it out (export takes --target, --simulate, --facts, --only and --answers).',
  'cli.yesDryRun': '--yes runs the steps and --dry-run only shows them: use one of the two.',
  'cli.targetSimulate':
    '--target plans for a fresh host of a release and --simulate looks at a simulated host: use one of the two.',
  'cli.internalError':
    'Internal error (a bug in kvm-wizard): {message}. Run it again with KVM_WIZARD_DEBUG=1 to see where, and please report it.',
  'cli.jobUnreadable': 'Cannot use the bridge job {path}: {reason}',
  'cli.jobInvalid': 'not a bridge job file',
  'cli.jobUsage': 'Usage: kvm-wizard __apply-bridge JOB-FILE (started by the wizard itself, not by hand)',
  // i-reconnect: kvm-wizard confirm / revert
  'cli.nothingPending':
    'No bridge change is waiting for a confirmation: nothing to {verb}. (A change that was not confirmed in time has been rolled back; the wizard says so at its next start.)',
  'cli.pendingWaiting': 'The change is still being applied and checked; waiting for it…',
  'cli.pendingChecksFailed':
    'The new network fails its checks, so it is not kept. It is rolled back at its deadline, or now with kvm-wizard revert:',
  'cli.pendingDecided': 'Another session already answered this change ({decision}); waiting for the result…',
  'cli.pendingNoResult':
    'The apply process gave no result in time; NetworkManager rolls the change back by itself at its deadline.',
  'cli.notForDecide': '{option} means nothing for {command}. Leave it out ({command} takes --json).',
  'cli.decideArgs': '{command} takes no arguments: it finds the pending change itself.',
  // i-detach: detached steps and the one-wizard lock
  'detach.usage': 'Usage: kvm-wizard __run-step JOB-FILE (started by the wizard itself, not by hand)',
  'detach.jobUnreadable': 'Cannot use the step job {path}: unreadable, or not a job file',
  'detach.launchFailed': 'Could not start the step in the background: {reason}',
  'detach.lost':
    'The background step ended without a result (killed, or the host restarted) while running: {command}. Run the step again.',
  'detach.reattachRunning':
    'The {step} step, started at {time} by an earlier session, is still running in the background: following it.',
  'detach.reattachFinished':
    'The {step} step, started at {time} by an earlier session, ended in the background: its result follows.',
  'lock.held':
    'Another kvm-wizard is working on this host ({holder}). Run one at a time: wait until it ends, or go to its terminal (tmux attach -t kvm). Lock file: {path}',
  'lock.holder': 'PID {pid}, started {startedAt}',
  'lock.holderTty': ', on {tty}',
  'lock.holderFrom': ', over SSH from {from}',
  'lock.tookOver': 'Took over the lock {path} from kvm-wizard {holder}, which no longer runs.',
  'lock.tookOverUnreadable': 'Took over the lock {path}: it named no running kvm-wizard.',
  // i-harden: a path of the wizard's that holds something else (a FIFO, a directory, a link)
  'lock.notAFile':
    'The lock path {path} is {what}, not a lock file: kvm-wizard did not put it there. Look at it (ls -l {path}), remove it if nothing needs it, then start the wizard again.',
  'safeFile.refused':
    'Not written: {path} is {what}, not a file of kvm-wizard. Look at it (ls -l {path}) and remove it if nothing needs it.',
  'safeFile.what.file': 'a file (a directory belongs there)',
  'safeFile.what.directory': 'a directory',
  'safeFile.what.fifo': 'a named pipe (FIFO)',
  'safeFile.what.symlink': 'a symbolic link',
  'safeFile.what.socket': 'a socket',
  'safeFile.what.device': 'a device file',
  'safeFile.what.other': 'not a regular file',
  'export.generated': 'Generated by kvm-wizard. Read it before you run it (as root).',
  'export.verifyByHand': 'verify {file} against {url} before use',
  'export.noCheckpoint': 'no NetworkManager checkpoint: nothing changed',
  'export.stepBlocked':
    '{step}: blocked on this host (see the notes above); the script stops here, as the wizard would',
  'export.stepAlready': '{step}: already done on this host, skipped',
  'export.isoThere': '{file} is there already: not downloaded again',
  'export.isoOther': '{file} exists and is not this ISO (its SHA-256 differs): left as it is, stopped',
  'export.checksumNotListed':
    'the checksum file {url} could not be read or does not list this ISO once: nothing downloaded, stopped',
  'export.hashMismatch': 'the SHA-256 of {file} does not match: not used, stopped',
  'profile.endOfLife': '{label} (end of life)',
  'cli.standIn':
    'TARGET {profile} — the plan assumes a freshly installed host of that release; this machine is not looked at',
  'cli.targetOnly': '--target only works with --dry-run or export.',
  'cli.unknownStep': 'Unknown step "{step}" in --only. Steps: {steps}',
  'cli.unsupported':
    'Unsupported system: {name} (ID={id}, VERSION_ID={version}). Use --dry-run --target PROFILE to see a plan ({profiles}).',
  'cli.planOnly':
    '{profile}: Node.js 20 does not run there. Use --dry-run --target {id} to print the commands.',
  'cli.planOnlyNote':
    '{profile}: Node.js 20 does not run there. This plan is to read, or to run as a script (kvm-wizard export --target {id}); consider moving to a supported release.',
  'answers.cannotRead': 'cannot read: {reason}',
  'answers.notYaml': 'not valid YAML/JSON: {reason}',
  'answers.file.directory': 'is a directory, not an answers file',
  'answers.file.fifo': 'is a named pipe (FIFO), not a file: give a regular file',
  'answers.file.socket': 'is a socket, not a file',
  'answers.file.device': 'is a device, not a file',
  'answers.file.notRegular': 'is not a regular file',
  'answers.file.tooBig': 'larger than {max}: an answers file is a few dozen lines',
  'answers.file.nul':
    'contains a NUL byte (at byte {offset}): a binary or UTF-16 file? Save it as UTF-8 text',
  'answers.file.notUtf8': 'not UTF-8 text: save it as UTF-8',
  'answers.yaml.tooComplex': 'more than {max} YAML tokens: an answers file is a few dozen lines',
  'answers.yaml.tooDeep': 'nested or indented too deeply at line {line} (at most {max} levels and columns)',
  'answers.yaml.tag':
    '{where}: the YAML tag {tag} is not allowed (only plain mappings, lists, strings, numbers, true/false, null)',
  'answers.yaml.duplicateKey': '{key}: the key is given twice',
  'answers.yaml.keyNotString': 'a key at line {line} is a list or a mapping: keys are plain words',
  'answers.yaml.aliasBomb': 'YAML aliases (*name) used too many times: write the values out',
  'answers.yaml.tooManyValues': 'more than {max} values once YAML aliases are expanded',
  'answers.yaml.notPlain':
    'holds something other than plain mappings, lists, strings, numbers, true/false, null',
  'answers.topLevel': '(top level)',
  'answers.controlChar': 'must not contain control characters (found {char})',
  'answers.empty': 'must not be empty',
  'answers.tooLong': 'at most {max} bytes',
  'answers.ifnameAscii':
    'ASCII letters, digits and punctuation only (kernel and NetworkManager interface names)',
  'answers.ifnameLength': 'at most 15 bytes (kernel interface-name limit)',
  'answers.oneChecksum': 'give sha256 or checksumUrl, not both',
  'answers.unknownCatalog': 'no such catalogue entry (kvm-wizard schema lists them)',
  'answers.ifnameChars': 'no spaces, "/", ":" or "%"',
  'answers.bridgeNameLibvirt':
    'virbr0, virbr1… are the bridges of libvirt’s NAT networks: give the new bridge another name, e.g. br0',
  'answers.ifnameReserved': '".", "..", "all", "default" and "bonding_masters" are reserved by the kernel',
  'answers.leadingDash': 'must not start with "-" (commands would read it as an option)',
  'answers.notIpv4': 'not an IPv4 address like 192.168.1.10',
  'answers.notCidr': 'not an address with prefix like 192.168.1.10/24',
  'answers.onlyManual': 'only with method manual (DHCP sets it)',
  'answers.requiredManual': 'required when method is manual',
  'answers.networkAddress': '{address} is the network address of {subnet}, not one a host can use',
  'answers.broadcastAddress': '{address} is the broadcast address of {subnet}, not one a host can use',
  'answers.thisNetwork': '{address} is in 0.0.0.0/8 ("this network"), not an address a host can use on a LAN',
  'answers.loopback': '{address} is a loopback address (127.0.0.0/8): the LAN could not reach the host there',
  'answers.multicast': '{address} is a multicast address (224.0.0.0/4), not one a host can use',
  'answers.reserved': '{address} is in the reserved range 240.0.0.0/4, not an address a host can use',
  'answers.gatewayIsAddress': 'must differ from the address',
  'answers.gatewayOutside': 'must be inside {subnet}',
  'answers.notSha256': 'not a SHA-256 (64 hex digits)',
  'answers.httpsOnly': 'must be an https:// URL (the checksum is what protects the download)',
  'answers.absolutePath': 'must be an absolute path',
  'answers.nameTooLong': 'each part of the path at most {max} bytes',
  'answers.urlSpace': 'no spaces or line breaks in a URL (write a space as %20)',
  'answers.notUrl': 'not a URL like https://example.org/file.iso',
  'answers.httpOrHttps': 'must be an https:// (or http://) URL',
  'answers.catalogId': 'a catalogue id such as centos-stream-9',
  'answers.tooManyDns': 'at most 8 DNS servers',
  'answers.needChecksum': 'give sha256 or checksumUrl: an unverified ISO is never used',
  'answers.isoOneOf': 'give exactly one of path, catalog, or url (with sha256 or checksumUrl)',
  'answers.vmName': 'letters, digits and _ . + - only, up to 63, starting with a letter or digit',
  'answers.osVariant': 'an osinfo short id such as centos-stream9',
  'answers.unknownKey': 'unknown key',
  // i-forms2: every zod issue in the catalogue's words (answers files, --answers, forms)
  'answers.found': 'found {what}',
  'answers.found.text': 'text "{value}"',
  'answers.found.emptyText': 'empty text ""',
  'answers.found.number': 'the number {value}',
  'answers.found.notFinite': '{value}, not a number that can be used',
  'answers.found.nothing': 'nothing (an empty value or null)',
  'answers.found.list': 'a list',
  'answers.found.mapping': 'a mapping',
  'answers.found.other': 'another kind of value',
  'answers.issue.missing': 'missing: give it a value',
  'answers.issue.missingOneOf': 'missing: give one of {values}',
  'answers.issue.wholeNumberRange': 'must be a whole number from {min} to {max}, written without quotes',
  'answers.issue.numberRange': 'must be a number from {min} to {max}, written without quotes',
  'answers.issue.wholeNumber': 'must be a whole number, written without quotes',
  'answers.issue.number': 'must be a number, written without quotes',
  'answers.issue.boolean': 'must be true or false, written without quotes',
  'answers.issue.text': 'must be text: put it in quotes when YAML would read it as a number or true/false',
  'answers.issue.list': 'must be a list: one "- value" line per item, or [a, b]',
  'answers.issue.mapping': 'must be a mapping: indented "key: value" lines under it',
  'answers.issue.oneOf': 'must be one of {values}',
  'answers.issue.atMost': 'must be {max} or less',
  'answers.issue.atLeast': 'must be {min} or more',
  'answers.issue.below': 'must be less than {max}',
  'answers.issue.above': 'must be more than {min}',
  'answers.issue.atMostItems': 'at most {max} items',
  'answers.issue.atLeastItems': 'at least {min} items',
  'answers.issue.atMostChars': 'at most {max} characters',
  'answers.issue.atLeastChars': 'at least {min} characters',
  'answers.issue.format': 'not written as a valid {format}',
  'answers.issue.multipleOf': 'must be a multiple of {divisor}',
  'answers.issue.union': 'matches none of the forms this key takes',
  'answers.issue.badItem': 'holds a key or an item that is not allowed',
  'answers.issue.unknownKeyAllowed': 'unknown key: the keys here are {keys}',
  'cli.answersError': 'Error in answers file {file}:',
  'cli.validateOk': '{file}: valid answers file.',
  'cli.defaultAnswersUnsafe':
    '{file} is not used: it must be a regular file owned by root (or you) that no one else can write (chmod 600, chown root).',
  'cli.defaultAnswers': 'Using answers from {file}',
  'answers.savedSimulated':
    'Answers saved to {path} (from the simulated host: replay with kvm-wizard --yes --simulate --answers {path})',
  'answers.saved': 'Answers saved to {path} (replay: kvm-wizard --yes --answers {path})',
  'answers.saveFailed': 'Could not save the answers to {path}: {reason}',
  'cli.factsError': 'Error in facts file {file}:',
  'cli.factsBanner':
    'FACTS FILE — the plan is for the host these facts were captured on (facts --json); this machine is not looked at',
  'cli.factsOnly': '--facts works with --dry-run, export or facts: it plans from a file and runs nothing.',
  'cli.factsYes':
    '--yes runs steps on a host, and a facts file only describes one. Use --dry-run --facts FILE or export --facts FILE to see the plan.',
  'cli.factsTarget':
    '--facts plans for the host in the file and --target for a fresh host of a release: use one of the two.',
  'cli.factsSimulate':
    '--facts plans from the file and --simulate looks at the built-in simulated host: use one of the two.',
  // i-learn: `kvm-wizard facts` for people (src/present/facts-text.ts)
  'facts.label.system': 'system',
  'facts.label.cpu': 'cpu',
  'facts.label.devKvm': '/dev/kvm',
  'facts.label.kvmModules': 'kvm modules',
  'facts.label.root': 'root',
  'facts.label.packages': 'packages',
  'facts.label.units': 'units',
  'facts.label.networks': 'libvirt networks',
  'facts.label.nm': 'NetworkManager',
  'facts.label.nmConnections': 'NM connections',
  'facts.label.uplink': 'uplink',
  'facts.label.uplinkProfile': 'uplink profile',
  'facts.label.ipv4': 'IPv4 addresses',
  'facts.label.firewall': 'firewall',
  'facts.label.cockpitLogin': 'cockpit login',
  'facts.label.selinux': 'SELinux',
  'facts.label.isos': 'ISO images',
  'facts.system': '{name} (ID={id}, VERSION_ID={version})',
  'facts.cpu': '{model} ×{count}, flag {flag}',
  'facts.none': 'none',
  'facts.present': 'present',
  'facts.missing': 'missing',
  'facts.yes': 'yes',
  'facts.no': 'no',
  'facts.packageMissing': '{name} (missing)',
  'facts.netActive': 'active',
  'facts.netInactive': 'inactive',
  'facts.netAutostart': 'autostart',
  'facts.libvirtUnknown': 'unknown (libvirt not answering)',
  'facts.nmRunning': 'running {version}',
  'facts.nmDown': 'not running',
  'facts.connectionOn': '{name} [{type} on {device}]',
  'facts.noDefaultRoute': 'no default route',
  'facts.uplinkProfile': '"{name}" {uuid} ipv4 {method} {addresses} gw {gateway} dns {dns}',
  'facts.addressOn': '{cidr} on {iface}',
  'facts.cockpitNotAllowed': '{kind} (cockpit not allowed)',
  'facts.cockpitLogin': 'root {root}; {group}: {admins}',
  'facts.rootRefused': 'refused',
  'facts.rootNotRefused': 'not refused',
  'facts.nobody': 'nobody',
  'facts.on': 'on',
  'facts.off': 'off',
  'facts.notIso': '{path} (not ISO9660)',
  'facts.notJson': 'not valid JSON: {reason}',
  'facts.notDocument':
    'not a kvm-wizard facts file: expected {"format": "{format}", "version": {version}, "facts": {…}}, as kvm-wizard facts --json prints it',
  'facts.unknownVersion':
    'facts format version {version} is not one this kvm-wizard reads (it reads version {supported}). Capture the facts again with this kvm-wizard: kvm-wizard facts --json',
  'facts.moreIssues': '… and {count} more problems',
  'file.unreadable': 'cannot read: {reason}',
  'file.notRegular': 'not a regular file (a directory, device or pipe cannot be read as one)',
  'file.tooLarge': 'too large: more than {limit} bytes',
  'file.notUtf8': 'not UTF-8 text',
  'cli.stepFailed': 'Step {step} failed.',
  'cli.stepBlocked': 'Step {step} is blocked.',
  'cli.planBlocked': 'Blocked on this host: {steps}. A run would stop at {first} (see its notes above).',
  'cli.allDone': 'All selected steps are done.',
  'cli.doneSkipped': 'The other selected steps are done; skipped: {steps}.',
  'cli.unknownProfile': 'Unknown profile "{profile}". Profiles: {profiles}',
  'cli.verifyFailed': 'Step {step} ran but the host is still not as expected.',
} as const;

/**
 * The "learn more" pages (the `?` key), one per step, in English: what the study text (LinuC 2.05.1) teaches
 * about that step, and what has changed since it was written. Paragraphs are separated by a blank line; a
 * line indented by four spaces is a command, shown as it would be typed. learn-ja.ts has the same keys
 * (its type makes a missing page an error); test/i18n/learn-pages.test.ts checks each page's key terms.
 */
export const learnEn = {
  'learn.page.host': `Hypervisors come in two kinds. A bare-metal (type 1) hypervisor runs directly on the hardware and the guest systems run on top of it: Xen, VMware ESXi, Hyper-V. A hosted (type 2) hypervisor is an application on an ordinary operating system: VirtualBox, VMware Workstation.

KVM blurs that line. It is a kernel module (kvm, plus kvm-intel or kvm-amd for the CPU) that turns Linux itself into a type-1 hypervisor: the kernel that runs your shell also schedules the VMs. Each VM is an ordinary Linux process (QEMU) that you can see with ps and top, yet its instructions run directly on the CPU.

That needs the CPU's virtualization extensions: Intel VT-x (CPU flag vmx) or AMD-V (flag svm). When the module is loaded the kernel offers /dev/kvm. Without them KVM cannot work, and QEMU can only emulate the CPU in software (TCG), many times slower.

Below, grep counts the lines of /proc/cpuinfo with the flag (one per CPU thread; 0 means none), and lsmod lists the kvm modules that are loaded.`,

  'learn.page.packages': `KVM and QEMU split the work. KVM, in the kernel, runs the guest's CPU and memory with VT-x/AMD-V. QEMU, a program in user space (the qemu-kvm package; on EL the binary is /usr/libexec/qemu-kvm), emulates the devices: disks, network cards, graphics, USB. libvirt manages both and keeps each VM's definition as XML; virsh, virt-install and Cockpit all talk to libvirt.

Full virtualization means an unmodified guest that believes it has real hardware: QEMU emulates an Intel e1000 network card or a SATA disk, for which every OS has a driver. Para-virtualization means a guest that knows it is virtual and uses devices designed for that, which saves the cost of imitating real hardware. KVM's para-virtual devices are virtio (virtio-net, virtio-blk, virtio-scsi…): much faster, but the guest needs virtio drivers. Linux has them built in; Windows needs the virtio-win drivers, from an ISO attached during installation.

virsh is installed by this step: before it, "virsh list --all" below says the command is not found.`,

  'learn.page.validate': `virt-host-validate is libvirt's own checklist for a KVM host: hardware virtualization (vmx/svm), /dev/kvm, the vhost-net and tun devices that virtio networking uses, the cgroup controllers that limit a VM's CPU and memory, and the IOMMU.

PASS is fine. WARN is something that only some setups need: the IOMMU (intel_iommu=on or amd_iommu=on on the kernel command line) matters only for PCI passthrough, handing a real device to a guest. FAIL must be fixed: without hardware virtualization every VM is emulated.

Run it again yourself after a change (a BIOS/UEFI setting, a kernel argument and a reboot) to see the effect.`,

  'learn.page.services': `The study text starts libvirt with:

    systemctl enable --now libvirtd

That enables (at every boot) and starts (now) the single libvirtd daemon, which did everything: VMs, networks, storage. libvirt has since split it into modular daemons, one per driver: virtqemud for QEMU/KVM guests, virtnetworkd for virtual networks, virtstoraged for storage pools, virtnodedevd, virtsecretd and others. systemd starts each one when its socket is first used (socket activation), so only what is used runs, and a fault in one does not take the others down.

On EL9 and later a fresh install uses the modular daemons; libvirtd still exists but is deprecated. So on EL9 the study text's command means "enable libvirt", and the wizard does it the EL9 way: it enables the sockets of the modular daemons: virtqemud, virtnetworkd, virtnodedevd, virtnwfilterd, virtsecretd and virtstoraged, each with its main, -ro (read-only) and -admin socket (virtqemud.socket, virtqemud-ro.socket, virtqemud-admin.socket, …). Use one set, not both. On EL8, Debian and Ubuntu libvirtd is still the daemon, and the study text's command is the right one.

cockpit.socket works the same way: Cockpit starts when a browser connects to port 9090.`,

  'learn.page.network': `libvirt's "default" network is NAT. libvirt creates the virtual bridge virbr0 (192.168.122.1/24), starts a dnsmasq on it that hands VMs addresses (DHCP) and answers their DNS queries, and adds firewall rules that masquerade the VMs' traffic behind the host's own address. VMs reach the LAN and the Internet; the LAN cannot reach them, except through port forwarding.

A bridge (the next steps: br0) is the other way: the host's network card becomes a port of a software switch, and VMs plugged into it appear on the LAN as machines of their own, with addresses from the LAN's DHCP server. NAT needs nothing from the LAN and works on any host; a bridge needs a wired card and a LAN that accepts more machines.

"virsh net-list --all" shows the networks: after this step, default is active and autostarts with libvirt.`,

  'learn.page.iso': `A new VM is an empty disk: it boots an installer from an ISO image, as a physical machine boots from a DVD. virt-install attaches the ISO as a virtual CD-ROM (--cdrom) and uses osinfo (--os-variant) to pick devices the guest OS supports: virtio for current Linux releases.

Keep ISOs in libvirt's images directory, /var/lib/libvirt/images: QEMU runs as its own user (qemu) with an SELinux label, and may not read a file under /root (virt-install then warns that the emulator may not have search permissions). A downloaded ISO is checked against its SHA-256 checksum, so a broken or altered file is never used.

For a Windows guest, attach the virtio-win ISO as a second CD-ROM: the installer needs its drivers to see a virtio disk.`,

  'learn.page.bridge': `The study text builds the bridge with nmcli, in words like these:

    nmcli connection add type bridge ifname br0 con-name br0
    nmcli connection add type bridge-slave ifname enp0s3 master br0

A bridge-slave is a port of the bridge; master names the bridge it joins. NetworkManager 1.46 and later use new words for the same things: a port joins a controller (port-type bridge controller br0, shown as connection.port-type and connection.controller). The old words still work, and EL8's nmcli knows only them, so the wizard uses the ones this host's nmcli understands.

The host's address moves from the card to br0, and for a moment the host is not reachable: over SSH, a wrong setting locks you out. So the wizard changes the network inside a NetworkManager checkpoint and keeps it only when you confirm from the screen; otherwise NetworkManager rolls everything back by itself.

"bridge link" lists the ports of each bridge (the card shows "master br0"); "nmcli connection show" lists the profiles.`,

  'learn.page.vm': `virt-install creates the VM: it writes the definition to libvirt (virsh dumpxml shows it as XML), creates the disk image (qcow2, which grows as the guest writes) in /var/lib/libvirt/images, and boots the installer.

The guest always gets virtio devices for disk and network (the command says bus=virtio and model=virtio): current Linux releases have the drivers built in; a Windows installer needs the virtio-win drivers to see the disk. Its console is VNC, or SPICE where the host's QEMU has it (not EL9 and later); Cockpit's "Virtual machines" page opens it in the browser. On NAT it gets an address from virbr0's dnsmasq; on br0, from your LAN.

virsh is the command line for everything afterwards: "virsh list --all" shows the VMs (running and shut off), virsh start, shutdown and console manage one.`,

  'learn.page.summary': `What was set up, in the study text's words: KVM (the kvm module, hardware virtualization) runs the CPU and memory; QEMU emulates the devices, virtio where the guest has drivers; libvirt manages VMs, networks and storage through its daemons; the default network is NAT behind virbr0; br0 bridges VMs onto the LAN.

The commands below show each part on this host. Every command the wizard ran, with its output, is in the log.`,
} as const;

export type LearnKey = keyof typeof learnEn;

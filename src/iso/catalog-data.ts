/**
 * The ISOs the wizard offers to download. Plain data, validated by catalog.ts at load time.
 * A .ts module rather than JSON so esbuild bundles it without import attributes.
 *
 * Where the project publishes a stable "latest" link (CentOS Stream, Rocky, AlmaLinux) we use it,
 * so the entry survives point releases; the checksum file lists the versioned name and
 * findChecksum() resolves the link. Ubuntu and Debian have no such link, so their entries pin a
 * point release: Debian's archive keeps every release forever; Ubuntu moves superseded point
 * releases off releases.ubuntu.com, so that name needs bumping when a new one ships.
 * sizeMiB is approximate and only used to warn about disk space before the download starts.
 */
export const CATALOG_DATA: unknown = [
  {
    id: 'centos-stream-9',
    name: 'CentOS Stream 9 (DVD)',
    url: 'https://mirror.stream.centos.org/9-stream/BaseOS/x86_64/iso/CentOS-Stream-9-latest-x86_64-dvd1.iso',
    checksumUrl:
      'https://mirror.stream.centos.org/9-stream/BaseOS/x86_64/iso/CentOS-Stream-9-latest-x86_64-dvd1.iso.SHA256SUM',
    checksumFormat: 'bsd',
    osVariant: 'centos-stream9',
    sizeMiB: 12_500,
  },
  {
    id: 'centos-stream-10',
    name: 'CentOS Stream 10 (DVD)',
    url: 'https://mirror.stream.centos.org/10-stream/BaseOS/x86_64/iso/CentOS-Stream-10-latest-x86_64-dvd1.iso',
    checksumUrl:
      'https://mirror.stream.centos.org/10-stream/BaseOS/x86_64/iso/CentOS-Stream-10-latest-x86_64-dvd1.iso.SHA256SUM',
    checksumFormat: 'bsd',
    osVariant: 'centos-stream10',
    sizeMiB: 7_500,
  },
  {
    id: 'rocky-9',
    name: 'Rocky Linux 9 (minimal)',
    url: 'https://download.rockylinux.org/pub/rocky/9/isos/x86_64/Rocky-9-latest-x86_64-minimal.iso',
    checksumUrl: 'https://download.rockylinux.org/pub/rocky/9/isos/x86_64/CHECKSUM',
    checksumFormat: 'bsd',
    osVariant: 'rocky9',
    sizeMiB: 1_900,
  },
  {
    id: 'almalinux-9',
    name: 'AlmaLinux 9 (minimal)',
    url: 'https://repo.almalinux.org/almalinux/9/isos/x86_64/AlmaLinux-9-latest-x86_64-minimal.iso',
    checksumUrl: 'https://repo.almalinux.org/almalinux/9/isos/x86_64/CHECKSUM',
    checksumFormat: 'bsd',
    osVariant: 'almalinux9',
    sizeMiB: 2_000,
  },
  {
    id: 'ubuntu-24.04',
    name: 'Ubuntu Server 24.04 LTS',
    url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.3-live-server-amd64.iso',
    checksumUrl: 'https://releases.ubuntu.com/24.04/SHA256SUMS',
    checksumFormat: 'gnu',
    osVariant: 'ubuntu24.04',
    sizeMiB: 3_000,
  },
  {
    id: 'ubuntu-18.04',
    name: 'Ubuntu Server 18.04 LTS',
    url: 'https://old-releases.ubuntu.com/releases/18.04.6/ubuntu-18.04.6-live-server-amd64.iso',
    checksumUrl: 'https://old-releases.ubuntu.com/releases/18.04.6/SHA256SUMS',
    checksumFormat: 'gnu',
    osVariant: 'ubuntu18.04',
    sizeMiB: 970,
  },
  {
    id: 'debian-12',
    name: 'Debian 12 "bookworm" (netinst)',
    url: 'https://cdimage.debian.org/cdimage/archive/12.11.0/amd64/iso-cd/debian-12.11.0-amd64-netinst.iso',
    checksumUrl: 'https://cdimage.debian.org/cdimage/archive/12.11.0/amd64/iso-cd/SHA256SUMS',
    checksumFormat: 'gnu',
    osVariant: 'debian12',
    sizeMiB: 630,
  },
];

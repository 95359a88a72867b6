// Parses /proc/cpuinfo ("key\t\t: value" lines, one block per processor); also accepts a lone flags line
// (`grep -m1 flags /proc/cpuinfo`), where the vendor is then guessed from the flag.
import type { CpuInfo, CpuVendor, VirtFlag } from '../types.js';
import { lines } from './lines.js';

function vendorOf(vendorId: string | undefined, flag: VirtFlag | undefined): CpuVendor {
  if (vendorId === 'GenuineIntel') return 'intel';
  if (vendorId === 'AuthenticAMD') return 'amd';
  if (vendorId !== undefined) return 'other';
  if (flag === 'vmx') return 'intel';
  if (flag === 'svm') return 'amd';
  return 'other';
}

export function parseCpuinfo(text: string): CpuInfo {
  let vendorId: string | undefined;
  let flags: string[] | undefined;
  let model: string | undefined;
  let count = 0;
  for (const line of lines(text)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'processor') count++;
    else if (key === 'vendor_id') vendorId ??= value;
    else if (key === 'flags') flags ??= value.split(/\s+/);
    else if (key === 'model name') model ??= value;
  }
  const flag: VirtFlag | undefined = flags?.includes('vmx')
    ? 'vmx'
    : flags?.includes('svm')
      ? 'svm'
      : undefined;
  const info: CpuInfo = { vendor: vendorOf(vendorId, flag), model: model ?? '', count: Math.max(count, 1) };
  if (flag !== undefined) info.flag = flag;
  return info;
}

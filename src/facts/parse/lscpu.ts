// Parses `lscpu` ("Label:   value"), flat (util-linux ≤2.37) and indented (≥2.38 on a TTY) layouts alike.
// Only the values are locale-dependent in the fixtures (decimal commas); probes run it with LC_ALL=C anyway.
import { lines } from './lines.js';

export interface LscpuInfo {
  virtualization?: 'VT-x' | 'AMD-V';
  vendor?: string;
  cpus?: number;
}

export function parseLscpu(text: string): LscpuInfo {
  const info: LscpuInfo = {};
  for (const line of lines(text)) {
    // Labels never contain a colon; wrapped Flags continuation lines have none at all.
    const match = /^\s*([^:]+?):\s*(.*?)\s*$/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const [, label, value] = match;
    if (label === 'Virtualization' && (value === 'VT-x' || value === 'AMD-V')) info.virtualization ??= value;
    else if (label === 'Vendor ID' && value !== '') info.vendor ??= value;
    else if (label === 'CPU(s)' && /^\d+$/.test(value)) info.cpus ??= Number(value);
  }
  return info;
}

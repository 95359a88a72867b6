import type { Facts } from '../facts/types.js';

/** What a step changed on the host, read from the facts before and after it (the host is the truth). */
export interface StepChanges {
  /** Packages not installed before, installed now. */
  packages: string[];
  /** Units now enabled and active that were not both before. */
  units: string[];
}

const running = (facts: Facts, unit: string) => {
  const u = facts.units[unit];
  return u !== undefined && u.active === 'active' && u.enabled !== 'disabled' && u.enabled !== 'not-found';
};

export function changesBetween(before: Facts, after: Facts): StepChanges {
  return {
    packages: Object.keys(after.packages).filter((p) => after.packages[p] && !before.packages[p]),
    units: Object.keys(after.units).filter((u) => running(after, u) && !running(before, u)),
  };
}

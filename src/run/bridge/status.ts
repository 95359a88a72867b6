import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/** One verification check: what was expected and what was found (nmstate style). */
export interface BridgeCheck {
  name: 'bridge-active' | 'port-attached' | 'address' | 'default-route' | 'gateway';
  ok: boolean;
  expected: string;
  found: string;
}

/**
 * What the detached applier reports, written to a status file after every phase, so the wizard — or the
 * next run after a lost SSH session — can tell what happened.
 */
export type BridgeStatus =
  | { phase: 'applying'; id: string; at: number; checkpoint: string; deadline: number; pid: number }
  | {
      phase: 'verified';
      id: string;
      /** When the change started (the checkpoint was taken). */
      at: number;
      checkpoint: string;
      deadline: number;
      pid: number;
      checks: BridgeCheck[];
    }
  | { phase: 'committed'; id: string; at: number; checks: BridgeCheck[] }
  | {
      phase: 'rolled-back';
      id: string;
      at: number;
      reason: MessageKey;
      params?: MessageParams;
      checks?: BridgeCheck[];
    }
  | { phase: 'refused'; id: string; at: number; reason: MessageKey; params?: MessageParams };

export type FinalBridgeStatus = Extract<BridgeStatus, { phase: 'committed' | 'rolled-back' | 'refused' }>;

export function isFinal(s: BridgeStatus): s is FinalBridgeStatus {
  return s.phase === 'committed' || s.phase === 'rolled-back' || s.phase === 'refused';
}

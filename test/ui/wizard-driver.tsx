import { expect, vi } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { type MessageKey, t } from '../../src/i18n/messages.js';
import type { ProfileId } from '../../src/plan/profiles.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import type { Session } from '../../src/run/session.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { App } from '../../src/ui/App.js';
import { KEY, type Rendered, render } from './render.js';
import { simSession } from './sim-session.js';

/** Whitespace collapsed: a command wrapped over several screen lines reads as it would be typed. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');
/** A command's screen lines joined as bash reads them: ` \`+newline between words, `\`+newline inside one. */
export const joinContinued = (s: string) => s.replace(/ \\\n\s*/g, ' ').replace(/\\\n/g, '');

export const title = (id: StepId) => t(`step.${id}.title` as MessageKey);

/** The outcome line of a result screen: "✓ done", "✗ failed", … */
const RESULT_LINE = new RegExp(
  `^[✓✗] (${(['done', 'already', 'checked', 'skipped', 'failed', 'blocked'] as const).map((o) => t(`outcome.${o}`)).join('|')})$`,
  'm',
);

/** The App on a probed simulated host, rendered at 80×24, with helpers that walk it by keystrokes. */
export class Wizard {
  readonly onExit = vi.fn<(code: number) => void>();
  private constructor(
    readonly session: Session,
    readonly r: Rendered,
    readonly steps: readonly StepId[],
  ) {}

  static async start(
    options: {
      sim?: string;
      profile?: ProfileId;
      answers?: Answers;
      steps?: readonly StepId[];
      /** Changes the simulated host before the first probe. */
      setup?: (host: SimulatedHost) => void;
      lineDelayMs?: number;
      /** The terminal's width (80 unless said). */
      columns?: number;
    } = {},
  ): Promise<Wizard> {
    const session = await simSession(options.sim, options.profile, options.answers, options.lineDelayMs);
    if (options.setup) {
      options.setup(session.host as SimulatedHost);
      await session.probe();
    }
    const steps = options.steps ?? STEP_IDS;
    const holder: { w?: Wizard } = {};
    const { host, profile, transcript, bridgeApplier } = session;
    const r = render(
      <App
        context={{ host, profile, transcript, bridgeApplier }}
        answers={session.answers}
        facts={session.facts}
        steps={steps}
        onAnswers={(answers) => {
          session.answers = answers;
        }}
        onExit={(code) => holder.w?.onExit(code)}
      />,
      options.columns,
    );
    holder.w = new Wizard(session, r, steps);
    await holder.w.at(steps[0] ?? 'host');
    return holder.w;
  }

  frame(): string {
    return this.r.lastFrame();
  }

  /** Waits for the header of step `id` and returns the frame. */
  at(id: StepId): Promise<string> {
    const n = this.steps.indexOf(id) + 1;
    // In the language the test chose (setCatalogue), like the title.
    return this.r.waitForFrame(`${t('ui.stepOf', { n, total: this.steps.length })} · ${title(id)}`);
  }

  /** The one-line menu at the bottom, as its labels. */
  menu(): string[] {
    const last = this.frame().trimEnd().split('\n').at(-1) ?? '';
    // The selected item starts with › (Menu.tsx): the labels without it.
    return last
      .trim()
      .split(/\s{2,}/)
      .map((item) => item.replace(/^›/, ''));
  }

  press(keys: string) {
    this.r.press(keys);
  }

  /** Presses `key` and waits until the frame satisfies `until`. */
  async key(
    key: string,
    until: string | RegExp | ((f: string) => boolean),
    timeout?: number,
  ): Promise<string> {
    this.r.press(key);
    return this.r.waitForFrame(until, timeout);
  }

  /** On a review screen whose first item is Run: runs the step, waits for its result screen. */
  async run(): Promise<string> {
    expect(this.menu()[0]).toBe('Run');
    return this.key(KEY.enter, (f) => RESULT_LINE.test(f) && /Next|Retry/.test(f), 10_000);
  }

  /** Picks the menu's first item (Next) and waits for step `id`. */
  async next(id: StepId): Promise<string> {
    expect(this.menu()[0]).toBe('Next');
    this.r.press(KEY.enter);
    return this.at(id);
  }

  /** Moves a list's cursor (❯) down to the option starting with `label`, one key at a time, and picks it. */
  async pick(label: string): Promise<string> {
    for (let guard = 0; guard < 30 && !this.frame().includes(`❯ ${label}`); guard++) {
      const before = this.frame();
      await this.key(KEY.down, (f) => f !== before);
    }
    expect(this.frame()).toContain(`❯ ${label}`);
    const before = this.frame();
    return this.key(KEY.enter, (f) => f !== before);
  }

  /**
   * Every line of the command list, scrolling with ↓ when it does not fit, joined as they would be typed. In a
   * short window the step's text scrolls with the commands (StepReview): the lines after "Commands:".
   */
  async commands(): Promise<string> {
    const lines: string[] = [];
    const afterTitle = (all: string[]) => all.slice(all.indexOf('Commands:') + 1);
    for (let guard = 0; guard < 50; guard++) {
      const all = this.frame().split('\n');
      const statusAt = all.findIndex((l) => /lines \d+–\d+ of \d+/.test(l));
      if (statusAt < 0) {
        const start = all.indexOf('Commands:');
        expect(start, this.frame()).toBeGreaterThanOrEqual(0);
        const end = all.indexOf('', start);
        return flat(joinContinued(all.slice(start + 1, end < 0 ? undefined : end).join('\n')));
      }
      const [, a = '1', b = '0', n = '0'] = /lines (\d+)–(\d+) of (\d+)/.exec(all[statusAt] ?? '') ?? [];
      const top = statusAt - (Number(b) - Number(a) + 1);
      all.slice(top, statusAt).forEach((l, i) => {
        lines[Number(a) - 1 + i] = l;
      });
      if (Number(b) >= Number(n)) {
        // Back to the top, so the screen is as it was.
        await this.key(KEY.up.repeat(Number(n)), /lines 1–/);
        const list = lines.includes('Commands:') ? afterTitle(lines) : lines;
        return flat(joinContinued(list.join('\n')));
      }
      await this.key(KEY.down.repeat(Number(b) - Number(a) + 1), (f) => !f.includes(all[statusAt] ?? ''));
    }
    throw new Error(`the command list did not end:\n${this.frame()}`);
  }

  /** Walks from the first screen to step `id`, running every step before it (and picking the simulated ISO). */
  async walkTo(id: StepId): Promise<string> {
    for (const step of this.steps) {
      if (step === id) return this.at(id);
      await this.at(step);
      if (step === 'iso') {
        await this.key(KEY.enter, 'Using /var/lib/libvirt/images/');
      } else if (step === 'bridge') {
        await this.runBridge();
      } else if (this.menu()[0] === 'Run') {
        await this.run();
      }
      const next = this.steps[this.steps.indexOf(step) + 1];
      if (!next) break;
      // A step that cannot run here (blocked) is skipped; everything else goes on with Next.
      if (this.menu()[0] === 'Next') await this.next(next);
      else await this.key('s', `· ${title(next)}`);
    }
    return this.at(id);
  }

  /** Runs the bridge step: Run, y on the last review, and keeps the new network when asked to confirm. */
  async runBridge(): Promise<string> {
    await this.applyBridge();
    return this.key(KEY.enter, /^✓ done$/m, 10_000);
  }

  /** Run (Enter, or Retry's r), then y on the last review: waits for the countdown screen. */
  async applyBridge(run: string = KEY.enter): Promise<string> {
    await this.key(run, 'Apply this change now? [y/N]');
    return this.key('y', 'Press Enter within', 10_000);
  }

  unmount() {
    this.r.unmount();
  }
}

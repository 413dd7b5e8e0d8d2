import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {localIso, readTimeFields} from '../logic/aftercare/entered-time.js';
import {parseTreatedAt} from '../logic/aftercare/plan.js';
import {safeStorage, storageKey} from '../shared/storage.js';

/** What the controller reads from its element. */
export interface TreatmentTimeHost extends ReactiveControllerHost {
  /** The `treated-at` attribute. */
  readonly treatedAt: string;
  /** The `remember` attribute: keep an entered time on this device. */
  readonly remember: boolean;
  /** The element's `id`, part of the storage key so two plans on a page keep apart. */
  readonly id: string;
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The treatment time and its form. The time in use is the one the patient entered, else the
 * `treated-at` attribute (when it reads as a date and time). The patient enters it, changes it,
 * cancels a change (button or Escape) or forgets it; the form's error names the field to fix.
 *
 * The one place that touches storage: with `remember`, an entered time is kept in `localStorage`
 * (as local wall-clock time, `2026-11-24T09:05`), read back before the first render, and removed
 * by Forget, or when read after it expired (7 days after the plan's last timed step ended). Without `remember` nothing is read or written.
 *
 * Each change goes through the element's focus callback: it asks for the update that shows the
 * change, then moves focus to where the patient continues.
 */
export class TreatmentTimeController implements ReactiveController {
  /** The time the patient entered (or that was remembered), if any: it wins over `treated-at`. */
  entered: Date | null = null;
  /** The patient is changing a time, with the form open above the timeline. */
  editing = false;
  /** The field the form's error is about (the first one left empty), or null when there is no error. */
  error: 'date' | 'time' | null = null;
  /** `treated-at` is set but is not a date and time. */
  invalid = false;

  private readonly storage = safeStorage('local');

  /**
   * @param keptUntil until when (ms) a remembered time is kept: after it, it is forgotten when read
   */
  constructor(
    private readonly host: TreatmentTimeHost,
    private readonly showAndFocus: (selector: string) => void,
    private readonly keptUntil: (at: Date) => number,
  ) {
    host.addController(this);
  }

  /** The treatment time in use: one the patient entered, else `treated-at`. */
  get at(): Date | null {
    return this.entered ?? (this.invalid ? null : parseTreatedAt(this.host.treatedAt));
  }

  /** A remembered time shows: the timeline offers to forget it. */
  get forgettable(): boolean {
    return this.host.remember && !!this.entered;
  }

  private get key(): string {
    return storageKey('meso-aftercare', this.host.id);
  }

  /** Reads `treated-at` again; returns the problem to warn about when it is set but not a date and time. */
  readAttribute(): string | undefined {
    const {treatedAt} = this.host;
    this.invalid = treatedAt.trim() !== '' && !parseTreatedAt(treatedAt);
    return this.invalid ? `"${treatedAt}" is not an ISO 8601 date and time such as 2026-11-24T10:30` : undefined;
  }

  /**
   * Before the first render: the time remembered on this device, with `remember`, unless it has
   * expired (a week after the plan's last timed step ended): then it is removed.
   */
  hostUpdate(): void {
    if (this.host.hasUpdated || !this.host.remember) return;
    const at = parseTreatedAt(this.storage.get(this.key));
    if (at && Date.now() > this.keptUntil(at)) this.storage.remove(this.key);
    else this.entered = at;
  }

  /** The form's submit: takes the entered time (and remembers it), or shows the error and focuses its summary. */
  readonly submit = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const at = readTimeFields(field('date'), field('time'));
    if (typeof at === 'string') {
      this.error = at;
      this.showAndFocus('.error-summary');
      return;
    }
    this.error = null;
    this.editing = false;
    this.entered = at;
    if (this.host.remember) this.storage.set(this.key, localIso(at));
    this.showAndFocus('#timeline-heading');
  };

  /** "Change treatment time": opens the form, focused on its date. */
  readonly change = (): void => {
    this.editing = true;
    this.showAndFocus('#date');
  };

  /**
   * Leaves "Change treatment time" without a change: the timeline stays, focus returns to its
   * button. (In a browser there is a plan exactly when there is a treatment time.)
   */
  readonly cancel = (): void => {
    if (!this.editing || !this.at) return;
    this.editing = false;
    this.error = null;
    this.showAndFocus('#change-time');
  };

  /** Escape in the form cancels a change. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.editing && this.at) {
      event.preventDefault();
      this.cancel();
    }
  };

  /** Forgets the remembered time: `treated-at` takes over if set, otherwise the form opens. */
  readonly forget = (): void => {
    this.storage.remove(this.key);
    this.entered = null;
    this.editing = !this.at;
    this.showAndFocus(this.at ? '#timeline-heading' : '#date');
  };

  /** Moves focus from the error summary's link to the field it names. */
  readonly errorLink = (event: Event): void => {
    event.preventDefault();
    const control = this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.error ?? 'date'}`);
    control?.scrollIntoView({block: 'center'});
    control?.focus({preventScroll: true});
  };
}

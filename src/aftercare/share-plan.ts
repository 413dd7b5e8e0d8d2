/** What saving or sharing the plan did. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

type ShareNavigator = Navigator & {canShare?: (data: ShareData) => boolean};

/**
 * Saves or shares the plan: the Web Share API with the `.ics` file where the browser can share
 * files (`navigator.canShare({files})`), otherwise the plan as text on the clipboard. A patient who
 * closes the share sheet has cancelled; nothing else happens. Never throws.
 */
export async function sharePlan(ics: string, filename: string, title: string, text: string): Promise<ShareOutcome> {
  const nav = navigator as ShareNavigator;
  try {
    const files = [new File([ics], filename, {type: 'text/calendar'})];
    if (nav.canShare?.({files})) {
      try {
        await nav.share({files, title});
        return 'shared';
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') return 'cancelled';
      }
    }
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

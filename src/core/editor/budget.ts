/**
 * An operation budget for editor providers: no call may block the extension
 * host. The algorithms are linear first; on top, loops over lines, findings or
 * citations spend from a budget and stop when it is spent or the request is
 * cancelled, returning what they have. Counting operations rather than reading
 * a clock keeps providers deterministic and lets tests bound them without time.
 */

export interface Budget {
  /** Spends `n` operations; false once the budget is spent or the request cancelled (stop, return what you have). */
  spend(n?: number): boolean;
  /** Operations spent so far. */
  readonly spent: number;
  /** True once `spend` has answered false. */
  readonly exhausted: boolean;
}

/** How often (in operations) the cancellation callback is asked: it may cost a call into the host. */
const CANCEL_EVERY = 4096;

/**
 * A budget of `limit` operations; `isCancelled` (a VS Code CancellationToken's
 * `isCancellationRequested`) is checked every few thousand operations.
 */
export function operationBudget(limit: number, isCancelled?: () => boolean): Budget {
  let spent = 0;
  let nextCheck = CANCEL_EVERY;
  let exhausted = false;
  return {
    spend(n = 1) {
      if (exhausted) return false;
      spent += n;
      if (spent > limit) exhausted = true;
      else if (isCancelled && spent >= nextCheck) {
        nextCheck = spent + CANCEL_EVERY;
        if (isCancelled()) exhausted = true;
      }
      return !exhausted;
    },
    get spent() {
      return spent;
    },
    get exhausted() {
      return exhausted;
    },
  };
}

/** The default for a provider call: far above what a real plan needs (a 10 MB plan's completion spends a few hundred thousand). */
export const DEFAULT_OPERATIONS = 5_000_000;

/** A fresh default budget (budgets are stateful: one per call). */
export function defaultBudget(): Budget {
  return operationBudget(DEFAULT_OPERATIONS);
}

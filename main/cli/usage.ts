/**
 * The command line's checks, one for every command: a command line that cannot be run as written
 * is a UsageError (reported with the usage text, exit code 2), and a request built from it is
 * checked against the same contract schema the window's calls are (shared/contract/api.ts).
 */
import { channels, type Channel, type ChannelArgs } from '../../shared/contract/api';

export class UsageError extends Error {}

/** The request, as the contract reads it for `channel`; a UsageError naming what is wrong otherwise. */
export function checked<C extends Channel>(channel: C, request: ChannelArgs<C>[0]): ChannelArgs<C>[0] {
  const parsed = channels[channel].args.safeParse([request]);
  if (!parsed.success) {
    // Paths start with the argument's place in the call (0): what the person typed is the rest.
    throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.slice(1).join('.') || 'request'}: ${issue.message}`).join('; '));
  }
  return (parsed.data as unknown[])[0] as ChannelArgs<C>[0];
}

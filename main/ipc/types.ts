/** The shape of the handler table and what handlers may ask of the app (shared by ipc.ts and library.ts). */
import type { Channel, ChannelArgs, ChannelResult } from '../../shared/contract/api';

/** One handler per contract channel, typed from the contract. */
export type Handlers = {
  [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

/** Where to save a file: the app shows a save dialog; tests give a temporary path. */
export interface SaveRequest {
  title: string;
  defaultName: string;
  /** File name extensions offered, without the dot. */
  extensions: string[];
}

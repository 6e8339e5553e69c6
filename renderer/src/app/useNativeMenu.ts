/**
 * The native application menu, made from the command registry: every command placed in
 * a menu, its shortcut as an accelerator, greyed out when it cannot run now. Sent to main
 * whenever that changes; main's menu calls the command back by id ('menu:command').
 */
import { useEffect } from 'react';
import type { MenuSpec } from '../../../shared/contract/api';
import { MENU_NAMES } from '../../../shared/contract/names';
import { api } from '../shared/api';
import { accelerator } from './commands/keys';
import { COMMANDS } from './commands/registry';
import { isEnabled } from './commands/types';
import type { State } from './state';
import type { AppStore } from './store';

export function menuSpec(state: State): MenuSpec {
  return MENU_NAMES.map((label) => ({
    label,
    items: COMMANDS.filter((c) => c.menu === label && c.where.includes('menu')).map((c) => ({
      id: c.id,
      label: c.label,
      accelerator: c.keys?.map(accelerator).find((a) => a !== null) ?? null,
      enabled: isEnabled(c, state),
    })),
  }));
}

export function useNativeMenu(store: AppStore): void {
  useEffect(() => {
    let sent = '';
    let frame = 0;
    const send = (): void => {
      frame = 0;
      const spec = menuSpec(store.getState());
      const json = JSON.stringify(spec);
      if (json === sent) return;
      sent = json;
      // A window without a native menu (the browser tests without it) answers with an error: nothing to do.
      void api()
        .setMenu(spec)
        .catch(() => undefined);
    };
    send();
    const off = store.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(send);
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}

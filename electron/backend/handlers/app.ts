import type { AppStatus } from '#shared/contract/contract';
import type { HandlerContext } from './context';

export function appHandlers(ctx: HandlerContext) {
  const status = (): AppStatus => ({ dataFile: ctx.dataFile, notices: [...ctx.notices] });
  return {
    'app.status': status,
    'app.dismissNotice': ({ noticeId }: { noticeId: string }) => {
      const index = ctx.notices.findIndex((n) => n.id === noticeId);
      if (index >= 0) {
        ctx.notices.splice(index, 1);
        ctx.noticesChanged();
      }
      return status();
    },
  };
}

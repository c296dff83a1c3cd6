import { createHash } from 'node:crypto';
import { DomainError } from '#shared/contract/errors';
import { msg, errorOfText } from '#shared/contract/error-message';
import type { z } from 'zod';
import { copyOfEverything, copyOfGroup, handoverOf, type CopyContent, type CopyKind } from '#shared/custody/copy-file';
import type { CopyChoice, CopyPreview, OpenedCopy, SavedCopy } from '#shared/custody/copy-transfer';
import { NoSuchGroup } from '#shared/custody/group-bundle';
import { addAsNewGroup, describeReplacement, replaceGroup, summariseBundle } from '#shared/custody/merge-bundle';
import type { Locale } from '#shared/i18n/locales';
import { decodeCopy, encodeCopy } from '../custody/copy-file-codec';
import { swapInRecord } from '../custody/swap-in';
import type { Transfers } from '../custody/transfers';
import { wholeRecord } from '../custody/whole-record';
import { backendTranslator } from '../i18n/backend-messages';
import { writeBackup } from '../storage/backups';
import { DATA_FILE_NAME } from '../storage/open-store';
import { basename, join } from 'node:path';
import type { CustodyContext } from './custody-context';

type Choice = z.infer<typeof CopyChoice>;

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 40) || 'group'
  );
}

export function copyHandlers(custody: CustodyContext, transfers: Transfers, newId: () => string) {
  /**
   * The copy last read, so that opening it after its preview does not pay
   * scrypt and gunzip a second time. One only, keyed by the transfer and a
   * hash of the passphrase (the passphrase itself is not kept).
   */
  let lastRead: { transferId: string; passphraseHash: string; content: CopyContent; encrypted: boolean } | null = null;
  const hashOf = (passphrase: string | undefined) =>
    createHash('sha256')
      .update(passphrase ?? '')
      .digest('hex');

  async function opened(transferId: string, passphrase: string | undefined): Promise<{ content: CopyContent; encrypted: boolean }> {
    const bytes = transfers.complete(transferId);
    const passphraseHash = hashOf(passphrase);
    if (lastRead?.transferId === transferId && lastRead.passphraseHash === passphraseHash) return lastRead;
    const outcome = await decodeCopy(bytes, passphrase);
    if (!outcome.ok) {
      const field = outcome.reason === 'needs_passphrase' || outcome.reason === 'wrong_passphrase' ? 'passphrase' : undefined;
      throw new DomainError('invalid_input', errorOfText(outcome.message), field);
    }
    if (outcome.content.groups.some((g) => g.meetings.some((m) => m.status === 'live'))) {
      throw new DomainError('invalid_input', msg('copy.meetingUnderWayInside'));
    }
    lastRead = { transferId, passphraseHash, content: outcome.content, encrypted: passphrase !== undefined && passphrase !== '' };
    return lastRead;
  }

  return {
    'copy.save': async (input: {
      kind: CopyKind;
      groupId?: string | undefined;
      privateNotes?: boolean | undefined;
      contacts?: boolean | undefined;
      passphrase?: string | undefined;
    }): Promise<SavedCopy> => {
      if (custody.meetingLive()) throw new DomainError('conflict', msg('copy.meetingUnderWay'));
      if (input.kind === 'handover' && !input.passphrase) {
        throw new DomainError('invalid_input', msg('copy.handoverNeedsPassphrase'), 'passphrase');
      }
      const include = { privateNotes: input.privateNotes ?? input.kind !== 'handover', contacts: input.contacts ?? input.kind !== 'handover' };
      const store = custody.store();
      const groups = store.hot().groups;
      const group = input.groupId === undefined ? null : groups.find((g) => g.id === input.groupId);
      if (input.kind !== 'everything' && !group) throw new DomainError('not_found', msg('copy.chooseGroup'), 'groupId');
      const record = await wholeRecord(store, group ? [group.id] : undefined);
      const now = custody.now();
      let content: CopyContent;
      try {
        content =
          input.kind === 'everything'
            ? copyOfEverything(record, now, include)
            : input.kind === 'group'
              ? copyOfGroup(record, group?.id ?? '', now, include)
              : handoverOf(record, group?.id ?? '', now, include);
      } catch (error) {
        if (error instanceof NoSuchGroup) throw new DomainError('not_found', msg('copy.chooseGroup'), 'groupId');
        throw error;
      }
      const bytes = await encodeCopy(content, {
        ...(input.passphrase ? { passphrase: input.passphrase } : {}),
        ...(custody.kdfCost ? { cost: custody.kdfCost } : {}),
      });
      const day = new Date(now).toISOString().slice(0, 10);
      const what = input.kind === 'everything' ? 'everything' : `${slug(group?.name ?? '')}${input.kind === 'handover' ? '-handover' : ''}`;
      return { transferId: transfers.offer(bytes), fileName: `circlekeeper-${what}-${day}.circlekeeper`, bytes: bytes.length };
    },

    'copy.inspect': async ({
      transferId,
      passphrase,
      language,
    }: {
      transferId: string;
      passphrase?: string | undefined;
      language?: Locale | undefined;
    }): Promise<CopyPreview> => {
      // The comparison is worded in the console's language; English when none is given.
      const words = { t: backendTranslator(language ?? 'en'), locale: language ?? 'en' };
      const { content, encrypted } = await opened(transferId, passphrase);
      const store = custody.store();
      const here = store.hot().groups;
      const groups = [];
      for (const bundle of content.groups) {
        const same = here.find((g) => g.id === bundle.group.id) ?? null;
        const record = same ? await wholeRecord(store, [same.id]) : null;
        groups.push({
          fileGroupId: bundle.group.id,
          summary: summariseBundle(bundle),
          sameGroupHere: same ? { groupId: same.id, name: same.name } : null,
          replacing: same && record ? describeReplacement(record, same.id, bundle, words) : [],
        });
      }
      return { kind: content.kind, createdAt: content.createdAt, include: content.include, encrypted, groups };
    },

    'copy.open': async ({
      transferId,
      passphrase,
      choices,
    }: {
      transferId: string;
      passphrase?: string | undefined;
      choices: Choice[];
    }): Promise<OpenedCopy> => {
      if (custody.meetingLive()) throw new DomainError('conflict', msg('copy.openDuringMeeting'));
      const { content } = await opened(transferId, passphrase);
      const byId = new Map(content.groups.map((g) => [g.group.id, g]));
      const here = new Set(custody.hot().groups.map((g) => g.id));
      for (const choice of choices) {
        if (!byId.has(choice.fileGroupId)) throw new DomainError('invalid_input', msg('copy.unknownGroup'));
        if (choice.action === 'replace' && (!choice.replaceGroupId || !here.has(choice.replaceGroupId))) {
          throw new DomainError('invalid_input', msg('copy.chooseReplaced'), 'replaceGroupId');
        }
      }
      const replaced = choices.filter((c) => c.action === 'replace').map((c) => c.replaceGroupId ?? '');
      if (new Set(replaced).size !== replaced.length) throw new DomainError('invalid_input', msg('copy.replacedTwice'));
      if (!choices.some((c) => c.action !== 'skip')) throw new DomainError('invalid_input', msg('copy.nothingChosen'));

      const store = custody.store();
      let record = await wholeRecord(store, replaced);
      const touched = new Set<string>(replaced);
      const result: Omit<OpenedCopy, 'undoWith'> = { added: [], replaced: [] };
      for (const choice of choices) {
        const bundle = byId.get(choice.fileGroupId);
        if (!bundle || choice.action === 'skip') continue;
        if (choice.action === 'replace') {
          const target = choice.replaceGroupId ?? '';
          result.replaced.push(record.groups.find((g) => g.id === target)?.name ?? bundle.group.name);
          record = replaceGroup(record, target, bundle, newId);
        } else {
          const before = new Set(record.groups.map((g) => g.id));
          record = addAsNewGroup(record, bundle, newId);
          const added = record.groups.find((g) => !before.has(g.id));
          if (added) {
            touched.add(added.id);
            result.added.push(added.name);
          }
        }
      }
      // A folder with no group chosen yet (a new laptop) opens on the group just added.
      const firstAdded = [...touched].find((id) => !replaced.includes(id));
      const next = record.room.groupId === null && firstAdded ? { ...record, room: { ...record.room, groupId: firstAdded } } : record;
      const undoWith = await custody.reopen(async () => {
        // The record as it was is backed up first: restoring that backup undoes the opening.
        const backup = await writeBackup(custody.dataDir, join(custody.dataDir, DATA_FILE_NAME), custody.now(), custody.codec(), {
          reason: 'before_restore',
        });
        await swapInRecord(custody.dataDir, next, [...touched], custody.codec(), custody.durable);
        return basename(backup);
      });
      transfers.drop(transferId);
      lastRead = null;
      return { ...result, undoWith };
    },

    'transfer.begin': ({ bytes }: { bytes: number }) => ({ transferId: transfers.begin(bytes) }),
    'transfer.append': ({ transferId, offset, data }: { transferId: string; offset: number; data: string }) => ({
      received: transfers.append(transferId, offset, Buffer.from(data, 'base64')),
    }),
    'transfer.read': ({ transferId, offset }: { transferId: string; offset: number }) => {
      const { piece, done } = transfers.read(transferId, offset);
      return { data: piece.toString('base64'), done };
    },
  };
}

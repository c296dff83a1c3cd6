import { useState } from 'react';
import type { RestoreOutcome } from '#shared/custody/backup-summary';
import type { OpenedCopy } from '#shared/custody/copy-transfer';
import type { Group } from '#shared/domain/types';
import { BackupsPanel } from './BackupsPanel';
import { EncryptionPanel } from './EncryptionPanel';
import { OpenCopyPanel } from './OpenCopyPanel';
import { SaveCopyPanel } from './SaveCopyPanel';
import './custody.css';

/** The record's custody: copies and handover files, backups, encryption. */
export function SafekeepingPage({ group }: { group: Group }) {
  // Kept here: a restore or an opened copy reloads every list, and the Undo must survive that.
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);
  const [opened, setOpened] = useState<OpenedCopy | null>(null);
  return (
    <div className="safekeeping">
      <SaveCopyPanel group={group} />
      <OpenCopyPanel opened={opened} onOpened={setOpened} />
      <BackupsPanel restored={restored} onRestored={setRestored} />
      <EncryptionPanel />
    </div>
  );
}

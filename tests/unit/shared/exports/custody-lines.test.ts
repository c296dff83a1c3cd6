import { describe, expect, it } from 'vitest';
import { extractGroup } from '#shared/custody/group-bundle';
import { describeReplacement } from '#shared/custody/merge-bundle';
import { restoreChanges, type RestoreComparison } from '#shared/custody/restore-changes';
import { realisticRecord } from '../custody/record-fixture';
import { wording } from '../i18n/wording';

/** The record has two more meetings and a new member since the backup; a second group is only in the backup; a survey's answers would go. */
const comparison: RestoreComparison = {
  backup: [
    { groupId: 'g1', name: 'Weekly circle', members: 2, meetingsHeld: 2, lastMeeting: '2026-11-10' },
    { groupId: 'g2', name: 'Carers', members: 1, meetingsHeld: 1, lastMeeting: '2026-10-01' },
  ],
  now: [{ groupId: 'g1', name: 'Weekly circle', members: 3, meetingsHeld: 4, lastMeeting: '2026-11-24' }],
  heldNow: () => ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'],
  membersNow: () => ['Ana', 'Bo', 'Cy'],
  membersInBackup: () => ['Ana', 'Bo'],
  surveysOnlyNow: [{ title: 'Autumn survey', answers: 3 }],
};

describe('what a restore would change', () => {
  it('says it in English as before', () => {
    expect(restoreChanges(comparison, wording('en'))).toEqual([
      'Weekly circle: 4 meetings now, 2 in the backup (the 2 since 17 Nov 2026 would be gone from the record, but kept in the backup made just before the restore).',
      'Weekly circle members: 3 now, 2 in the backup.',
      'Weekly circle: now but not in the backup: Cy.',
      'Carers: only in the backup, so the group (1 member, 1 meeting held) would come back.',
      'Survey answers are not in backups; the answers the record holds now are kept.',
      'The survey “Autumn survey” is not in the backup, so its 3 answers would be gone for good: backups hold no answers.',
    ]);
  });

  it('says it in Spanish and in Arabic, names and titles as written', () => {
    const es = restoreChanges(comparison, wording('es'));
    expect(es[0]).toBe(
      'Weekly circle: 4 reuniones ahora, 2 en la copia de seguridad (las 2 celebradas desde el 17 nov 2026 desaparecerían del registro, pero se conservan en la copia de seguridad que se hace justo antes de restaurar).',
    );
    expect(es[3]).toBe('Carers: solo está en la copia de seguridad, así que el grupo (1 miembro, 1 reunión celebrada) volvería.');
    expect(es[5]).toContain('La encuesta «Autumn survey» no está en la copia de seguridad, así que sus 3 respuestas desaparecerían');
    const ar = restoreChanges(comparison, wording('ar'));
    expect(ar[0]).toMatch(/^Weekly circle: 4 اجتماعات الآن، و2 في النسخة الاحتياطية \(الاجتماعان اللذان عُقدا منذ .+ 2026 ستختفي من السجل/);
    expect(ar[3]).toBe('Carers: موجودة في النسخة الاحتياطية فقط، لذا ستعود المجموعة (فيها عضو واحد، وعُقد فيها اجتماع واحد).');
    expect(ar.join('\n')).not.toMatch(/ meetings? | in the backup/);
  });

  it('lists at most eight names, then how many more, in the language', () => {
    const many = { ...comparison, membersNow: () => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'], membersInBackup: () => [] };
    expect(restoreChanges(many, wording('en'))).toContain('Weekly circle: now but not in the backup: A, B, C, D, E, F, G, H and 2 more.');
    expect(restoreChanges(many, wording('de'))).toContain('Weekly circle: jetzt, aber nicht in der Sicherung: A, B, C, D, E, F, G, H und 2 weitere.');
    expect(restoreChanges(many, wording('ar'))).toContain('Weekly circle: الآن وليسوا في النسخة الاحتياطية: A، B، C، D، E، F، G، H و2 آخرون.');
  });
});

describe('what an opened copy would replace', () => {
  it('lines up the two groups in Spanish and Arabic', () => {
    const { record, ids } = realisticRecord();
    const bare = extractGroup(record, ids.groupA, { privateNotes: false, contacts: false });
    expect(describeReplacement(record, ids.groupC, bare, wording('es'))).toEqual([
      { label: 'Nombre del grupo', now: 'Quiet Group', inFile: 'Tuesday Circle' },
      { label: 'Miembros', now: '0 miembros', inFile: '4 miembros' },
      { label: 'Reuniones celebradas', now: '0 reuniones', inFile: '4 reuniones' },
      { label: 'Última reunión', now: 'ninguna todavía', inFile: '7 de abril de 2026' },
      { label: 'Plantillas de orden del día', now: '0 plantillas', inFile: '1 plantilla' },
      { label: 'Metas', now: '0 metas del grupo, 0 metas personales', inFile: '1 meta del grupo, 0 metas personales' },
      { label: 'Notas privadas', now: 'no hay', inFile: 'no hay' },
      { label: 'Datos de contacto', now: 'no hay', inFile: 'no hay' },
    ]);
    const ar = describeReplacement(record, ids.groupA, extractGroup(record, ids.groupA, { privateNotes: true, contacts: true }), wording('ar'));
    expect(ar.find((l) => l.label === 'الأعضاء')?.now).toBe('4 أعضاء');
    expect(ar.find((l) => l.label === 'الملاحظات الخاصة')?.now).toBe('في 4 اجتماعات، ومتابعة واحدة');
    expect(ar.find((l) => l.label === 'بيانات التواصل')?.now).toBe('لـ4 أعضاء وشريك واحد');
  });
});

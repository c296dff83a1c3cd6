/** A quiet confirmation after a save, so the facilitator knows it stuck. */
export function SavedNote({ show, text = 'Saved.' }: { show: boolean; text?: string }) {
  return (
    <span className="saved-note" role="status">
      {show ? `✓ ${text}` : ''}
    </span>
  );
}

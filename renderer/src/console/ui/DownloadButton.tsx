import { useAction } from '../../common/use-action';
import { ErrorText } from './ErrorText';
import { downloadText } from './download';

interface DownloadButtonProps {
  label: string;
  /** Makes the file (asks the backend); it is then offered as a download. */
  makeFile: () => Promise<{ fileName: string; text: string }>;
  type: string;
}

/** A button that asks the backend for a file and offers it as a download, saying why when it cannot. */
export function DownloadButton({ label, makeFile, type }: DownloadButtonProps) {
  const action = useAction();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={action.busy}
        onClick={() =>
          void action.run(async () => {
            const file = await makeFile();
            downloadText(file.fileName, file.text, type);
            return file;
          })
        }
      >
        {label}
      </button>
      <ErrorText message={action.error} />
    </>
  );
}

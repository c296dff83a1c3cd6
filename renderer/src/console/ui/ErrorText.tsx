/** An inline error, announced when it appears. */
export function ErrorText({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert" id={id}>
      {message}
    </p>
  );
}

// A refusal or failure said above a form or a screen's actions, announced at once; nothing when none.
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}

/**
 * The one kind of window a page may open: another screen of the same presentation (the presenter's or
 * the audience's, `#/present?…`) on the page it is opened from. Anything else (links, other pages,
 * other origins) is refused, as before.
 */
export function isPresentationScreen(url: string, openerUrl: string): boolean {
  try {
    const target = new URL(url);
    const opener = new URL(openerUrl);
    return (
      target.protocol === opener.protocol &&
      target.host === opener.host &&
      target.pathname === opener.pathname &&
      target.username === '' &&
      target.password === '' &&
      target.hash.startsWith('#/present?')
    );
  } catch {
    return false;
  }
}

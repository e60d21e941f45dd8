/**
 * The page policy every door serves the renderer with: the Electron app (app:// responses)
 * and browser mode (HTTP responses). renderer/index.html carries the same CSP as a meta tag.
 * 'unsafe-inline' for styles only: React sets style attributes; scripts are never inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every page and file of the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=()',
};

/** File types the app opens from the system (file associations, command line, drag onto the icon). */
export const OPENABLE_EXTENSIONS = ['txt', 'md', 'docx', 'pdf'] as const;

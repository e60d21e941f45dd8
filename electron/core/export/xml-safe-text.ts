/**
 * Text that may go into an XML file (.docx, .xlsx): XML 1.0 allows only #x9, #xA, #xD, #x20–#xD7FF,
 * #xE000–#xFFFD and #x10000–#x10FFFF. Everything else — other control characters, lone surrogates,
 * U+FFFE/U+FFFF — makes Word and LibreOffice refuse the file. Unicode noncharacters (U+FDD0–U+FDEF and
 * the last two code points of every plane) are removed as well: they are never text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** `text` with every character that XML or Unicode forbids in text removed. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

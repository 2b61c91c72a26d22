import QRCode from "qrcode";

/**
 * A QR code as a PNG data URL, for react-pdf's Image. Medium error correction
 * survives a printed, folded, photographed certificate.
 */
export function qrCodePng(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 1, scale: 6 });
}

// QR codes for the notice URL on signage (qrcode, a well-kept library; error correction M).
import QRCode from "qrcode";

export async function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 360 });
}

// The Python-UNO script behind --pdf. `soffice --convert-to pdf` exports fields as they were cached
// in the .docx, so the contents had no page numbers. This script starts LibreOffice headless with a
// private profile, loads each .docx hidden, updates every index (the contents) and every field
// (PAGE, NUMPAGES, references) twice — the second pass catches page numbers moved by the first —
// and stores a tagged PDF with writer_pdf_Export. It is written to a temporary folder and run by a
// Python that can import `uno` (Debian: python3-uno; LibreOffice's own bundled Python elsewhere).
export const UNO_SCRIPT = String.raw`
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

def main():
    soffice, profile, pipe = sys.argv[1], sys.argv[2], sys.argv[3]
    pairs = sys.argv[4:]
    proc = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 150
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if proc.poll() is not None:
                    raise RuntimeError("LibreOffice exited before accepting a connection (code %s)" % proc.returncode)
                if time.time() > deadline:
                    raise RuntimeError("LibreOffice did not accept a connection within 150 s")
                time.sleep(0.2)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for i in range(0, len(pairs), 2):
            src, dst = pairs[i], pairs[i + 1]
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                raise RuntimeError(src + ": LibreOffice could not open it")
            try:
                for _ in range(2):
                    indexes = doc.getDocumentIndexes()
                    for j in range(indexes.getCount()):
                        indexes.getByIndex(j).update()
                    doc.getTextFields().refresh()
                    doc.refresh()
                filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("UseTaggedPDF", True), prop("ExportBookmarks", True)))
                doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data)))
            finally:
                doc.close(True)
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:
                pass
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()

try:
    main()
except Exception as e:
    sys.stderr.write(str(e).splitlines()[0] if str(e) else type(e).__name__)
    sys.stderr.write("\n")
    sys.exit(1)
`;

/**
 * LibreOffice's font replacement table (Tools ▸ Options ▸ Fonts), written into the private profile
 * so that the documents' Chinese fonts, when missing on this machine, print in a Simplified Chinese
 * face rather than whichever CJK face fontconfig offers first (often the Japanese one).
 */
export function fontReplacementXcu(pairs: ReadonlyArray<readonly [string, string]>): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const items = pairs
    .map(
      ([from, to], i) =>
        `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
        `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>` +
        `<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
        `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${esc(from)}</value></prop>` +
        `<prop oor:name="SubstituteFont" oor:op="fuse"><value>${esc(to)}</value></prop>` +
        `</node></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>${pairs.length > 0}</value></prop></item>
${items}
</oor:items>
`;
}

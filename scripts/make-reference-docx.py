#!/usr/bin/env python3
"""Makes resources/export/reference.docx, the default Word template of `evidensplan export`.

Starts from pandoc's own default (`pandoc --print-default-data-file reference.docx`) and adjusts it
for universal design (WCAG 2.1 / the Norwegian regulations on universal design of ICT):
  - document language Norwegian Bokmål (nb-NO) in the default run properties and the core
    properties, so screen readers pronounce it right (pandoc sets nn-NO for Nynorsk plans);
  - headings stay real Heading 1-9 styles with outline levels (navigation pane, PDF tags), in a
    dark blue (#1F3864, contrast 11:1 on white) instead of pandoc's accent blue (#4F81BD, 3.9:1);
  - a plain sans-serif body font (Arial, 12 pt) and 1.15 line spacing;
  - document title "Beredskapsplan" and creator "Evidensplan" instead of "Title"/"Author".
Image alt text needs no template: pandoc writes a Markdown image's alt text as the picture's
description (docPr descr), which the export test checks.

Run by hand when pandoc's default changes (output is committed; ZIP entries get a fixed date so
the file is reproducible):  python3 scripts/make-reference-docx.py
"""
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "export" / "reference.docx"
DARK_BLUE = "1F3864"


def adjust_styles(xml: str) -> str:
    xml = re.sub(r'<w:lang w:val="[^"]*"', '<w:lang w:val="nb-NO"', xml, count=1)
    # Body font: explicit Arial in the document defaults (themes vary between Word versions).
    xml = xml.replace(
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
        '<w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial" />',
        1,
    )
    xml = xml.replace('<w:spacing w:after="200" />', '<w:spacing w:after="200" w:line="276" w:lineRule="auto" />', 1)
    # Heading colours with enough contrast; theme references dropped so the colour is what it says.
    xml = re.sub(r'<w:color w:val="(4F81BD|345A8A|365F91)"( w:themeColor="[^"]*")?( w:themeShade="[^"]*")? />', f'<w:color w:val="{DARK_BLUE}" />', xml)
    # Headings in the same sans-serif font as the body.
    xml = xml.replace(
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi" />',
        '<w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial" />',
    )
    return xml


def adjust_core(xml: str) -> str:
    xml = xml.replace("<dc:title>Title</dc:title>", "<dc:title>Beredskapsplan</dc:title>")
    xml = xml.replace("<dc:creator>Author</dc:creator>", "<dc:creator>Evidensplan</dc:creator><dc:language>nb-NO</dc:language>")
    return xml


def main() -> int:
    raw = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout
    src = zipfile.ZipFile(io.BytesIO(raw))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/styles.xml":
                data = adjust_styles(data.decode("utf-8")).encode("utf-8")
            elif info.filename == "docProps/core.xml":
                data = adjust_core(data.decode("utf-8")).encode("utf-8")
            out = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(out, data)
    print(f"make-reference-docx: wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

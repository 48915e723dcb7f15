#!/usr/bin/env bash
# Renders a report .docx to PDF and PNG pages, to look at it beside the seed's layout.
# Needs Debian's libreoffice-writer and poppler-utils: apt-get install -y libreoffice-writer poppler-utils
# Usage: scripts/render-report.sh output/monthly/bao-cao-thang-2024-03.docx [out-dir]
set -euo pipefail
docx="$1"
out="${2:-$(dirname "$docx")/rendered}"
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.docx}").pdf"
pdftoppm -r 60 -png "$pdf" "$out/$(basename "${docx%.docx}")"
ls "$out"

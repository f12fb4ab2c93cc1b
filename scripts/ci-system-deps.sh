#!/usr/bin/env bash
# System packages the test suite needs on a fresh Debian machine (CI runs this as root):
#   chromium        - the browser the end-to-end tests drive (playwright-core, /usr/bin/chromium)
#   pandoc          - export (docx/html/pdf) and the bibliography test render plans with --citeproc
#   poppler-utils   - pdftotext: the export test reads the exported PDF
#   zip             - the export test builds a municipal reference.docx
#   libkrb5-dev, build-essential, python3 - code-server's native modules compile locally
#   unzip           - the packaging test lists the VSIX; the export test opens the .docx
#   ca-certificates, procps, fonts-dejavu-core - TLS to the registries, ps/kill, legible screenshots
# Idempotent and quick when everything is present: it only calls apt-get when a package is missing.
set -euo pipefail

PKGS=(chromium pandoc poppler-utils libkrb5-dev build-essential python3 unzip zip ca-certificates procps fonts-dejavu-core)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "ci-system-deps: all present (${PKGS[*]})"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ci-system-deps: missing ${missing[*]} and not root (no sudo); install them yourself:" >&2
    echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "ci-system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "ci-system-deps: done"

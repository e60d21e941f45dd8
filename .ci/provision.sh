# Provision what `npm start` and `npm test` need, only where it is missing: sourced by .ci/start,
# .ci/test and .ci/setup. Quick and silent when everything is there already.
#   provision_node       Node >= 22 (from the npm registry into /usr/local when the system's is older)
#   provision_tools      Chromium, LibreOffice, poppler and CJK fonts with apt-get (root only)
#   provision_packages   npm ci when package-lock.json changed since the last install
#   provision_build      the app's build (out/), about a second
# Each prints one line per thing it installs on stderr, and nothing when there is nothing to do.

PROVISION_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/usr/local/bin:$PATH"

provision_say() { echo "setup: $*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

provision_node() {
  if [ "$(node_major)" -ge 22 ]; then return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    provision_say "no Node.js or npm on this machine; install Node.js 22 or later (Debian: apt-get install npm), then run this again"
    return 1
  fi
  provision_say "Node $(node --version 2>/dev/null || echo none) is older than 22; installing node@22 from the npm registry into /usr/local"
  npm install --global --prefix /usr/local node@22 >&2
  hash -r
}

# LibreOffice opens the Word exports (Writer) and the Excel exports (Calc).
libreoffice_calc_present() { [ -e /usr/lib/libreoffice/program/libsclo.so ]; }

provision_tools() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  libreoffice_calc_present || missing+=(libreoffice-calc-nogui)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  [ "${#missing[@]}" -eq 0 ] && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    provision_say "installing ${missing[*]} with apt-get"
    if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2; then
      return 0
    fi
    provision_say "apt-get could not install ${missing[*]}"
  else
    provision_say "cannot install ${missing[*]} here (needs root and apt-get); the tests that use them will be skipped"
  fi
  return 0
}

provision_packages() {
  local stamp="$PROVISION_ROOT/node_modules/.policy-reader-lock"
  local want
  want="$(node -e 'const c=require("crypto");process.stdout.write(c.createHash("sha256").update(require("fs").readFileSync(process.argv[1])).digest("hex"))' "$PROVISION_ROOT/package-lock.json")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  provision_say "installing the npm packages (npm ci)"
  (cd "$PROVISION_ROOT" && npm ci --no-audit --no-fund >&2)
  echo "$want" >"$stamp"
}

provision_build() {
  (cd "$PROVISION_ROOT" && npx --no-install electron-vite build >/dev/null) || {
    provision_say "the build failed; run 'npx electron-vite build' to see why"
    return 1
  }
}

# True when Electron's binary is on this machine (it is downloaded on first use, not by npm ci).
electron_binary_present() {
  local path_file="$PROVISION_ROOT/node_modules/electron/path.txt"
  [ -f "$path_file" ] && [ -e "$PROVISION_ROOT/node_modules/electron/dist/$(cat "$path_file")" ]
}

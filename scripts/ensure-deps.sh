#!/usr/bin/env bash
# Installs what berkas needs to build and run, only when it is missing:
# libgit2-dev, libsodium-dev and libxlsxwriter-dev (with pkg-config), OpenSSH's
# ssh-keygen and git; with --tests also faketime (the tests run berkas with its
# clock in another year), the script linter, python3 and openssh-server (a test
# runs sshd of its own on 127.0.0.1), Chromium, poppler-utils and the DejaVu fonts
# (the letter and the report are printed to PDF and read back) and openpyxl
# (workbooks are read back by an independent reader), gitolite3 and cgit (the
# central repository under gitolite, its web view under cgit). Idempotent.
set -euo pipefail
need=()
pkg-config --exists libgit2 2>/dev/null || need+=(libgit2-dev pkg-config)
pkg-config --exists libsodium 2>/dev/null || need+=(libsodium-dev pkg-config)
pkg-config --exists xlsxwriter 2>/dev/null || need+=(libxlsxwriter-dev pkg-config)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v git >/dev/null 2>&1 || need+=(git)
if [ "${1:-}" = "--tests" ]; then
  command -v faketime >/dev/null 2>&1 || need+=(faketime)
  command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
  command -v python3 >/dev/null 2>&1 || need+=(python3)   # scripts/long-functions.py
  [ -x /usr/sbin/sshd ] || need+=(openssh-server)   # the central repository over real SSH
  command -v chromium >/dev/null 2>&1 || need+=(chromium)   # the print check
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
  [ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
  /usr/bin/python3 -c "import openpyxl" 2>/dev/null || need+=(python3 python3-openpyxl)   # workbooks read back
  command -v gitolite >/dev/null 2>&1 || need+=(gitolite3)   # the central repository under gitolite
fi
# cgit alone, without the web server Debian recommends with it: the tests run it as a CGI program.
nohttpd=()
if [ "${1:-}" = "--tests" ] && [ ! -x /usr/lib/cgit/cgit.cgi ]; then nohttpd+=(cgit); fi
if [ ${#need[@]} -gt 0 ] || [ ${#nohttpd[@]} -gt 0 ]; then
  echo "berkas: installing ${need[*]} ${nohttpd[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  if [ ${#need[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; fi
  if [ ${#nohttpd[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${nohttpd[@]}" >/dev/null
  fi
fi
command -v swift >/dev/null 2>&1 || { echo "berkas: swift is not on PATH (Swift 6.1 or newer is needed)" >&2; exit 1; }

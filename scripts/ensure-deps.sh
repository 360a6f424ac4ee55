#!/usr/bin/env bash
# Installs what berkas needs to build and run, only when it is missing:
# libgit2-dev and libsodium-dev (with pkg-config), OpenSSH's ssh-keygen, git, and
# faketime (libfaketime, for the tests). Idempotent.
set -euo pipefail
need=()
pkg-config --exists libgit2 2>/dev/null || need+=(libgit2-dev pkg-config)
pkg-config --exists libsodium 2>/dev/null || need+=(libsodium-dev pkg-config)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v git >/dev/null 2>&1 || need+=(git)
command -v faketime >/dev/null 2>&1 || need+=(faketime)   # the tests run berkas with its clock in another year
if [ ${#need[@]} -gt 0 ]; then
  echo "berkas: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "berkas: swift is not on PATH (Swift 6.1 or newer is needed)" >&2; exit 1; }

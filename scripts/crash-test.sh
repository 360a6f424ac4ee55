#!/usr/bin/env bash
# Crash safety: kills `berkas new` and `berkas act` with SIGKILL at random
# moments, many times, and checks after each kill that
#   - git fsck --full is clean,
#   - the branch is at the old or the new commit (never anything else),
#   - berkas verify passes,
#   - a rerun of the same command succeeds, and the work tree is then clean.
#   bash scripts/crash-test.sh [RUNS]      (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-300}"
if [ -z "${BERKAS:-}" ]; then
  bash scripts/ensure-deps.sh
  swift build -c release --static-swift-stdlib >&2   # as installed (README), as the benchmark builds it
  BERKAS="$PWD/.build/release/berkas"
fi
work=$(mktemp -d /tmp/berkas-crash.XXXXXX)
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 BERKAS_LOCK_WAIT=5
mkdir -p "$HOME" "$work/keys"
cd "$work"
for k in rina ahmad; do ssh-keygen -q -t ed25519 -N "" -C "$k" -f "keys/$k"; done
"$BERKAS" init arsip --key keys/rina --name "Rina Wulandari" --email rina@x.go.id --nip 199003152015032001 --role staf-ukpbj >/dev/null
"$BERKAS" -C arsip member add --key keys/rina --name "Ahmad Fauzi" --nip 197001011995031001 --email ahmad@x.go.id \
  --role kepala-ukpbj --pubkey keys/ahmad.pub >/dev/null
# The argument lists of the two commands (berkas itself is started in the
# background, so that the SIGKILL reaches berkas and not a shell around it).
new_args() {
  args=(-C arsip new --key keys/rina --set tanggal_surat=2026-11-24 --set nomor_surat="027/$1" --set nama="Budi Santoso"
    --set nip=198507122010011003 --set pangkat_golongan=III/b --set jabatan=Kepala --set alamat_instansi="Dinas Pendidikan"
    --set telepon=081234567890 --set email=budi@x.go.id --set peran=PPK --set nomor_sertifikat_pbj=1 --set sk_pengangkatan=1
    --set identitas_asli_diperiksa=true)
}
act_args() { args=(-C arsip act "$1" disposisi --key keys/ahmad --note "Diteruskan kepada Kepala LPSE."); }
fail() { echo "FAILED at run $i: $* (archive kept at $work)" >&2; exit 1; }
landed=0; not_landed=0
start=$(date +%s)
for i in $(seq 1 "$runs"); do
  old=$(git -C arsip rev-parse HEAD)
  if [ $((i % 2)) -eq 1 ]; then
    what="new"; new_args "$i"
  else
    id=$(git -C arsip log -1 --format=%s --grep='Berkas-Action: buat' | cut -d: -f1)
    what="act $id"; act_args "$id"
  fi
  "$BERKAS" "${args[@]}" >/dev/null 2>&1 & pid=$!
  sleep "0.0$(printf '%02d' $((RANDOM % 60)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  head=$(git -C arsip rev-parse HEAD)
  if [ "$head" = "$old" ]; then not_landed=$((not_landed+1))
  elif [ "$(git -C arsip rev-parse HEAD~1)" = "$old" ]; then landed=$((landed+1))
  else fail "$what: branch at neither the old nor a new commit"; fi
  fsck=$(git -C arsip fsck --full --no-dangling 2>&1) || fail "$what: git fsck: $fsck"
  out=$("$BERKAS" "${args[@]}" 2>&1) || fail "rerun of $what: $out"
  [ -z "$(git -C arsip status --porcelain)" ] || fail "$what: work tree not clean after the rerun: $(git -C arsip status --porcelain)"
  "$BERKAS" -C arsip verify >/dev/null 2>&1 || fail "$what: verify: $("$BERKAS" -C arsip verify 2>&1 | tail -3)"
done
"$BERKAS" -C arsip verify --no-cache | tail -1
echo "crash-test: $runs SIGKILLs ($landed after the branch moved, $not_landed before), all consistent, in $(( $(date +%s) - start )) s"
# Consistent: the throwaway archive goes (a failure above keeps it for a look).
[ -n "${BERKAS_KEEP_TEST_DIRS:-}" ] || { cd /; rm -rf "$work"; }

#!/usr/bin/env bash
# Two berkas binaries side by side on the same archives, runs taken in turn
# (old, new, old, …) so that both meet the machine in the same state: a
# refactoring must not make any figure more than 10% worse (BENCHMARKS.md).
#   bash scripts/benchmark-compare.sh OLD_BERKAS NEW_BERKAS [GENERATED_RECORDS...]
# Archives: the generator's (repacked as git gc packs an office's archive), and
# one made by the real commands (scripts/real-archive.sh, 200 requests) as
# berkas leaves it (loose objects), after `git gc`, and as a fresh `git clone`.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
old=$1 new=$2
shift 2
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(200 2000)
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
swift build -c release --static-swift-stdlib >&2
GEN="$PWD/.build/release/berkas-archive-gen"
root=$(mktemp -d /tmp/berkas-compare.XXXXXX)
export HOME="$root/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"

# secs CMD...: wall seconds of one run
secs() {
  local t0=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || true
  awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", b - a }'
}
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# pair N LABEL CMD-WITH-@B@: N runs of each binary in turn; prints medians and new/old
pair() {
  local n=$1 label=$2; shift 2
  local o=() w=()
  for _ in $(seq 1 "$n"); do
    o+=("$(secs sh -c "${*//@B@/$old}")")
    w+=("$(secs sh -c "${*//@B@/$new}")")
  done
  local mo mw
  mo=$(med "${o[@]}"); mw=$(med "${w[@]}")
  printf '%-44s old %8.4f s   new %8.4f s   new/old %5.2f\n' "$label" "$mo" "$mw" "$(awk -v a="$mw" -v b="$mo" 'BEGIN{print a/b}')"
}
measure() {
  local dir=$1 key=$2 commits
  cd "$dir"
  commits=$(git rev-list --count HEAD)
  echo "  ($commits commits)"
  pair 3 "verify, whole history" "@B@ verify --no-cache"
  pair 5 "verify again, nothing new" "@B@ verify"
  local n=$(( commits < 2000 ? commits : 2000 ))
  printf '%-44s %8.4f s for %d commits\n' "git log --show-signature" "$(secs git log --show-signature -n "$n")" "$n"
  pair 3 "list cold" "rm -f .git/berkas/timeline; @B@ list"
  pair 5 "list warm" "@B@ list"
  pair 3 "report cold" "rm -f .git/berkas/timeline; @B@ report"
  pair 5 "report warm" "@B@ report"
  local ids
  ids=$("$new" list --status didisposisi --format csv 2>/dev/null | awk -F, 'NR > 1 && NR <= 6 {print $1}')
  local id o=() w=()
  for id in $ids; do
    o+=("$(secs "$old" act "$id" perintah --note "Admin Agency agar mereset akun SPSE pemohon." --key "$key")")
    git reset -q --hard HEAD~1
    w+=("$(secs "$new" act "$id" perintah --note "Admin Agency agar mereset akun SPSE pemohon." --key "$key")")
    git reset -q --hard HEAD~1
  done
  if [ ${#o[@]} -gt 0 ]; then
    printf '%-44s old %8.4f s   new %8.4f s   new/old %5.2f\n' "act (one step, median of ${#o[@]})" "$(med "${o[@]}")" "$(med "${w[@]}")" \
      "$(awk -v a="$(med "${w[@]}")" -v b="$(med "${o[@]}")" 'BEGIN{print a/b}')"
  fi
  cd "$root"
}

echo "# old: $old"
echo "# new: $new"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, git $(git --version | awk '{print $3}')"
for records in "${sizes[@]}"; do
  "$GEN" "$root/g$records" --records "$records" >/dev/null
  git -C "$root/g$records/arsip" repack -adf -q
  echo; echo "## generated, $records records, repacked"
  measure "$root/g$records/arsip" ../keys/sri
done
bash "$here/scripts/real-archive.sh" "$root/real" 200 "$new" >/dev/null
echo; echo "## made by the real commands, 200 requests, loose objects as berkas leaves them"
measure "$root/real/arsip" ../keys/lpse
git clone -q --no-local "$root/real/arsip" "$root/clone"
# What `berkas hooks install` sets, so that git checks the signatures in the clone too.
git -C "$root/clone" config gpg.format ssh
git -C "$root/clone" config gpg.ssh.allowedSignersFile .berkas/allowed_signers
cp -r "$root/real/keys" "$root/keys"
echo; echo "## the same, a fresh git clone (one pack, no commit-graph file)"
measure "$root/clone" ../keys/lpse
git -C "$root/real/arsip" gc -q
echo; echo "## the same, after git gc"
measure "$root/real/arsip" ../keys/lpse
echo
echo "archives kept under $root (delete when done)"

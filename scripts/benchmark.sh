#!/usr/bin/env bash
# Performance at archive scale, side by side with stock git on the same
# machine in the same run. Not part of CI (it takes ~20 minutes).
#   bash scripts/benchmark.sh [RECORDS...]     (default: 200 2000 20000 records ≈ 1k, 10k, 100k commits)
# Prints medians (of 5 runs where a run is cheap) and ratios; peak memory is
# the maximum resident set size from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
swift build -c release --static-swift-stdlib >&2   # as installed (README): faster start-up
BERKAS="$PWD/.build/release/berkas"
GEN="$PWD/.build/release/berkas-archive-gen"
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(200 2000 20000)
root=$(mktemp -d /tmp/berkas-bench.XXXXXX)
export HOME="$root/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"

# run CMD...: wall seconds (to the millisecond) and peak KB of one run, as "S KB"
run() {
  local t0=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$root/t" "$@" >/dev/null 2>&1 || true
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v kb="$(tail -1 "$root/t")" 'BEGIN { printf "%.3f %d\n", b - a, kb }'
}
# median of N runs of CMD (seconds), and the peak KB of the last
median() {
  local n=$1; shift; local ts=() kb=0
  for _ in $(seq 1 "$n"); do read -r s k < <(run "$@"); ts+=("$s"); kb=$k; done
  printf '%s\n' "${ts[@]}" | sort -n | awk -v kb="$kb" '{a[NR]=$1} END {printf "%.3f %d\n", a[int((NR+1)/2)], kb}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

echo "# berkas benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)"
echo "# git $(git --version | awk '{print $3}'), $(swift --version 2>&1 | head -1)"
for records in "${sizes[@]}"; do
  dir="$root/r$records"
  gen=$( { /usr/bin/time -f "%e" "$GEN" "$dir" --records "$records" >/dev/null; } 2>&1 | tail -1 )
  a="$dir/arsip"; cd "$a"
  commits=$(git rev-list --count HEAD)
  # The generator writes one fast-import pack (deltas in creation order). An
  # office's repository is packed by git gc from loose objects: recompute the
  # deltas the way git does, so both tools read the layout a real archive has.
  rp=$( { /usr/bin/time -f "%e" git repack -adf -q >/dev/null; } 2>&1 | tail -1 )
  echo
  echo "## $records records, $commits signed commits (generated in ${gen} s, git repack -adf ${rp} s, pack $(du -m .git/objects/pack/*.pack | cut -f1) MB)"
  # Full verify vs git log --show-signature (git on at most 2,000 commits: it costs ~8–19 ms a commit; per-commit rates compared).
  # Three of each, taken in turn (berkas, git, berkas, …) so that both meet the same
  # machine (a shared 2-core VM drifts by ±8% over minutes); medians compared.
  n=$(( commits < 2000 ? commits : 2000 ))
  v_all=() g_all=()
  for _ in 1 2 3; do
    read -r s v_kb < <(run "$BERKAS" verify --no-cache); v_all+=("$s")
    read -r s g_kb < <(run git log --show-signature -n "$n"); g_all+=("$s")
  done
  mid() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  v_s=$(mid "${v_all[@]}"); g_s=$(mid "${g_all[@]}")
  v_pc=$(awk -v s="$v_s" -v c="$commits" 'BEGIN{printf "%.3f", s*1000/c}')
  g_pc=$(awk -v s="$g_s" -v c="$n" 'BEGIN{printf "%.3f", s*1000/c}')
  echo "verify (all $commits commits, median 3)      : ${v_s} s = ${v_pc} ms/commit, peak ${v_kb} KB (runs: ${v_all[*]})"
  echo "git log --show-signature (-n $n, median 3): ${g_s} s = ${g_pc} ms/commit, peak ${g_kb} KB (runs: ${g_all[*]})"
  echo "  ratio per commit (git / berkas)  : $(ratio "$g_pc" "$v_pc")x"
  "$BERKAS" verify >/dev/null 2>&1 || true   # fills the cache
  read -r r_s r_kb < <(median 5 "$BERKAS" verify)
  echo "verify again, nothing new (median 5): ${r_s} s, peak ${r_kb} KB"
  # act vs git add + git commit -S of the same change, on this archive.
  ids=$("$BERKAS" list --status didisposisi --format csv 2>/dev/null | awk -F, 'NR > 1 && NR <= 6 {print $1}')
  # The same change with plain git first (and undone), then with berkas.
  git_times=()
  for id in $ids; do
    f=$(git ls-files "*/$id.md")
    sed -i 's/^status: didisposisi/status: diperintahkan/' "$f"
    read -r s kb < <(run sh -c "git add '$f' && git -c user.signingkey=../keys/sri -c gpg.format=ssh -c user.name=Sri -c user.email=sri@x -c commit.gpgsign=true commit -q -m t")
    git_times+=("$s"); git_kb=$kb
    git reset -q --hard HEAD~1
  done
  gitc=$(printf '%s\n' "${git_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  act_times=()
  for id in $ids; do
    read -r s kb < <(run "$BERKAS" act "$id" perintah --note "Admin Agency agar mereset akun SPSE pemohon." --key ../keys/sri)
    act_times+=("$s"); act_kb=$kb
  done
  act=$(printf '%s\n' "${act_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "act (median of ${#act_times[@]})                : ${act} s, peak ${act_kb} KB"
  echo "git add + git commit -S (median)   : ${gitc} s, peak ${git_kb} KB"
  # list and report, cold (no timeline cache) and warm, vs grep.
  # Cold: the timeline deleted before each of three runs.
  read -r lc_s lc_kb < <(median 3 sh -c "rm -f .git/berkas/timeline && exec '$BERKAS' list")
  read -r lw_s lw_kb < <(median 5 "$BERKAS" list)
  read -r rc_s rc_kb < <(median 3 sh -c "rm -f .git/berkas/timeline && exec '$BERKAS' report")
  read -r rw_s rw_kb < <(median 5 "$BERKAS" report)
  read -r gr_s gr_kb < <(median 5 sh -c "grep -r '^status:' permintaan-reset-akun")
  echo "list cold (median 3) / warm (median 5): ${lc_s} s (${lc_kb} KB) / ${lw_s} s (${lw_kb} KB)"
  echo "report cold (median 3) / warm (median 5): ${rc_s} s (${rc_kb} KB) / ${rw_s} s (${rw_kb} KB)"
  echo "grep -r '^status:' (median 5)      : ${gr_s} s (${gr_kb} KB)"
  cd "$root"
done
echo
echo "archives kept under $root (delete when done)"

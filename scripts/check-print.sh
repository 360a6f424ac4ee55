#!/usr/bin/env bash
# Opens the HTML report and the rendered letter in a real headless browser
# (Chromium from Debian), prints both to PDF (A4, print styles) and takes
# screenshots, then checks the printed text for the content. Run on demand:
#   bash scripts/check-print.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
swift build >&2
BERKAS="$PWD/.build/debug/berkas"
out="${1:-$(mktemp -d /tmp/berkas-print.XXXXXX)}"
mkdir -p "$out"
work=$(mktemp -d /tmp/berkas-print-archive.XXXXXX)
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME" "$work/keys"
cd "$work"
at() { GIT_COMMITTER_DATE="$1+07:00" GIT_AUTHOR_DATE="$1+07:00" "${@:2}"; }
for k in rina ahmad sri; do ssh-keygen -q -t ed25519 -N "" -C "$k" -f "keys/$k"; done
at 2026-11-20T08:00:00 "$BERKAS" init arsip --key keys/rina --name "Rina Wulandari, S.E." --email rina@ponorogo.go.id \
  --nip 199003152015032001 --role staf-ukpbj --office "Bagian Pengadaan Barang dan Jasa Setda Kabupaten Ponorogo" >/dev/null
at 2026-11-20T08:01:00 "$BERKAS" -C arsip member add --key keys/rina --name "Drs. Ahmad Fauzi, M.Si." --nip 197001011995031001 \
  --email ahmad@ponorogo.go.id --role kepala-ukpbj --pubkey keys/ahmad.pub >/dev/null
at 2026-11-20T08:02:00 "$BERKAS" -C arsip member add --key keys/rina --name "Ir. Sri Handayani" --nip 197505202000122002 \
  --email sri@ponorogo.go.id --role kepala-lpse --pubkey keys/sri.pub >/dev/null
new() { at "$1" "$BERKAS" -C arsip new --key keys/rina --set tanggal_surat=2026-11-24 --set nomor_surat="027/$1" \
  --set nama="Budi Santoso, S.Kom." --set nip=198507122010011003 --set pangkat_golongan="Penata Muda Tingkat I (III/b)" \
  --set jabatan="Kepala Seksi Sarana Prasarana" --set alamat_instansi="Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo" \
  --set telepon=081234567890 --set email=budi.santoso@ponorogo.go.id --set peran=PPK --set nomor_sertifikat_pbj=PBJ.2019.0001234 \
  --set sk_pengangkatan="188.45/123/405.07/2026" --set identitas_asli_diperiksa=true >/dev/null; }
new 2026-11-27T15:00:00
new 2026-11-27T15:05:00
at 2026-11-30T09:00:00 "$BERKAS" -C arsip act RA-2026-0001 disposisi --key keys/ahmad --note "Diteruskan kepada Kepala LPSE." >/dev/null
at 2026-11-30T10:00:00 "$BERKAS" -C arsip act RA-2026-0001 perintah --key keys/sri --note "Admin Agency agar mereset." >/dev/null
at 2026-12-01T16:00:00 "$BERKAS" -C arsip act RA-2026-0002 disposisi --key keys/ahmad --note "Diteruskan." >/dev/null
export BERKAS_NOW=2026-12-03T09:00:00+07:00
"$BERKAS" -C arsip report --format html > "$out/laporan.html"
"$BERKAS" -C arsip render RA-2026-0001 --format html > "$out/surat.html"

browse() { timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
failures=0
for page in laporan surat; do
  browse --print-to-pdf="$out/$page.pdf" --no-pdf-header-footer "file://$out/$page.html"
  browse --window-size=1240,1754 --screenshot="$out/$page.png" "file://$out/$page.html"
  pdftotext -layout "$out/$page.pdf" "$out/$page.txt"
  pages=$(pdfinfo "$out/$page.pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$out/$page.pdf" | awk -F': *' '/^Page size:/ {print $2}')
  echo "$page: $pages page(s), $size"
done
check() { # FILE TEXT...
  local f="$1"; shift
  for t in "$@"; do
    if grep -qF -- "$t" "$out/$f.txt"; then echo "  ok   $f: $t"; else echo "  MISSING $f: $t"; failures=$((failures+1)); fi
  done
}
check laporan "Laporan Kepatuhan Mutu Baku" "disposisi" "perintah" "median" "mutu baku" "menyimpang" "tepat waktu" \
  "Drs. Ahmad Fauzi, M.Si." "197001011995031001" "kepala-ukpbj"
check surat "SURAT PERMINTAAN RESET AKUN" "Budi Santoso, S.Kom." "198507122010011003" "Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo" \
  "0812-3456-7890" "budi.santoso@ponorogo.go.id" "Penata Muda Tingkat I (III/b)" "Kepala Seksi Sarana Prasarana" "PPK" \
  "PBJ.2019.0001234" "188.45/123/405.07/2026" "24 November 2026" "Riwayat langkah"
grep -q "A4" <(pdfinfo "$out/surat.pdf") || { echo "  the letter is not A4"; failures=$((failures+1)); }
echo "screenshots: $out/laporan.png $out/surat.png"
if [ "$failures" -eq 0 ]; then echo "check-print: all content present"; else echo "check-print: $failures missing"; exit 1; fi

#!/usr/bin/env bash
# An archive made by the real commands, as an office makes it: `berkas init`,
# `member add`, then for each request `berkas new` and `berkas act` through the
# SOP (every 20th refused, the newest five left waiting for the head of LPSE),
# each a signed commit, written as loose objects as
# berkas leaves them. For BENCHMARKS.md (scripts/benchmark.sh).
#   bash scripts/real-archive.sh DIR RECORDS [BERKAS]
# The clock starts on Monday 6 January 2025, 08:00 WIB, and moves on 7 minutes
# a command (BERKAS_NOW): the history spans weeks, as a real one would.
set -euo pipefail
out=$1 records=$2
berkas=${3:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/berkas}
mkdir -p "$out/keys"
cd "$out"
for who in staf ukpbj lpse admin; do ssh-keygen -q -t ed25519 -N "" -C "$who" -f "keys/$who"; done
now=$(date -d "2025-01-06T08:00:00+07:00" +%s)
tick() {
  now=$((now + 420))
  BERKAS_NOW=$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)
  export BERKAS_NOW
}
tick
"$berkas" init arsip --key keys/staf --name "Rina Wulandari, S.E." --email rina@ponorogo.go.id \
  --nip 199003152015032001 --role staf-ukpbj --office "Bagian Pengadaan Barang dan Jasa Setda Kabupaten Ponorogo" >/dev/null
add() {
  tick
  "$berkas" -C arsip member add --key keys/staf --name "$1" --nip "$2" --email "$3" --role "$4" --pubkey "keys/$5.pub" >/dev/null
}
add "Drs. Ahmad Fauzi, M.Si." 197001011995031001 ahmad.fauzi@ponorogo.go.id kepala-ukpbj ukpbj
add "Ir. Sri Handayani" 197505202000122002 sri.handayani@ponorogo.go.id kepala-lpse lpse
add "Dwi Prasetyo, S.Kom." 198811112014021001 dwi.prasetyo@ponorogo.go.id admin-agency admin
names=("Budi Santoso, S.Kom." "Siti Rahayu, S.E." "Agus Wibowo, S.T." "Dewi Lestari" "Joko Purnomo, S.H.")
for n in $(seq 1 "$records"); do
  tick
  day=$(date -u -d "@$((now + 7 * 3600))" +%Y-%m-%d)
  id=$("$berkas" -C arsip new --key keys/staf --set tanggal_surat="$day" --set nomor_surat="027/$n/405.07/${day:0:4}" \
    --set nama="${names[$((n % 5))]}" --set nip=198507122010011003 \
    --set pangkat_golongan="Penata Muda Tingkat I (III/b)" --set jabatan="Kepala Seksi Sarana Prasarana" \
    --set alamat_instansi="Dinas Pendidikan, Jl. Basuki Rahmat No. $n, Ponorogo" \
    --set telepon="0812-3456-$(printf %04d "$n")" --set email="pemohon$n@ponorogo.go.id" --set peran=PPK \
    --set nomor_sertifikat_pbj="PBJ.2019.$(printf %07d "$n")" --set sk_pengangkatan="188.45/$n/405.07/2024" \
    --set identitas_asli_diperiksa=true 2>/dev/null | tail -n 1 | cut -d' ' -f1)
  tick
  if [ $((n % 20)) -eq 0 ]; then
    "$berkas" -C arsip act "$id" tolak --key keys/ukpbj --note "Pemohon bukan pejabat pengadaan." >/dev/null
    continue
  fi
  "$berkas" -C arsip act "$id" disposisi --key keys/ukpbj --note "Diteruskan kepada Kepala LPSE untuk ditindaklanjuti." >/dev/null
  [ "$n" -gt $((records - 5)) ] && continue   # the newest five wait for the next step
  tick
  "$berkas" -C arsip act "$id" perintah --key keys/lpse --note "Admin Agency agar mereset akun SPSE pemohon." >/dev/null
  tick
  "$berkas" -C arsip act "$id" reset --key keys/admin --set user_id_spse=198507122010011003 >/dev/null
  tick
  "$berkas" -C arsip act "$id" kirim --key keys/admin --set dikirim_melalui=whatsapp --set dikirim_ke="0812-3456-$(printf %04d "$n")" >/dev/null
done
echo "$out/arsip: $(git -C arsip rev-list --count HEAD) commits"

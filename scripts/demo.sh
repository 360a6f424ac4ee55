#!/usr/bin/env bash
# The main job, end to end, in a throwaway archive: a reset request goes through
# every step of the SOP, each step signed by the member whose role performs it.
#   bash scripts/demo.sh            (keeps the archive in a temporary folder and prints its path)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release >&2
BERKAS="$PWD/.build/release/berkas"

work=$(mktemp -d /tmp/berkas-demo.XXXXXX)
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
cd "$work"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }

step "Four staff, four throwaway ed25519 keys"
for who in staf kepala-ukpbj kepala-lpse admin; do
  ssh-keygen -q -t ed25519 -N "" -C "$who" -f "keys/$who" 2>/dev/null || { mkdir -p keys; ssh-keygen -q -t ed25519 -N "" -C "$who" -f "keys/$who"; }
done
ls keys

step "The archive administrator (also staf-ukpbj) creates the archive"
run "$BERKAS" init arsip --key keys/staf --name "Rina Wulandari, S.E." --email rina@ponorogo.go.id \
  --nip 199003152015032001 --role staf-ukpbj --office "Bagian Pengadaan Barang dan Jasa Setda Kabupaten Ponorogo"

step "She adds the heads and the Admin Agency, each with their own key"
run "$BERKAS" -C arsip member add --key keys/staf --name "Drs. Ahmad Fauzi, M.Si." --nip 197001011995031001 \
  --email ahmad.fauzi@ponorogo.go.id --role kepala-ukpbj --pubkey keys/kepala-ukpbj.pub
run "$BERKAS" -C arsip member add --key keys/staf --name "Ir. Sri Handayani" --nip 197505202000122002 \
  --email sri.handayani@ponorogo.go.id --role kepala-lpse --pubkey keys/kepala-lpse.pub
run "$BERKAS" -C arsip member add --key keys/staf --name "Dwi Prasetyo, S.Kom." --nip 198811112014021001 \
  --email dwi.prasetyo@ponorogo.go.id --role admin-agency --pubkey keys/admin.pub

step "A letter arrives: the clerk records it"
# (Its ID's year is the day's year in the archive's zone, WIB: taken from what berkas answers.)
created=$(run "$BERKAS" -C arsip new --key keys/staf \
  --set tanggal_surat="$(date +%Y-%m-%d)" --set nomor_surat="027/123/405.07/$(date +%Y)" \
  --set nama="Budi Santoso, S.Kom." --set nip=198507122010011003 \
  --set pangkat_golongan="Penata Muda Tingkat I (III/b)" --set jabatan="Kepala Seksi Sarana Prasarana" \
  --set alamat_instansi="Dinas Pendidikan, Jl. Basuki Rahmat No. 1, Ponorogo" \
  --set telepon="0812-3456-7890" --set email=budi.santoso@ponorogo.go.id --set peran=PPK \
  --set nomor_sertifikat_pbj="PBJ.2019.0001234" --set sk_pengangkatan="188.45/123/405.07/2026 tanggal 2 Januari 2026" \
  --set identitas_asli_diperiksa=true)
echo "$created"
read -r ID RECORD <<<"$(tail -n 1 <<<"$created")"

step "A password typed by mistake is refused, and nothing is saved"
"$BERKAS" -C arsip edit "$ID" --key keys/staf --set jabatan="Kepala Seksi, password: rahasia123" || echo "(exit $?: refused as expected)"

step "The Admin Agency cannot issue the disposition"
"$BERKAS" -C arsip act "$ID" disposisi --key keys/admin --note "coba" || echo "(exit $?: not allowed, as expected)"

step "Kepala UKPBJ issues the disposition"
run "$BERKAS" -C arsip act "$ID" disposisi --key keys/kepala-ukpbj --note "Diteruskan kepada Kepala LPSE untuk ditindaklanjuti."

step "Kepala LPSE orders the reset"
run "$BERKAS" -C arsip act "$ID" perintah --key keys/kepala-lpse --note "Admin Agency agar mereset akun SPSE pemohon."

step "The Admin Agency resets the account (the user ID is recorded; the password never is)"
run "$BERKAS" -C arsip act "$ID" reset --key keys/admin --set user_id_spse=198507122010011003

step "... and sends the user ID and password to the official"
run "$BERKAS" -C arsip act "$ID" kirim --key keys/admin --set dikirim_melalui=whatsapp --set dikirim_ke="0812-3456-7890 (Budi Santoso)"

step "The record and its timeline"
run "$BERKAS" -C arsip show "$ID"

step "The audit trail, every signature checked in-process under the rules in force at the time"
run "$BERKAS" -C arsip log "$ID"
run "$BERKAS" -C arsip verify

step "A forged step (status changed by hand, unsigned) is caught"
git -C arsip checkout -q -b palsu
sed -i 's/^status: selesai/status: ditolak/' "arsip/$RECORD"
git -C arsip -c user.name=x -c user.email=x@x -c commit.gpgsign=false commit -qam "ubah status"
"$BERKAS" -C arsip verify || echo "(exit $?: the forged commit is named, as expected)"
git -C arsip checkout -q main

step "What an auditor sees with plain git"
run git -C arsip log --format='%G? %h %<(22)%ad %s%n      %(trailers:key=Berkas-Role,key=Berkas-Actor,separator=%x20·%x20)' --date=format:'%Y-%m-%d %H:%M'
run git -C arsip verify-commit HEAD
run git -C arsip status --porcelain
echo
echo "Archive kept at: $work/arsip"

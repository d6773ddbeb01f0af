# kofu — teks layar kios sertifikat di minimarket, bahasa Indonesia (diterjemahkan dari sumber ja.ftl).
# Kunci sama di semua berkas bahasa (sebuah tes memeriksa kunci yang kurang atau berlebih).
# Biarkan placeholder { $… } apa adanya. Jumlah uang ({ $amount }) datang sudah diformat.
# Sertifikat yang dicetak tetap dalam bahasa Jepang.

## Bahasa dan umum

language-name = Bahasa Indonesia
app-title = kofu — kios sertifikat di minimarket (hanya SPECIMEN / contoh)
specimen-banner = SPECIMEN (contoh) — kios ini hanya mencetak sertifikat contoh
money-yen = ¥{ $amount }
date-full = { $weekday }, { $day } { $monthName } { $year }, { $time }
date-short = { $day } { $monthName } { $year }
fiscal-year = Tahun fiskal { $year } (penghasilan tahun { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = Sen
weekday-2 = Sel
weekday-3 = Rab
weekday-4 = Kam
weekday-5 = Jum
weekday-6 = Sab
weekday-7 = Min
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
list-separator = ,{" "}

## Tombol umum

btn-back = Kembali
btn-cancel = Batal
btn-next = Lanjut
btn-ok = OK
btn-finish = Selesai
toggle-large-text = Huruf besar
toggle-high-contrast = Kontras tinggi
keypad-help = Papan angka: angka untuk mengetik atau memilih · 2 dan 8 memindahkan pilihan · ○ mengonfirmasi · ← menghapus satu karakter · × kembali atau batal

## Layar awal (bahasa dan layanan administrasi)

home-title = Silakan pilih layanan
home-language = Bahasa / Language
home-services = Layanan administrasi
home-services-hint = Untuk mengambil sertifikat seperti salinan sertifikat penduduk (住民票の写し), tekan "Layanan administrasi"

## Layanan administrasi

services-title = Layanan administrasi
services-cert-issue = Layanan penerbitan sertifikat (minimarket)
services-hint = Dengan Kartu My Number, Anda dapat mengambil sertifikat dari kota tempat tinggal Anda atau dari domisili pendaftaran keluarga (本籍地)

## Persetujuan (mesin tipe Sharp)

consent-title = Perhatian penggunaan
consent-body = Untuk mengambil sertifikat, Anda memerlukan Kartu My Number dan PIN (4 angka) sertifikat elektronik untuk identifikasi pengguna. Jika PIN salah 3 kali berturut-turut, kartu akan terkunci dan hanya dapat dibuka di loket kantor pemerintah kota. Sertifikat yang sudah dicetak tidak dapat dikembalikan atau ditukar. Jangan lupa mengambil kartu, sertifikat, dan uang kembalian.
consent-instruction = Bacalah perhatian penggunaan, lalu tekan "Setuju"
consent-agree = Setuju

## Letakkan kartu

place-title = Silakan letakkan kartu Anda
place-instruction = { $vendor ->
    [sharp] Letakkan kartu di pembaca kartu, lalu tekan "Lanjut"
   *[other] Letakkan Kartu My Number di pembaca kartu
}
place-phone-note = Jika memakai ponsel pintar (fungsi Kartu My Number), dekatkan ke pembaca kartu
place-detected = Kartu terbaca

## Jenis sertifikat

path-title = Pilih sertifikat yang ingin Anda ambil
path-residence = Sertifikat dari kota tempat tinggal Anda
path-domicile = Sertifikat dari domisili pendaftaran keluarga (本籍地)
path-register = Daftar untuk memakai sertifikat domisili pendaftaran keluarga

## PIN

pin-title = Masukkan PIN Anda
pin-instruction = Masukkan PIN (4 angka) sertifikat elektronik untuk identifikasi pengguna, lalu tekan "OK"
pin-entered = PIN: { $count } dari 4 angka dimasukkan
pin-wrong = PIN salah. { $tries ->
    [one] Jika salah 1 kali lagi, kartu akan terkunci.
   *[other] Jika salah { $tries } kali lagi, kartu akan terkunci.
}
pin-clear = Hapus

## Pendaftaran

registered-title = Pendaftaran diterima
registered-body = Mulai { $date } Anda dapat mengambil sertifikat domisili pendaftaran keluarga. Silakan ambil kartu Anda.

## Ambil kartu

remove-title = Silakan ambil kartu Anda
remove-body = Identitas Anda sudah dikonfirmasi. Ambil kartu dari pembaca untuk melanjutkan.

## Pilih sertifikat

cert-title = Pilih sertifikat
cert-fee = { $fee } per lembar
cert-none = Tidak ada sertifikat yang dapat Anda ambil di sini
cert-kind-resident_certificate = Salinan sertifikat penduduk (住民票の写し)
cert-kind-seal_certificate = Sertifikat pendaftaran stempel (印鑑登録証明書)
cert-kind-tax_certificate = Sertifikat pajak / bebas pajak (penghasilan)
cert-kind-family_register_appendix = Salinan lampiran daftar keluarga (戸籍の附票の写し)
cert-kind-family_register = Sertifikat daftar keluarga (戸籍証明書)

## Pilihan isi

options-title = Pilih isi: { $kind }
opt-scope = Orang yang dicantumkan
opt-scope-holder = Hanya Anda
opt-scope-household = Seluruh rumah tangga
opt-scope-members = Sebagian anggota rumah tangga (pilih)
opt-relationship = Cantumkan kepala rumah tangga dan hubungan
opt-domicile = Cantumkan domisili pendaftaran dan kepala daftar keluarga
opt-my-number = Cantumkan nomor individu (My Number)
opt-year = Tahun fiskal
opt-extent = Jenis
opt-extent-whole = Seluruh isi daftar (semua orang)
opt-extent-individual = Perorangan (satu orang)
opt-person = Orang
opt-appendix-note = Salinan lampiran dibuat untuk orang-orang yang tercantum dalam daftar keluarga Anda
opt-members-none = Pilih paling sedikit satu orang

## Jumlah lembar

copies-title = Berapa lembar?
copies-value = { $count ->
    [one] 1 lembar
   *[other] { $count } lembar
}
copies-more = Tambah 1 lembar
copies-less = Kurangi 1 lembar
copies-max = Maksimal { $max } lembar
copies-subtotal = Subtotal { $amount }

## Konfirmasi

confirm-title = Periksa pilihan Anda
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Konfirmasi dan bayar
confirm-add = Ambil sertifikat lain

## Pembayaran

pay-title = Masukkan uang
pay-due = Jumlah yang harus dibayar { $amount }
pay-inserted = Uang dimasukkan { $amount }
pay-remaining = Kurang { $amount }
pay-accepted = Diterima: { $list }
pay-no-change = Saat ini tidak ada uang kembalian. Masukkan uang pas
pay-cancel-note = Tekan "Batal" untuk mengembalikan semua uang yang dimasukkan

## Pencetakan

print-title = Sedang mencetak
print-progress = Tercetak { $done } dari { $total }
print-wait = Tunggu sampai pencetakan selesai. Jangan tinggalkan mesin.

## Jangan lupa barang Anda

take-title = Jangan lupa barang Anda
take-card = Ambil kartu Anda
take-certs = Ambil { $count ->
    [one] sertifikat Anda
   *[other] { $count } sertifikat Anda
} dari tempat keluar kertas
take-change = Ambil uang kembalian: { $amount }
take-nothing = Tidak ada yang tertinggal
take-issued = Sertifikat Anda sudah diterbitkan
take-cancelled = Dibatalkan. Uang Anda ada di tempat uang kembalian
take-timeout = Sesi berakhir karena tidak ada operasi
take-fault = Printer berhenti ({ $fault }). Anda hanya membayar yang sudah tercetak. Silakan panggil petugas toko.

## Layanan tidak tersedia

oos-title = Layanan tidak tersedia saat ini
oos-hours = Jam layanan: setiap hari { $open }–{ $close }
oos-now = Sekarang: { $now }

## Tidak dapat diterbitkan

refusal-title = Sertifikat tidak dapat diterbitkan
refusal-rule = Alasan
refusal-next = Yang perlu dilakukan
refusal-back = Kembali ke daftar sertifikat

## Alasan ({ $city } nama kota, { $hall } loket, { $open }–{ $close } jam layanan)

reason-out_of_service_hours-title = Di luar jam layanan
reason-out_of_service_hours-rule = Layanan buka setiap hari pukul { $open }–{ $close } (waktu Jepang)
reason-out_of_service_hours-next = Datang lagi pada jam layanan, atau ambil di { $hall }
reason-year_end_suspension-title = Libur akhir dan awal tahun
reason-year_end_suspension-rule = Layanan libur dari 29 Desember sampai 3 Januari
reason-year_end_suspension-next = Datang lagi mulai 4 Januari. Loket kantor pemerintah kota juga tutup sampai 3 Januari
reason-maintenance-title = Pemeliharaan sistem
reason-maintenance-rule = Layanan berhenti selama pemeliharaan yang diumumkan oleh { $city }
reason-maintenance-next = Datang lagi setelah pemeliharaan selesai, atau ambil di { $hall }
reason-family_register_hours-title = Di luar jam layanan sertifikat daftar keluarga
reason-family_register_hours-rule = { $city } menerbitkan sertifikat daftar keluarga hanya pada jam tertentu di hari kerja
reason-family_register_hours-next = Datang lagi pada jam hari kerja, atau ambil di { $hall }
reason-card_expired-title = Kartu Anda sudah habis masa berlakunya
reason-card_expired-rule = Kartu yang sudah habis masa berlakunya tidak dapat dipakai
reason-card_expired-next = Ajukan kartu baru di { $hall }. Bawa kartu dan dokumen identitas
reason-certificate_expired-title = Sertifikat elektronik sudah habis masa berlakunya
reason-certificate_expired-rule = Sertifikat elektronik untuk identifikasi pengguna sudah lewat masa berlakunya (ulang tahun ke-5 setelah diterbitkan)
reason-certificate_expired-next = Perbarui sertifikat elektronik di { $hall }. Bawa kartu dan ingat PIN Anda
reason-certificate_revoked-title = Sertifikat elektronik sudah dicabut
reason-certificate_revoked-rule = Sertifikat elektronik untuk identifikasi pengguna sudah dicabut
reason-certificate_revoked-next = Minta penerbitan ulang sertifikat elektronik di { $hall }. Bawa kartu
reason-card_suspended-title = Kartu Anda ditangguhkan
reason-card_suspended-rule = Karena ada laporan hilang atau dicuri, sertifikat elektronik kartu dihentikan
reason-card_suspended-next = Jika kartu sudah ditemukan, batalkan penangguhan di { $hall }. Bawa kartu dan dokumen identitas
reason-pin_locked-title = PIN Anda terkunci
reason-pin_locked-rule = PIN terkunci setelah salah 3 kali berturut-turut. Hanya loket kantor pemerintah kota yang dapat membukanya
reason-pin_locked-next = Atur ulang PIN di { $hall }. Bawa kartu dan dokumen identitas seperti SIM
reason-under_age-title = Tidak tersedia untuk usia di bawah 15 tahun
reason-under_age-rule = Layanan ini untuk orang berusia 15 tahun ke atas
reason-under_age-next = Orang tua atau wali dapat mengambilnya di { $hall }
reason-moved_out-title = Ada laporan pindah keluar
reason-moved_out-rule = Bagi yang sudah melapor pindah keluar, sertifikat tidak dapat diterbitkan di minimarket
reason-moved_out-next = Laporkan kepindahan di kota baru dalam 14 hari. Untuk sertifikat { $city }, datang ke { $hall }
reason-support_measures-title = Silakan ambil di loket
reason-support_measures-rule = Demi keamanan Anda, sertifikat tidak diterbitkan di minimarket bagi penerima tindakan perlindungan
reason-support_measures-next = Silakan tanyakan di loket { $hall }
reason-deceased-title = Kartu ini tidak dapat dipakai
reason-deceased-rule = Pemilik kartu tercatat sudah meninggal, sehingga kartu tidak dapat dipakai
reason-deceased-next = Anggota keluarga dapat meminta sertifikat di { $hall }
reason-moved_in_today-title = Tidak tersedia pada hari pindah masuk
reason-moved_in_today-rule = Laporan pindah masuk tercatat di layanan mulai hari berikutnya
reason-moved_in_today-next = Datang lagi besok, atau hari ini ambil di { $hall }
reason-gaiji_pending-title = Silakan ambil di loket
reason-gaiji_pending-rule = Huruf dalam catatan Anda (gaiji) belum selesai didaftarkan, sehingga belum dapat dicetak
reason-gaiji_pending-next = Silakan tanyakan di { $hall }
reason-not_resident-title = Hanya untuk penduduk { $city }
reason-not_resident-rule = Sertifikat ini hanya diterbitkan untuk penduduk { $city }
reason-not_resident-next = Pilih sertifikat dari kota tempat tinggal Anda atau dari domisili pendaftaran keluarga
reason-no_seal_registration-title = Tidak ada pendaftaran stempel
reason-no_seal_registration-rule = Hanya stempel yang terdaftar di { $city } yang dapat disertifikasi
reason-no_seal_registration-next = Daftarkan stempel di { $hall }. Bawa stempel dan dokumen identitas
reason-no_tax_record-title = Tidak ada catatan pajak
reason-no_tax_record-rule = { $city } tidak memiliki catatan pajak Anda untuk tahun fiskal ini (Anda harus tinggal di { $city } pada 1 Januari tahun itu dan sekarang)
reason-no_tax_record-next = Tanyakan ke kota tempat Anda tinggal pada 1 Januari
reason-no_family_register-title = Tidak ada daftar keluarga di sini
reason-no_family_register-rule = Sertifikat daftar keluarga hanya diterbitkan bagi yang domisili pendaftarannya di { $city }
reason-no_family_register-next = Tanyakan ke kota domisili pendaftaran keluarga Anda
reason-not_japanese_national-title = Hanya untuk warga negara Jepang
reason-not_japanese_national-rule = Sertifikat daftar keluarga hanya ada untuk warga negara Jepang
reason-not_japanese_national-next = Pilih sertifikat dari kota tempat tinggal Anda, seperti salinan sertifikat penduduk
reason-domicile_not_registered-title = Perlu pendaftaran untuk sertifikat domisili
reason-domicile_not_registered-rule = Jika Anda tinggal di tempat lain dari domisili pendaftaran keluarga, Anda harus mendaftar dulu (perlu 1–5 hari kerja)
reason-domicile_not_registered-next = Dari layar awal, pilih "Daftar untuk memakai sertifikat domisili pendaftaran keluarga"
reason-card_unreadable-title = Kartu tidak dapat dibaca
reason-card_unreadable-rule = Pembaca kartu tidak dapat membaca kartu
reason-card_unreadable-next = Ambil kartu dan coba lagi dari awal. Jika terus terjadi, tanyakan di { $hall }
reason-card_not_yet_usable-title = Kartu Anda dapat dipakai mulai besok
reason-card_not_yet_usable-rule = Kartu tidak dapat dipakai di minimarket pada hari kartu diterima atau hari PIN diubah
reason-card_not_yet_usable-next = Datang lagi besok, atau hari ini ambil di { $hall }
reason-not_offered-title = Sertifikat ini tidak diterbitkan di minimarket
reason-not_offered-rule = { $city } tidak menerbitkan sertifikat ini di minimarket
reason-not_offered-next = Ambil di { $hall }

## Tidak ada operasi

warning-title = Apakah Anda perlu waktu lagi?
warning-body = Layar kembali ke awal dalam { $seconds } detik. Uang dan kartu Anda akan dikembalikan.
warning-extend = Tambah waktu

## Bagian-bagian mesin

reader-title = Pembaca kartu
reader-choose = Kartu yang diletakkan
reader-place = Letakkan kartu
reader-place-phone = Dekatkan ponsel ke pembaca
reader-remove = Ambil kartu
reader-empty = Tidak ada kartu di pembaca
reader-has = Di pembaca: { $name }
card-kind-card = Kartu My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Lubang koin dan uang kertas
slot-insert = Masukkan { $amount }
printer-title = Printer
printer-idle = Siaga
printer-busy = Mencetak { $done } dari { $total }
printer-stopped = Berhenti: { $fault }
fault-paper_jam = Kertas macet
fault-out_of_paper = Kertas habis
fault-card_unreadable = Kartu tidak terbaca
fault-no_change = Uang kembalian habis
tray-title = Tempat keluar kertas
tray-empty = Kosong
tray-open = Buka { $name }
tray-take = Ambil sertifikat
tray-opened = Dibuka: { $path }
tray-open-failed = Tidak dapat dibuka. Berkas: { $path }
change-title = Tempat uang kembalian
change-empty = Kosong
change-take = Ambil kembalian
keypad-title = Papan angka
keypad-digit = Papan angka { $digit }
keypad-enter = Papan angka ○ Konfirmasi
keypad-clear = Papan angka ← Hapus
keypad-cancel = Papan angka × Batal
keypad-tactile = Tombol 5 memiliki titik timbul
jack-title = Colokan earphone (panduan suara)
jack-plug = Pasang earphone
jack-unplug = Cabut earphone
jack-speaking = Panduan suara: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = Satu angka PIN dimasukkan
trainer-toggle = Konsol pelatih (F2)

## Pemberitahuan status (dibacakan)

live-printing-done = Pencetakan selesai. Ambil sertifikat Anda.
live-card-can-remove = Anda sekarang dapat mengambil kartu
live-returned = { $amount } dikembalikan ke tempat uang kembalian
live-session-reset = Kembali ke layar awal
live-card-placed = Kartu diletakkan
live-card-removed = Kartu diambil

## Konsol pelatih

trainer-title = Konsol pelatih
trainer-clock = Jam simulasi
trainer-pause = Jeda
trainer-resume = Lanjutkan
trainer-speed = Kecepatan ×{ $x }
trainer-plus-1m = Maju 1 menit
trainer-plus-10m = Maju 10 menit
trainer-plus-1h = Maju 1 jam
trainer-jump-0629 = Ke 6:29
trainer-jump-2300 = Ke 23:00
trainer-jump-1229 = Ke 29 Des
trainer-set-field = Tanggal dan waktu (RFC 3339)
trainer-set = Atur waktu
trainer-set-invalid = Format tanggal dan waktu salah (contoh: 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (kartu)
trainer-municipality = Pemerintah kota
trainer-vendor = Jenis mesin
trainer-print-speed = Waktu cetak (detik per lembar)
trainer-faults = Buat gangguan
trainer-after-copies = Setelah berapa lembar dicetak
trainer-inject = Buat: { $fault }
trainer-new-session = Mulai sesi baru
trainer-log = Log peristiwa
trainer-log-rule = Aturan: { $rule }
trainer-log-next = Langkah berikutnya: { $next }
trainer-error = Kesalahan: { $message }

# kofu — teks layar kios surat keterangan di minimarket, bahasa Indonesia (diterjemahkan dari sumber ja.ftl).
# Kunci sama di semua berkas bahasa (sebuah tes memeriksa kunci yang kurang atau berlebih).
# Biarkan placeholder { $… } apa adanya. Jumlah uang ({ $amount }) datang sudah diformat.
# Surat keterangan yang dicetak tetap dalam bahasa Jepang.

## Bahasa dan umum

language-name = Bahasa Indonesia
app-title = kofu — kios surat keterangan di minimarket (hanya CONTOH)
specimen-banner = CONTOH — kios ini hanya mencetak surat keterangan contoh (bertanda SPECIMEN)
money-yen = ¥{ $amount }
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
list-separator = ,{" "}

## Tombol umum

btn-back = Kembali
btn-cancel = Batal
btn-next = Lanjut
btn-ok = OK
btn-finish = Selesai
page-previous = Halaman sebelumnya
page-next = Halaman berikutnya
page-of = Halaman { $page } dari { $pages }
toggle-large-text = Huruf besar
toggle-high-contrast = Kontras tinggi
keypad-help = Papan angka: angka = ketik atau pilih · 2 dan 8 = pindah · ○ = konfirmasi · ← = hapus · × = kembali atau batal

## Layar awal (bahasa dan layanan administrasi)

home-title = Silakan pilih layanan
home-language = Bahasa / Language
home-services = Layanan administrasi
home-services-hint = Untuk surat keterangan seperti salinan surat keterangan penduduk, tekan "Layanan administrasi"
home-service-copy = Fotokopi
home-service-print = Cetak (USB / ponsel pintar)
home-service-scan = Pindai
home-service-fax = Faks
home-service-photo = Cetak foto
home-service-tickets = Tiket dan pembayaran
home-not-here = "{ $service }" tidak tersedia di kios simulasi ini. Silakan tekan "{ $services }" untuk mengambil surat keterangan.

## Layanan administrasi

services-title = Layanan administrasi
services-cert-issue = Layanan penerbitan surat keterangan (minimarket)
services-hint = Dengan Kartu My Number, Anda dapat mengambil surat keterangan dari pemerintah daerah tempat tinggal Anda atau dari domisili pendaftaran keluarga (本籍地)

## Persetujuan (mesin tipe Sharp)

consent-title = Hal-hal yang perlu diperhatikan
consent-body = Untuk mengambil surat keterangan, Anda memerlukan Kartu My Number dan PIN (4 angka) sertifikat elektronik untuk identifikasi pengguna. Jika PIN salah 3 kali berturut-turut, PIN akan terkunci dan hanya dapat dibuka di loket kantor pemerintah daerah. Surat keterangan yang sudah dicetak tidak dapat dikembalikan atau ditukar. Jangan lupa mengambil kartu, surat keterangan, dan uang kembalian.
consent-instruction = Silakan baca hal-hal yang perlu diperhatikan, lalu tekan "Setuju"
consent-agree = Setuju

## Letakkan kartu

place-title = Silakan letakkan kartu Anda
place-instruction = { $vendor ->
    [sharp] Silakan letakkan kartu Anda di pembaca kartu, lalu tekan "Lanjut"
   *[other] Silakan letakkan Kartu My Number Anda di pembaca kartu
}
place-phone-note = Jika Anda memakai ponsel pintar (dengan fungsi Kartu My Number), dekatkan ponsel ke pembaca kartu
place-detected = Kartu sudah terbaca

## Jenis surat keterangan

path-title = Pilih surat keterangan yang ingin Anda ambil
path-residence = Surat keterangan dari pemerintah daerah tempat tinggal Anda
path-domicile = Surat keterangan dari domisili pendaftaran keluarga (本籍地)
path-register = Daftar untuk memakai surat keterangan domisili pendaftaran keluarga

## PIN

pin-title = Masukkan PIN Anda
pin-instruction = Silakan masukkan PIN (4 angka) sertifikat elektronik untuk identifikasi pengguna, lalu tekan "OK"
pin-entered = PIN: { $count } dari 4 angka sudah dimasukkan
pin-wrong = PIN salah. Jika salah { $tries } kali lagi, PIN akan terkunci.
pin-clear = Hapus

## Pendaftaran

registered-title = Pendaftaran diterima
registered-body = Mulai { $date } Anda dapat mengambil surat keterangan domisili pendaftaran keluarga. Silakan ambil kartu Anda.

## Ambil kartu

remove-title = Silakan ambil kartu Anda
remove-body = Identitas Anda sudah dikonfirmasi. Silakan ambil kartu dari pembaca untuk melanjutkan.

## Pilih surat keterangan

cert-title = Pilih surat keterangan
cert-fee = { $fee } per lembar
cert-none = Tidak ada surat keterangan yang dapat Anda ambil di sini
cert-kind-resident_certificate = Salinan surat keterangan penduduk (住民票の写し)
cert-kind-seal_certificate = Surat keterangan pendaftaran stempel (印鑑登録証明書)
cert-kind-tax_certificate = Surat keterangan kena pajak / tidak kena pajak (penghasilan)
cert-kind-family_register_appendix = Salinan lampiran daftar keluarga (戸籍の附票の写し)
cert-kind-family_register = Surat keterangan daftar keluarga (戸籍証明書)

## Pilihan isi

options-title = Pilih isi: { $kind }
opt-scope = Orang yang dicantumkan
opt-scope-holder = Hanya Anda
opt-scope-household = Seluruh rumah tangga
opt-scope-members = Sebagian anggota rumah tangga (pilih)
opt-relationship = Cantumkan kepala rumah tangga dan hubungan
opt-domicile = Cantumkan domisili pendaftaran keluarga dan kepala daftar keluarga
opt-my-number = Cantumkan nomor individu (My Number)
opt-nationality = Cantumkan kewarganegaraan/wilayah
opt-residence-status = Cantumkan status izin tinggal dan masa tinggal
opt-residence-card = Cantumkan nomor kartu izin tinggal (在留カード)
opt-year = Tahun fiskal
opt-extent = Jenis
opt-extent-whole = Seluruh isi daftar (semua orang)
opt-extent-individual = Perorangan (satu orang)
opt-person = Orang yang diterangkan
opt-appendix-note = Salinan lampiran dibuat untuk orang-orang yang tercantum dalam daftar keluarga Anda
opt-members-none = Pilih paling sedikit satu orang

## Jumlah lembar

copies-title = Berapa lembar?
copies-value = { $count } lembar
copies-more = Tambah 1 lembar
copies-less = Kurangi 1 lembar
copies-max = Maksimal { $max } lembar
copies-ceiling = Maksimal { $max } lembar: mesin ini menerima paling banyak { $ceiling } per transaksi
copies-subtotal = Subtotal { $amount }

## Konfirmasi

confirm-title = Periksa pilihan Anda
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Konfirmasi dan bayar
confirm-add = Ambil surat keterangan lain

## Pembayaran

pay-title = Silakan masukkan uang
pay-due = Jumlah yang harus dibayar { $amount }
pay-inserted = Uang dimasukkan { $amount }
pay-remaining = Kurang { $amount }
pay-accepted = Diterima: { $list }
pay-no-change = Saat ini mesin tidak dapat memberikan uang kembalian. Silakan masukkan uang pas
pay-cancel-note = Jika Anda menekan "Batal", semua uang yang sudah dimasukkan akan dikembalikan

## Pencetakan

print-title = Sedang mencetak
print-progress = Tercetak { $done } dari { $total }
print-wait = Mohon tunggu sampai pencetakan selesai. Jangan meninggalkan mesin.
flow-step-1 = Bahasa
flow-step-2 = Layanan
flow-step-3 = Kartu
flow-step-4 = PIN
flow-step-5 = Surat keterangan
flow-step-6 = Salinan
flow-step-7 = Pembayaran
flow-step-at = Langkah { $n } dari { $count }: { $name }
print-halted-title-paper_jam = Pencetakan berhenti: kertas macet
print-halted-title-out_of_paper = Pencetakan berhenti: kertas habis
print-halted-call-staff = Silakan panggil petugas toko. Setelah petugas memperbaiki printer, sisa surat keterangan akan dicetak. Jangan berikan kartu atau PIN Anda kepada siapa pun.
print-halted-cancel-note = Jika Anda menekan "Batal", biaya salinan yang belum tercetak akan dikembalikan
printer-halted = Berhenti, menunggu petugas: { $fault }
printer-clear-fault = Petugas: atasi { $fault }
effect-printer_halted = Printer berhenti ({ $fault }) setelah { $printed } dari { $of }, menunggu petugas
effect-printer_resumed = Petugas mengatasi { $fault }; pencetakan berlanjut
live-printer-halted = Printer berhenti ({ $fault }). Silakan panggil petugas toko.
live-printer-resumed = Pencetakan dilanjutkan.
trainer-ev-clear-fault = Petugas memperbaiki printer

## Jangan lupa barang Anda

take-title = Jangan lupa barang Anda
take-card = Silakan ambil kartu Anda
take-certs = Silakan ambil { $count } surat keterangan Anda dari tempat keluar kertas
take-change = Silakan ambil uang kembalian: { $amount }
take-nothing = Tidak ada yang tertinggal
take-issued = Surat keterangan Anda sudah diterbitkan
take-cancelled = Dibatalkan. Silakan ambil uang yang Anda masukkan di tempat uang kembalian
take-cancelled-unpaid = Dibatalkan. Tidak ada pembayaran
take-timeout = Sesi diakhiri karena tidak ada aktivitas
take-fault = Printer berhenti ({ $fault }). Anda hanya membayar yang sudah tercetak. Silakan panggil petugas toko.

## Layanan tidak tersedia

oos-title = Layanan tidak tersedia saat ini
oos-hours = Jam layanan: setiap hari { $open }–{ $close }
oos-now = Sekarang: { $now }

## Tidak dapat diterbitkan

refusal-title = Surat keterangan tidak dapat diterbitkan
refusal-rule = Alasan
refusal-next = Yang perlu dilakukan
refusal-back = Kembali ke daftar surat keterangan

## Alasan. Argumen: { $city } pemerintah daerah; { $hall } loket, dengan jam layanan dan telepon;
## { $office } nama loketnya; { $open } { $close } jam yang disebut aturan; { $reopens } kapan layanan
## dibuka lagi; { $date } tanggal masa berlaku atau tanggal mulai; { $registered } yes / no;
## { $stopFrom } { $stopUntil } hari-hari penghentian; { $year } tahun fiskal; { $days } jumlah hari;
## { $age } usia minimum; { $tries } jumlah percobaan PIN; { $hotline } nomor telepon; { $button } nama tombol.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Di luar jam layanan
reason-out_of_service_hours-rule = Layanan ini buka setiap hari pukul { $open }–{ $close } waktu Jepang
reason-out_of_service_hours-next = Silakan datang lagi mulai { $reopens }, atau ambil surat keterangan di { $hall }
reason-year_end_suspension-title = Layanan libur akhir dan awal tahun
reason-year_end_suspension-rule = Layanan dihentikan dari { $stopFrom } sampai { $stopUntil }
reason-year_end_suspension-next = Silakan datang lagi mulai { $reopens }. Loket kantor pemerintah daerah juga tutup sampai { $stopUntil }
reason-maintenance-title = Pemeliharaan sistem
reason-maintenance-rule = Layanan dihentikan selama pemeliharaan yang diumumkan oleh { $city }
reason-maintenance-next = Silakan datang lagi mulai { $reopens }, atau ambil surat keterangan di { $hall }
reason-centre_unreachable-title = Tidak dapat digunakan: gangguan komunikasi dengan pusat
reason-centre_unreachable-rule = Layanan dihentikan selama mesin tidak dapat terhubung ke pusat penerbitan surat keterangan
reason-centre_unreachable-next = Silakan coba lagi beberapa saat lagi, atau ambil surat keterangan di { $hall }
reason-family_register_hours-title = Surat keterangan daftar keluarga: di luar jam layanan
reason-family_register_hours-rule = { $city } menerbitkan surat keterangan daftar keluarga di minimarket hanya pada hari Senin sampai Jumat, kecuali hari libur nasional, pukul { $open }–{ $close }
reason-family_register_hours-next = Silakan datang lagi mulai { $reopens }, atau ambil surat keterangan di { $hall }
reason-card_expired-title = Masa berlaku kartu Anda sudah habis
reason-card_expired-rule = Kartu Anda berlaku sampai { $date }
reason-card_expired-next = Silakan ajukan penerbitan ulang kartu di { $hall }; bawa kartu dan dokumen identitas lain. Sampai kartu baru terbit, silakan ambil surat keterangan di loket
reason-certificate_expired-title = Masa berlaku sertifikat elektronik kartu sudah habis
reason-certificate_expired-rule = Sertifikat elektronik untuk identifikasi pengguna berlaku sampai { $date } (ulang tahun ke-5 setelah diterbitkan)
reason-certificate_expired-next = Silakan perbarui sertifikat elektronik di { $hall }; bawa kartu dan pastikan Anda ingat PIN Anda
reason-certificate_revoked-title = Sertifikat elektronik kartu sudah dicabut
reason-certificate_revoked-rule = Sertifikat elektronik untuk identifikasi pengguna sudah dicabut
reason-certificate_revoked-next = Silakan ajukan penerbitan sertifikat elektronik baru di { $hall }; bawa kartu
reason-card_suspended-title = Kartu Anda ditangguhkan
reason-card_suspended-rule = Kartu dilaporkan hilang atau dicuri, sehingga sertifikat elektroniknya dihentikan
reason-card_suspended-next = Jika kartu sudah ditemukan, silakan batalkan penangguhan di { $hall }; bawa kartu dan dokumen identitas lain. Pertanyaan tentang penangguhan: { $hotline } (bebas pulsa)
reason-pin_locked-title = PIN Anda terkunci
reason-pin_locked-rule = PIN terkunci setelah salah { $tries } kali berturut-turut dan hanya dapat dibuka di loket pemerintah daerah
reason-pin_locked-next = Silakan atur ulang PIN di { $hall }; bawa kartu dan dokumen identitas lain, seperti SIM atau kartu asuransi kesehatan
reason-under_age-title = Tidak tersedia untuk usia di bawah { $age } tahun
reason-under_age-rule = Layanan ini untuk pemegang kartu berusia { $age } tahun ke atas
reason-under_age-next = Orang tua atau wali dapat mengambil surat keterangan di { $hall }
reason-moved_out-title = Laporan pindah keluar sudah diajukan
reason-moved_out-rule = Bagi orang yang sudah mengajukan laporan pindah keluar, surat keterangan tidak dapat diterbitkan melalui minimarket
reason-moved_out-next = Silakan ajukan laporan pindah masuk di pemerintah daerah yang baru dalam { $days } hari. Untuk surat keterangan dari { $city }, silakan datang ke { $hall }
reason-support_measures-title = Silakan ajukan permohonan di loket
reason-support_measures-rule = Kartu ini tidak dapat dipakai untuk mengambil surat keterangan di minimarket
reason-support_measures-next = Silakan berkonsultasi di loket { $hall }
reason-support_measures-rule-private = Selama tindakan perlindungan (KDRT, penguntitan) berlaku, layanan minimarket tidak menerbitkan surat keterangan apa pun demi keselamatan pemegang kartu; layar umum hanya menyatakan bahwa kartu tidak dapat dipakai di sini
reason-deceased-title = Kartu ini tidak dapat dipakai
reason-deceased-rule = Kartu ini tidak dapat dipakai di minimarket
reason-deceased-next = Silakan berkonsultasi di loket { $hall }
reason-deceased-rule-private = Pemegang kartu tercatat sudah meninggal dunia, sehingga kartu tidak dapat dipakai; anggota keluarga dapat meminta surat keterangan di loket
reason-moved_in_today-title = Tidak tersedia pada hari lapor pindah masuk
reason-moved_in_today-rule = Laporan pindah masuk baru tercermin di layanan minimarket mulai keesokan harinya
reason-moved_in_today-next = Silakan datang lagi mulai besok, atau hari ini ambil surat keterangan di { $hall }
reason-gaiji_pending-title = Silakan ajukan permohonan di loket
reason-gaiji_pending-rule = Huruf dalam catatan Anda (gaiji) masih didaftarkan, sehingga belum dapat dicetak
reason-gaiji_pending-next = Silakan tanyakan di { $hall }
reason-not_resident-title = Hanya untuk penduduk { $city }
reason-not_resident-rule = Surat keterangan ini hanya diterbitkan untuk penduduk { $city }
reason-not_resident-next = Silakan pilih surat keterangan dari pemerintah daerah tempat tinggal Anda, atau surat keterangan dari domisili pendaftaran keluarga
reason-no_seal_registration-title = Tidak ada pendaftaran stempel
reason-no_seal_registration-rule = Surat keterangan hanya dapat dibuat untuk stempel yang terdaftar di { $city }
reason-no_seal_registration-next = Silakan daftarkan stempel di { $hall }; bawa stempel yang akan didaftarkan dan dokumen identitas
reason-no_tax_record-title = Tidak ada data pajak
reason-no_tax_record-rule = { $year }: { $city } tidak memiliki data pajak Anda (Anda harus tinggal di { $city } pada 1 Januari tahun tersebut dan sekarang)
reason-no_tax_record-next = Silakan tanyakan data pajak Anda di { $hall }; jika pada 1 Januari Anda tinggal di daerah lain, tanyakan ke pemerintah daerah tersebut
reason-no_family_register-title = Tidak ada daftar keluarga di sini
reason-no_family_register-rule = Surat keterangan daftar keluarga hanya diterbitkan bagi orang yang domisili pendaftaran keluarganya di { $city }
reason-no_family_register-next = Silakan ajukan permintaan ke pemerintah daerah domisili pendaftaran keluarga Anda (melalui minimarket, jika daerah itu menyediakan layanannya)
reason-not_japanese_national-title = Hanya untuk warga negara Jepang
reason-not_japanese_national-rule = Daftar keluarga hanya ada untuk warga negara Jepang
reason-not_japanese_national-next = Silakan pilih surat keterangan dari pemerintah daerah tempat tinggal Anda, seperti salinan surat keterangan penduduk
reason-domicile_not_registered-title = Perlu pendaftaran untuk surat keterangan domisili pendaftaran keluarga
reason-domicile_not_registered-rule = Jika Anda tinggal di luar { $city }, Anda harus mendaftar dulu sebelum dapat memakai surat keterangan domisili pendaftaran keluarga dari { $city }; pendaftaran memerlukan { $days } hari kerja
reason-domicile_not_registered-next = { $registered ->
    [yes] Pendaftaran Anda sedang diproses: silakan datang lagi mulai { $date }
   *[no] Silakan mulai lagi dari awal dan pilih "{ $button }" di layar pemilihan surat keterangan; datanglah lagi setelah pendaftaran selesai
}
reason-card_unreadable-title = Kartu tidak dapat dibaca
reason-card_unreadable-rule = Pembaca kartu tidak dapat membaca cip kartu
reason-card_unreadable-next = Silakan ambil kartu dan mulai lagi dari awal, letakkan kartu rata di atas pembaca; jika terus gagal, mintalah kartu diperiksa di { $hall }
reason-card_not_yet_usable-title = Kartu Anda dapat dipakai mulai besok
reason-card_not_yet_usable-rule = Kartu tidak dapat dipakai di minimarket pada hari kartu diterima atau hari PIN diubah
reason-card_not_yet_usable-next = Silakan datang lagi mulai besok, atau hari ini ambil surat keterangan di { $hall }
reason-not_offered-title = Tidak diterbitkan di minimarket
reason-not_offered-rule = { $city } tidak menerbitkan surat keterangan ini di minimarket
reason-not_offered-next = Silakan ambil di { $hall }
reason-registration_not_needed-title = Tidak perlu pendaftaran
reason-registration_not_needed-rule = { $registered ->
    [yes] Anda sudah terdaftar: surat keterangan domisili pendaftaran keluarga dapat dipakai sejak { $date }
   *[no] Pendaftaran hanya untuk orang yang domisili pendaftaran keluarganya di { $city } tetapi tinggal di daerah lain
}
reason-registration_not_needed-next = Silakan mulai lagi dari awal dan langsung pilih surat keterangan yang Anda perlukan
reason-smartphone_not_supported-title = Ponsel pintar Anda tidak dapat dipakai di mesin ini
reason-smartphone_not_supported-rule = { $case ->
    [register] Pendaftaran untuk surat keterangan domisili pendaftaran keluarga memerlukan Kartu My Number fisik; pendaftaran tidak dapat dilakukan dengan ponsel pintar
    [later] Mesin ini dapat dipakai dengan { $device } mulai { $date }
   *[never] Pembaca kartu di mesin ini tidak mendukung { $device }
}
reason-smartphone_not_supported-next = Silakan pakai Kartu My Number fisik beserta PIN (4 angka)

## Loket (nama dari profil dalam bahasa ini; jika tidak ada, nama Jepang beserta cara bacanya)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; telp. { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } atau { $others }
office-alternatives-separator = {" "}atau{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $days } { $weeks } setiap bulan { $open }–{ $close }
office-weeks-join = { $list }
office-weeks-separator = {" "}dan{" "}
office-week-1 = ke-1
office-week-2 = ke-2
office-week-3 = ke-3
office-week-4 = ke-4
office-week-5 = ke-5
office-hours-separator = ;{" "}
office-closed-holidays = tutup pada hari libur nasional dan tanggal 29 Desember–3 Januari

## Langkah berikutnya (nama singkat untuk daftar pilihan pelatih)

next-step-come_back_in_service_hours = Datang lagi pada jam layanan
next-step-come_back_after_year_end = Datang lagi setelah libur akhir dan awal tahun
next-step-come_back_after_maintenance = Datang lagi setelah pemeliharaan
next-step-come_back_in_office_hours = Datang lagi pada jam layanan hari kerja
next-step-come_back_tomorrow = Datang lagi mulai besok
next-step-reset_pin_at_city_hall = Atur ulang PIN di loket pemerintah daerah
next-step-renew_card_at_city_hall = Ajukan kartu baru di loket pemerintah daerah
next-step-renew_certificate_at_city_hall = Perbarui sertifikat elektronik di loket pemerintah daerah
next-step-cancel_suspension_at_city_hall = Batalkan penangguhan di loket pemerintah daerah
next-step-register_seal_at_city_hall = Daftarkan stempel di loket pemerintah daerah
next-step-tax_office = Tanyakan ke loket pajak
next-step-city_hall = Berkonsultasi di loket pemerintah daerah
next-step-complete_move_in = Lapor pindah masuk di daerah yang baru
next-step-municipality_of_residence = Pakai surat keterangan daerah tempat tinggal
next-step-municipality_of_domicile = Minta ke daerah domisili pendaftaran keluarga
next-step-register_domicile_and_wait = Daftar untuk surat keterangan domisili pendaftaran keluarga, lalu tunggu
next-step-choose_another_certificate = Pilih surat keterangan lain
next-step-place_card_again = Letakkan kartu lagi di pembaca
next-step-insert_more_money = Masukkan uang yang kurang
next-step-choose_certificates_directly = Langsung pilih surat keterangan
next-step-use_plastic_card = Pakai Kartu My Number fisik
device-card = Kartu My Number
device-android = ponsel pintar Android
device-iphone = iPhone

## Yang terjadi (log peristiwa untuk pelatih)

effect-language_changed = Bahasa diganti ke { $lang }
effect-card_read = Kartu terbaca
effect-card_taken_off = Kartu diangkat dari pembaca
effect-card_may_be_removed = Kartu boleh diambil
effect-pin_accepted = PIN diterima
effect-pin_rejected = PIN salah: sisa { $tries } kali percobaan
effect-pin_locked = PIN terkunci
effect-registration_accepted = Pendaftaran diterima: dapat dipakai mulai { $date }
effect-selection_started = { $kind } dipilih
effect-selection_added = { $kind }: { $copies } lembar, { $fee } per lembar
effect-selection_reopened = { $kind } ditarik kembali untuk diubah
effect-total = Total { $amount }
effect-payment_due = Harus dibayar { $amount }
effect-money_accepted = { $amount } masuk; kurang { $remaining }
effect-money_returned = { $amount } dikembalikan ({ $why })
effect-returned-denomination = koin atau uang kertas yang tidak diterima mesin ini
effect-returned-already_paid = sudah dibayar
effect-returned-no_change = tidak ada kembalian: hanya uang pas
effect-returned-closed = jam layanan berakhir
effect-returned-change = uang kembalian
effect-returned-refund = pengembalian uang
effect-printing_started = Pencetakan dimulai
effect-copy_printed = { $kind } tercetak: lembar { $copy } dari { $of } ({ $number })
effect-printer_stopped = Printer berhenti: { $fault }
effect-output_failed = Surat keterangan tidak dapat disimpan ({ $path }: { $error }): pencetakan dihentikan dan uang untuk lembar yang tidak tercetak dikembalikan
effect-printing_done = Pencetakan selesai
effect-refused = Ditolak: { $sentence }
effect-refusal_left = Warga keluar dari layar penolakan
effect-fault_armed = Gangguan disiapkan: { $fault }
effect-inactivity_warning = Tidak ada aktivitas: sesi diatur ulang dalam { $seconds } detik jika tidak diperpanjang
effect-time_extended = Waktu diperpanjang
effect-timed_out = Tidak ada aktivitas: sesi sudah diatur ulang
effect-returned_home = Layar akhir dibiarkan: kembali ke layar awal
effect-session_ended = Sesi berakhir: { $status }
effect-other_service_touched = "{ $service }" ditekan: layanan ini tidak ada di kios simulasi (salah jalur)
effect-status-issued = diterbitkan
effect-status-refused = ditolak
effect-status-cancelled = dibatalkan
effect-status-timed_out = waktu habis
effect-status-registered = terdaftar

## Tidak ada operasi

warning-title = Apakah Anda perlu waktu lagi?
warning-body = Layar kembali ke awal dalam { $seconds } detik. Uang dan kartu Anda akan dikembalikan.
warning-extend = Tambah waktu

## Bagian-bagian mesin

reader-title = Pembaca kartu
reader-choose = Kartu yang diletakkan
reader-place = Letakkan kartu
reader-place-phone = Dekatkan ponsel ke pembaca
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Kartu: sisi depan di atas, diletakkan datar di pembaca kartu
guide-phone = Ponsel pintar: didekatkan ke pembaca kartu
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
fault-centre_unreachable = Pusat tidak terjangkau
tray-title = Tempat keluar kertas
tray-empty = Kosong
tray-open = Buka { $name }
tray-take = Ambil surat keterangan
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
speech-repeat = Ulangi
speech-stop = Hentikan suara
jack-pin-digit = Satu angka PIN dimasukkan
trainer-toggle = Konsol pelatih (F2)

## Pemberitahuan status (dibacakan)

live-printing-done = Pencetakan selesai. Silakan ambil surat keterangan Anda.
live-card-can-remove = Anda sekarang dapat mengambil kartu
live-returned = { $amount } dikembalikan ke tempat uang kembalian
live-session-reset = Kembali ke layar awal
live-card-placed = Kartu diletakkan
live-card-removed = Kartu diambil
live-not-here = "{ $service }" tidak tersedia di sini

## Konsol pelatih

trainer-title = Konsol pelatih
trainer-clock = Jam simulasi
trainer-pause = Jeda
trainer-resume = Lanjutkan
trainer-speed = Kecepatan ×{ $x }
trainer-plus-1m = Maju 1 menit
trainer-plus-10m = Maju 10 menit
trainer-plus-1h = Maju 1 jam
trainer-jump-0629 = Ke { $time }
trainer-jump-2300 = Ke { $time }
trainer-jump-1229 = Ke 29 Des
trainer-set-field = Tanggal dan waktu (RFC 3339)
trainer-set = Atur waktu
trainer-set-invalid = Format tanggal dan waktu salah (contoh: 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (kartu)
trainer-participant = Peserta (ID, bukan nama)
trainer-task = Tugas
trainer-condition = Kondisi
trainer-municipality = Pemerintah daerah
trainer-vendor = Jenis mesin
trainer-print-speed = Waktu cetak (detik per lembar)
trainer-faults = Buat gangguan
trainer-after-copies = Setelah berapa lembar dicetak
trainer-inject = Buat: { $fault }
trainer-armed-none = Tidak ada gangguan yang disiapkan
trainer-armed-after = Disiapkan: { $fault }, setelah { $after } lembar dicetak
trainer-armed-next = Disiapkan: { $fault }, pada kesempatan berikutnya
trainer-new-session = Mulai sesi baru
trainer-log = Catatan peristiwa
trainer-log-rule = Aturan: { $rule }
trainer-log-next = Langkah berikutnya: { $next }
trainer-error = Kesalahan: { $message }
trainer-handbook = Cetak buku panduan pelatih (PDF)
trainer-handbook-written = Buku panduan sudah dibuat: { $path }
trainer-language-ja = bahasa Jepang
trainer-language-en = bahasa Inggris
trainer-language-zh-Hans = bahasa Tionghoa (aksara sederhana)
trainer-language-ko = bahasa Korea
trainer-language-pt = bahasa Portugis
trainer-language-es = bahasa Spanyol
trainer-language-vi = bahasa Vietnam
trainer-language-tl = bahasa Tagalog
trainer-language-id = bahasa Indonesia
trainer-language-th = bahasa Thai
trainer-language-ne = bahasa Nepal
trainer-screen-language = Layar awal
trainer-screen-services = Layanan administrasi
trainer-screen-consent = Hal-hal yang perlu diperhatikan
trainer-screen-place_card = Letakkan kartu
trainer-screen-path = Jenis surat keterangan
trainer-screen-pin = Masukkan PIN
trainer-screen-registered = Pendaftaran diterima
trainer-screen-remove_card = Ambil kartu
trainer-screen-certificate = Daftar surat keterangan
trainer-screen-options = Pilihan isi
trainer-screen-copies = Jumlah lembar
trainer-screen-confirm = Periksa pilihan
trainer-screen-payment = Pembayaran
trainer-screen-printing = Mencetak
trainer-screen-take_items = Ambil barang
trainer-screen-out_of_service = Tidak tersedia saat ini
trainer-screen-refusal = Ditolak
trainer-ev-press = Menekan "{ $button }"
trainer-ev-language = Memilih bahasa: { $lang }
trainer-ev-place-card = Meletakkan kartu ({ $card })
trainer-ev-remove-card = Mengangkat kartu dari pembaca
trainer-ev-pin = Memasukkan PIN (4 angka)
trainer-ev-certificate = Memilih "{ $kind }"
trainer-ev-options = Memilih isi: { $options }
trainer-ev-options-default = Isi dibiarkan seperti semula
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies } lembar
trainer-ev-insert = Memasukkan { $amount }
trainer-ev-printer-step = Printer bekerja
trainer-ev-take-items = Mengambil kartu, surat keterangan, dan kembalian
trainer-ev-tick = Waktu berlalu ({ $time })
trainer-ev-fault = Pelatih membuat gangguan: { $fault }
trainer-ev-fault-after = Pelatih membuat gangguan: { $fault } (setelah { $after } lembar dicetak)
trainer-ev-walk-away = Meninggalkan layar penolakan
trainer-ev-unknown = Suatu tindakan
trainer-log-said = { $event } → { $result }
trainer-log-screen = layar: { $screen }
trainer-log-nothing = tidak ada perubahan
trainer-log-rejected = { $event } → tidak diterima
trainer-log-veiled = ? (ditampilkan setelah dijawab)
trainer-log-veil-note = Tanggapan kios disembunyikan sampai pertanyaan dijawab
trainer-recording = Perekaman (penelitian)
trainer-record = ● Rekam sesi
trainer-record-stop = ■ Hentikan perekaman
trainer-recorded = { $count } sesi tersimpan
trainer-recording-into = Di { $dir }: { $count } sesi tersimpan
trainer-record-error = Tidak dapat menulis: { $error }
trainer-note-hint = Catatan pengamat (F3), Enter untuk menambah
trainer-note-add = Tambah catatan
trainer-exercises = Latihan
trainer-exercise-pick = Skenario latihan
trainer-exercise-numbered = Latihan { $n }
trainer-exercise-titled = Latihan { $n }: { $title }
trainer-exercise-none = (tidak ada latihan)
trainer-exercise-start = Mulai latihan
trainer-exercise-play = Putar sampai pertanyaan
trainer-exercise-ask = Tanyakan sekarang
trainer-exercise-running = Berjalan: { $exercise }. Operasikan kios, atau putar sampai pertanyaan.
trainer-exercise-own-persons = { $file }: skenario dengan orang-orangnya sendiri tidak dijalankan di konsol pelatih
trainer-question = Pertanyaan
trainer-question-what = Setelah tindakan terakhir pengguna, apa yang dilakukan kios? Jika kios menolak, pilih alasannya; lalu pilih apa yang harus dilakukan pengguna selanjutnya.
trainer-question-amount = Sebutkan juga berapa yang masih kurang.
trainer-question-veiled = Layar sentuh dan tanggapan kios disembunyikan sampai ada jawaban.
trainer-question-trainer = Pertanyaan pelatih: { $question }
trainer-answer-reason = Alasan penolakan
trainer-answer-not-refused = Tidak ditolak (kios menerbitkan)
trainer-answer-next = Langkah berikutnya
trainer-answer-choose = (pilih)
trainer-answer-amount = Jumlah (yen)
trainer-answer-submit = Kirim jawaban
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = Pertanyaan pelatihan
trainer-veil-body = Layar ditutup sampai pertanyaan di konsol pelatih dijawab.
trainer-fb-right = Benar.
trainer-fb-wrong = Salah.
trainer-fb-reason-right = Alasannya benar: kios menampilkan "{ $title }". Aturan: { $rule }
trainer-fb-reason-wrong = Bukan "{ $chosen }": kios menampilkan "{ $title }". Aturan: { $rule }
trainer-fb-reason-wrong-rule = Aturan untuk "{ $chosen }" adalah: { $chosenRule }. Pengguna ini tidak termasuk kasus itu.
trainer-fb-reason-wrong-none = Kios memang menolak: kios menampilkan "{ $title }". Aturan: { $rule }
trainer-fb-not-refused-right = Benar: kios tidak menolak di sini.
trainer-fb-reason-wrong-not-refused = Bukan "{ $chosen }": kios tidak menolak di sini.
trainer-fb-next-right = Langkah berikutnya benar: { $next }
trainer-fb-next-wrong = Bukan "{ $chosen }": langkah berikutnya adalah "{ $expected }": { $next }
trainer-fb-next-wrong-short = Bukan "{ $chosen }": langkah berikutnya adalah "{ $expected }".
trainer-fb-next-missing = Langkah berikutnya belum dipilih: yaitu "{ $expected }": { $next }
trainer-fb-next-missing-short = Langkah berikutnya belum dipilih: yaitu "{ $expected }".
trainer-fb-amount-right = Jumlahnya benar: { $amount }
trainer-fb-amount-wrong = Jumlahnya salah ({ $given }): yang benar { $amount }.
trainer-fb-amount-missing = Jumlah belum dijawab: yang benar { $amount }.
trainer-fb-trainer = Dari pelatih: { $text }
trainer-fb-explanation = Penjelasan: { $text }
trainer-score = Skor: { $correct } / { $total } ({ $percent }%)
trainer-export = Ekspor catatan (JSON dan PDF)
trainer-exported = Ditulis: { $path }
trainer-export-failed = Gagal mengekspor: { $error }

## Kuesioner setelah sesi yang direkam (mode riset, `kofu --record`): Single Ease Question (Sauro 2009)
## dan System Usability Scale (Brooke 1996), butir-butirnya dalam urutan standar.
q-seq-title = Satu pertanyaan tentang tugas ini
q-seq = Secara keseluruhan, seberapa sulit atau mudah menyelesaikan tugas ini?
q-seq-low = Sangat sulit
q-seq-high = Sangat mudah
q-answer = { $n } ({ $anchor })
q-sus-offer = Bersediakah Anda menjawab sepuluh pernyataan singkat lagi tentang mesin ini?
q-sus-yes = Jawab sepuluh pernyataan
q-sus-skip = Tidak, selesai
q-sus-title = Pernyataan { $n } dari 10
q-sus-ask = Seberapa setuju Anda dengan pernyataan ini?
q-sus-low = Sangat tidak setuju
q-sus-high = Sangat setuju
q-sus-1 = Saya rasa saya ingin sering menggunakan sistem ini.
q-sus-2 = Saya merasa sistem ini lebih rumit daripada yang diperlukan.
q-sus-3 = Saya merasa sistem ini mudah digunakan.
q-sus-4 = Saya rasa saya akan membutuhkan bantuan orang yang paham teknis agar dapat menggunakan sistem ini.
q-sus-5 = Saya merasa berbagai fungsi dalam sistem ini terpadu dengan baik.
q-sus-6 = Saya merasa terlalu banyak hal yang tidak konsisten dalam sistem ini.
q-sus-7 = Saya bayangkan kebanyakan orang akan dapat mempelajari cara menggunakan sistem ini dengan sangat cepat.
q-sus-8 = Saya merasa sistem ini sangat merepotkan untuk digunakan.
q-sus-9 = Saya merasa sangat percaya diri saat menggunakan sistem ini.
q-sus-10 = Saya perlu mempelajari banyak hal sebelum dapat mulai menggunakan sistem ini.
q-thanks = Terima kasih. Jawaban Anda sudah disimpan.
q-finish = Selesai
q-keypad = Silakan tekan tombol angka { $low } sampai { $high }, atau sentuh salah satu jawaban di layar.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, tombol
focus-button-disabled = { $name }, tombol, tidak tersedia
focus-at = { $control }, { $pos } dari { $count }
focus-check = { $name }, kotak centang, { $on ->
    [yes] dicentang
   *[no] tidak dicentang
}
focus-radio = { $name }, tombol pilihan, { $on ->
    [yes] dipilih
   *[no] tidak dipilih
}

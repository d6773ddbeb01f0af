### The trainees area of the id bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Peserta pelatihan
trainee-none = Ketik nama peserta pelatihan untuk menyimpan jawabannya.
trainee-results = Hasil { $name }
trainee-results-none = Belum ada latihan yang dijawab.
trainee-col-exercise = Latihan
trainee-col-answer = Jawaban
trainee-col-mark = Benar atau salah
trainee-col-time = Waktu
trainee-right = Benar
trainee-wrong = Salah
trainee-seconds = { $seconds } dtk
trainee-export = Ekspor hasil (JSON, CSV, PDF)
trainee-store-failed = Hasil tidak dapat disimpan: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } tahun — { $kind }
case-situation-pin = { $situation } · PIN: { $pin }
case-kiosk = Kios: { $outcome }
case-outcome-issues = menerbitkan surat keterangan
case-outcome-domicile = hanya menerbitkan surat keterangan domisili pendaftaran keluarga
case-outcome-refuses = menolak: { $refusal }
case-situation-deceased = Tercatat meninggal; kerabat membawa kartunya
case-situation-support = Dalam langkah perlindungan (KDRT, penguntitan)
case-situation-moved-out = Sudah mengajukan laporan pindah keluar
case-situation-gaiji = Karakter tidak standar pada nama masih diproses
case-situation-child = Anak berusia { $age } tahun
case-situation-cert-expired = Sertifikat elektronik habis berlaku pada { $date }
case-situation-stay-ended = Masa tinggal berakhir pada { $date }
case-situation-card-expired = Kartu habis berlaku pada { $date }
case-situation-suspended = Kartu ditangguhkan
case-situation-revoked = Sertifikat elektronik dicabut
case-situation-new-card = Menerima kartu atau sertifikat elektronik hari ini
case-situation-pin-changed = Mengganti PIN hari ini
case-situation-pin-failures = Salah PIN berturut-turut sejauh ini: { $failures }
case-situation-moved-in-today = Pindah masuk hari ini
case-situation-domicile-registered = Tinggal di daerah lain; domisili pendaftaran keluarga di sini, terdaftar untuk kios pada { $date }
case-situation-domicile-only = Tinggal di daerah lain; domisili pendaftaran keluarga di sini, belum terdaftar untuk kios
case-situation-elsewhere = Tinggal di pemerintah daerah lain
case-situation-foreign = Penduduk asing ({ $nationality })
case-situation-no-seal = Tidak ada pendaftaran stempel
case-situation-no-tax = Tidak ada catatan pajak
case-situation-resident = Penduduk, tidak ada yang khusus
case-cards-title = Kartu kasus: penduduk fiktif
case-cards-head = Kartu kasus — penduduk fiktif (contoh) · kios pada { $time }
case-card-age = { $age } tahun · { $kind }
case-card-situation = Keadaan
case-card-kiosk = Yang akan dilakukan kios

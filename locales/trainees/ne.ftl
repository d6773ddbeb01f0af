### The trainees area of the ne bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = प्रशिक्षार्थी
trainee-none = उत्तरहरू राख्न प्रशिक्षार्थीको नाम लेख्नुहोस्।
trainee-results = { $name } को नतिजा
trainee-results-none = अहिलेसम्म कुनै अभ्यासको उत्तर दिइएको छैन।
trainee-col-exercise = अभ्यास
trainee-col-answer = उत्तर
trainee-col-mark = सही वा गलत
trainee-col-time = समय
trainee-right = सही
trainee-wrong = गलत
trainee-seconds = { $seconds } सेकेन्ड
trainee-export = नतिजा निर्यात गर्नुहोस् (JSON, CSV, PDF)
trainee-store-failed = नतिजा राख्न सकिएन: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } वर्ष — { $kind }
case-situation-pin = { $situation } · PIN नम्बर { $pin }
case-kiosk = किओस्क: { $outcome }
case-outcome-issues = प्रमाणपत्र जारी गर्छ
case-outcome-domicile = मूल ठेगानाका प्रमाणपत्र मात्र जारी गर्छ
case-outcome-refuses = अस्वीकार गर्छ: { $refusal }
case-situation-deceased = मृत्यु भएको अभिलेख छ; आफन्तले कार्ड ल्याउँछन्
case-situation-support = सहायता उपाय (घरेलु हिंसा, पछ्याउने) अन्तर्गत
case-situation-moved-out = बसाइँ सरी जाने सूचना दिइसकेको
case-situation-gaiji = नाममा रहेका गैर-मानक अक्षर प्रक्रियामा
case-situation-child = { $age } वर्षको बालबालिका
case-situation-cert-expired = विद्युतीय प्रमाणपत्रको म्याद { $date } मा सकियो
case-situation-stay-ended = बसाइको अवधि { $date } मा सकियो
case-situation-card-expired = कार्डको म्याद { $date } मा सकियो
case-situation-suspended = कार्ड अस्थायी रोकमा
case-situation-revoked = विद्युतीय प्रमाणपत्र अमान्य
case-situation-new-card = आज कार्ड वा विद्युतीय प्रमाणपत्र पाएको
case-situation-pin-changed = आज PIN परिवर्तन गरेको
case-situation-pin-failures = अहिलेसम्म लगातार गलत PIN: { $failures } पटक
case-situation-moved-in-today = आज बसाइँ सरी आएको
case-situation-domicile-registered = अर्को नगरपालिकामा बस्छन्; मूल ठेगाना यहीँ, { $date } मा प्रयोग दर्ता गरिएको
case-situation-domicile-only = अर्को नगरपालिकामा बस्छन्; मूल ठेगाना यहीँ, प्रयोग दर्ता छैन
case-situation-elsewhere = अर्को नगरपालिकामा बस्छन्
case-situation-foreign = विदेशी बासिन्दा ({ $nationality })
case-situation-no-seal = छाप दर्ता छैन
case-situation-no-tax = कर अभिलेख छैन
case-situation-resident = बासिन्दा, केही विशेष छैन
case-cards-title = केस कार्ड: काल्पनिक बासिन्दा
case-cards-head = केस कार्ड — काल्पनिक बासिन्दा (नमुना) · { $time } मा किओस्क
case-card-age = { $age } वर्ष · { $kind }
case-card-situation = अवस्था
case-card-kiosk = किओस्कले के गर्छ

# kofu — कन्भिनियन्स स्टोरको प्रमाणपत्र किओस्कका स्क्रिनका पाठहरू, नेपाली (मूल ja.ftl बाट अनुवाद)।
# सबै भाषा फाइलमा कुञ्जीहरू उस्तै हुन्छन् (नपुग वा बढी कुञ्जी एउटा परीक्षणले जाँच्छ)।
# { $… } प्लेसहोल्डरहरू जस्ताको तस्तै राख्नुहोस्। रकम ({ $amount }) ढाँचा मिलाएर आउँछ।
# छापिएको प्रमाणपत्र आफैँ जापानी भाषामै रहन्छ।

## भाषा र सामान्य

language-name = नेपाली
app-title = kofu — कन्भिनियन्स स्टोरको प्रमाणपत्र किओस्क (SPECIMEN / नमुना मात्र)
specimen-banner = SPECIMEN (नमुना) — यो किओस्कले नमुना प्रमाणपत्र मात्र छाप्छ
money-yen = { $amount } येन
fiscal-year = आर्थिक वर्ष { $year } ({ $incomeYear } को आय)
era-reiwa = रेइवा
era-heisei = हेइसेइ
weekday-1 = सोम
weekday-2 = मंगल
weekday-3 = बुध
weekday-4 = बिही
weekday-5 = शुक्र
weekday-6 = शनि
weekday-7 = आइत
list-separator = ,{" "}

## साझा बटनहरू

btn-back = फर्कनुहोस्
btn-cancel = रद्द गर्नुहोस्
btn-next = अर्को
btn-ok = ठीक छ
btn-finish = समाप्त गर्नुहोस्
page-previous = अघिल्लो पृष्ठ
page-next = अर्को पृष्ठ
page-of = पृष्ठ { $page } / { $pages }
toggle-large-text = ठूला अक्षर
toggle-high-contrast = उच्च कन्ट्रास्ट
keypad-help = नम्बर किप्याड: अङ्कले टाइप वा छनोट गर्छ · २ र ८ ले छनोट सार्छ · ○ ले पक्का गर्छ · ← ले एक अक्षर मेटाउँछ · × ले पछाडि फर्कन्छ वा रद्द गर्छ

## पहिलो स्क्रिन (भाषा र प्रशासनिक सेवा)

home-title = सेवा छान्नुहोस्
home-language = भाषा / Language
home-services = प्रशासनिक सेवा
home-services-hint = निवासी प्रमाणपत्रको प्रतिलिपि (住民票の写し) जस्ता प्रमाणपत्र लिन "प्रशासनिक सेवा" थिच्नुहोस्
home-service-copy = फोटोकपी
home-service-print = छपाइ (USB / स्मार्टफोन)
home-service-scan = स्क्यान
home-service-fax = फ्याक्स
home-service-photo = फोटो छपाइ
home-service-tickets = टिकट र विभिन्न भुक्तानी
home-not-here = "{ $service }" यो अभ्यास मेसिनमा उपलब्ध छैन। प्रमाणपत्र लिन "{ $services }" थिच्नुहोस्।

## प्रशासनिक सेवा

services-title = प्रशासनिक सेवा
services-cert-issue = प्रमाणपत्र जारी सेवा (कन्भिनियन्स स्टोर)
services-hint = माई नम्बर कार्डबाट तपाईं बसोबास गर्ने नगरपालिका वा दर्ता गरिएको पारिवारिक मूल ठेगाना (本籍地) को प्रमाणपत्र लिन सक्नुहुन्छ

## सहमति (Sharp किसिमका मेसिन)

consent-title = प्रयोग गर्दा ध्यान दिनुपर्ने कुरा
consent-body = प्रमाणपत्र लिन माई नम्बर कार्ड र त्यसको प्रयोगकर्ता पहिचान विद्युतीय प्रमाणपत्रको PIN (४ अङ्क) चाहिन्छ। लगातार ३ पटक गलत PIN हालेमा PIN लक हुन्छ र नगरपालिकाको काउन्टरमा मात्र खोल्न सकिन्छ। छापिएको प्रमाणपत्र फिर्ता वा साटफेर गर्न सकिँदैन। कार्ड, प्रमाणपत्र र फिर्ता पैसा लैजान नबिर्सनुहोस्।
consent-instruction = ध्यान दिनुपर्ने कुरा पढेर "सहमत छु" थिच्नुहोस्
consent-agree = सहमत छु

## कार्ड राख्नुहोस्

place-title = कार्ड राख्नुहोस्
place-instruction = { $vendor ->
    [sharp] कार्ड रिडरमा कार्ड राखेर "अर्को" थिच्नुहोस्
   *[other] कार्ड रिडरमा माई नम्बर कार्ड राख्नुहोस्
}
place-phone-note = स्मार्टफोन (माई नम्बर कार्ड सुविधा) प्रयोग गर्नुहुन्छ भने त्यसलाई कार्ड रिडरमाथि समात्नुहोस्
place-detected = कार्ड पढियो

## प्रमाणपत्रको प्रकार

path-title = लिन चाहेको प्रमाणपत्र छान्नुहोस्
path-residence = तपाईं बसोबास गर्ने नगरपालिकाका प्रमाणपत्र
path-domicile = दर्ता गरिएको पारिवारिक मूल ठेगाना (本籍地) का प्रमाणपत्र
path-register = मूल ठेगानाका प्रमाणपत्र प्रयोगका लागि दर्ता आवेदन

## PIN

pin-title = PIN हाल्नुहोस्
pin-instruction = प्रयोगकर्ता पहिचान विद्युतीय प्रमाणपत्रको PIN (४ अङ्क) हालेर "ठीक छ" थिच्नुहोस्
pin-entered = PIN: ४ मध्ये { $count } अङ्क हालियो
pin-wrong = PIN गलत छ। अझै { $tries } पटक गलत भए PIN लक हुन्छ।
pin-clear = सच्याउनुहोस्

## प्रयोग दर्ता

registered-title = प्रयोग दर्ता स्वीकार भयो
registered-body = { $date } देखि मूल ठेगानाका प्रमाणपत्र लिन सक्नुहुन्छ। कृपया कार्ड लिनुहोस्।

## कार्ड निकाल्नुहोस्

remove-title = कृपया कार्ड लिनुहोस्
remove-body = पहिचान पुष्टि भयो। अगाडि बढ्न रिडरबाट कार्ड निकाल्नुहोस्।

## प्रमाणपत्र छान्नुहोस्

cert-title = प्रमाणपत्र छान्नुहोस्
cert-fee = एक प्रतिको { $fee }
cert-none = यहाँ लिन सकिने प्रमाणपत्र छैन
cert-kind-resident_certificate = निवासी प्रमाणपत्रको प्रतिलिपि (住民票の写し)
cert-kind-seal_certificate = छाप दर्ता प्रमाणपत्र (印鑑登録証明書)
cert-kind-tax_certificate = कर / करमुक्त (आय) प्रमाणपत्र
cert-kind-family_register_appendix = पारिवारिक दर्ताको संलग्न विवरण (戸籍の附票の写し)
cert-kind-family_register = पारिवारिक दर्ता प्रमाणपत्र (戸籍証明書)

## विवरण छान्नुहोस्

options-title = { $kind } को विवरण छान्नुहोस्
opt-scope = उल्लेख गरिने व्यक्ति
opt-scope-holder = आफू मात्र
opt-scope-household = घरधुरीका सबै सदस्य
opt-scope-members = घरधुरीका केही सदस्य (छान्नुहोस्)
opt-relationship = घरमुली र नाता उल्लेख गर्ने
opt-domicile = मूल ठेगाना र पारिवारिक दर्ताका प्रमुख उल्लेख गर्ने
opt-my-number = व्यक्तिगत नम्बर (माई नम्बर) उल्लेख गर्ने
opt-nationality = राष्ट्रियता/क्षेत्र उल्लेख गर्ने
opt-residence-status = निवासको स्थिति र बसाइको अवधि उल्लेख गर्ने
opt-residence-card = निवास कार्ड (在留カード) को नम्बर उल्लेख गर्ने
opt-year = आर्थिक वर्ष
opt-extent = प्रकार
opt-extent-whole = पूरा दर्ता (सबै जना)
opt-extent-individual = व्यक्तिगत (एक जना)
opt-person = प्रमाणित गरिने व्यक्ति
opt-appendix-note = संलग्न विवरण तपाईंको पारिवारिक दर्तामा उल्लेख भएका व्यक्तिहरूका लागि बनाइन्छ
opt-members-none = कम्तीमा एक जना छान्नुहोस्

## प्रति संख्या

copies-title = कति प्रति?
copies-value = { $count } प्रति
copies-more = १ प्रति थप्नुहोस्
copies-less = १ प्रति घटाउनुहोस्
copies-max = बढीमा { $max } प्रति
copies-ceiling = बढीमा { $max } प्रति: यो मेसिनले एक कारोबारमा { $ceiling } भन्दा बढी लिँदैन
copies-subtotal = उप-जम्मा { $amount }

## पुष्टि

confirm-title = छनोट जाँच्नुहोस्
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = जम्मा { $amount }
confirm-pay = पुष्टि गरेर भुक्तानी गर्नुहोस्
confirm-add = अर्को प्रमाणपत्र पनि लिनुहोस्

## भुक्तानी

pay-title = शुल्क हाल्नुहोस्
pay-due = तिर्नुपर्ने रकम { $amount }
pay-inserted = हालेको रकम { $amount }
pay-remaining = अझै बाँकी { $amount }
pay-accepted = स्वीकार्य: { $list }
pay-no-change = अहिले फिर्ता पैसा आउँदैन। ठ्याक्कै रकम हाल्नुहोस्
pay-cancel-note = "रद्द गर्नुहोस्" थिच्दा हालेको सबै पैसा फिर्ता हुन्छ

## छपाइ

print-title = छापिँदैछ
print-progress = { $total } मध्ये { $done } छापियो
print-wait = छपाइ सकिएसम्म पर्खनुहोस्। मेसिन छोडेर नजानुहोस्।
flow-step-1 = भाषा
flow-step-2 = सेवा
flow-step-3 = कार्ड
flow-step-4 = PIN
flow-step-5 = प्रमाणपत्र
flow-step-6 = प्रति
flow-step-7 = भुक्तानी
flow-step-at = { $count } मध्ये चरण { $n }: { $name }
print-halted-title-paper_jam = कागज अड्किएर छपाइ रोकियो
print-halted-title-out_of_paper = कागज सकिएर छपाइ रोकियो
print-halted-call-staff = कृपया पसलका कर्मचारीलाई बोलाउनुहोस्। कर्मचारीले प्रिन्टर मिलाएपछि बाँकी प्रमाणपत्र छापिन्छन्। आफ्नो कार्ड वा PIN कसैलाई नदिनुहोस्।
print-halted-cancel-note = "रद्द गर्नुहोस्" थिच्दा नछापिएका प्रतिको शुल्क फिर्ता हुन्छ
printer-halted = रोकियो, कर्मचारीको प्रतीक्षामा: { $fault }
printer-clear-fault = कर्मचारी: { $fault } मिलाउनुहोस्
effect-printer_halted = प्रिन्टर रोकियो ({ $fault }): { $of } मध्ये { $printed } छापियो, कर्मचारीको प्रतीक्षामा
effect-printer_resumed = कर्मचारीले { $fault } मिलाए; छपाइ फेरि सुरु भयो
live-printer-halted = प्रिन्टर रोकियो ({ $fault })। कृपया पसलका कर्मचारीलाई बोलाउनुहोस्।
live-printer-resumed = छपाइ फेरि सुरु भयो।
trainer-ev-clear-fault = कर्मचारीले प्रिन्टर मिलाउँछन्

## सामान नबिर्सनुहोस्

take-title = आफ्नो सामान नबिर्सनुहोस्
take-card = कार्ड लिनुहोस्
take-certs = निकास ट्रेबाट { $count ->
    [one] प्रमाणपत्र
   *[other] { $count } वटा प्रमाणपत्र
} लिनुहोस्
take-change = फिर्ता पैसा लिनुहोस्: { $amount }
take-nothing = केही छुटेको छैन
take-issued = प्रमाणपत्र जारी भयो
take-cancelled = रद्द भयो। तपाईंले हालेको रकम फिर्ता पैसा ट्रेबाट लिनुहोस्
take-cancelled-unpaid = रद्द भयो। कुनै रकम लिइएको छैन
take-timeout = कुनै सञ्चालन नभएकाले सत्र समाप्त भयो
take-fault = प्रिन्टर रोकियो ({ $fault })। छापिएको भागको मात्र शुल्क लिइयो। कृपया पसलका कर्मचारीलाई बोलाउनुहोस्।

## सेवा उपलब्ध छैन

oos-title = अहिले सेवा उपलब्ध छैन
oos-hours = सेवा समय: हरेक दिन { $open }–{ $close }
oos-now = अहिले: { $now }

## जारी गर्न सकिँदैन

refusal-title = प्रमाणपत्र जारी गर्न सकिँदैन
refusal-rule = कारण
refusal-next = अब के गर्ने
refusal-back = प्रमाणपत्रको सूचीमा फर्कनुहोस्

## कारणहरू। आर्गुमेन्ट: { $city } नगरपालिका; { $hall } सेवा समय र फोनसहितको कार्यालय; { $office } कार्यालयको नाम;
## { $open } { $close } नियमको समय; { $reopens } सेवा फेरि खुल्ने समय; { $date } म्याद वा प्रयोग सुरु हुने मिति;
## { $registered } yes / no; { $stopFrom } { $stopUntil } सेवा बन्दको अवधि; { $year } आर्थिक वर्ष; { $days } दिन;
## { $age } न्यूनतम उमेर; { $tries } PIN प्रयास; { $hotline } फोन नम्बर; { $button } बटनको नाम

refusal-sentence = { $title }। { $rule }। { $next }।
reason-out_of_service_hours-title = सेवा समयभन्दा बाहिर
reason-out_of_service_hours-rule = यो सेवा हरेक दिन { $open } देखि { $close } सम्म (जापान समय) उपलब्ध हुन्छ
reason-out_of_service_hours-next = कृपया { $reopens } देखि फेरि आउनुहोस्, वा { $hall } मा लिनुहोस्
reason-year_end_suspension-title = वर्षान्त र नयाँ वर्षको बिदाका कारण सेवा बन्द छ
reason-year_end_suspension-rule = { $stopFrom } देखि { $stopUntil } सम्म सेवा बन्द रहन्छ
reason-year_end_suspension-next = कृपया { $reopens } देखि फेरि आउनुहोस्। नगरपालिकाका काउन्टर पनि { $stopUntil } सम्म बन्द रहन्छन्
reason-maintenance-title = प्रणाली मर्मत भइरहेको छ
reason-maintenance-rule = { $city } ले सूचना दिएको मर्मत अवधिभर सेवा बन्द रहन्छ
reason-maintenance-next = कृपया { $reopens } देखि फेरि आउनुहोस्, वा { $hall } मा लिनुहोस्
reason-centre_unreachable-title = सञ्चार अवरोधका कारण अहिले सेवा उपलब्ध छैन
reason-centre_unreachable-rule = मेसिनले प्रमाणपत्र केन्द्रसँग सम्पर्क गर्न नसकेसम्म सेवा बन्द रहन्छ
reason-centre_unreachable-next = कृपया केही समयपछि फेरि प्रयास गर्नुहोस्, वा { $hall } मा लिनुहोस्
reason-family_register_hours-title = पारिवारिक दर्ता प्रमाणपत्रको सेवा समयभन्दा बाहिर
reason-family_register_hours-rule = { $city } ले कन्भिनियन्स स्टोरमा पारिवारिक दर्ता प्रमाणपत्र सार्वजनिक बिदाबाहेक सोमबारदेखि शुक्रबारसम्म { $open } देखि { $close } सम्म मात्र जारी गर्छ
reason-family_register_hours-next = कृपया { $reopens } देखि फेरि आउनुहोस्, वा { $hall } मा लिनुहोस्
reason-card_expired-title = तपाईंको कार्डको म्याद सकिएको छ
reason-card_expired-rule = तपाईंको कार्डको म्याद { $date } सम्म थियो
reason-card_expired-next = कृपया { $hall } मा नयाँ कार्डका लागि आवेदन दिनुहोस्। कार्ड र परिचयपत्र ल्याउनुहोस्। त्यतिन्जेल प्रमाणपत्र काउन्टरबाट लिनुहोस्
reason-certificate_expired-title = विद्युतीय प्रमाणपत्रको म्याद सकिएको छ
reason-certificate_expired-rule = प्रयोगकर्ता पहिचान विद्युतीय प्रमाणपत्रको म्याद { $date } (जारी भएपछिको पाँचौँ जन्मदिन) सम्म थियो
reason-certificate_expired-next = कृपया { $hall } मा विद्युतीय प्रमाणपत्र नवीकरण गर्नुहोस्। कार्ड ल्याउनुहोस् र आफ्नो PIN सम्झेर आउनुहोस्
reason-certificate_revoked-title = विद्युतीय प्रमाणपत्र अमान्य भएको छ
reason-certificate_revoked-rule = प्रयोगकर्ता पहिचान विद्युतीय प्रमाणपत्र अमान्य भएको छ
reason-certificate_revoked-next = कृपया { $hall } मा नयाँ विद्युतीय प्रमाणपत्र जारी गराउनुहोस्। कार्ड ल्याउनुहोस्
reason-card_suspended-title = तपाईंको कार्ड अस्थायी रूपमा रोकिएको छ
reason-card_suspended-rule = कार्ड हराएको वा चोरी भएको सूचना दिइएकाले यसका विद्युतीय प्रमाणपत्र रोकिएका छन्
reason-card_suspended-next = कार्ड भेटिएमा कृपया { $hall } मा अस्थायी रोक हटाउनुहोस्। कार्ड र परिचयपत्र ल्याउनुहोस्। अस्थायी रोकबारे सोधपुछ: { $hotline } (निःशुल्क)
reason-pin_locked-title = तपाईंको PIN लक भएको छ
reason-pin_locked-rule = लगातार { $tries } पटक गलत हालेमा PIN लक हुन्छ। नगरपालिकाको काउन्टरमा मात्र यसलाई खोल्न सकिन्छ
reason-pin_locked-next = कृपया { $hall } मा PIN रिसेट गर्नुहोस्। कार्ड र ड्राइभिङ लाइसेन्स वा स्वास्थ्य बीमा कार्ड जस्ता परिचयपत्र ल्याउनुहोस्
reason-under_age-title = { $age } वर्षमुनिका व्यक्तिले प्रयोग गर्न सक्नुहुन्न
reason-under_age-rule = यो सेवा { $age } वर्ष वा सोभन्दा माथिका कार्डधनीका लागि हो
reason-under_age-next = अभिभावक वा संरक्षकले { $hall } मा प्रमाणपत्र लिन सक्नुहुन्छ
reason-moved_out-title = बसाइँ सरी जाने सूचना दिइएको छ
reason-moved_out-rule = बसाइँ सरी जाने सूचना दिनुभएका व्यक्तिलाई कन्भिनियन्स स्टोरबाट प्रमाणपत्र जारी गर्न सकिँदैन
reason-moved_out-next = कृपया { $days } दिनभित्र नयाँ नगरपालिकामा बसाइँ सरी आउने सूचना दिनुहोस्। { $city } का प्रमाणपत्र { $hall } मा लिनुहोस्
reason-support_measures-title = कृपया काउन्टरबाट लिनुहोस्
reason-support_measures-rule = यो कार्डबाट कन्भिनियन्स स्टोरमा प्रमाणपत्र लिन सकिँदैन
reason-support_measures-next = कृपया { $hall } मा सोध्नुहोस्
reason-support_measures-rule-private = सहयोग उपाय (घरेलु हिंसा, पिछा गर्ने/स्टकिङ आदि) लागू भएका व्यक्तिलाई सुरक्षाका लागि कन्भिनियन्स स्टोरबाट कुनै प्रमाणपत्र जारी गरिँदैन। सार्वजनिक स्क्रिनमा "यो कार्डबाट कन्भिनियन्स स्टोरमा प्रमाणपत्र लिन सकिँदैन" भन्ने मात्र देखिन्छ
reason-deceased-title = यो कार्ड प्रयोग गर्न सकिँदैन
reason-deceased-rule = यो कार्डबाट कन्भिनियन्स स्टोरमा प्रमाणपत्र लिन सकिँदैन
reason-deceased-next = कृपया { $hall } मा सोध्नुहोस्
reason-deceased-rule-private = कार्डधनीको मृत्युको अभिलेख भएकाले कार्ड प्रयोग गर्न सकिँदैन। परिवारका सदस्यले काउन्टरमा प्रमाणपत्र माग्न सक्नुहुन्छ
reason-moved_in_today-title = बसाइँ सरी आएकै दिन प्रयोग गर्न सकिँदैन
reason-moved_in_today-rule = बसाइँ सरी आउने सूचना भोलिपल्टदेखि मात्र कन्भिनियन्स स्टोर सेवामा देखिन्छ
reason-moved_in_today-next = कृपया भोलिदेखि आउनुहोस्, वा आजै { $hall } मा लिनुहोस्
reason-gaiji_pending-title = कृपया काउन्टरबाट लिनुहोस्
reason-gaiji_pending-rule = तपाईंको अभिलेखका केही विशेष अक्षर (外字, गाइजी) को दर्ता पूरा भएको छैन, त्यसैले अहिले छाप्न सकिँदैन
reason-gaiji_pending-next = कृपया { $hall } मा सोध्नुहोस्
reason-not_resident-title = { $city } का बासिन्दाका लागि मात्र
reason-not_resident-rule = यी प्रमाणपत्र { $city } का बासिन्दालाई मात्र जारी गरिन्छ
reason-not_resident-next = कृपया तपाईं बसोबास गर्ने नगरपालिकाका प्रमाणपत्र, वा मूल ठेगानाका प्रमाणपत्र छान्नुहोस्
reason-no_seal_registration-title = छाप दर्ता छैन
reason-no_seal_registration-rule = { $city } मा दर्ता भएको छाप मात्र प्रमाणित गर्न सकिन्छ
reason-no_seal_registration-next = कृपया { $hall } मा छाप दर्ता गर्नुहोस्। दर्ता गर्ने छाप र परिचयपत्र ल्याउनुहोस्
reason-no_tax_record-title = कर अभिलेख छैन
reason-no_tax_record-rule = { $city } मा { $year } को तपाईंको कर अभिलेख छैन (त्यस वर्षको जनवरी १ मा र अहिले पनि { $city } मा बसोबास गरेको हुनुपर्छ)
reason-no_tax_record-next = कृपया आफ्नो कर अभिलेखबारे { $hall } मा सोध्नुहोस्। जनवरी १ मा अर्को नगरपालिकामा बस्नुहुन्थ्यो भने त्यही नगरपालिकामा सोध्नुहोस्
reason-no_family_register-title = यहाँ तपाईंको मूल ठेगाना छैन
reason-no_family_register-rule = पारिवारिक दर्ता प्रमाणपत्र { $city } मा मूल ठेगाना भएका व्यक्तिलाई मात्र जारी गरिन्छ
reason-no_family_register-next = कृपया आफ्नो मूल ठेगानाको नगरपालिकाबाट लिनुहोस् (त्यहाँ कन्भिनियन्स स्टोर सेवा भए त्यो पनि प्रयोग गर्न सक्नुहुन्छ)
reason-not_japanese_national-title = जापानी नागरिकका लागि मात्र
reason-not_japanese_national-rule = पारिवारिक दर्ता जापानी नागरिकको मात्र बनाइन्छ
reason-not_japanese_national-next = कृपया निवासी प्रमाणपत्रको प्रतिलिपि (住民票の写し) जस्ता, तपाईं बसोबास गर्ने नगरपालिकाका प्रमाणपत्र छान्नुहोस्
reason-domicile_not_registered-title = मूल ठेगानाका प्रमाणपत्रका लागि प्रयोग दर्ता आवश्यक छ
reason-domicile_not_registered-rule = { $city } बाहिर बसोबास गर्नुहुन्छ भने पहिले प्रयोग दर्ता गर्नुपर्छ (दर्ता हुन { $days } कार्यदिन लाग्छ)
reason-domicile_not_registered-next = { $registered ->
    [yes] तपाईंको प्रयोग दर्ता प्रक्रियामा छ। कृपया { $date } देखि आउनुहोस्
   *[no] कृपया सुरुदेखि फेरि गर्नुहोस् र प्रमाणपत्रको प्रकार छान्ने स्क्रिनमा "{ $button }" छान्नुहोस्। दर्ता पूरा भएपछि आउनुहोस्
}
reason-card_unreadable-title = कार्ड पढ्न सकिएन
reason-card_unreadable-rule = कार्ड रिडरले कार्डको IC चिप पढ्न सकेन
reason-card_unreadable-next = कृपया कार्ड निकालेर रिडरमा समतल राख्नुहोस् र सुरुदेखि फेरि प्रयास गर्नुहोस्। बारम्बार यस्तो भएमा { $hall } मा कार्ड जाँच गराउनुहोस्
reason-card_not_yet_usable-title = तपाईंको कार्ड भोलिदेखि प्रयोग गर्न सकिन्छ
reason-card_not_yet_usable-rule = कार्ड पाएको दिन र PIN परिवर्तन गरेको दिन कन्भिनियन्स स्टोरमा कार्ड प्रयोग गर्न सकिँदैन
reason-card_not_yet_usable-next = कृपया भोलिदेखि आउनुहोस्, वा आजै { $hall } मा लिनुहोस्
reason-not_offered-title = यो प्रमाणपत्र कन्भिनियन्स स्टोरमा जारी हुँदैन
reason-not_offered-rule = { $city } ले यो प्रमाणपत्र कन्भिनियन्स स्टोरमा जारी गर्दैन
reason-not_offered-next = कृपया { $hall } मा लिनुहोस्
reason-registration_not_needed-title = प्रयोग दर्ता आवश्यक छैन
reason-registration_not_needed-rule = { $registered ->
    [yes] तपाईंको प्रयोग दर्ता पूरा भइसकेको छ। { $date } देखि मूल ठेगानाका प्रमाणपत्र प्रयोग गर्न सक्नुहुन्छ
   *[no] प्रयोग दर्ता { $city } मा मूल ठेगाना भएका तर अर्को नगरपालिकामा बसोबास गर्ने व्यक्तिका लागि मात्र हो
}
reason-registration_not_needed-next = कृपया सुरुदेखि फेरि गर्नुहोस् र चाहेको प्रमाणपत्र सिधै छान्नुहोस्
reason-smartphone_not_supported-title = यो मेसिनमा तपाईंको स्मार्टफोन प्रयोग गर्न सकिँदैन
reason-smartphone_not_supported-rule = { $case ->
    [register] मूल ठेगानाका प्रमाणपत्रका लागि प्रयोग दर्ता गर्न प्लास्टिकको माई नम्बर कार्ड चाहिन्छ। स्मार्टफोनबाट दर्ता गर्न सकिँदैन
    [later] यो मेसिनमा { $date } देखि { $device } प्रयोग गर्न सकिन्छ
   *[never] यो मेसिनको कार्ड रिडरले { $device } समर्थन गर्दैन
}
reason-smartphone_not_supported-next = कृपया बरु प्लास्टिकको माई नम्बर कार्ड र त्यसको ४ अङ्कको PIN प्रयोग गर्नुहोस्

## कार्यालयहरू (यस भाषामा नगरपालिकाको प्रोफाइलको नाम, नभए जापानी नाम र त्यसको उच्चारण)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; फोन { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } वा { $others }
office-alternatives-separator = {" "}वा{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks } { $days } { $open }–{ $close }
office-weeks-join = महिनाको { $list }
office-weeks-separator = {" "}र{" "}
office-week-1 = पहिलो
office-week-2 = दोस्रो
office-week-3 = तेस्रो
office-week-4 = चौथो
office-week-5 = पाँचौँ
office-hours-separator = ;{" "}
office-closed-holidays = सार्वजनिक बिदा र डिसेम्बर २९ देखि जनवरी ३ सम्म बन्द

## अर्को कदम (प्रशिक्षकको छनोट सूचीका छोटा नाम)

next-step-come_back_in_service_hours = सेवा समयमा फेरि आउने
next-step-come_back_after_year_end = वर्षान्त बिदापछि फेरि आउने
next-step-come_back_after_maintenance = मर्मत सकिएपछि फेरि आउने
next-step-come_back_in_office_hours = सोमबारदेखि शुक्रबारको सेवा समयमा फेरि आउने
next-step-come_back_tomorrow = भोलिदेखि फेरि आउने
next-step-reset_pin_at_city_hall = नगरपालिकाको काउन्टरमा PIN रिसेट गर्ने
next-step-renew_card_at_city_hall = नगरपालिकाको काउन्टरमा नयाँ कार्डका लागि आवेदन दिने
next-step-renew_certificate_at_city_hall = नगरपालिकाको काउन्टरमा विद्युतीय प्रमाणपत्र नवीकरण गर्ने
next-step-cancel_suspension_at_city_hall = नगरपालिकाको काउन्टरमा अस्थायी रोक हटाउने
next-step-register_seal_at_city_hall = नगरपालिकाको काउन्टरमा छाप दर्ता गर्ने
next-step-tax_office = कर शाखाको काउन्टरमा सोध्ने
next-step-city_hall = नगरपालिकाको काउन्टरमा सल्लाह लिने
next-step-complete_move_in = नयाँ नगरपालिकामा बसाइँ सरी आउने सूचना दिने
next-step-municipality_of_residence = बसोबास गर्ने नगरपालिकाका प्रमाणपत्र प्रयोग गर्ने
next-step-municipality_of_domicile = मूल ठेगानाको नगरपालिकामा माग गर्ने
next-step-register_domicile_and_wait = मूल ठेगानाका प्रमाणपत्रका लागि प्रयोग दर्ता गरेर पर्खने
next-step-choose_another_certificate = अर्को प्रमाणपत्र छान्ने
next-step-place_card_again = कार्ड रिडरमा फेरि राख्ने
next-step-insert_more_money = नपुग रकम हाल्ने
next-step-choose_certificates_directly = प्रमाणपत्र सिधै छान्ने
next-step-use_plastic_card = प्लास्टिकको माई नम्बर कार्ड प्रयोग गर्ने
device-card = माई नम्बर कार्ड
device-android = Android स्मार्टफोन
device-iphone = iPhone

## के भयो (प्रशिक्षकको घटना लग)

effect-language_changed = भाषा { $lang } मा परिवर्तन गरियो
effect-card_read = कार्ड पढियो
effect-card_taken_off = कार्ड रिडरबाट निकालियो
effect-card_may_be_removed = कार्ड निकाल्न सकिन्छ
effect-pin_accepted = PIN स्वीकार भयो
effect-pin_rejected = गलत PIN: { $tries ->
    [one] अब { $tries } पटक मात्र बाँकी
   *[other] अब { $tries } पटक बाँकी
}
effect-pin_locked = PIN लक भयो
effect-registration_accepted = प्रयोग दर्ता स्वीकार भयो: { $date } देखि प्रयोग गर्न सकिने
effect-selection_started = { $kind } छानियो
effect-selection_added = { $kind }: { $copies } प्रति, एक प्रतिको { $fee }
effect-selection_reopened = परिवर्तन गर्न { $kind } फिर्ता लिइयो
effect-total = जम्मा { $amount }
effect-payment_due = तिर्नुपर्ने { $amount }
effect-money_accepted = { $amount } प्राप्त भयो; अझै { $remaining } बाँकी
effect-money_returned = { $amount } फर्काइयो ({ $why })
effect-returned-denomination = यो मेसिनले नलिने सिक्का वा नोट
effect-returned-already_paid = भुक्तानी भइसकेको
effect-returned-no_change = फिर्ता पैसा छैन: ठ्याक्कै रकम मात्र
effect-returned-closed = सेवा समय सकियो
effect-returned-change = फिर्ता पैसा
effect-returned-refund = भुक्तानी फिर्ता
effect-printing_started = छपाइ सुरु भयो
effect-copy_printed = { $kind } छापियो: प्रति { $copy } / { $of } ({ $number })
effect-printer_stopped = प्रिन्टर रोकियो: { $fault }
effect-output_failed = प्रमाणपत्र सुरक्षित गर्न सकिएन ({ $path }: { $error }): छपाइ रोकियो र नछापिएका प्रतिको शुल्क फिर्ता गरियो
effect-printing_done = छपाइ सकियो
effect-refused = जारी गर्न सकिएन: { $sentence }
effect-refusal_left = "जारी गर्न सकिँदैन" स्क्रिनबाट सत्र समाप्त गरियो
effect-fault_armed = गडबडी तयार गरियो: { $fault }
effect-inactivity_warning = सञ्चालन छैन: समय नथपे { $seconds } सेकेन्डमा पहिलो स्क्रिनमा फर्कने
effect-time_extended = समय थपियो
effect-timed_out = सञ्चालन छैन: पहिलो स्क्रिनमा फर्कियो
effect-returned_home = समाप्त स्क्रिनमै छोडियो: पहिलो स्क्रिनमा फर्कियो
effect-session_ended = सत्र समाप्त: { $status }
effect-other_service_touched = "{ $service }" थिचियो: यो अभ्यास मेसिनमा नभएको सेवा (गलत बाटो)
effect-status-issued = जारी भयो
effect-status-refused = जारी गर्न सकिएन
effect-status-cancelled = रद्द भयो
effect-status-timed_out = समय सकियो
effect-status-registered = प्रयोग दर्ता भयो

## सञ्चालन नहुँदा

warning-title = के तपाईं प्रयोग जारी राख्न चाहनुहुन्छ?
warning-body = { $seconds } सेकेन्डमा पहिलो स्क्रिनमा फर्कन्छ। तपाईंले हालेको पैसा र कार्ड फिर्ता हुन्छ।
warning-extend = थप समय

## मेसिनका भागहरू

reader-title = कार्ड रिडर
reader-choose = राख्ने कार्ड
reader-place = कार्ड राख्नुहोस्
reader-place-phone = स्मार्टफोन रिडरमाथि समात्नुहोस्
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = कार्ड: अगाडिको भाग माथि पारेर कार्ड रिडरमा सिधा राख्नुहोस्
guide-phone = स्मार्टफोन: कार्ड रिडरमाथि समात्नुहोस्
reader-remove = कार्ड निकाल्नुहोस्
reader-empty = रिडरमा कार्ड छैन
reader-has = रिडरमा: { $name }
card-kind-card = माई नम्बर कार्ड
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = सिक्का र नोट हाल्ने ठाउँ
slot-insert = { $amount } हाल्नुहोस्
printer-title = प्रिन्टर
printer-idle = पर्खाइमा
printer-busy = छापिँदैछ { $done } / { $total }
printer-stopped = रोकियो: { $fault }
fault-paper_jam = कागज अड्कियो
fault-out_of_paper = कागज सकियो
fault-card_unreadable = कार्ड पढ्न सकिएन
fault-no_change = फिर्ता पैसा छैन
fault-centre_unreachable = केन्द्रसँग सम्पर्क छैन
tray-title = निकास ट्रे
tray-empty = खाली
tray-open = { $name } खोल्नुहोस्
tray-take = प्रमाणपत्र लिनुहोस्
tray-opened = खोलियो: { $path }
tray-open-failed = खोल्न सकिएन। फाइल: { $path }
change-title = फिर्ता पैसा ट्रे
change-empty = खाली
change-take = फिर्ता पैसा लिनुहोस्
keypad-title = नम्बर किप्याड
keypad-digit = किप्याड { $digit }
keypad-enter = किप्याड ○ पक्का
keypad-clear = किप्याड ← सच्याउनुहोस्
keypad-cancel = किप्याड × रद्द
keypad-tactile = ५ मा उठेको थोप्लो छ
jack-title = हेडसेट ज्याक (आवाज निर्देशन)
jack-plug = हेडसेट जोड्नुहोस्
jack-unplug = हेडसेट निकाल्नुहोस्
jack-speaking = आवाज निर्देशन: { $text }
speech-repeat = फेरि सुन्नुहोस्
speech-stop = आवाज रोक्नुहोस्
jack-pin-digit = PIN को एक अङ्क हालियो
trainer-toggle = प्रशिक्षक कन्सोल (F2)

## स्थिति सूचना (पढेर सुनाइने)

live-printing-done = छपाइ सकियो। प्रमाणपत्र लिनुहोस्।
live-card-can-remove = अब कार्ड निकाल्न सक्नुहुन्छ
live-returned = { $amount } फिर्ता पैसा ट्रेमा निस्कियो
live-session-reset = पहिलो स्क्रिनमा फर्कियो
live-card-placed = कार्ड राखियो
live-card-removed = कार्ड निकालियो
live-not-here = "{ $service }" यहाँ उपलब्ध छैन

## प्रशिक्षक कन्सोल

trainer-title = प्रशिक्षक कन्सोल
trainer-clock = नक्कली घडी
trainer-pause = रोक्नुहोस्
trainer-resume = फेरि चलाउनुहोस्
trainer-speed = गति ×{ $x }
trainer-plus-1m = १ मिनेट अगाडि
trainer-plus-10m = १० मिनेट अगाडि
trainer-plus-1h = १ घण्टा अगाडि
trainer-jump-0629 = { $time } मा जानुहोस्
trainer-jump-2300 = { $time } मा जानुहोस्
trainer-jump-1229 = डिसेम्बर २९ मा जानुहोस्
trainer-set-field = मिति र समय (RFC 3339)
trainer-set = समय मिलाउनुहोस्
trainer-set-invalid = मिति र समयको ढाँचा मिलेन (जस्तै 2026-11-25T10:00:00+09:00)
trainer-deck = पर्सोना (कार्ड)
trainer-participant = सहभागी (नाम होइन, ID)
trainer-task = कार्य
trainer-condition = अवस्था
trainer-municipality = नगरपालिका
trainer-vendor = मेसिनको किसिम
trainer-print-speed = छपाइ समय (एक प्रतिका लागि सेकेन्ड)
trainer-faults = गडबडी गराउनुहोस्
trainer-after-copies = कति प्रति छापेपछि
trainer-inject = गराउनुहोस्: { $fault }
trainer-armed-none = कुनै गडबडी तयार छैन
trainer-armed-after = तयार: { $fault }, { $after } प्रति छापेपछि
trainer-armed-next = तयार: { $fault }, अर्को मौकामा
trainer-new-session = नयाँ सत्र सुरु गर्नुहोस्
trainer-log = घटना लग
trainer-log-rule = नियम: { $rule }
trainer-log-next = अर्को कदम: { $next }
trainer-error = त्रुटि: { $message }
trainer-handbook = प्रशिक्षक पुस्तिका छाप्नुहोस् (PDF)
trainer-handbook-written = पुस्तिका बनाइयो: { $path }
trainer-language-ja = जापानी
trainer-language-en = अङ्ग्रेजी
trainer-language-zh-Hans = चिनियाँ (सरलीकृत)
trainer-language-ko = कोरियाली
trainer-language-pt = पोर्चुगिज
trainer-language-es = स्पेनिस
trainer-language-vi = भियतनामी
trainer-language-tl = तागालोग
trainer-language-id = इन्डोनेसियाली
trainer-language-th = थाई
trainer-language-ne = नेपाली
trainer-screen-language = पहिलो स्क्रिन
trainer-screen-services = प्रशासनिक सेवा
trainer-screen-consent = प्रयोग गर्दा ध्यान दिनुपर्ने कुरा
trainer-screen-place_card = कार्ड राख्ने
trainer-screen-path = प्रमाणपत्रको प्रकार
trainer-screen-pin = PIN हाल्ने
trainer-screen-registered = प्रयोग दर्ता स्वीकार
trainer-screen-remove_card = कार्ड निकाल्ने
trainer-screen-certificate = प्रमाणपत्र छनोट
trainer-screen-options = विवरण छनोट
trainer-screen-copies = प्रति संख्या
trainer-screen-confirm = छनोट जाँच
trainer-screen-payment = भुक्तानी
trainer-screen-printing = छपाइ
trainer-screen-take_items = सामान लिने
trainer-screen-out_of_service = अहिले सेवा उपलब्ध छैन
trainer-screen-refusal = जारी गर्न सकिँदैन
trainer-ev-press = "{ $button }" थिचियो
trainer-ev-language = भाषा छानियो: { $lang }
trainer-ev-place-card = कार्ड राखियो ({ $card })
trainer-ev-remove-card = कार्ड रिडरबाट निकालियो
trainer-ev-pin = PIN हालियो (४ अङ्क)
trainer-ev-certificate = "{ $kind }" छानियो
trainer-ev-options = विवरण छानियो: { $options }
trainer-ev-options-default = विवरण पहिलेकै जस्तो राखियो
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies } प्रति
trainer-ev-insert = { $amount } हालियो
trainer-ev-printer-step = प्रिन्टर
trainer-ev-take-items = कार्ड, प्रमाणपत्र र फिर्ता पैसा लिइयो
trainer-ev-tick = समय बित्यो ({ $time })
trainer-ev-fault = प्रशिक्षकले गडबडी गराउनुभयो: { $fault }
trainer-ev-fault-after = प्रशिक्षकले गडबडी गराउनुभयो: { $fault } ({ $after } प्रति छापेपछि)
trainer-ev-walk-away = जारी गर्न नसकिने स्क्रिनबाट हिँडियो
trainer-ev-unknown = एउटा कार्य
trainer-log-said = { $event } → { $result }
trainer-log-screen = स्क्रिन: { $screen }
trainer-log-nothing = केही बदलिएन
trainer-log-rejected = { $event } → स्वीकार भएन
trainer-log-veiled = ? (उत्तरपछि देखाइन्छ)
trainer-log-veil-note = प्रश्नको उत्तर नआएसम्म किओस्कको प्रतिक्रिया लुकाइएको छ
trainer-recording = रेकर्डिङ (अनुसन्धान)
trainer-record = ● सत्रहरू रेकर्ड गर्नुहोस्
trainer-record-stop = ■ रेकर्ड गर्न रोक्नुहोस्
trainer-recorded = { $count } सत्र सुरक्षित गरियो
trainer-recording-into = { $dir } मा: { $count } सत्र सुरक्षित गरियो
trainer-record-error = लेख्न सकिएन: { $error }
trainer-note-hint = पर्यवेक्षकको टिप्पणी (F3), Enter थिच्दा थपिन्छ
trainer-note-add = टिप्पणी थप्नुहोस्
trainer-exercises = अभ्यास
trainer-exercise-pick = अभ्यास छनोट
trainer-exercise-numbered = अभ्यास { $n }
trainer-exercise-titled = अभ्यास { $n }: { $title }
trainer-exercise-none = (कुनै अभ्यास छैन)
trainer-exercise-start = अभ्यास सुरु गर्नुहोस्
trainer-exercise-play = प्रश्नसम्म चलाउनुहोस्
trainer-exercise-ask = अहिले सोध्नुहोस्
trainer-exercise-running = चलिरहेको: { $exercise }। किओस्क चलाउनुहोस्, वा प्रश्नसम्म चलाउनुहोस्।
trainer-exercise-own-persons = { $file }: आफ्नै व्यक्ति भएका परिदृश्य प्रशिक्षक कन्सोलमा चलाइँदैनन्
trainer-question = प्रश्न
trainer-question-what = प्रयोगकर्ताको अन्तिम कार्यपछि किओस्कले के गर्छ? अस्वीकार गर्छ भने कारण छान्नुहोस्; त्यसपछि प्रयोगकर्ताले अब के गर्नुपर्छ, त्यो छान्नुहोस्।
trainer-question-amount = अझै कति रकम बाँकी छ, त्यो पनि भन्नुहोस्।
trainer-question-veiled = उत्तर नआएसम्म टच स्क्रिन र किओस्कको प्रतिक्रिया लुकाइएको छ।
trainer-question-trainer = प्रशिक्षकको प्रश्न: { $question }
trainer-answer-reason = अस्वीकारको कारण
trainer-answer-not-refused = अस्वीकार गर्दैन (किओस्कले जारी गर्छ)
trainer-answer-next = अब के गर्ने
trainer-answer-choose = (छान्नुहोस्)
trainer-answer-amount = रकम (येन)
trainer-answer-submit = उत्तर पठाउनुहोस्
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = प्रशिक्षणको प्रश्न चलिरहेको छ
trainer-veil-body = प्रशिक्षक कन्सोलको प्रश्नको उत्तर नआएसम्म स्क्रिन लुकाइएको छ।
trainer-fb-right = सही।
trainer-fb-wrong = गलत।
trainer-fb-reason-right = कारण सही हो: किओस्कले "{ $title }" देखाउँछ। नियम: { $rule }
trainer-fb-reason-wrong = "{ $chosen }" होइन: किओस्कले "{ $title }" देखाउँछ। नियम: { $rule }
trainer-fb-reason-wrong-rule = "{ $chosen }" को नियम यस्तो छ: { $chosenRule }। यी प्रयोगकर्ता त्यो अवस्थामा पर्नुहुन्न।
trainer-fb-reason-wrong-none = किओस्कले अस्वीकार गर्छ: "{ $title }" देखाउँछ। नियम: { $rule }
trainer-fb-not-refused-right = सही: यहाँ किओस्कले अस्वीकार गर्दैन।
trainer-fb-reason-wrong-not-refused = "{ $chosen }" होइन: यहाँ किओस्कले अस्वीकार गर्दैन।
trainer-fb-next-right = अब के गर्ने, त्यो सही छ: { $next }
trainer-fb-next-wrong = "{ $chosen }" होइन: अब गर्ने कुरा "{ $expected }" हो: { $next }
trainer-fb-next-wrong-short = "{ $chosen }" होइन: अब गर्ने कुरा "{ $expected }" हो।
trainer-fb-next-missing = अब के गर्ने छानिएको छैन: सही उत्तर "{ $expected }" हो: { $next }
trainer-fb-next-missing-short = अब के गर्ने छानिएको छैन: सही उत्तर "{ $expected }" हो।
trainer-fb-amount-right = रकम सही छ: { $amount }
trainer-fb-amount-wrong = रकम गलत छ ({ $given }): सही रकम { $amount } हो।
trainer-fb-amount-missing = रकम दिइएको छैन: सही रकम { $amount } हो।
trainer-fb-trainer = प्रशिक्षकबाट: { $text }
trainer-fb-explanation = व्याख्या: { $text }
trainer-score = अङ्क: { $correct } / { $total } ({ $percent }%)
trainer-export = लग निर्यात गर्नुहोस् (JSON र PDF)
trainer-exported = लेखियो: { $path }
trainer-export-failed = निर्यात गर्न सकिएन: { $error }

## रेकर्ड गरिएको सत्रपछिको प्रश्नावली (अनुसन्धान मोड, `kofu --record`): एक प्रश्नको सहजता मापन SEQ (Sauro 2009)
## र प्रणाली उपयोगिता मापन SUS (Brooke 1996), प्रश्नहरू मानक क्रममा।
q-seq-title = यस कार्यबारे एउटा प्रश्न
q-seq = समग्रमा, तपाईंलाई यो कार्य पूरा गर्न कत्तिको गाह्रो वा सजिलो लाग्यो?
q-seq-low = धेरै गाह्रो
q-seq-high = धेरै सजिलो
q-answer = { $n } ({ $anchor })
q-sus-offer = के तपाईं यो मेसिनबारे थप १० वटा छोटा कथनको जवाफ दिन सक्नुहुन्छ?
q-sus-yes = १० वटा कथनको जवाफ दिनुहोस्
q-sus-skip = पर्दैन, समाप्त गर्नुहोस्
q-sus-title = कथन { $n } / १०
q-sus-ask = तपाईं यो कथनसँग कत्तिको सहमत हुनुहुन्छ?
q-sus-low = पूर्ण रूपमा असहमत
q-sus-high = पूर्ण रूपमा सहमत
q-sus-1 = मलाई लाग्छ, म यो प्रणाली बारम्बार प्रयोग गर्न चाहनेछु।
q-sus-2 = मलाई यो प्रणाली अनावश्यक रूपमा जटिल लाग्यो।
q-sus-3 = मलाई यो प्रणाली प्रयोग गर्न सजिलो लाग्यो।
q-sus-4 = मलाई लाग्छ, यो प्रणाली प्रयोग गर्न मलाई प्राविधिक जानकार व्यक्तिको सहयोग चाहिनेछ।
q-sus-5 = मलाई यो प्रणालीका विभिन्न कार्यहरू राम्ररी एकीकृत छन् जस्तो लाग्यो।
q-sus-6 = मलाई यो प्रणालीमा एकअर्कासँग मेल नखाने (असङ्गत) कुरा धेरै छन् जस्तो लाग्यो।
q-sus-7 = मलाई लाग्छ, धेरैजसो मानिसले यो प्रणाली चलाउन निकै छिटो सिक्नेछन्।
q-sus-8 = मलाई यो प्रणाली प्रयोग गर्न निकै झन्झटिलो लाग्यो।
q-sus-9 = यो प्रणाली प्रयोग गर्दा मलाई निकै आत्मविश्वास महसुस भयो।
q-sus-10 = यो प्रणाली प्रयोग गर्न थाल्नुअघि मैले धेरै कुरा सिक्नुपरेको थियो।
q-thanks = धन्यवाद। तपाईंका उत्तरहरू सुरक्षित गरिए।
q-finish = समाप्त गर्नुहोस्
q-keypad = नम्बर किप्याडमा { $low } देखि { $high } सम्मको अङ्क थिच्नुहोस्, वा स्क्रिनमा उत्तर छुनुहोस्।

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, बटन
focus-button-disabled = { $name }, बटन, उपलब्ध छैन
focus-at = { $control }, { $count } मध्ये { $pos }
focus-check = { $name }, चेक बाकस, { $on ->
    [yes] चिन्ह लगाइएको
   *[no] चिन्ह नलगाइएको
}
focus-radio = { $name }, रेडियो बटन, { $on ->
    [yes] छानिएको
   *[no] नछानिएको
}

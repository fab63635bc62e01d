"""Words that are never toponyms on their own, although some village somewhere bears the name.

`is_name` scans n-grams of running text, so a function word that happens to be a place name
("la", "من", "Est") would flood it with false hits.
"""
from __future__ import annotations

from sitrep.gazetteer.keys import name_key

_WORDS = """
le la les l de des du d un une et en au aux sur sous dans par pour avec sans contre vers chez entre selon est sont
été a ont qui que quoi dont où ou mais donc or ni car ce cet cette ces son sa ses leur leurs notre nos votre il elle
ils elles on nous vous je tu se lui y plus moins très tout tous toute toutes autre autres même aussi ainsi alors
base bases camp camps région regions sud nord ouest centre ville villes village province frontière mer armée
forces force attaque attaques drone drones missile missiles roquette cible cibles site sites zone zones champ champs
janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi
vendredi samedi dimanche résistance islamique communiqué guerre régime président maison blanche
the a an of in on at to for by with from and or but is was were are be been has have had it its this that these those
he she they we you his her their our not no as into over after before near north south east west central city town
region border sea army attack attacks strike strikes military official officials said says statement resistance
islamic war people government president white house state states capital area areas district
في من على الى إلى عن مع قال قالت بعد قبل هذا هذه ذلك تلك التي الذي الذين كما أن ان إن لا ما لم لن قد حيث بين عند
منذ حتى كل بعض غير ضد عبر نحو خلال او أو ثم لكن هو هي هم نحن يوم امس أمس اليوم قاعدة القاعدة مدينة منطقة المنطقة
جنوب شمال شرق غرب وسط ريف قوات القوات هجوم استهداف بيان المقاومة الإسلامية الاسلامية مسيرة صاروخ صواريخ
الجزيرة جزيرة ديوان مصدر مصادر البلاد بلاد الدولة الوطن العاصمة حكومة الحكومة ميدان الميدان ساحة الساحة
وإن وأن بأن لأن تقدم التقدم هوية الهوية هويته هويتهم
الرأس رأسه البطن الصدر الظهر الساق الكتف الرقبة القدم اليد العين
كيف متى أين اين لماذا ماذا
الليل ليل ليلا ليلة الليلة الصباح صباح صباحا المساء مساء مساء الفجر فجر فجرا النهار نهار نهارا
"""
STOP_KEYS: frozenset[str] = frozenset(k for k in (name_key(w) for w in _WORDS.split()) if k)

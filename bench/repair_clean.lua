-- Correct texts that must come back from lede.fix_text unchanged: many
-- languages, and sequences that look like mojibake (a capital accented
-- letter or × next to a symbol, "Ã" and "Â" in real words, runs of
-- punctuation).  Written for lede; used by bench/repair_eval.lua.
return {
  -- lookalikes
  "NESTLÉ® and CAFÉ’s results were out.", "5×£35 is £175.", "Brontë…” she read aloud.",
  "ÉCOLE™ sold 3×€20 tickets.", "L’ÉTÉ® 2026", "PÂTÉ’s price: 4×$3.",
  "MÜLLER® GmbH", "SÃO PAULO — 12 °C", "IRMÃ’s book", "ÃO", "Ça ira… «bis»",
  "Ñandú® brand", "Æsir, Ærø and Ångström", "ÖSTERREICH’s team",
  "The CAFÉ’S owner", "x²+y²=z²", "±½ ¾ ¼ ‰", "×÷×÷", "«»‹›", "¡Hola! ¿Qué?",
  "‘single’ and “double”", "—", "–", "…", "“”", "‘’", "©2026", "°C °F", "µg/m³",
  "§ 12 ¶ 3", "¢ £ ¥ € ₹ ₽ ₺ ₩", "Ⓐ ① ②", "→ ← ↑ ↓ ⇒", "∀x ∃y: x ≤ y ≠ z",
  "√2 ≈ 1.414, π ≈ 3.14159, ∞", "½×4=2", "Ø 12 mm", "ß ẞ", "fiancé(e)",
  "Zoë, Chloë and Noël", "Renée’s café", "Ÿ in L’HAŸ-LES-ROSES", "ÂME SŒUR",
  -- French
  "L’été dernier, le château de Chambord a accueilli 1 million de visiteurs.",
  "Où est la bibliothèque ? À côté de l’église.", "Ça coûte 3,50 € ; c’est donné.",
  "Le maître d’hôtel a servi des crêpes flambées.", "Noël à Besançon, Pâques à Nîmes.",
  "Il était une fois… « la fin », dit-elle.", "Français, ÉTATS-UNIS, Île-de-France",
  -- German
  "Die Straße in München ist wegen Bauarbeiten gesperrt.", "Größe, Übung, Ärger, Öl.",
  "„Wir schaffen das“, sagte sie.", "Fußgängerübergänge in Köln",
  -- Spanish, Portuguese, Catalan
  "El niño comió piñas en la montaña.", "¿Cuántos años tiene? —Veinte.",
  "A promoção começa amanhã às nove horas.", "São João, Conceição e Guimarães.",
  "L’Ajuntament de Girona ha aprovat el pressupost.", "IRMÃO, ÓRGÃO, LIÇÃO",
  -- Nordic, Icelandic
  "Þórður og Guðrún fóru til Ísafjarðar.", "Jökulsárlón er fallegt í ágúst.",
  "Smørrebrød på Østerbro, og æbleskiver.", "Ålesund får ny bru i år.",
  "Ängelholm och Göteborg ligger i Sverige.", "Hyvää päivää, Jyväskylä!",
  -- Central and Eastern Europe
  "Zażółć gęślą jaźń w Łodzi.", "Źródło Wisły leży w Beskidach.",
  "Příliš žluťoučký kůň úpěl ďábelské ódy.", "Ďakujem, Košice a Žilina.",
  "Árvíztűrő tükörfúrógép Győrben.", "Dvořák a Janáček", "Čeština, Ćevapi, Đakovo",
  "Şişli’de yağmur yağıyor; İstanbul’da trafik var.", "Ağrı Dağı, Iğdır ve Çorum.",
  "România, Brașov și Timișoara; în câmpie.", "Pâine și brânză la Târgu Mureș.",
  "Lietuvos sostinė yra Vilnius; ąžuolas.", "Rīga un Liepāja ir Latvijā.",
  "Tallinna ülikool asub Tõnismäel.",
  -- Cyrillic and Greek
  "Москва — столица России; «Ёжик в тумане».", "Щука и ящерица съели яблоко.",
  "Київ, Львів та Одеса — міста України.", "Ћирилица у Београду: Ђорђе, Љиља.",
  "Беларусь: Мінск і Гродна.", "Ελλάδα: η Αθήνα και η Θεσσαλονίκη.",
  "Ο καιρός αύριο θα είναι βροχερός.", "ΑΘΗΝΑ — Ο ΔΗΜΑΡΧΟΣ",
  -- Vietnamese, others
  "Thành phố Hồ Chí Minh có mưa lớn.", "Tiếng Việt có dấu: ă â ê ô ơ ư đ.",
  "Đà Nẵng, Huế và Hội An.", "Ẩm thực Việt Nam rất phong phú.",
  "東京都は雨です。", "北京市人民政府", "서울특별시", "नई दिल्ली में बारिश",
  "القاهرة عاصمة مصر", "ירושלים", "ภาษาไทย", "Ελληνικά and English: “mixed”.",
  -- emoji and symbols
  "Great game 🎉🎉 👍🏽", "👨‍👩‍👧 family", "🇫🇷 vs 🇩🇪 tonight", "Rain ☔ and sun ☀️",
  "I ❤️ NY", "Score: 3–1 ⚽", "★★★☆☆ (3/5)", "✓ done ✗ failed",
  "Temperature: −5 °C", "a ≤ b ≥ c", "Price: ¥1,200 (≈ $8)", "50 % off — today only!",
  -- English newswire
  "The mayor’s office said the vote — delayed twice — is set for June 3–5.",
  "“We’re ready,” she said. “Are you?”", "It’s the ’90s again…", "Café au lait, naïve résumé.",
  "He said: ‘No comment.’", "A 5′11″ guard", "Section 2.1(a)–(c)",
}

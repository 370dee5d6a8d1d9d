-- Development set for the lossy lone "â": correct text written here, then
-- damaged the way a decoder that lost the last two bytes of ’ “ ” – — does
-- (each becomes "â").  Items are two sentences of one paragraph, every pair
-- of the sentences below, so the set covers each shape in many contexts.
-- An item counts as fixed only when fix_text gives back the exact original;
-- the KEEP texts (real "â" in French, Romanian, Portuguese, ...) must come
-- back unchanged, alone and inside damaged paragraphs.
--
--   lua5.4 bench/repair_lossy.lua             (LUA_PATH/LUA_CPATH as make sets)
--   REPAIR_EVAL_VERBOSE=1 lua5.4 bench/repair_lossy.lua   (and each miss)
local lede = require("lede")

local VERBOSE = os.getenv("REPAIR_EVAL_VERBOSE")

-- Sentences with the punctuation the damage eats, one shape or more each.
local SENTENCES = {
  "The mayor’s office didn’t answer calls on Tuesday.",
  "“We’re still counting,” a spokeswoman said.",
  "Officials said the bridge — closed since March — would reopen.",
  "The fund grew 4–6 percent in 2019–2020, the report said.",
  "“I can’t say more,” he told reporters. “Not today.”",
  "She’d warned that the plan wasn’t ready.",
  "L’équipe d’Anne a gagné jeudi, selon l’entraîneur.",
  "Il a dit qu’il reviendrait « bientôt » à Lyon.",
  "Prices rose — sharply — in the last quarter.",
  "Pages 12–14 describe the council’s budget.",
  "“It’s over,” said Ms. Kerr, 54.",
  "The company’s shares fell 3% (to $41) — their lowest since 2016.",
  "They’ll meet again; nobody’s sure when.",
  "He called it “a disgrace” and left.",
  "Firefighters arrived at 9:15 — too late, neighbours said.",
  "The children’s hospital has 240 beds.",
  "“Where’s the money?” one protester shouted.",
  "I’m told the vote is set for June 3–5.",
  "The minister’s aides — three of them — resigned.",
  "It wasn’t the first time, the police chief’s deputy said.",
  "“No,” she said.",
  "“They’ve lied to us,” said a farmer from Ohio. “Again.”",
  "The route runs north–south through the valley.",
  "D’après l’ONU, l’aide n’arrive pas.",
  "We’d hoped for more, the coach’s assistant said — but not much more.",
  "Madrid’s mayor said “yes” on Friday.",
  "The ’90s were different, she said.",
  "Ticket sales (up 8–10%) beat forecasts.",
  "“Let’s go,” he said, “before it’s dark.”",
  "The storm — the worst since 1998 — cut power to 40,000 homes.",
  "Qu’en pense l’opposition ? Elle n’a rien dit.",
  "You’re right, the judge’s clerk wrote.",
}

-- Correct text with a real "â", which must stay as it is.
local KEEP = {
  "Le château de Blois date du XVe siècle.",
  "La pâte doit reposer une heure.",
  "À son âge, il court encore le marathon.",
  "Le Rhône a débordé près de Valence.",
  "Il a mangé un gâteau au théâtre.",
  "Mâcon et Nîmes sont jumelées ; c’était prévu.",
  "România și Ținutul Secuiesc: în câmpie plouă.",
  "Pâine, brânză și vânt în Brăila.",
  "No âmbito do acordo, o câmbio ficou estável.",
  "Lâcher prise, c’est difficile, dit-il.",
  "Les âmes du bâtiment, un bâton, un mât.",
  "Le Châtelet et la Châtaigneraie, près d’Angoulême.",
  "CHÂTEAU ÂGE PÂTE",
  "âge moyen: 42 ans; château (1680); pâté.",
  "Tâche accomplie — a dit le préfet.",
  "Hâte-toi, dit-elle.",
  "Bâle et Genève sont en Suisse.",
  "Un grâce, un blâme et un crâne.",
  "Câmara Municipal de Lisboa aprovou o plano.",
  "Vârful munților e înzăpezit în câteva locuri.",
}

local function lossy(s)
  local out, n = s:gsub("\226\128[\147\148\152\153\156\157]", "\195\162")
  return n > 0 and out or nil
end

local fixed, total, shown = 0, 0, 0
local function try(original)
  local broken = lossy(original)
  if not broken then return end
  total = total + 1
  local got = lede.fix_text(broken)
  if got == original then
    fixed = fixed + 1
  elseif VERBOSE and shown < 60 then
    shown = shown + 1
    print("  missed: " .. broken .. "\n     got: " .. got)
  end
end

for i, a in ipairs(SENTENCES) do
  for j, b in ipairs(SENTENCES) do
    if i ~= j then try(a .. " " .. b) end
  end
  try(a)
  try(a .. "\n" .. KEEP[i % #KEEP + 1])
  try(KEEP[i % #KEEP + 1] .. "\n\n" .. a)
end

local changed = 0
for _, s in ipairs(KEEP) do
  if lede.fix_text(s) ~= s then
    changed = changed + 1
    print("  changed: " .. s)
  end
end
print(("%-28s %4d / %-4d (%.1f%%)"):format("lossy lone a-circumflex", fixed, total,
                                          100 * fixed / total))
print(("%-28s %4d / %-4d (lower is better)"):format("real a-circumflex changed", changed, #KEEP))

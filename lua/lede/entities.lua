--- HTML character references, as scraped text carries them.
--
-- entities.pattern: an LPeg pattern that matches one reference
-- ("&amp;", "&rsquo;", "&#8217;", "&#x2019;") and captures the UTF-8 text it
-- stands for; it fails on anything else, so "AT&T" and "&unknown;" stay.
-- Numeric references in 128..159 are read as Windows-1252, as browsers do
-- ("&#146;" is a right quote).
local lpeg = require("lpeg")
local charset = require("lede.charset")

local P, R, C, Cmt = lpeg.P, lpeg.R, lpeg.C, lpeg.Cmt
local tonumber = tonumber
local encode, cp1252 = charset.encode, charset.cp1252

-- name -> code point; the ones news pages use
local names = {
  amp = 38, lt = 60, gt = 62, quot = 34, apos = 39, nbsp = 160,
  rsquo = 0x2019, lsquo = 0x2018, rdquo = 0x201D, ldquo = 0x201C,
  sbquo = 0x201A, bdquo = 0x201E, ndash = 0x2013, mdash = 0x2014,
  hellip = 0x2026, bull = 0x2022, middot = 0xB7, laquo = 0xAB, raquo = 0xBB,
  lsaquo = 0x2039, rsaquo = 0x203A, prime = 0x2032, Prime = 0x2033,
  euro = 0x20AC, pound = 0xA3, yen = 0xA5, cent = 0xA2, copy = 0xA9,
  reg = 0xAE, trade = 0x2122, deg = 0xB0, plusmn = 0xB1, times = 0xD7,
  divide = 0xF7, frac12 = 0xBD, frac14 = 0xBC, frac34 = 0xBE, sect = 0xA7,
  para = 0xB6, shy = 0xAD, ensp = 0x2002, emsp = 0x2003, thinsp = 0x2009,
  zwsp = 0x200B, zwnj = 0x200C, zwj = 0x200D, rarr = 0x2192, larr = 0x2190,
  iexcl = 0xA1, iquest = 0xBF, ordm = 0xBA, ordf = 0xAA, micro = 0xB5,
  Agrave = 0xC0, Aacute = 0xC1, Acirc = 0xC2, Atilde = 0xC3, Auml = 0xC4,
  Aring = 0xC5, AElig = 0xC6, Ccedil = 0xC7, Egrave = 0xC8, Eacute = 0xC9,
  Ecirc = 0xCA, Euml = 0xCB, Igrave = 0xCC, Iacute = 0xCD, Icirc = 0xCE,
  Iuml = 0xCF, Ntilde = 0xD1, Ograve = 0xD2, Oacute = 0xD3, Ocirc = 0xD4,
  Otilde = 0xD5, Ouml = 0xD6, Oslash = 0xD8, Ugrave = 0xD9, Uacute = 0xDA,
  Ucirc = 0xDB, Uuml = 0xDC, Yacute = 0xDD, szlig = 0xDF,
  agrave = 0xE0, aacute = 0xE1, acirc = 0xE2, atilde = 0xE3, auml = 0xE4,
  aring = 0xE5, aelig = 0xE6, ccedil = 0xE7, egrave = 0xE8, eacute = 0xE9,
  ecirc = 0xEA, euml = 0xEB, igrave = 0xEC, iacute = 0xED, icirc = 0xEE,
  iuml = 0xEF, ntilde = 0xF1, ograve = 0xF2, oacute = 0xF3, ocirc = 0xF4,
  otilde = 0xF5, ouml = 0xF6, oslash = 0xF8, ugrave = 0xF9, uacute = 0xFA,
  ucirc = 0xFB, uuml = 0xFC, yacute = 0xFD, yuml = 0xFF,
  OElig = 0x152, oelig = 0x153, Scaron = 0x160, scaron = 0x161,
  Yuml = 0x178, Zcaron = 0x17D, zcaron = 0x17E, fnof = 0x192,
}

local function from_code(cp)
  if cp >= 0x80 and cp <= 0x9F then
    cp = cp1252[cp]
    if not cp then return nil end
  end
  if cp == 0 then return nil end
  return encode(cp)
end

local alpha = R("az", "AZ")
local digit = R("09")
local hex = R("09", "af", "AF")

local named = P("&") * C(alpha * (alpha + digit) ^ -15) * P(";")
  / function(name) return names[name] and encode(names[name]) or false end
local decimal = P("&#") * C(digit ^ 1) * P(";")
  / function(d) return #d <= 7 and from_code(tonumber(d)) or false end
local hexadecimal = P("&#") * lpeg.S("xX") * C(hex ^ 1) * P(";")
  / function(h) return #h <= 6 and from_code(tonumber(h, 16)) or false end

-- A reference that decodes; false (unknown name, bad number) fails the match.
local pattern = Cmt(named + hexadecimal + decimal, function(_, i, text)
  if text then return i, text end
  return false
end)

return { pattern = pattern, names = names }
